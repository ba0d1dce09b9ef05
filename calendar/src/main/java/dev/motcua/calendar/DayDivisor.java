package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigInteger;

/**
 * Division of working-time positions (nanoseconds) by one fixed day length, for calendars whose working days all
 * last the same. A 64-bit division is the slowest instruction on the working-time path, so {@link #floor} takes
 * the high half of {@code x * floor(2^(64 + shift) / day)} instead; that estimate is off by at most one near a
 * multiple of the day, and two comparisons correct it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DayDivisor {

  /** The largest magnitude of a dividend: 2^62 nanoseconds, about 146 years of uninterrupted working time. */
  static final long MAX_DIVIDEND = 1L << 62;

  private final long day;
  private final long reciprocal;
  private final int shift;

  /**
   * @param day the day length in nanoseconds, from 4 (working periods are whole minutes) to below 2^62
   */
  DayDivisor(long day) {
    checkArgument(day >= 4 && day < MAX_DIVIDEND, "Day length out of range: %s ns", day);
    // shift = floor(log2(day)) - 2 keeps the reciprocal at most 2^62
    this.day = day;
    this.shift = 61 - Long.numberOfLeadingZeros(day);
    this.reciprocal = BigInteger.ONE.shiftLeft(64 + shift).divide(BigInteger.valueOf(day)).longValueExact();
  }

  long day() {
    return day;
  }

  /** The multiplier of {@link #floor(long, long, long, int)}. */
  long reciprocal() {
    return reciprocal;
  }

  /** The shift of {@link #floor(long, long, long, int)}. */
  int shift() {
    return shift;
  }

  /** {@code floor(x / day)}, for {@code |x| <= MAX_DIVIDEND}. */
  long floor(long x) {
    return floor(x, day, reciprocal, shift);
  }

  /**
   * {@link #floor(long)} on a divisor's fields, for a hot path that holds them itself rather than the divisor (one
   * load less on its chain).
   */
  static long floor(long x, long day, long reciprocal, int shift) {
    long k = Math.multiplyHigh(x, reciprocal) >> shift;
    long start = k * day;
    if (start > x) {
      k--;
    } else if (start + day <= x) {
      k++;
    }
    return k;
  }

  /** {@code ceil(x / day) - 1}: the day a forward step of {@code x} ends in; for {@code |x| <= MAX_DIVIDEND}. */
  long ceilMinusOne(long x) {
    return floor(x - 1);
  }
}
