package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The working periods of one day (giờ làm việc), as half-open ranges {@code [start, end)} of whole-minute local
 * times in ascending order, none touching the next; empty on a day off. Returned by
 * {@link WorkingCalendar#workingPeriods(java.time.LocalDate)}.
 *
 * <pre>{@code
 * WorkingPeriods day = WorkingPeriods.of(LocalTime.of(7, 0), LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(17, 0));
 * day.size();                             // 2
 * day.end(0);                             // 11:00
 * day.contains(LocalTime.of(12, 0));      // false: the lunch break
 * day.workingTime();                      // PT8H
 * }</pre>
 *
 * <p>Besides this public view, the class carries the nanosecond arithmetic of the calendar's working-time paths:
 * those are chains of dependent loads, so it is a hand-written final class whose two-period fields are read
 * directly, not a generated value type.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingPeriods {

  static final long NANOS_PER_MINUTE = 60_000_000_000L;

  /** No working period: a day off. */
  public static final WorkingPeriods NONE = new WorkingPeriods(new int[0]);

  /** start0, end0, start1, end1 … in minutes of the day, ascending; at most 23:59 (the last whole-minute time). */
  private final int[] bounds;
  /** The same bounds in nanoseconds of the day, and the working nanoseconds before each period (hot paths). */
  private final long[] nanos;
  private final long[] before;
  private final int totalMinutes;
  /**
   * Whether the day has at most two periods (every layout the regulation knows: morning and afternoon), held
   * in {@code start0}..{@code end1} so the hot paths clamp instead of walking arrays; an absent second period
   * is empty at the end of the first.
   */
  private final boolean twoPeriods;
  private final long start0;
  private final long end0;
  private final long start1;
  private final long end1;

  private WorkingPeriods(int[] bounds) {
    this.bounds = bounds;
    this.nanos = new long[bounds.length];
    this.before = new long[bounds.length / 2];
    int total = 0;
    for (int i = 0; i < bounds.length; i += 2) {
      nanos[i] = bounds[i] * NANOS_PER_MINUTE;
      nanos[i + 1] = bounds[i + 1] * NANOS_PER_MINUTE;
      before[i / 2] = total * NANOS_PER_MINUTE;
      total += bounds[i + 1] - bounds[i];
    }
    this.totalMinutes = total;
    this.twoPeriods = bounds.length <= 4;
    this.start0 = bounds.length > 0 ? nanos[0] : 0;
    this.end0 = bounds.length > 0 ? nanos[1] : 0;
    this.start1 = bounds.length > 2 ? nanos[2] : end0;
    this.end1 = bounds.length > 2 ? nanos[3] : end0;
  }

  /**
   * Obtains working periods from pairs of start and end times.
   *
   * @param startEndPairs start, end, start, end…; whole minutes, strictly ascending; none for {@link #NONE}
   * @return the periods
   * @throws IllegalArgumentException if the times are odd in number, not whole minutes or not strictly ascending
   */
  public static WorkingPeriods of(LocalTime... startEndPairs) {
    LocalTime[] times = startEndPairs.clone();
    checkArgument(times.length % 2 == 0, "Periods need pairs of start and end times: %s", Arrays.asList(times));
    if (times.length == 0) {
      return NONE;
    }
    int[] b = new int[times.length];
    for (int i = 0; i < times.length; i++) {
      LocalTime t = Objects.requireNonNull(times[i], "startEndPairs");
      checkArgument(t.getSecond() == 0 && t.getNano() == 0, "Period bounds must be whole minutes: %s", t);
      b[i] = t.getHour() * 60 + t.getMinute();
      checkArgument(i == 0 || b[i] > b[i - 1], "Period bounds must ascend: %s after %s", t, times[Math.max(0, i - 1)]);
    }
    return new WorkingPeriods(b);
  }

  /** @return true if there is no working period (a day off) */
  public boolean isEmpty() {
    return bounds.length == 0;
  }

  /** @return the number of periods */
  public int size() {
    return bounds.length / 2;
  }

  /**
   * Returns the start of a period.
   *
   * @param index the period, from 0
   * @return its first working minute (inclusive)
   * @throws IndexOutOfBoundsException if there is no such period
   */
  public LocalTime start(int index) {
    checkElementIndex(index, size(), "index");
    return time(bounds[2 * index]);
  }

  /**
   * Returns the end of a period.
   *
   * @param index the period, from 0
   * @return the end of the period (exclusive)
   * @throws IndexOutOfBoundsException if there is no such period
   */
  public LocalTime end(int index) {
    checkElementIndex(index, size(), "index");
    return time(bounds[2 * index + 1]);
  }

  /**
   * Returns the start of the first period.
   *
   * @return the opening time
   * @throws IllegalStateException if there is no period
   */
  public LocalTime open() {
    checkState(!isEmpty(), "No working period");
    return time(bounds[0]);
  }

  /**
   * Returns the end of the last period, the close of business.
   *
   * @return the closing time
   * @throws IllegalStateException if there is no period
   */
  public LocalTime close() {
    checkState(!isEmpty(), "No working period");
    return time(bounds[bounds.length - 1]);
  }

  /**
   * Returns whether a time lies inside a period (start inclusive, end exclusive).
   *
   * @param time the local time
   * @return true if working at that time
   */
  public boolean contains(LocalTime time) {
    long n = time.toNanoOfDay();
    for (int i = 0; i < nanos.length; i += 2) {
      if (n >= nanos[i] && n < nanos[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** @return the working time of the whole day, zero for {@link #NONE} */
  public Duration workingTime() {
    return Duration.ofMinutes(totalMinutes);
  }

  private static LocalTime time(int minuteOfDay) {
    return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
  }

  // ---------------------------------------------------------------- hot paths of the bitset calendar

  int totalMinutes() {
    return totalMinutes;
  }

  /** Whether the day has at most two periods, so that its bounds are {@link #start0()}..{@link #end1()}. */
  boolean twoPeriods() {
    return twoPeriods;
  }

  long start0() {
    return start0;
  }

  long end0() {
    return end0;
  }

  long start1() {
    return start1;
  }

  long end1() {
    return end1;
  }

  /** Working nanoseconds in {@code [00:00, n)}, for {@code n} in nanoseconds of the day. */
  long elapsed(long n) {
    if (twoPeriods) {
      return elapsed(n, start0, end0, start1, end1);
    }
    long sum = 0;
    for (int i = 0; i < nanos.length; i += 2) {
      if (n <= nanos[i]) {
        break;
      }
      sum += Math.min(n, nanos[i + 1]) - nanos[i];
    }
    return sum;
  }

  /** Earliest time of day with {@code elapsed == p}, in nanoseconds of the day, for {@code 0 < p <= total}. */
  long earliestAt(long p) {
    if (twoPeriods) {
      return earliestAt(p, start0, end0, start1);
    }
    for (int i = 0; i < nanos.length; i += 2) {
      if (p <= before[i / 2] + nanos[i + 1] - nanos[i]) {
        return nanos[i] + p - before[i / 2];
      }
    }
    throw new IllegalStateException("Position beyond the day: " + p);
  }

  /** Latest time of day with {@code elapsed == p}, in nanoseconds of the day, for {@code 0 <= p < total}. */
  long latestAt(long p) {
    if (twoPeriods) {
      return latestAt(p, start0, end0, start1);
    }
    for (int i = 0; i < nanos.length; i += 2) {
      if (p < before[i / 2] + nanos[i + 1] - nanos[i]) {
        return nanos[i] + p - before[i / 2];
      }
    }
    throw new IllegalStateException("Position beyond the day: " + p);
  }

  // The same on the bounds of a day of at most two periods, for a hot path that holds them itself rather than the
  // periods (one load less on its chain).

  /** {@link #elapsed(long)} of the periods {@code [start0, end0)} and {@code [start1, end1)}. */
  static long elapsed(long n, long start0, long end0, long start1, long end1) {
    return Math.min(Math.max(n, start0), end0) - start0 + Math.min(Math.max(n, start1), end1) - start1;
  }

  /** {@link #earliestAt(long)} of the periods {@code [start0, end0)} and {@code [start1, …)}. */
  static long earliestAt(long p, long start0, long end0, long start1) {
    long first = end0 - start0;
    return p <= first ? start0 + p : start1 + p - first;
  }

  /** {@link #latestAt(long)} of the periods {@code [start0, end0)} and {@code [start1, …)}. */
  static long latestAt(long p, long start0, long end0, long start1) {
    long first = end0 - start0;
    return p < first ? start0 + p : start1 + p - first;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WorkingPeriods p && Arrays.equals(bounds, p.bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  /** Returns e.g. {@code "[07:00-11:00, 13:00-17:00]"}, {@code "[]"} for {@link #NONE}. */
  @Override
  public String toString() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      out.add(time(bounds[i]) + "-" + time(bounds[i + 1]));
    }
    return out.toString();
  }
}
