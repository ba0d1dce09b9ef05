package dev.motcua.rules.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The report on the handling of dossiers in a period (báo cáo tình hình, kết quả giải quyết thủ tục hành
 * chính): one row per field, agency or procedure, and a total row, with the columns of form II.06a.
 *
 * <p>Build it by collecting dossier facts:
 * <pre>{@code
 * ProcessingReport report = facts.stream()
 *     .collect(ProcessingReport.collector(ReportPeriod.parse("2026-05"), ReportGrouping.BY_FIELD));
 * String csv = report.toCsv();
 * }</pre>
 * The collector is unordered and runs in parallel streams with the same result as sequentially; see
 * {@link ReportAccumulator} for how each dossier is counted.
 *
 * <p>Legal basis: Circular 01/2020/TT-VPCP form II.06a (columns); Decree 09/2019/NĐ-CP Art 12 (periods);
 * Decision 766/QĐ-TTg and Decree 61/2018/NĐ-CP Art 30 (rates).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcessingReport {

  private final ReportPeriod period;
  private final ReportGrouping grouping;
  private final List<ReportRow> rows;
  private final ReportRow total;
  private final List<ReportWarning> warnings;

  ProcessingReport(ReportPeriod period, ReportGrouping grouping, List<ReportRow> rows, ReportRow total,
      List<ReportWarning> warnings) {
    this.period = period;
    this.grouping = grouping;
    this.rows = List.copyOf(rows);
    this.total = total;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Returns a collector of dossier facts into a report with rows by field (lĩnh vực).
   *
   * @param period the reporting period
   * @return an unordered collector
   */
  public static Collector<DossierFacts, ?, ProcessingReport> collector(ReportPeriod period) {
    return collector(period, ReportGrouping.BY_FIELD);
  }

  /**
   * Returns a collector of dossier facts into a report.
   *
   * @param period the reporting period
   * @param grouping what the rows stand for
   * @return an unordered collector
   */
  public static Collector<DossierFacts, ?, ProcessingReport> collector(
      ReportPeriod period, ReportGrouping grouping) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grouping, "grouping");
    return Collector.of(
        () -> ReportAccumulator.of(period, grouping),
        ReportAccumulator::add,
        ReportAccumulator::merge,
        ReportAccumulator::toReport,
        Collector.Characteristics.UNORDERED);
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
   * Returns what the rows stand for.
   *
   * @return the grouping
   */
  public ReportGrouping grouping() {
    return grouping;
  }

  /**
   * Returns the rows, sorted by group code, with the {@link ReportRow#UNKNOWN} row, if any, last; without
   * the total row. A group appears only if at least one of its dossiers is counted.
   *
   * @return the rows, unmodifiable
   */
  public List<ReportRow> rows() {
    return rows;
  }

  /**
   * Returns the row of a group.
   *
   * @param group a group code, or {@link ReportRow#UNKNOWN}, or {@link ReportRow#TOTAL}
   * @return the row, or empty if no dossier of the group is counted
   */
  public Optional<ReportRow> row(String group) {
    Objects.requireNonNull(group, "group");
    if (group.equals(ReportRow.TOTAL)) {
      return Optional.of(total);
    }
    return rows.stream().filter(r -> r.group().equals(group)).findFirst();
  }

  /**
   * Returns the total row, the sum of all rows.
   *
   * @return the row whose group is {@link ReportRow#TOTAL}
   */
  public ReportRow total() {
    return total;
  }

  /**
   * Returns the warnings: unknown groups, conflicting names, missing working times.
   *
   * @return the warnings, unmodifiable, possibly empty
   */
  public List<ReportWarning> warnings() {
    return warnings;
  }

  /**
   * Returns the report as CSV (RFC 4180, CRLF line ends): the header
   * {@code group,received_total,received_online,received_counter_postal,carried_over,resolved_total,}
   * {@code resolved_early,resolved_on_time,resolved_late,in_progress_total,in_progress_within_deadline,}
   * {@code in_progress_overdue,withdrawn,stopped,refused}, one line per row, and a last line whose group is
   * {@code TOTAL}.
   *
   * @return the CSV text, ending with a line break
   */
  public String toCsv() {
    return ReportFormats.csv(this);
  }

  /**
   * Returns the report as a plain-text table with the Vietnamese headings of form II.06a, followed by the
   * rates of the total row.
   *
   * @return the table, lines separated by {@code \n}
   */
  public String toText() {
    return ReportFormats.text(this);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ProcessingReport o
        && period.equals(o.period) && grouping == o.grouping && rows.equals(o.rows)
        && total.equals(o.total) && warnings.equals(o.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, grouping, rows, total, warnings);
  }

  @Override
  public String toString() {
    return "ProcessingReport{" + period + ", " + grouping + ", " + rows.size() + " rows, total=" + total + "}";
  }
}
