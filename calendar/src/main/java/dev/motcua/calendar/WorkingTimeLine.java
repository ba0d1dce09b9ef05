package dev.motcua.calendar;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The working time of a calendar's range laid end to end: the time half of {@link BitsetWorkingCalendar}.
 *
 * <p>A date-time maps to its working-time position, the working nanoseconds since the start of the range, and
 * back. Working day {@code k} (counted as in {@link DayIndex}) has the periods {@code layouts[layoutOf[k]]} (a
 * weekday's or the make-up days') and starts at position {@code cumMinutes[k]} minutes. From a position back to
 * its day is a multiplication by the reciprocal of the day's length when all working days last the same
 * ({@link DayDivisor}), else a binary search over {@code cumMinutes}; when all working days also share one layout
 * (the default calendar) it is read from a field, as these paths are chains of dependent loads and each table
 * read adds to their latency. For 1990–2100: about 29,000 working days, 150 KB.
 *
 * <p>A hand-written final class with plain arrays for the same reason.
 *
 * <p>This class is immutable and thread-safe.
 */
final class WorkingTimeLine {

  private final byte[] layoutOf;
  private final int[] cumMinutes;
  private final WorkingPeriods[] layouts;
  /** Divides by the working day's length when all days are equally long, else null. */
  private final @Nullable DayDivisor equalDays;
  /** The periods of every working day if they all have the same (the default calendar), else null. */
  private final @Nullable WorkingPeriods soleLayout;
  /** The working nanoseconds of the whole range. */
  private final long totalNanos;

  /**
   * @param layoutOf for each working day, its index in {@code layouts}
   * @param layouts the distinct periods, each non-empty where used
   */
  WorkingTimeLine(byte[] layoutOf, WorkingPeriods[] layouts) {
    this.layoutOf = layoutOf.clone();
    this.layouts = layouts.clone();
    this.cumMinutes = new int[layoutOf.length + 1];
    // minutes per layout first: the first build runs this loop in the interpreter, where each call counts
    int[] minutesOf = new int[layouts.length];
    for (int l = 0; l < layouts.length; l++) {
      minutesOf[l] = layouts[l].totalMinutes();
    }
    int used = 0;
    for (int k = 0; k < layoutOf.length; k++) {
      cumMinutes[k + 1] = cumMinutes[k] + minutesOf[layoutOf[k]];
      used |= 1 << layoutOf[k];
    }
    // equal days and one shared layout, judged on the layouts in use
    int uniform = -1;
    WorkingPeriods sole = null;
    boolean oneLayout = true;
    for (int l = 0; l < layouts.length; l++) {
      if ((used & 1 << l) != 0) {
        int minutes = layouts[l].totalMinutes();
        uniform = uniform == -1 || uniform == minutes ? minutes : 0;
        oneLayout &= sole == null || sole.equals(layouts[l]);
        sole = sole == null ? layouts[l] : sole;
      }
    }
    this.equalDays = uniform > 0 ? new DayDivisor(uniform * WorkingPeriods.NANOS_PER_MINUTE) : null;
    this.soleLayout = oneLayout ? sole : null;
    this.totalNanos = cumMinutes[layoutOf.length] * WorkingPeriods.NANOS_PER_MINUTE;
  }

  /** Divides by the length of a working day if all are equal, else null. */
  @Nullable DayDivisor equalDays() {
    return equalDays;
  }

  /** The periods of every working day if they all share them, else null. */
  @Nullable WorkingPeriods soleLayout() {
    return soleLayout;
  }

  /** Working nanoseconds before working day {@code k}. */
  long dayStart(int k) {
    DayDivisor equal = equalDays;
    return equal != null ? k * equal.day() : cumMinutes[k] * WorkingPeriods.NANOS_PER_MINUTE;
  }

  /** The periods of working day {@code k}: the common case of one layout for all days is a field read. */
  WorkingPeriods layoutOf(int k) {
    WorkingPeriods sole = soleLayout;
    return sole != null ? sole : layouts[layoutOf[k]];
  }

  /**
   * The working day holding position {@code p} at its end ({@code start(k) < p <= start(k + 1)}), or -1 if none:
   * where a forward step lands (earliest date-time with that position).
   */
  int dayEndingAt(long p) {
    if (p <= 0 || p > totalNanos) {
      return -1;
    }
    return equalDays != null ? uniformDay(p, true) : dayAtMinute((p - 1) / WorkingPeriods.NANOS_PER_MINUTE);
  }

  /**
   * The working day holding position {@code p} at its start ({@code start(k) <= p < start(k + 1)}), or -1 if
   * none: where a backward step or a receipt lands (latest date-time with that position).
   */
  int dayStartingAt(long p) {
    if (p < 0 || p >= totalNanos) {
      return -1;
    }
    return equalDays != null ? uniformDay(p, false) : dayAtMinute(p / WorkingPeriods.NANOS_PER_MINUTE);
  }

  /** The working day of position {@code p} (0 <= p <= totalNanos) when all days are equal. */
  private int uniformDay(long p, boolean endInclusive) {
    long k = endInclusive ? equalDays.ceilMinusOne(p) : equalDays.floor(p);
    return (int) Math.min(k, layoutOf.length - 1);
  }

  /**
   * The largest k with {@code cumMinutes[k] <= minutes}, for calendars whose working days differ in length: a
   * binary search over the fixed table.
   */
  private int dayAtMinute(long minutes) {
    int idx = Arrays.binarySearch(cumMinutes, (int) Math.min(minutes, Integer.MAX_VALUE));
    // values are strictly increasing (every working day has minutes), so an exact hit is the day starting there
    return idx >= 0 ? idx : -idx - 2;
  }

  /** The number of working days. */
  int days() {
    return layoutOf.length;
  }
}
