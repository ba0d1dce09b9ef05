package dev.motcua.rules.evaluation;

import dev.motcua.rules.report.Rate;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The value of one {@link Indicator} for one row of an {@link Evaluation}: computed, with its exact
 * numerator and denominator and, for Decision 766, its points; or not computable, with the reason. An
 * indicator the input cannot support is never reported as 0.
 *
 * <p>Shares (766 2.1, 3.3, 3.6, 4.3, 4.5) have a {@link #rate()}; the average time (766 2.2) and the
 * Circular 01/2018 index scores have a {@link #value()}: the average in {@link #unit()}, rounded half up to 2
 * decimals, or the index score, the sum over dossiers ÷ dossiers rounded half up to 1 decimal (Art 15(1)).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorResult {

  private final Indicator indicator;
  private final @Nullable String reason;
  private final Fraction numerator;
  private final long denominator;
  private final @Nullable BigDecimal value;
  private final @Nullable ResolutionUnit unit;
  private final @Nullable Fraction points;
  private final @Nullable Integer maxPoints;
  private final String source;
  private final Map<String, Long> parts;

  private IndicatorResult(Indicator indicator, @Nullable String reason, Fraction numerator, long denominator,
      @Nullable BigDecimal value, @Nullable ResolutionUnit unit, @Nullable Fraction points,
      @Nullable Integer maxPoints, String source, Map<String, Long> parts) {
    this.indicator = indicator;
    this.reason = reason;
    this.numerator = numerator;
    this.denominator = denominator;
    this.value = value;
    this.unit = unit;
    this.points = points;
    this.maxPoints = maxPoints;
    this.source = source;
    this.parts = Map.copyOf(parts);
  }

  static IndicatorResult notComputable(Indicator indicator, String reason, @Nullable Integer maxPoints,
      String source) {
    return new IndicatorResult(indicator, Objects.requireNonNull(reason), Fraction.ZERO, 0, null, null, null,
        maxPoints, source, Map.of());
  }

  static IndicatorResult share(Indicator indicator, long numerator, long denominator,
      PointAllocation.@Nullable Scoring scoring, String source, Map<String, Long> parts) {
    Fraction rate = Fraction.of(numerator, denominator);
    Fraction points = scoring == null ? null : PointAllocation.points(scoring, rate);
    return new IndicatorResult(indicator, null, Fraction.of(numerator, 1), denominator, null, null, points,
        scoring == null ? null : scoring.max(), source, parts);
  }

  static IndicatorResult average(Indicator indicator, Fraction total, long count, @Nullable ResolutionUnit unit,
      int scale, String source) {
    BigDecimal value = total.dividedBy(Fraction.of(count, 1)).toDecimal(scale);
    return new IndicatorResult(indicator, null, total, count, value, unit, null, null, source, Map.of());
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Tells whether the input supported the indicator.
   *
   * @return true if computed
   */
  public boolean isComputable() {
    return reason == null;
  }

  /**
   * Returns why the indicator is not computable.
   *
   * @return the reason, in English; empty if computed
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns the numerator: the count of dossiers that meet the criterion, the total time in the unit (766
   * 2.2, rounded half up to 2 decimals), or the sum of the dossiers' index scores.
   *
   * @return the numerator; 0 if not computable
   */
  public BigDecimal numerator() {
    BigDecimal d = numerator.toDecimal(2).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /**
   * Returns the denominator: the count of dossiers considered.
   *
   * @return the count; 0 if not computable
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Returns the exact share, for the share indicators.
   *
   * @return the rate; empty for 766 2.2, the Circular 01/2018 indices and when not computable
   */
  public Optional<Rate> rate() {
    if (reason != null || value != null) {
      return Optional.empty();
    }
    return Optional.of(Rate.of(numerator.toDecimal(0).longValueExact(), denominator));
  }

  /**
   * Returns the average (766 2.2, in {@link #unit()}, 2 decimals) or the index score (Circular 01/2018, 1
   * decimal).
   *
   * @return the value; empty for the shares and when not computable
   */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the unit of 766 2.2's average.
   *
   * @return the unit; empty for other indicators
   */
  public Optional<ResolutionUnit> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Returns the points, rounded half up to 2 decimals from the exact value.
   *
   * @return the points; empty if the indicator carries no points or is not computable
   */
  public Optional<BigDecimal> points() {
    return points == null ? Optional.empty() : Optional.of(points.toDecimal(2));
  }

  @Nullable Fraction exactPoints() {
    return points;
  }

  /**
   * Returns the indicator's maximum points in the allocation.
   *
   * @return the maximum; empty if it carries no points
   */
  public Optional<Integer> maxPoints() {
    return Optional.ofNullable(maxPoints);
  }

  /**
   * Returns where the definition and the scoring come from.
   *
   * @return the source, in English
   */
  public String source() {
    return source;
  }

  /**
   * Returns the counts behind the share, by part: for 766 3.3 the dossiers received by channel ({@code
   * ONLINE}, {@code COUNTER}, {@code POSTAL}).
   *
   * @return the counts, unmodifiable, empty for other indicators
   */
  public Map<String, Long> parts() {
    return parts;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof IndicatorResult o && indicator == o.indicator && Objects.equals(reason, o.reason)
        && numerator.equals(o.numerator) && denominator == o.denominator && Objects.equals(value, o.value)
        && unit == o.unit && Objects.equals(points, o.points) && Objects.equals(maxPoints, o.maxPoints)
        && source.equals(o.source) && parts.equals(o.parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, reason, numerator, denominator, value, unit, points, maxPoints, source, parts);
  }

  @Override
  public String toString() {
    if (reason != null) {
      return indicator.id() + " not computable: " + reason;
    }
    return indicator.id() + " " + numerator + "/" + denominator + (value != null ? " = " + value : "")
        + (unit != null ? " " + unit.labelEn() : "") + (points != null ? ", " + points.toDecimal(2) + " of "
        + maxPoints + " points" : "");
  }
}
