package dev.motcua.rules.evaluation;

import dev.motcua.rules.report.ReportPeriod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation of service quality in a period (đánh giá chất lượng phục vụ): one row per field, agency,
 * procedure or officer, and a total row, each with the dossier-computable indicators of Decision 766/QĐ-TTg
 * as exact fractions with their points, and the Circular 01/2018/TT-VPCP Art 13–15 scoring.
 *
 * <p>Build it by collecting facts, or histories with {@link EvaluationHistories}:
 * <pre>{@code
 * Evaluation e = facts.stream().collect(Evaluation.collector(ReportPeriod.parse("2026-05"),
 *     EvaluationGrouping.BY_AGENCY, EvaluationSettings.defaults()));
 * e.total().indicator(Indicator.I766_2_1).rate();   // the early-or-on-time rate, exact
 * e.total().points();                                // "x" of "x of y points computable"
 * }</pre>
 * The collector is unordered and runs in parallel streams with the same result as sequentially; see
 * {@link EvaluationAccumulator} for how each dossier is counted.
 *
 * <p>The portal's formulas and point tables are third-party sourced (reference §8): each indicator says so
 * in {@link IndicatorResult#source()}.
 *
 * <p>Legal basis: Decision 766/QĐ-TTg (23/6/2022) and Decree 118/2025/NĐ-CP Art 32(1) (the index as the
 * criteria of evaluation); Circular 01/2018/TT-VPCP Art 13–15 (per-dossier indices, officer and unit scores);
 * Decree 09/2019/NĐ-CP Art 12 (periods).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evaluation {

  private final ReportPeriod period;
  private final EvaluationGrouping grouping;
  private final EvaluationSettings settings;
  private final List<EvaluationRow> rows;
  private final EvaluationRow total;
  private final List<String> warnings;

  Evaluation(ReportPeriod period, EvaluationGrouping grouping, EvaluationSettings settings,
      List<EvaluationRow> rows, EvaluationRow total, List<String> warnings) {
    this.period = period;
    this.grouping = grouping;
    this.settings = settings;
    this.rows = List.copyOf(rows);
    this.total = total;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Returns a collector of facts into an evaluation.
   *
   * @param period the period; facts are judged as of its cut-off
   * @param grouping what the rows stand for
   * @param settings the point allocation and the choices
   * @return an unordered collector
   */
  public static Collector<EvaluationFacts, ?, Evaluation> collector(ReportPeriod period,
      EvaluationGrouping grouping, EvaluationSettings settings) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(settings, "settings");
    return Collector.of(() -> EvaluationAccumulator.of(period, grouping, settings), EvaluationAccumulator::add,
        EvaluationAccumulator::merge, EvaluationAccumulator::toEvaluation, Collector.Characteristics.UNORDERED);
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
   * Returns what the rows stand for.
   *
   * @return the grouping
   */
  public EvaluationGrouping grouping() {
    return grouping;
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public EvaluationSettings settings() {
    return settings;
  }

  /**
   * Returns the rows, sorted by group code, {@link EvaluationRow#UNKNOWN} last; without the total.
   *
   * @return the rows, unmodifiable
   */
  public List<EvaluationRow> rows() {
    return rows;
  }

  /**
   * Returns the row of a group.
   *
   * @param group a code, {@link EvaluationRow#UNKNOWN} or {@link EvaluationRow#TOTAL}
   * @return the row, or empty if no dossier of the group is counted
   */
  public Optional<EvaluationRow> row(String group) {
    Objects.requireNonNull(group, "group");
    return group.equals(EvaluationRow.TOTAL) ? Optional.of(total)
        : rows.stream().filter(r -> r.group().equals(group)).findFirst();
  }

  /**
   * Returns the total row, over every dossier.
   *
   * @return the row whose group is {@link EvaluationRow#TOTAL}
   */
  public EvaluationRow total() {
    return total;
  }

  /**
   * Returns the warnings: dossiers without a group code, dossiers not scored by Circular 01/2018, histories
   * that failed validation.
   *
   * @return the warnings, unmodifiable, possibly empty
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Returns the evaluation as CSV (RFC 4180, CRLF line ends), one line per row and indicator: {@code
   * group,name,indicator,numerator,denominator,rate,value,unit,points,max_points,reason}, the total row's
   * lines last with group {@code TOTAL}.
   *
   * @return the CSV text, ending with a line break
   */
  public String toCsv() {
    return EvaluationFormats.csv(this);
  }

  /**
   * Returns the evaluation as a plain-text table: one line per row with the rate and points of each
   * Decision 766 indicator and the Circular 01/2018 total, then what is not computable and why.
   *
   * @return the table, lines separated by {@code \n}
   */
  public String toText() {
    return EvaluationFormats.text(this);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Evaluation o && period.equals(o.period) && grouping == o.grouping
        && settings.equals(o.settings) && rows.equals(o.rows) && total.equals(o.total)
        && warnings.equals(o.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, grouping, settings, rows, total, warnings);
  }

  @Override
  public String toString() {
    return "Evaluation{" + period + ", " + grouping + ", " + rows.size() + " rows, total=" + total + "}";
  }
}
