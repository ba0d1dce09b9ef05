package dev.motcua.rules.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of an {@link Evaluation}: a field, agency, procedure or officer, or the {@link #TOTAL} row, with
 * the Decision 766 indicators, their points, and the Circular 01/2018 scoring.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationRow {

  /** The group of the total row. */
  public static final String TOTAL = "TOTAL";
  /** The group of dossiers without the grouping's code. */
  public static final String UNKNOWN = "UNKNOWN";

  private final String group;
  private final @Nullable String name;
  private final List<IndicatorResult> indicators;
  private final Fraction points;
  private final int computableMax;
  private final Circular01Result circular01;

  EvaluationRow(String group, @Nullable String name, List<IndicatorResult> indicators, Circular01Result circular01) {
    this.group = group;
    this.name = name;
    this.indicators = List.copyOf(indicators);
    Fraction sum = Fraction.ZERO;
    int max = 0;
    for (IndicatorResult r : indicators) {
      Fraction p = r.exactPoints();
      if (p != null) {
        sum = sum.plus(p);
        max += r.maxPoints().orElseThrow();
      }
    }
    this.points = sum;
    this.computableMax = max;
    this.circular01 = circular01;
  }

  /**
   * Returns the group: a code, {@link #UNKNOWN} or {@link #TOTAL}.
   *
   * @return the group
   */
  public String group() {
    return group;
  }

  /**
   * Returns the group's name, if the input gave one.
   *
   * @return the name
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Returns the Decision 766 indicators: 2.1, 2.2, 3.3, 3.6, 4.3, 4.5.
   *
   * @return the results, in that order, unmodifiable
   */
  public List<IndicatorResult> indicators() {
    return indicators;
  }

  /**
   * Returns the result of one indicator, Decision 766 or Circular 01/2018.
   *
   * @param indicator the indicator
   * @return its result
   */
  public IndicatorResult indicator(Indicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    List<IndicatorResult> list = indicator.isDecision766() ? indicators : circular01.indices();
    return list.stream().filter(r -> r.indicator() == indicator).findFirst().orElseThrow();
  }

  /**
   * Returns the sum of the points of the computable indicators, summed exactly and rounded half up to 2
   * decimals: the "x" of "x of y points computable".
   *
   * @return the points
   */
  public BigDecimal points() {
    return points.toDecimal(2);
  }

  /**
   * Returns the sum of the maxima of the computable indicators that carry points: the "y" of "x of y points
   * computable" (of the allocation's 100).
   *
   * @return the maximum
   */
  public int computableMaxPoints() {
    return computableMax;
  }

  /**
   * Returns the Circular 01/2018 scoring.
   *
   * @return the scoring
   */
  public Circular01Result circular01() {
    return circular01;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof EvaluationRow o && group.equals(o.group) && Objects.equals(name, o.name)
        && indicators.equals(o.indicators) && circular01.equals(o.circular01);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, name, indicators, circular01);
  }

  @Override
  public String toString() {
    return "EvaluationRow{" + group + ", " + points() + " of " + computableMax + " points, " + indicators + ", "
        + circular01 + "}";
  }
}
