package dev.motcua.rules.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact share, kept as its numerator and denominator so that nothing is lost to rounding.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rate {

  private final long numerator;
  private final long denominator;

  private Rate(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the share {@code numerator / denominator}.
   *
   * @param numerator the count of dossiers that meet the criterion, 0 to {@code denominator}
   * @param denominator the count of dossiers considered, positive
   * @return the rate
   * @throws IllegalArgumentException if the denominator is not positive or the numerator is out of range
   */
  public static Rate of(long numerator, long denominator) {
    checkArgument(denominator > 0, "Denominator must be positive, not %s", denominator);
    checkArgument(numerator >= 0 && numerator <= denominator,
        "Numerator must be 0 to %s, not %s", denominator, numerator);
    return new Rate(numerator, denominator);
  }

  /**
   * Returns the numerator.
   *
   * @return the count of dossiers that meet the criterion
   */
  public long numerator() {
    return numerator;
  }

  /**
   * Returns the denominator.
   *
   * @return the count of dossiers considered, positive
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Returns the share as a double between 0 and 1.
   *
   * @return the nearest double to the exact share
   */
  public double toDouble() {
    return (double) numerator / denominator;
  }

  /**
   * Returns the share in percent, rounded half up to the given number of decimals.
   *
   * @param scale the number of decimals, 0 to 10
   * @return the percentage, e.g. {@code 95.24} for 20/21 at scale 2
   * @throws IllegalArgumentException if the scale is out of range
   */
  public BigDecimal toPercent(int scale) {
    checkArgument(scale >= 0 && scale <= 10, "Scale must be 0 to 10, not %s", scale);
    return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns the fraction as text.
   *
   * @return {@code numerator/denominator}, e.g. {@code 20/21}
   */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Rate other && numerator == other.numerator && denominator == other.denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }
}
