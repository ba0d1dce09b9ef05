package dev.motcua.rules.report;

import dev.motcua.core.dossier.Channel;

import static dev.motcua.rules.report.ReportColumn.CARRIED_OVER;
import static dev.motcua.rules.report.ReportColumn.IN_PROGRESS_OVERDUE;
import static dev.motcua.rules.report.ReportColumn.IN_PROGRESS_TOTAL;
import static dev.motcua.rules.report.ReportColumn.IN_PROGRESS_WITHIN_DEADLINE;
import static dev.motcua.rules.report.ReportColumn.RECEIVED_COUNTER_POSTAL;
import static dev.motcua.rules.report.ReportColumn.RECEIVED_ONLINE;
import static dev.motcua.rules.report.ReportColumn.RECEIVED_TOTAL;
import static dev.motcua.rules.report.ReportColumn.REFUSED;
import static dev.motcua.rules.report.ReportColumn.RESOLVED_EARLY;
import static dev.motcua.rules.report.ReportColumn.RESOLVED_LATE;
import static dev.motcua.rules.report.ReportColumn.RESOLVED_ON_TIME;
import static dev.motcua.rules.report.ReportColumn.RESOLVED_TOTAL;
import static dev.motcua.rules.report.ReportColumn.STOPPED;
import static dev.motcua.rules.report.ReportColumn.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.motcua.rules.Regulation;
import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.rules.testing.SyntheticDossiers;
import dev.motcua.testkit.Property;
import dev.motcua.testkit.Shrink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Laws of the report aggregation, checked on seeded random dossiers clustered on period boundaries. */
class ProcessingReportPropertyTest {

  static final int TRIALS = 300;
  static final ReportPeriod PERIOD = ReportPeriod.parse("2026-05");
  static final RandomFacts FACTS = new RandomFacts(PERIOD);
  static final ReportGrouping[] GROUPINGS = ReportGrouping.values();

  static ProcessingReport report(List<DossierFacts> facts, ReportPeriod period, ReportGrouping grouping) {
    ReportAccumulator acc = ReportAccumulator.of(period, grouping);
    facts.forEach(acc::add);
    return acc.toReport();
  }

  static ProcessingReport report(List<DossierFacts> facts) {
    return report(facts, PERIOD, ReportGrouping.BY_FIELD);
  }

  /** A property over lists of facts, shrunk by removing one dossier at a time. */
  static Property<List<DossierFacts>> lists(String name, int trials, Function<Random, List<DossierFacts>> generator) {
    return Property.forAll(name, generator).trials(trials).shrinking(Shrink.removingOne());
  }

  // ---- the form's identities ----

  @Test
  void rows_randomDossiers_identitiesHoldForEveryRowAndTotal() {
    lists("identities", TRIALS, r -> FACTS.list(r, 80)).check(facts -> {
      for (ReportGrouping grouping : GROUPINGS) {
        ProcessingReport report = report(facts, PERIOD, grouping);
        List<ReportRow> all = new ArrayList<>(report.rows());
        all.add(report.total());
        for (ReportRow row : all) {
          long received = row.get(RECEIVED_TOTAL);
          if (received != row.get(RECEIVED_ONLINE) + row.get(RECEIVED_COUNTER_POSTAL) + row.get(CARRIED_OVER)
              || received != row.get(RESOLVED_TOTAL) + row.get(IN_PROGRESS_TOTAL) + row.get(WITHDRAWN)
                  + row.get(STOPPED)
              || row.get(RESOLVED_TOTAL)
                  != row.get(RESOLVED_EARLY) + row.get(RESOLVED_ON_TIME) + row.get(RESOLVED_LATE)
              || row.get(IN_PROGRESS_TOTAL)
                  != row.get(IN_PROGRESS_WITHIN_DEADLINE) + row.get(IN_PROGRESS_OVERDUE)) {
            return false;
          }
        }
        for (ReportColumn column : ReportColumn.values()) {
          long sum = report.rows().stream().mapToLong(r -> r.get(column)).sum();
          if (sum != report.total().get(column)) {
            return false;
          }
        }
      }
      return true;
    });
  }

  // ---- agreement with a naive model written from the text ----

  /** Which columns one dossier adds 1 to, decided event by event as the issue words it. */
  static List<ReportColumn> naiveCells(DossierFacts f, ReportPeriod p) {
    Instant start = p.start();
    Instant cutOff = p.end();
    if (f.refusedAt().isPresent()) {
      return p.contains(f.refusedAt().get()) ? List.of(REFUSED) : List.of();
    }
    Instant received = f.receivedAt().orElseThrow();
    if (!received.isBefore(cutOff)) {
      return List.of(); // received after the cut-off: not yet known
    }
    // state at the cut-off: the events before it
    Instant ended = Stream.of(f.resolvedAt(), f.withdrawnAt(), f.stoppedAt())
        .flatMap(o -> o.stream()).filter(t -> t.isBefore(cutOff)).findFirst().orElse(null);
    if (ended != null && ended.isBefore(start)) {
      return List.of(); // finished before the period
    }
    List<ReportColumn> cells = new ArrayList<>();
    cells.add(RECEIVED_TOTAL);
    if (received.isBefore(start)) {
      cells.add(CARRIED_OVER);
    } else {
      cells.add(f.channel() == Channel.ONLINE ? RECEIVED_ONLINE : RECEIVED_COUNTER_POSTAL);
    }
    if (ended == null) {
      cells.add(IN_PROGRESS_TOTAL);
      cells.add(cutOff.isAfter(f.dueAt().orElseThrow()) ? IN_PROGRESS_OVERDUE : IN_PROGRESS_WITHIN_DEADLINE);
    } else if (f.resolvedAt().filter(ended::equals).isPresent()) {
      cells.add(RESOLVED_TOTAL);
      switch (f.timeliness().orElseThrow()) {
        case EARLY:
          cells.add(RESOLVED_EARLY);
          break;
        case ON_TIME:
          cells.add(RESOLVED_ON_TIME);
          break;
        default:
          cells.add(RESOLVED_LATE);
      }
    } else if (f.withdrawnAt().filter(ended::equals).isPresent()) {
      cells.add(WITHDRAWN);
    } else {
      cells.add(STOPPED);
    }
    return cells;
  }

  static Map<String, Map<ReportColumn, Long>> naiveTable(List<DossierFacts> facts, ReportPeriod period) {
    Map<String, Map<ReportColumn, Long>> table = new TreeMap<>();
    for (DossierFacts f : facts) {
      List<ReportColumn> cells = naiveCells(f, period);
      if (cells.isEmpty()) {
        continue;
      }
      String group = f.fieldCode().orElse(ReportRow.UNKNOWN);
      for (String key : List.of(group, ReportRow.TOTAL)) {
        Map<ReportColumn, Long> row = table.computeIfAbsent(key, k -> zeros());
        cells.forEach(c -> row.merge(c, 1L, Long::sum));
      }
    }
    table.computeIfAbsent(ReportRow.TOTAL, k -> zeros());
    return table;
  }

  static Map<ReportColumn, Long> zeros() {
    Map<ReportColumn, Long> row = new EnumMap<>(ReportColumn.class);
    for (ReportColumn c : ReportColumn.values()) {
      row.put(c, 0L);
    }
    return row;
  }

  static Map<String, Map<ReportColumn, Long>> table(ProcessingReport report) {
    Map<String, Map<ReportColumn, Long>> table = new TreeMap<>();
    List<ReportRow> all = new ArrayList<>(report.rows());
    all.add(report.total());
    for (ReportRow row : all) {
      Map<ReportColumn, Long> cells = new EnumMap<>(ReportColumn.class);
      for (ReportColumn c : ReportColumn.values()) {
        cells.put(c, row.get(c));
      }
      table.put(row.group(), cells);
    }
    return table;
  }

  @Test
  void collector_randomDossiers_equalsNaiveModel() {
    lists("naive model", TRIALS, r -> FACTS.list(r, 60)).check(
        facts -> naiveTable(facts, PERIOD).equals(table(report(facts))));
  }

  // ---- mergeability ----

  @Test
  void merge_threeParts_associativeAndCommutative() {
    lists("merge laws", TRIALS, r -> FACTS.list(r, 60)).check(facts -> {
      int i = facts.size() / 3;
      int j = 2 * facts.size() / 3;
      List<DossierFacts> a = facts.subList(0, i);
      List<DossierFacts> b = facts.subList(i, j);
      List<DossierFacts> c = facts.subList(j, facts.size());
      ProcessingReport left = acc(a).merge(acc(b)).merge(acc(c)).toReport();
      ProcessingReport right = acc(a).merge(acc(b).merge(acc(c))).toReport();
      ProcessingReport swapped = acc(c).merge(acc(b)).merge(acc(a)).toReport();
      return left.equals(right) && left.equals(swapped) && left.equals(report(facts));
    });
  }

  static ReportAccumulator acc(List<DossierFacts> facts) {
    ReportAccumulator acc = ReportAccumulator.of(PERIOD, ReportGrouping.BY_FIELD);
    facts.forEach(acc::add);
    return acc;
  }

  @Test
  void merge_splitAnywhere_equalsOnePass() {
    Property.forAll("split anywhere", r -> {
      List<DossierFacts> facts = FACTS.list(r, 60);
      return new Split(facts, r.nextInt(facts.size() + 1));
    }).trials(TRIALS).verify(s -> {
      List<DossierFacts> facts = s.facts();
      int k = s.k();
      ProcessingReport merged = acc(facts.subList(0, k)).merge(acc(facts.subList(k, facts.size()))).toReport();
      assertEquals(report(facts), merged, "split at " + k + " of " + facts.size());
    });
  }

  /** Facts and where to split them. */
  record Split(List<DossierFacts> facts, int k) {}

  @Test
  void merge_withEmpty_identity() {
    lists("empty is neutral", 100, r -> FACTS.list(r, 40)).check(facts ->
        acc(facts).merge(acc(List.of())).toReport().equals(report(facts))
            && acc(List.of()).merge(acc(facts)).toReport().equals(report(facts)));
  }

  @Test
  void collector_shuffled_sameReport() {
    long seed = Property.seed("order independence");
    lists("order independence", TRIALS, r -> FACTS.list(r, 60)).check(facts -> {
      List<DossierFacts> shuffled = new ArrayList<>(facts);
      Collections.shuffle(shuffled, new Random(seed ^ facts.size()));
      return report(shuffled).equals(report(facts));
    });
  }

  @Test
  void collector_parallelSyntheticFacts_equalsSequential() {
    long seed = Property.seed("parallel == sequential");
    SyntheticDossiers workload = SyntheticDossiers.of(Regulation.vietnam(SampleCatalogue.synthetic(8, 12, 60)), seed,
        LocalDate.of(2026, 3, 2)).withDossiersPerWorkingDay(300).withUnknownFieldShare(0.001);
    for (ReportGrouping grouping : GROUPINGS) {
      ProcessingReport sequential = workload.facts(30_000)
          .collect(ProcessingReport.collector(PERIOD, grouping));
      ProcessingReport parallel = workload.facts(30_000).parallel()
          .collect(ProcessingReport.collector(PERIOD, grouping));
      assertEquals(sequential, parallel, Property.describeSeed() + ", " + grouping);
    }
  }

  @Test
  void collector_parallelRandomDossiers_equalsSequential() {
    lists("parallel random", 50, r -> FACTS.list(r, 500)).check(facts ->
        facts.parallelStream().collect(ProcessingReport.collector(PERIOD)).equals(report(facts)));
  }

  // ---- periods fit together ----

  static final ReportColumn[] ADDITIVE = {RECEIVED_ONLINE, RECEIVED_COUNTER_POSTAL, RESOLVED_TOTAL,
      RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE, WITHDRAWN, STOPPED, REFUSED};

  @Test
  void monthlyReports_ofAQuarter_addUpToTheQuarterly() {
    Property.forAll("months add up to the quarter", r -> {
      int year = 2020 + r.nextInt(10);
      int quarter = 1 + r.nextInt(4);
      ReportPeriod[] months = new ReportPeriod[3];
      for (int m = 0; m < 3; m++) {
        months[m] = ReportPeriod.monthly(YearMonth.of(year, quarter * 3 - 2 + m));
      }
      return new QuarterCase(year, quarter, new RandomFacts(months).list(r, 150));
    }).trials(60).verify(c -> {
      ReportPeriod q = ReportPeriod.quarterly(c.year(), c.quarter());
      ReportPeriod[] months = new ReportPeriod[3];
      for (int m = 0; m < 3; m++) {
        months[m] = ReportPeriod.monthly(YearMonth.of(c.year(), c.quarter() * 3 - 2 + m));
      }
      List<DossierFacts> facts = c.facts();
      ReportRow quarterly = report(facts, q, ReportGrouping.BY_FIELD).total();
      for (ReportColumn column : ADDITIVE) {
        long sum = 0;
        for (ReportPeriod month : months) {
          sum += report(facts, month, ReportGrouping.BY_FIELD).total().get(column);
        }
        assertEquals(quarterly.get(column), sum, q + ", column " + column.key());
      }
      // what is carried into the quarter is what is carried into its first month
      assertEquals(quarterly.get(CARRIED_OVER),
          report(facts, months[0], ReportGrouping.BY_FIELD).total().get(CARRIED_OVER));
      // and what is in progress at the quarter's cut-off is what is in progress at its last month's
      assertEquals(quarterly.get(IN_PROGRESS_TOTAL),
          report(facts, months[2], ReportGrouping.BY_FIELD).total().get(IN_PROGRESS_TOTAL));
    });
  }

  /** A quarter and facts around its months. */
  record QuarterCase(int year, int quarter, List<DossierFacts> facts) {}

  // ---- CSV shape ----

  @Test
  void toCsv_randomDossiers_headerRowsAndTotalLast() {
    lists("csv shape", 100, r -> FACTS.list(r, 40)).check(facts -> {
      ProcessingReport report = report(facts, PERIOD, ReportGrouping.BY_AGENCY);
      List<String> lines = List.of(report.toCsv().split("\r\n", -1));
      String expectedHeader = "group," + Stream.of(ReportColumn.values()).map(ReportColumn::key)
          .collect(Collectors.joining(","));
      return lines.get(0).equals(expectedHeader)
          && lines.size() == report.rows().size() + 3 // header, rows, TOTAL, and the empty tail
          && lines.get(lines.size() - 2).startsWith("TOTAL,")
          && lines.get(lines.size() - 1).isEmpty()
          && report.rows().stream().noneMatch(r -> r.group().contains(",")
              && !report.toCsv().contains("\"" + r.group() + "\","));
    });
  }
}
