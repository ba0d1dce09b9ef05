package dev.motcua.rules.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Circular 01/2018/TT-VPCP Art 13–15 scoring of one row: the per-dossier indices computable from
 * dossiers (1, 2, 3, 7), their total, and the officer's grade or the unit's rank.
 *
 * <p>Index score = the sum of the dossiers' scores (2, 1 or 0 each, Art 13) ÷ the number of dossiers,
 * rounded to 1 decimal (Art 15(1)); an index without enough information is left out of the total (Art
 * 15(1)), and {@link #leftOut()} says which and why. The officer total takes indices 1, 2, 3, 4, 7 (max 10):
 * ≥ 5 all tasks done, 3.5 to &lt; 5 from 70 % to &lt; 100 %, &lt; 3.5 below 70 % (Art 15(2)); a unit adds
 * 5, 6, 8, 9: ≥ 15 excellent, 12 good, 9 fair, 6 average, &lt; 6 weak (Art 15(3)). Index 4 (bodies the
 * applicant had to contact) and the unit-level indices 5, 6, 8, 9 are not dossier data, so they are always
 * left out here.
 *
 * <p>The dossiers scored are those resolved in the period under Decree 61/2018/NĐ-CP, and on request
 * ({@link EvaluationSettings#circular01ForLaterInstruments()}) those under later instruments: Decree
 * 118/2025/NĐ-CP dropped Decree 61's internal evaluation and it is not known whether Circular 03/2025 keeps
 * Art 13–15.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Circular01Result {

  private final String instrument;
  private final long dossiers;
  private final long outOfScope;
  private final List<IndicatorResult> indices;
  private final List<String> leftOut;
  private final @Nullable BigDecimal total;
  private final int computableMax;
  private final @Nullable String officerGrade;
  private final @Nullable String unitRank;

  Circular01Result(String instrument, long dossiers, long outOfScope, List<IndicatorResult> indices,
      List<String> leftOut, @Nullable BigDecimal total, int computableMax, @Nullable String officerGrade,
      @Nullable String unitRank) {
    this.instrument = instrument;
    this.dossiers = dossiers;
    this.outOfScope = outOfScope;
    this.indices = List.copyOf(indices);
    this.leftOut = List.copyOf(leftOut);
    this.total = total;
    this.computableMax = computableMax;
    this.officerGrade = officerGrade;
    this.unitRank = unitRank;
  }

  /**
   * Returns the label of the scoring with its instrument and the dossiers it applies to.
   *
   * @return the label, in English
   */
  public String instrument() {
    return instrument;
  }

  /**
   * Returns the number of dossiers scored: resolved in the period and in scope.
   *
   * @return the count
   */
  public long dossiers() {
    return dossiers;
  }

  /**
   * Returns the number of dossiers resolved in the period but not scored, being under a later instrument.
   *
   * @return the count
   */
  public long outOfScope() {
    return outOfScope;
  }

  /**
   * Returns the indices 1, 2, 3 and 7, each computed or not computable with its reason.
   *
   * @return the indices, in order, unmodifiable
   */
  public List<IndicatorResult> indices() {
    return indices;
  }

  /**
   * Returns the indices left out of the total, each with its reason (Art 15(1)).
   *
   * @return the texts, e.g. "c01.4: bodies the applicant had to contact are not in the input"
   */
  public List<String> leftOut() {
    return leftOut;
  }

  /**
   * Returns the total of the computable indices, 1 decimal.
   *
   * @return the total; empty if no index is computable
   */
  public Optional<BigDecimal> total() {
    return Optional.ofNullable(total);
  }

  /**
   * Returns the most the computable indices could total: 2 per computable index.
   *
   * @return the maximum of {@link #total()}
   */
  public int computableMax() {
    return computableMax;
  }

  /**
   * Returns the officer's grade by Art 15(2), on officer rows with a total.
   *
   * @return the grade, e.g. "hoàn thành 100% nhiệm vụ (≥ 5)"
   */
  public Optional<String> officerGrade() {
    return Optional.ofNullable(officerGrade);
  }

  /**
   * Returns the unit's rank by Art 15(3), on agency rows and the total row with a total.
   *
   * @return the rank, e.g. "yếu (&lt; 6)"
   */
  public Optional<String> unitRank() {
    return Optional.ofNullable(unitRank);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Circular01Result o && instrument.equals(o.instrument) && dossiers == o.dossiers
        && outOfScope == o.outOfScope && indices.equals(o.indices) && leftOut.equals(o.leftOut)
        && Objects.equals(total, o.total) && computableMax == o.computableMax
        && Objects.equals(officerGrade, o.officerGrade) && Objects.equals(unitRank, o.unitRank);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, dossiers, outOfScope, indices, leftOut, total, computableMax, officerGrade,
        unitRank);
  }

  @Override
  public String toString() {
    return "Circular01Result{" + dossiers + " dossiers, total=" + total + " of " + computableMax + ", " + indices
        + "}";
  }
}
