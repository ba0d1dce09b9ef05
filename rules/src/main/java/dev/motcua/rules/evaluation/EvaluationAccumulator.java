package dev.motcua.rules.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.core.dossier.PaymentChannel;
import dev.motcua.rules.deadline.Timeliness;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.report.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mutable, mergeable state behind {@link Evaluation#collector}: a fixed array of counters per row, so
 * memory grows with the number of rows, never with the number of dossiers. {@link #merge} adds counters,
 * so it is associative and commutative: sequential, parallel and distributed runs give one evaluation.
 *
 * <p>How one dossier is counted for the period {@code [start, end)}, ignoring every instant at or after the
 * cut-off {@code end}:
 * <ul>
 *   <li><b>766 2.1</b> denominator: received before the cut-off and not ended before the start (form
 *       II.06a's received total). End = the first terminal step (resolution, withdrawal, stop). It is early
 *       or on time, and in the numerator, when its judged instant is not after the appointment on its receipt
 *       (equality is on time): the end, or the cut-off if it has not ended; less the applicant's time of an
 *       answered supplement request (request → complete dossier); or the request's instant if a request is
 *       unanswered at that point. A dossier with more than one supplement request is late.
 *   <li><b>766 2.2</b>: received in the period and resolved before the cut-off: its resolution time net of
 *       supplement time, in its procedure's unit.
 *   <li><b>766 3.3, 4.3, 4.5</b>: received in the period; 3.3 by channel, 4.3 and 4.5 by their flags.
 *   <li><b>766 3.6</b>: received in the period with fees of more than 0 đồng requested before the cut-off;
 *       paid online (portal or another online gateway) before the cut-off in the numerator.
 *   <li><b>Circular 01/2018</b>: resolved in the period, under Decree 61/2018/NĐ-CP (or a later instrument
 *       on request): index 1 early 2, on time 1, late 0; index 2 the worst step, same scale; index 3 returns
 *       at intake plus supplement requests, 0 → 2, 1 → 1, more → 0 (1 if the applicant was at fault); index 7
 *       a complaint → 0, else early 2, on time 1, late 0.
 * </ul>
 *
 * <p>This class is mutable and not thread-safe; a collector gives each thread its own.
 */
public final class EvaluationAccumulator {

  // Counters of a row.
  static final int D21 = 0;
  static final int N21 = 1;
  static final int MULTI_SUPPLEMENT = 2;
  static final int PENDING_SUPPLEMENT = 3;
  static final int NEW = 4;
  static final int ONLINE = 5;
  static final int COUNTER = 6;
  static final int POSTAL = 7;
  static final int FEE = 8;
  static final int PAID_ONLINE = 9;
  static final int PAID_UNKNOWN = 10;
  static final int DIGIT_KNOWN = 11;
  static final int DIGIT_YES = 12;
  static final int CITIZEN_KNOWN = 13;
  static final int CITIZEN_YES = 14;
  /** Count and seconds per resolution unit: RES + 2 × ordinal and RES + 2 × ordinal + 1. */
  static final int RES = 15;
  static final int RES_MISSING = 21;
  static final int C01_N = 22;
  static final int C01_OUT = 23;
  /** Sum and known count per index: C01 + 2 × k and C01 + 2 × k + 1, k = 0 (index 1), 1 (2), 2 (3), 3 (7). */
  static final int C01 = 24;
  static final int SIZE = 32;

  private static final Indicator[] C01_INDICES =
      {Indicator.C01_1, Indicator.C01_2, Indicator.C01_3, Indicator.C01_7};
  private static final String[] C01_MISSING = {
    "dossiers without a timeliness", "dossiers without per-step time limits",
    "dossiers without a supplement count", "dossiers without complaint information"};

  private final ReportPeriod period;
  private final EvaluationGrouping grouping;
  private final EvaluationSettings settings;
  private final Instant start;
  private final Instant end;
  private final ZoneId zone;
  private final HashMap<String, Row> rows = new HashMap<>();

  /** One row's counters and the smallest name seen for its code, so that merge order cannot matter. */
  private static final class Row {
    final long[] counts = new long[SIZE];
    @Nullable String name;

    void name(@Nullable String n) {
      if (n != null && (name == null || n.compareTo(name) < 0)) {
        name = n;
      }
    }
  }

  private EvaluationAccumulator(ReportPeriod period, EvaluationGrouping grouping, EvaluationSettings settings) {
    this.period = period;
    this.grouping = grouping;
    this.settings = settings;
    this.start = period.start();
    this.end = period.end();
    this.zone = period.zone();
  }

  /**
   * Returns an empty accumulator.
   *
   * @param period the period; its zone is the zone of the date comparison
   * @param grouping what the rows stand for
   * @param settings the allocation and the choices
   * @return a new, empty accumulator
   */
  public static EvaluationAccumulator of(ReportPeriod period, EvaluationGrouping grouping,
      EvaluationSettings settings) {
    return new EvaluationAccumulator(Objects.requireNonNull(period, "period"),
        Objects.requireNonNull(grouping, "grouping"), Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Returns the period.
   *
   * @return the period
   */
  public ReportPeriod period() {
    return period;
  }

  /**
   * Counts one dossier.
   *
   * @param f the dossier's facts
   */
  public void add(EvaluationFacts f) {
    Instant received = f.receivedAt;
    if (!received.isBefore(end)) {
      return;
    }
    Instant ended = f.endedAt != null && f.endedAt.isBefore(end) ? f.endedAt : null;
    if (ended != null && ended.isBefore(start)) {
      return;
    }
    long[] c = row(f).counts;
    progress(f, ended, c);
    boolean isNew = !received.isBefore(start);
    if (isNew) {
      newDossier(f, ended, c);
    }
    if (ended != null && f.end == EvaluationFacts.End.RESOLVED) {
      circular01(f, ended, c);
    }
  }

  private void progress(EvaluationFacts f, @Nullable Instant ended, long[] c) {
    c[D21]++;
    List<EvaluationFacts.Supplement> requests = new ArrayList<>(2);
    for (EvaluationFacts.Supplement s : f.supplements) {
      if (s.requestedAt().isBefore(end) && (ended == null || !s.requestedAt().isAfter(ended))) {
        requests.add(s);
      }
    }
    if (requests.size() > 1) {
      c[MULTI_SUPPLEMENT]++;
      return;
    }
    Instant judged = ended != null ? ended : end;
    boolean atCutOff = ended == null;
    if (requests.size() == 1) {
      EvaluationFacts.Supplement s = requests.get(0);
      Instant supplied = s.suppliedAt().orElse(null);
      if (supplied == null || !supplied.isBefore(end) || ended != null && supplied.isAfter(ended)) {
        // Unanswered when processing ended or at the cut-off: the request ends the dossier.
        c[PENDING_SUPPLEMENT]++;
        judged = s.requestedAt();
        atCutOff = false;
      } else {
        judged = judged.minus(Duration.between(s.requestedAt(), supplied));
      }
    }
    if (onTime(judged, f.appointment, atCutOff)) {
      c[N21]++;
    }
  }

  private boolean onTime(Instant judged, Instant appointment, boolean atCutOff) {
    if (settings.comparison() == EvaluationSettings.Comparison.INSTANT) {
      return !judged.isAfter(appointment);
    }
    // By dates: a dossier still in progress is judged on the period's last day.
    Instant at = atCutOff ? judged.minusNanos(1) : judged;
    return !LocalDate.ofInstant(at, zone).isAfter(LocalDate.ofInstant(appointment, zone));
  }

  private void newDossier(EvaluationFacts f, @Nullable Instant ended, long[] c) {
    c[NEW]++;
    switch (f.channel) {
      case ONLINE -> c[ONLINE]++;
      case COUNTER -> c[COUNTER]++;
      case POSTAL -> c[POSTAL]++;
    }
    if (f.feeRequestedAt != null && f.feeRequestedAt.isBefore(end)) {
      c[FEE]++;
      if (f.paidAt != null && f.paidAt.isBefore(end)) {
        PaymentChannel pc = f.paymentChannel;
        if (pc == null) {
          c[PAID_UNKNOWN]++;
        } else if (pc.isOnline()) {
          c[PAID_ONLINE]++;
        }
      }
    }
    Boolean digitised = f.attributes.digitisedComponent().orElse(null);
    if (digitised != null) {
      c[DIGIT_KNOWN]++;
      c[DIGIT_YES] += digitised ? 1 : 0;
    }
    Boolean citizen = f.attributes.citizenDataUsed().orElse(null);
    if (citizen != null) {
      c[CITIZEN_KNOWN]++;
      c[CITIZEN_YES] += citizen ? 1 : 0;
    }
    if (ended != null && f.end == EvaluationFacts.End.RESOLVED) {
      ResolutionUnit unit = f.resolutionUnit;
      Duration time = f.resolutionTime;
      if (unit == null || time == null) {
        c[RES_MISSING]++;
      } else {
        c[RES + 2 * unit.ordinal()]++;
        c[RES + 2 * unit.ordinal() + 1] += time.getSeconds();
      }
    }
  }

  private void circular01(EvaluationFacts f, Instant ended, long[] c) {
    LegalInstrument instrument = f.instrument;
    boolean inScope = instrument == LegalInstrument.DECREE_61_2018
        || instrument != null && settings.circular01ForLaterInstruments();
    if (!inScope) {
      c[C01_OUT]++;
      return;
    }
    c[C01_N]++;
    Timeliness t = Objects.requireNonNull(f.timeliness);
    score(c, 0, timelinessScore(t));
    f.attributes.stepTimeliness().ifPresent(steps -> score(c, 1,
        steps.stream().mapToInt(EvaluationAccumulator::timelinessScore).min().orElseThrow()));
    long contacts = f.intakeNotices
        + f.supplements.stream().filter(s -> s.requestedAt().isBefore(ended)).count();
    score(c, 2, contacts == 0 ? 2 : contacts == 1 ? 1
        : f.attributes.applicantAtFault().orElse(false) ? 1 : 0);
    f.attributes.complaint().ifPresent(complaint -> score(c, 3, complaint ? 0 : timelinessScore(t)));
  }

  private static int timelinessScore(Timeliness t) {
    return switch (t) {
      case EARLY -> 2;
      case ON_TIME -> 1;
      case LATE -> 0;
    };
  }

  private static void score(long[] c, int index, int score) {
    c[C01 + 2 * index] += score;
    c[C01 + 2 * index + 1]++;
  }

  private Row row(EvaluationFacts f) {
    String code;
    String name;
    switch (grouping) {
      case BY_AGENCY -> {
        code = f.agencyCode;
        name = f.agencyName;
      }
      case BY_PROCEDURE -> {
        code = f.procedureCode;
        name = f.procedureName;
      }
      case BY_OFFICER -> {
        code = f.officerId;
        name = f.officerName;
      }
      default -> {
        code = f.fieldCode;
        name = f.fieldName;
      }
    }
    Row row = rows.computeIfAbsent(code == null ? EvaluationRow.UNKNOWN : code, k -> new Row());
    if (code != null) {
      row.name(name);
    }
    return row;
  }

  /**
   * Adds another accumulator's counts to this one.
   *
   * @param other an accumulator for the same period, grouping and settings; it is left unchanged
   * @return this accumulator
   * @throws IllegalArgumentException if the period, the grouping or the settings differ
   */
  public EvaluationAccumulator merge(EvaluationAccumulator other) {
    Objects.requireNonNull(other, "other");
    checkArgument(period.equals(other.period) && grouping == other.grouping && settings.equals(other.settings),
        "Cannot merge the accumulator of %s %s %s into that of %s %s %s",
        other.period, other.grouping, other.settings, period, grouping, settings);
    for (Map.Entry<String, Row> e : other.rows.entrySet()) {
      Row mine = rows.computeIfAbsent(e.getKey(), k -> new Row());
      for (int i = 0; i < SIZE; i++) {
        mine.counts[i] += e.getValue().counts[i];
      }
      mine.name(e.getValue().name);
    }
    return this;
  }

  /**
   * Returns the evaluation of what has been added so far; the accumulator stays usable.
   *
   * @return the evaluation
   */
  public Evaluation toEvaluation() {
    return toEvaluation(List.of());
  }

  Evaluation toEvaluation(List<String> extraWarnings) {
    List<String> keys = new ArrayList<>(rows.keySet());
    keys.sort((a, b) -> a.equals(EvaluationRow.UNKNOWN) ? (b.equals(a) ? 0 : 1)
        : b.equals(EvaluationRow.UNKNOWN) ? -1 : a.compareTo(b));
    long[] total = new long[SIZE];
    List<EvaluationRow> result = new ArrayList<>();
    for (String key : keys) {
      Row row = rows.get(key);
      for (int i = 0; i < SIZE; i++) {
        total[i] += row.counts[i];
      }
      result.add(row(key, row.name, row.counts, grouping == EvaluationGrouping.BY_AGENCY
          && !key.equals(EvaluationRow.UNKNOWN), grouping == EvaluationGrouping.BY_OFFICER
          && !key.equals(EvaluationRow.UNKNOWN)));
    }
    EvaluationRow totalRow = row(EvaluationRow.TOTAL, null, total, true, false);
    List<String> warnings = new ArrayList<>();
    if (rows.containsKey(EvaluationRow.UNKNOWN)) {
      warnings.add(String.format(Locale.ROOT, "%d dossiers have no %s; counted in row %s",
          rows.get(EvaluationRow.UNKNOWN).counts[D21], grouping.headingEn().toLowerCase(Locale.ROOT),
          EvaluationRow.UNKNOWN));
    }
    if (total[C01_OUT] > 0) {
      warnings.add(String.format(Locale.ROOT, "%d resolved dossiers are under a later instrument than Decree"
          + " 61/2018/ND-CP and not scored by Circular 01/2018 Art 13-15 (ask for it with"
          + " circular01ForLaterInstruments)", total[C01_OUT]));
    }
    warnings.addAll(extraWarnings);
    return new Evaluation(period, grouping, settings, result, totalRow, warnings);
  }

  private EvaluationRow row(String group, @Nullable String name, long[] c, boolean unit, boolean officer) {
    List<IndicatorResult> r = new ArrayList<>();
    // 2.1
    r.add(c[D21] == 0 ? none(Indicator.I766_2_1, "no dossier received before the cut-off and open in the period")
        : share(Indicator.I766_2_1, c[N21], c[D21], Map.of()));
    // 2.2
    r.add(averageTime(c));
    // 3.3
    Map<String, Long> channels = new LinkedHashMap<>();
    channels.put("ONLINE", c[ONLINE]);
    channels.put("COUNTER", c[COUNTER]);
    channels.put("POSTAL", c[POSTAL]);
    r.add(c[NEW] == 0 ? none(Indicator.I766_3_3, "no dossier received in the period")
        : share(Indicator.I766_3_3, c[ONLINE], c[NEW], channels));
    // 3.6
    if (c[FEE] == 0) {
      r.add(none(Indicator.I766_3_6, "no dossier received in the period has fees requested"));
    } else if (c[PAID_UNKNOWN] > 0) {
      r.add(none(Indicator.I766_3_6, c[PAID_UNKNOWN] + " of " + c[FEE]
          + " dossiers with fees were paid without a payment channel in the input"));
    } else {
      r.add(share(Indicator.I766_3_6, c[PAID_ONLINE], c[FEE], Map.of()));
    }
    r.add(flag(Indicator.I766_4_3, c, DIGIT_KNOWN, DIGIT_YES, "digitised-component flag (HoSoCoThanhPhanSoHoa)"));
    r.add(flag(Indicator.I766_4_5, c, CITIZEN_KNOWN, CITIZEN_YES,
        "population-data flag (TaiKhoanDuocXacThucVoiVNeID)"));
    return new EvaluationRow(group, name, r, circular01(c, unit, officer));
  }

  private IndicatorResult flag(Indicator indicator, long[] c, int known, int yes, String what) {
    if (c[NEW] == 0) {
      return none(indicator, "no dossier received in the period");
    }
    if (c[known] < c[NEW]) {
      return none(indicator, (c[NEW] - c[known]) + " of " + c[NEW] + " dossiers received in the period have no "
          + what);
    }
    return share(indicator, c[yes], c[NEW], Map.of());
  }

  private IndicatorResult none(Indicator indicator, String reason) {
    PointAllocation a = settings.allocation();
    return IndicatorResult.notComputable(indicator, reason, a.maxPoints(indicator).orElse(null), source(indicator));
  }

  private IndicatorResult share(Indicator indicator, long numerator, long denominator, Map<String, Long> parts) {
    return IndicatorResult.share(indicator, numerator, denominator, settings.allocation().scoring(indicator),
        source(indicator), parts);
  }

  private String source(Indicator indicator) {
    return indicator.isDecision766()
        ? indicator.source() + "; points: " + settings.allocation().scoringNote(indicator)
        : indicator.source();
  }

  private IndicatorResult averageTime(long[] c) {
    ResolutionUnit found = null;
    List<String> units = new ArrayList<>();
    for (ResolutionUnit u : ResolutionUnit.values()) {
      if (c[RES + 2 * u.ordinal()] > 0) {
        found = u;
        units.add(u.labelEn());
      }
    }
    if (c[RES_MISSING] > 0) {
      return none(Indicator.I766_2_2, c[RES_MISSING] + " resolved dossiers have no resolution time"
          + " (procedure not in the catalogue)");
    }
    if (found == null) {
      return none(Indicator.I766_2_2, "no dossier received in the period was resolved by the cut-off");
    }
    if (units.size() > 1) {
      return none(Indicator.I766_2_2, "the row mixes procedures measured in " + String.join(" and ", units)
          + "; the average is per procedure (--by procedure)");
    }
    long count = c[RES + 2 * found.ordinal()];
    Fraction total = Fraction.of(c[RES + 2 * found.ordinal() + 1], found.seconds());
    return IndicatorResult.average(Indicator.I766_2_2, total, count, found, 2, source(Indicator.I766_2_2));
  }

  private Circular01Result circular01(long[] c, boolean unit, boolean officer) {
    String label = settings.circular01ForLaterInstruments()
        ? "Circular 01/2018/TT-VPCP Art 13-15: dossiers under Decree 61/2018/ND-CP and, on request, under later"
            + " instruments"
        : "Circular 01/2018/TT-VPCP Art 13-15: dossiers under Decree 61/2018/ND-CP";
    long n = c[C01_N];
    List<IndicatorResult> indices = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    BigDecimal total = null;
    int max = 0;
    for (int k = 0; k < C01_INDICES.length; k++) {
      Indicator ind = C01_INDICES[k];
      long sum = c[C01 + 2 * k];
      long known = c[C01 + 2 * k + 1];
      IndicatorResult res;
      if (n == 0) {
        res = none(ind, c[C01_OUT] == 0 ? "no dossier resolved in the period"
            : c[C01_OUT] + " dossiers resolved in the period are under a later instrument than Decree"
                + " 61/2018/ND-CP; Circular 01/2018 scores them on request only");
      } else if (known < n) {
        res = none(ind, (n - known) + " of " + n + " " + C01_MISSING[k]);
      } else {
        res = IndicatorResult.average(ind, Fraction.of(sum, 1), n, null, 1, source(ind));
      }
      indices.add(res);
      if (res.isComputable()) {
        BigDecimal v = res.value().orElseThrow();
        total = total == null ? v : total.add(v);
        max += 2;
      } else {
        leftOut.add(ind.id() + ": " + res.reason().orElseThrow());
      }
      if (k == 2) {
        leftOut.add("c01.4: the bodies the applicant had to contact are not in the input");
      }
    }
    if (unit) {
      leftOut.add("c01.5, c01.6, c01.8, c01.9: unit-level data (procedures through the one-stop unit, publicity,"
          + " complaints, online services), not dossier data");
    }
    String grade = null;
    String rank = null;
    if (total != null) {
      total = total.setScale(1, RoundingMode.HALF_UP);
      if (officer) {
        grade = total.compareTo(BigDecimal.valueOf(5)) >= 0 ? "hoàn thành 100% nhiệm vụ (≥ 5)"
            : total.compareTo(new BigDecimal("3.5")) >= 0 ? "hoàn thành từ 70% đến dưới 100% nhiệm vụ (3.5 – < 5)"
            : "hoàn thành dưới 70% nhiệm vụ (< 3.5)";
      }
      if (unit) {
        rank = total.compareTo(BigDecimal.valueOf(15)) >= 0 ? "xuất sắc (≥ 15)"
            : total.compareTo(BigDecimal.valueOf(12)) >= 0 ? "tốt (12 – < 15)"
            : total.compareTo(BigDecimal.valueOf(9)) >= 0 ? "khá (9 – < 12)"
            : total.compareTo(BigDecimal.valueOf(6)) >= 0 ? "trung bình (6 – < 9)" : "yếu (< 6)";
      }
    }
    return new Circular01Result(label, n, c[C01_OUT], indices, leftOut, total, max, grade, rank);
  }
}
