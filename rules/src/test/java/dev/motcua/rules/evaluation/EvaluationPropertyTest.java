package dev.motcua.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.report.DossierReports;
import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.ReportColumn;
import dev.motcua.rules.report.ReportGrouping;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.rules.testing.SyntheticDossiers;
import dev.motcua.testkit.Property;
import dev.motcua.testkit.Shrink;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Laws of the evaluation's aggregation, on seeded random dossiers clustered on period boundaries. */
class EvaluationPropertyTest {

  static final int TRIALS = 200;
  static final ReportPeriod PERIOD = ReportPeriod.parse("2025-05");
  static final RandomEvaluationFacts FACTS = new RandomEvaluationFacts(PERIOD);
  static final EvaluationSettings[] SETTINGS = {
    EvaluationSettings.defaults(),
    EvaluationSettings.defaults().withAllocation(PointAllocation.DECISION_766_2022)
        .withComparison(EvaluationSettings.Comparison.DATE).withCircular01ForLaterInstruments(true)};

  static EvaluationAccumulator acc(List<EvaluationFacts> facts, EvaluationGrouping g, EvaluationSettings s) {
    EvaluationAccumulator acc = EvaluationAccumulator.of(PERIOD, g, s);
    facts.forEach(acc::add);
    return acc;
  }

  static Property<List<EvaluationFacts>> lists(String name, int trials, Function<Random, List<EvaluationFacts>> gen) {
    return Property.forAll(name, gen).trials(trials).shrinking(Shrink.removingOne());
  }

  /** Facts, where to cut them into three parts, and in which order to merge the parts. */
  record Split(List<EvaluationFacts> facts, int i, int j, int order) {}

  @Test
  void merge_anySplitAnyOrder_equalsOnePass() {
    Property.forAll("split and merge in any order", r -> {
      List<EvaluationFacts> facts = FACTS.list(r, 60);
      int i = r.nextInt(facts.size() + 1);
      int j = i + r.nextInt(facts.size() - i + 1);
      return new Split(facts, i, j, r.nextInt(4));
    }).trials(TRIALS).verify(s -> {
      for (EvaluationGrouping g : EvaluationGrouping.values()) {
        for (EvaluationSettings set : SETTINGS) {
          Evaluation one = acc(s.facts(), g, set).toEvaluation();
          List<EvaluationFacts> f = s.facts();
          EvaluationAccumulator a = acc(f.subList(0, s.i()), g, set);
          EvaluationAccumulator b = acc(f.subList(s.i(), s.j()), g, set);
          EvaluationAccumulator c = acc(f.subList(s.j(), f.size()), g, set);
          // (a + b) + c, a + (b + c), (c + a) + b, c + (b + a): associative and commutative
          Evaluation merged = switch (s.order()) {
            case 0 -> a.merge(b).merge(c).toEvaluation();
            case 1 -> a.merge(b.merge(c)).toEvaluation();
            case 2 -> c.merge(a).merge(b).toEvaluation();
            default -> c.merge(b.merge(a)).toEvaluation();
          };
          assertEquals(one, merged, g + " " + set + " split " + s.i() + "," + s.j() + " order " + s.order());
        }
      }
    });
  }

  @Test
  void collector_shuffledAndParallel_sameEvaluation() {
    long seed = Property.seed("order independence");
    lists("order and parallelism", 60, r -> FACTS.list(r, 400)).check(facts -> {
      List<EvaluationFacts> shuffled = new ArrayList<>(facts);
      Collections.shuffle(shuffled, new Random(seed ^ facts.size()));
      for (EvaluationGrouping g : EvaluationGrouping.values()) {
        Evaluation sequential = facts.stream().collect(Evaluation.collector(PERIOD, g, SETTINGS[0]));
        if (!sequential.equals(shuffled.parallelStream().collect(Evaluation.collector(PERIOD, g, SETTINGS[0])))) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void rows_randomDossiers_sharesInRangeAndDenominatorsAddUp() {
    lists("ranges and sums", TRIALS, r -> FACTS.list(r, 80)).check(facts -> {
      for (EvaluationSettings set : SETTINGS) {
        Evaluation e = acc(facts, EvaluationGrouping.BY_AGENCY, set).toEvaluation();
        List<EvaluationRow> all = new ArrayList<>(e.rows());
        all.add(e.total());
        for (EvaluationRow row : all) {
          for (IndicatorResult ind : row.indicators()) {
            if (ind.points().isPresent() && ind.points().get().compareTo(BigDecimal.valueOf(ind.maxPoints().get())) > 0) {
              return false;
            }
          }
          if (row.points().compareTo(BigDecimal.valueOf(row.computableMaxPoints())) > 0) {
            return false;
          }
          for (IndicatorResult ind : row.circular01().indices()) {
            if (ind.value().isPresent() && (ind.value().get().signum() < 0
                || ind.value().get().compareTo(BigDecimal.valueOf(2)) > 0)) {
              return false;
            }
          }
        }
        for (Indicator ind : List.of(Indicator.I766_2_1, Indicator.I766_3_3)) {
          long sum = e.rows().stream().mapToLong(r -> r.indicator(ind).denominator()).sum();
          if (sum != e.total().indicator(ind).denominator()) {
            return false;
          }
        }
      }
      return true;
    });
  }

  /** 766 2.1 of one dossier, decided from the words, instant by instant. */
  static @org.jspecify.annotations.Nullable Boolean naiveOnTime(EvaluationFacts f, ReportPeriod p) {
    Instant cutOff = p.end();
    if (!f.receivedAt().isBefore(cutOff)) {
      return null; // not received yet
    }
    Instant end = f.endedAt().filter(t -> t.isBefore(cutOff)).orElse(null);
    if (end != null && end.isBefore(p.start())) {
      return null; // finished before the period
    }
    Instant horizon = end != null ? end : cutOff;
    List<EvaluationFacts.Supplement> asked = f.supplements().stream()
        .filter(s -> s.requestedAt().isBefore(cutOff) && !s.requestedAt().isAfter(horizon)).toList();
    if (asked.size() > 1) {
      return false; // more than one supplement request counts as late
    }
    Instant judged = horizon;
    if (asked.size() == 1) {
      EvaluationFacts.Supplement s = asked.get(0);
      boolean answered = s.suppliedAt().isPresent() && s.suppliedAt().get().isBefore(cutOff)
          && !s.suppliedAt().get().isAfter(horizon);
      judged = answered ? horizon.minus(Duration.between(s.requestedAt(), s.suppliedAt().get())) : s.requestedAt();
    }
    return !judged.isAfter(f.appointment()); // equality is on time
  }

  @Test
  void indicator21_agreesWithNaiveModel() {
    lists("2.1 naive model", TRIALS, r -> FACTS.list(r, 60)).check(facts -> {
      long num = 0;
      long den = 0;
      for (EvaluationFacts f : facts) {
        Boolean onTime = naiveOnTime(f, PERIOD);
        if (onTime != null) {
          den++;
          num += onTime ? 1 : 0;
        }
      }
      IndicatorResult r = acc(facts, EvaluationGrouping.BY_FIELD, SETTINGS[0]).toEvaluation().total()
          .indicator(Indicator.I766_2_1);
      return den == 0 ? !r.isComputable()
          : r.rate().orElseThrow().numerator() == num && r.rate().orElseThrow().denominator() == den;
    });
  }

  @Test
  void histories_denominatorOf21_isTheReportsReceivedTotal_parallelEqualsSequential() {
    long seed = Property.seed("evaluation of synthetic histories");
    Regulation regulation = Regulation.vietnam(SampleCatalogue.synthetic(4, 6, 30));
    ReportPeriod may = ReportPeriod.parse("2026-05");
    SyntheticDossiers workload = SyntheticDossiers.of(regulation, seed, LocalDate.of(2026, 3, 16))
        .withDossiersPerWorkingDay(60);
    List<List<DossierEvent>> histories = workload.histories(4_000).toList();
    ProcessingReport report = histories.stream().collect(DossierReports.historyCollector(regulation, may,
        ReportGrouping.BY_AGENCY));
    for (EvaluationGrouping g : EvaluationGrouping.values()) {
      Evaluation sequential = histories.stream().collect(EvaluationHistories.collector(regulation, may, g,
          EvaluationSettings.defaults()));
      Evaluation parallel = histories.parallelStream().collect(EvaluationHistories.collector(regulation, may, g,
          EvaluationSettings.defaults()));
      assertEquals(sequential, parallel, Property.describeSeed() + ", " + g);
      assertEquals(report.total().get(ReportColumn.RECEIVED_TOTAL),
          sequential.total().indicator(Indicator.I766_2_1).denominator(), Property.describeSeed() + ", " + g);
      assertEquals(report.total().get(ReportColumn.RECEIVED_ONLINE) + report.total().get(ReportColumn.RECEIVED_COUNTER_POSTAL),
          sequential.total().indicator(Indicator.I766_3_3).denominator(), Property.describeSeed() + ", " + g);
    }
  }
}
