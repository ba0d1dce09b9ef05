package dev.motcua.rules.report;

import static dev.motcua.rules.report.ReportColumn.CARRIED_OVER;
import static dev.motcua.rules.report.ReportColumn.IN_PROGRESS_OVERDUE;
import static dev.motcua.rules.report.ReportColumn.IN_PROGRESS_TOTAL;
import static dev.motcua.rules.report.ReportColumn.IN_PROGRESS_WITHIN_DEADLINE;
import static dev.motcua.rules.report.ReportColumn.RECEIVED_COUNTER_POSTAL;
import static dev.motcua.rules.report.ReportColumn.RECEIVED_ONLINE;
import static dev.motcua.rules.report.ReportColumn.RECEIVED_TOTAL;
import static dev.motcua.rules.report.ReportColumn.RESOLVED_EARLY;
import static dev.motcua.rules.report.ReportColumn.RESOLVED_LATE;
import static dev.motcua.rules.report.ReportColumn.RESOLVED_ON_TIME;
import static dev.motcua.rules.report.ReportColumn.RESOLVED_TOTAL;
import static dev.motcua.rules.report.ReportColumn.STOPPED;
import static dev.motcua.rules.report.ReportColumn.WITHDRAWN;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link ProcessingReport}: the counts of one group (a field, an agency or a procedure), or
 * the {@link #TOTAL} row, with the rates derived from them.
 *
 * <p>Every row satisfies {@code received_total = resolved_total + in_progress_total + withdrawn + stopped}.
 *
 * <p>Legal basis: Circular 01/2020/TT-VPCP form II.06a (columns); Decision 766/QĐ-TTg and Decree
 * 61/2018/NĐ-CP Art 30 (rates).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportRow {

  /** The group of the total row. */
  public static final String TOTAL = "TOTAL";
  /** The group of dossiers without the grouping's code. */
  public static final String UNKNOWN = "UNKNOWN";

  private static final ReportColumn[] COLUMNS = ReportColumn.values();

  private final String group;
  private final @Nullable String name;
  private final long[] cells;
  private final long workingSeconds;
  private final long workingTimeCount;

  /**
   * Creates a row from its base counts; the totals are derived here.
   *
   * @param base counts indexed by {@link ReportAccumulator}'s base-counter constants
   */
  ReportRow(String group, @Nullable String name, long[] base) {
    this.group = group;
    this.name = name;
    long[] c = new long[COLUMNS.length];
    c[RECEIVED_ONLINE.ordinal()] = base[ReportAccumulator.ONLINE];
    c[RECEIVED_COUNTER_POSTAL.ordinal()] = base[ReportAccumulator.COUNTER_POSTAL];
    c[CARRIED_OVER.ordinal()] = base[ReportAccumulator.CARRIED];
    c[RECEIVED_TOTAL.ordinal()] =
        base[ReportAccumulator.ONLINE] + base[ReportAccumulator.COUNTER_POSTAL] + base[ReportAccumulator.CARRIED];
    c[RESOLVED_EARLY.ordinal()] = base[ReportAccumulator.EARLY];
    c[RESOLVED_ON_TIME.ordinal()] = base[ReportAccumulator.ON_TIME];
    c[RESOLVED_LATE.ordinal()] = base[ReportAccumulator.LATE];
    c[RESOLVED_TOTAL.ordinal()] =
        base[ReportAccumulator.EARLY] + base[ReportAccumulator.ON_TIME] + base[ReportAccumulator.LATE];
    c[IN_PROGRESS_WITHIN_DEADLINE.ordinal()] = base[ReportAccumulator.WITHIN];
    c[IN_PROGRESS_OVERDUE.ordinal()] = base[ReportAccumulator.OVERDUE];
    c[IN_PROGRESS_TOTAL.ordinal()] = base[ReportAccumulator.WITHIN] + base[ReportAccumulator.OVERDUE];
    c[WITHDRAWN.ordinal()] = base[ReportAccumulator.WITHDRAWN];
    c[STOPPED.ordinal()] = base[ReportAccumulator.STOPPED];
    c[ReportColumn.REFUSED.ordinal()] = base[ReportAccumulator.REFUSED];
    this.cells = c;
    this.workingSeconds = base[ReportAccumulator.WORKING_SECONDS];
    this.workingTimeCount = base[ReportAccumulator.WORKING_COUNT];
  }

  /**
   * Returns the group: a field, agency or procedure code, {@link #UNKNOWN} or {@link #TOTAL}.
   *
   * @return the group, as in the CSV's first column
   */
  public String group() {
    return group;
  }

  /**
   * Returns the group's name, if the input gave one.
   *
   * @return the name, e.g. "Đất đai"; empty for the total and unknown rows
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Tells whether this is the total row.
   *
   * @return true if the group is {@link #TOTAL}
   */
  public boolean isTotal() {
    return group.equals(TOTAL);
  }

  /**
   * Returns the count in a column.
   *
   * @param column the column
   * @return the count, not negative
   */
  public long get(ReportColumn column) {
    return cells[column.ordinal()];
  }

  /**
   * Returns the early-or-on-time share of resolved dossiers:
   * {@code (resolved_early + resolved_on_time) / resolved_total}.
   *
   * <p>Legal basis: Decision 766/QĐ-TTg (indicator of timely resolution).
   *
   * @return the rate, or empty if nothing was resolved
   */
  public Optional<Rate> earlyOrOnTimeRateOfResolved() {
    return rate(get(RESOLVED_EARLY) + get(RESOLVED_ON_TIME), get(RESOLVED_TOTAL));
  }

  /**
   * Returns the on-time share of received dossiers: of the dossiers received (new or carried over) and
   * not withdrawn or stopped, the share that were resolved early or on time or are still within their
   * deadline at the cut-off; that is
   * {@code (resolved_early + resolved_on_time + in_progress_within_deadline)
   * / (received_total - withdrawn - stopped)}, which is one minus the share resolved late or overdue.
   *
   * <p>Legal basis: Decree 61/2018/NĐ-CP Art 30 (the on-time share as an evaluation criterion); the exact
   * numerator and denominator are our reading [inferred].
   *
   * @return the rate, or empty if no dossier was received, or all were withdrawn or stopped
   */
  public Optional<Rate> onTimeRateOfReceived() {
    return rate(get(RESOLVED_EARLY) + get(RESOLVED_ON_TIME) + get(IN_PROGRESS_WITHIN_DEADLINE),
        get(RECEIVED_TOTAL) - get(WITHDRAWN) - get(STOPPED));
  }

  /**
   * Returns the online share of dossiers newly received in the period:
   * {@code received_online / (received_online + received_counter_postal)}. Carried-over dossiers are
   * left out, since they were counted when they were new.
   *
   * <p>Legal basis: Decision 766/QĐ-TTg (indicator of online submissions).
   *
   * @return the rate, or empty if no dossier was newly received
   */
  public Optional<Rate> onlineRateOfReceived() {
    return rate(get(RECEIVED_ONLINE), get(RECEIVED_ONLINE) + get(RECEIVED_COUNTER_POSTAL));
  }

  /**
   * Returns the average working time from receipt to resolution over the dossiers resolved in the
   * period that have a working time, in whole seconds (sub-second parts of the inputs are ignored), rounded
   * down.
   *
   * @return the average, or empty if no resolved dossier has a working time
   */
  public Optional<Duration> averageWorkingTimeToResolve() {
    return workingTimeCount == 0
        ? Optional.empty()
        : Optional.of(Duration.ofSeconds(workingSeconds / workingTimeCount));
  }

  /**
   * Returns how many resolved dossiers the average working time is taken over.
   *
   * @return the count of resolved dossiers with a working time
   */
  public long workingTimeCount() {
    return workingTimeCount;
  }

  /**
   * Returns the sum of the working times from receipt to resolution, in seconds.
   *
   * @return the sum over {@link #workingTimeCount()} dossiers
   */
  public long workingTimeSeconds() {
    return workingSeconds;
  }

  private static Optional<Rate> rate(long numerator, long denominator) {
    return denominator == 0 ? Optional.empty() : Optional.of(Rate.of(numerator, denominator));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ReportRow o
        && group.equals(o.group) && Objects.equals(name, o.name) && Arrays.equals(cells, o.cells)
        && workingSeconds == o.workingSeconds && workingTimeCount == o.workingTimeCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, name, Arrays.hashCode(cells), workingSeconds, workingTimeCount);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ReportRow{").append(group);
    for (ReportColumn column : COLUMNS) {
      sb.append(", ").append(column.key()).append('=').append(cells[column.ordinal()]);
    }
    return sb.append('}').toString();
  }
}
