package dev.motcua.rules.report;

import dev.motcua.core.dossier.Channel;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mutable, mergeable state behind {@link ProcessingReport#collector(ReportPeriod, ReportGrouping)}:
 * a handful of counters per row, so memory grows with the number of rows, never with the number of
 * dossiers.
 *
 * <p>{@link #merge(ReportAccumulator)} is associative and commutative, and adding dossiers in any order or
 * split over any number of accumulators gives the same report; so the aggregation runs sequentially, in a
 * parallel stream, or as the combine step of a distributed engine.
 *
 * <p>How one dossier is counted for the period {@code [start, end)}, ignoring every event at or after the
 * cut-off {@code end}:
 * <ul>
 *   <li>refused at intake in the period: {@code refused}, and nothing else;
 *   <li>received at or after the cut-off, or ended (resolved, withdrawn, stopped) before the start: not
 *       counted;
 *   <li>otherwise received: new (online, or counter and postal) if received in the period, else carried
 *       over; and then resolved early, on time or late, withdrawn or stopped if it ended in the period,
 *       else in progress, overdue if the cut-off is after its due instant, else within the deadline.
 * </ul>
 *
 * <p>This class is mutable and not thread-safe; a collector gives each thread its own.
 */
public final class ReportAccumulator {

  // Base counters of a row; the form's totals are derived from them in ReportRow.
  static final int ONLINE = 0;
  static final int COUNTER_POSTAL = 1;
  static final int CARRIED = 2;
  static final int EARLY = 3;
  static final int ON_TIME = 4;
  static final int LATE = 5;
  static final int WITHIN = 6;
  static final int OVERDUE = 7;
  static final int WITHDRAWN = 8;
  static final int STOPPED = 9;
  static final int REFUSED = 10;
  static final int WORKING_SECONDS = 11;
  static final int WORKING_COUNT = 12;
  static final int WORKING_MISSING = 13;
  static final int SIZE = 14;

  private final ReportPeriod period;
  private final ReportGrouping grouping;
  private final Instant start;
  private final Instant end;
  private final HashMap<String, RowAccumulator> rows = new HashMap<>();

  /** One row's counters and the smallest and largest name seen for its code, to detect conflicts. */
  private static final class RowAccumulator {
    final long[] counts = new long[SIZE];
    @Nullable String minName;
    @Nullable String maxName;

    void name(@Nullable String name) {
      if (name == null || name == minName || name == maxName) {
        return;
      }
      if (minName == null || name.compareTo(minName) < 0) {
        minName = name;
      }
      if (maxName == null || name.compareTo(maxName) > 0) {
        maxName = name;
      }
    }
  }

  private ReportAccumulator(ReportPeriod period, ReportGrouping grouping) {
    this.period = period;
    this.grouping = grouping;
    this.start = period.start();
    this.end = period.end();
  }

  /**
   * Returns an empty accumulator.
   *
   * @param period the reporting period
   * @param grouping what the rows stand for
   * @return a new, empty accumulator
   */
  public static ReportAccumulator of(ReportPeriod period, ReportGrouping grouping) {
    return new ReportAccumulator(Objects.requireNonNull(period, "period"),
        Objects.requireNonNull(grouping, "grouping"));
  }

  /**
   * Returns the reporting period.
   *
   * @return the period
   */
  public ReportPeriod period() {
    return period;
  }

  /**
   * Returns the grouping.
   *
   * @return the grouping
   */
  public ReportGrouping grouping() {
    return grouping;
  }

  /**
   * Counts one dossier.
   *
   * @param facts the dossier's facts
   * @throws ArithmeticException if its row's working-time sum would overflow a {@code long} of seconds; the
   *     accumulator is left as it was
   */
  public void add(DossierFacts facts) {
    Instant refusedAt = facts.refusedAt;
    if (refusedAt != null) {
      if (!refusedAt.isBefore(start) && refusedAt.isBefore(end)) {
        row(facts).counts[REFUSED]++;
      }
      return;
    }
    Instant receivedAt = Objects.requireNonNull(facts.receivedAt);
    if (!receivedAt.isBefore(end)) {
      return;
    }
    Instant endedAt;
    int outcome;
    Instant resolvedAt = facts.resolvedAt;
    Instant withdrawnAt = facts.withdrawnAt;
    Instant stoppedAt = facts.stoppedAt;
    if (resolvedAt != null && resolvedAt.isBefore(end)) {
      endedAt = resolvedAt;
      switch (Objects.requireNonNull(facts.timeliness)) {
        case EARLY:
          outcome = EARLY;
          break;
        case ON_TIME:
          outcome = ON_TIME;
          break;
        default:
          outcome = LATE;
          break;
      }
    } else if (withdrawnAt != null && withdrawnAt.isBefore(end)) {
      endedAt = withdrawnAt;
      outcome = WITHDRAWN;
    } else if (stoppedAt != null && stoppedAt.isBefore(end)) {
      endedAt = stoppedAt;
      outcome = STOPPED;
    } else {
      endedAt = null;
      outcome = end.isAfter(Objects.requireNonNull(facts.dueAt)) ? OVERDUE : WITHIN;
    }
    if (endedAt != null && endedAt.isBefore(start)) {
      return;
    }
    long[] counts = row(facts).counts;
    Duration workingTime = outcome <= LATE && outcome >= EARLY ? facts.workingTimeToResolve : null;
    // summed before anything changes: an overflow leaves the accumulator as it was
    long seconds = workingTime == null ? counts[WORKING_SECONDS]
        : sum(counts[WORKING_SECONDS], workingTime.getSeconds(), "a dossier with working time " + workingTime);
    counts[receivedAt.isBefore(start) ? CARRIED : facts.channel == Channel.ONLINE ? ONLINE : COUNTER_POSTAL]++;
    counts[outcome]++;
    if (outcome <= LATE && outcome >= EARLY) {
      if (workingTime != null) {
        counts[WORKING_SECONDS] = seconds;
        counts[WORKING_COUNT]++;
      } else {
        counts[WORKING_MISSING]++;
      }
    }
  }

  private RowAccumulator row(DossierFacts facts) {
    String code;
    String name;
    switch (grouping) {
      case BY_AGENCY:
        code = facts.agencyCode;
        name = facts.agencyName;
        break;
      case BY_PROCEDURE:
        code = facts.procedureCode;
        name = facts.procedureName;
        break;
      default:
        code = facts.fieldCode;
        name = facts.fieldName;
        break;
    }
    if (code == null) {
      return rows.computeIfAbsent(ReportRow.UNKNOWN, k -> new RowAccumulator());
    }
    RowAccumulator row = rows.get(code);
    if (row == null) {
      row = new RowAccumulator();
      rows.put(code, row);
    }
    row.name(name);
    return row;
  }

  /**
   * Adds another accumulator's counts to this one.
   *
   * @param other an accumulator for the same period and grouping; it is left unchanged
   * @return this accumulator
   * @throws IllegalArgumentException if the period or the grouping differs
   * @throws ArithmeticException if a sum would overflow a {@code long}; both accumulators are left as they were
   */
  public ReportAccumulator merge(ReportAccumulator other) {
    Objects.requireNonNull(other, "other");
    checkArgument(period.equals(other.period) && grouping == other.grouping,
        "Cannot merge the accumulator of %s %s into that of %s %s",
        other.period, other.grouping, period, grouping);
    // every sum first, so that an overflow leaves both accumulators as they were
    Map<String, long[]> sums = new HashMap<>();
    for (Map.Entry<String, RowAccumulator> e : other.rows.entrySet()) {
      RowAccumulator mine = rows.get(e.getKey());
      long[] theirs = e.getValue().counts;
      long[] sum = theirs.clone();
      for (int i = 0; mine != null && i < SIZE; i++) {
        sum[i] = sum(mine.counts[i], theirs[i], "row " + e.getKey());
      }
      sums.put(e.getKey(), sum);
    }
    for (Map.Entry<String, RowAccumulator> e : other.rows.entrySet()) {
      RowAccumulator theirs = e.getValue();
      RowAccumulator mine = rows.computeIfAbsent(e.getKey(), k -> new RowAccumulator());
      System.arraycopy(sums.get(e.getKey()), 0, mine.counts, 0, SIZE);
      mine.name(theirs.minName);
      mine.name(theirs.maxName);
    }
    return this;
  }

  /**
   * Returns the report of what has been added so far; the accumulator stays usable.
   *
   * @return the report
   * @throws ArithmeticException if a sum of the total row would overflow a {@code long}
   */
  public ProcessingReport toReport() {
    List<String> keys = new ArrayList<>(rows.keySet());
    keys.sort((a, b) -> a.equals(ReportRow.UNKNOWN) ? (b.equals(a) ? 0 : 1)
        : b.equals(ReportRow.UNKNOWN) ? -1 : a.compareTo(b));
    List<ReportRow> result = new ArrayList<>(keys.size());
    List<ReportWarning> warnings = new ArrayList<>();
    long[] total = new long[SIZE];
    for (String key : keys) {
      RowAccumulator row = rows.get(key);
      for (int i = 0; i < SIZE; i++) {
        total[i] = sum(total[i], row.counts[i], "the total row");
      }
      result.add(new ReportRow(key, row.minName, row.counts));
      if (key.equals(ReportRow.UNKNOWN)) {
        long[] c = row.counts;
        long count = c[ONLINE] + c[COUNTER_POSTAL] + c[CARRIED] + c[REFUSED];
        warnings.add(new ReportWarning(ReportWarning.Code.UNKNOWN_GROUP, String.format(
            "%s no %s code; counted in row %s",
            phrase(count, "dossier has", "dossiers have"),
            grouping.headingEn().toLowerCase(Locale.ROOT), ReportRow.UNKNOWN)));
      } else if (row.minName != null && !row.minName.equals(row.maxName)) {
        warnings.add(new ReportWarning(ReportWarning.Code.GROUP_NAME_CONFLICT, String.format(
            "Group %s has more than one name, '%s' and '%s'; the report shows '%s'",
            key, row.minName, row.maxName, row.minName)));
      }
    }
    if (total[WORKING_MISSING] > 0) {
      warnings.add(new ReportWarning(ReportWarning.Code.MISSING_WORKING_TIME, String.format(
          "%s no working time; the average working time leaves them out",
          phrase(total[WORKING_MISSING], "resolved dossier has", "resolved dossiers have"))));
    }
    return new ProcessingReport(period, grouping, result,
        new ReportRow(ReportRow.TOTAL, null, total), warnings);
  }

  private static String phrase(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /** A sum of counts or working seconds that never wraps around silently. */
  private static long sum(long a, long b, String where) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw new ArithmeticException("The report's sum at " + where + " overflows a long: " + a + " + " + b);
    }
    return r;
  }
}
