package dev.motcua.rules.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** An exact non-negative rational, kept in lowest terms, so that points are summed before rounding. */
final class Fraction implements Comparable<Fraction> {
  static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  static Fraction of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("Denominator must be positive, not " + denominator);
    }
    BigInteger gcd = numerator.gcd(denominator);
    return gcd.signum() == 0 ? ZERO : new Fraction(numerator.divide(gcd), denominator.divide(gcd));
  }

  Fraction plus(Fraction o) {
    return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  Fraction times(Fraction o) {
    return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  Fraction dividedBy(Fraction o) {
    return of(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  Fraction min(Fraction o) {
    return compareTo(o) <= 0 ? this : o;
  }

  /** Rounded half up to the scale. */
  BigDecimal toDecimal(int scale) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Fraction o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Fraction o && numerator.equals(o.numerator) && denominator.equals(o.denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
