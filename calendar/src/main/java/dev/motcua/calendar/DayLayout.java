package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The working periods of one kind of day, as half-open minute ranges {@code [start, end)} in ascending order.
 * Positions within the day are counted in nanoseconds of working time since midnight.
 */
final class DayLayout {

  static final long NANOS_PER_MINUTE = 60_000_000_000L;
  static final DayLayout EMPTY = new DayLayout(new int[0]);

  /** start0, end0, start1, end1 … in minutes of the day; end may be 1440 only as 23:59 is the last LocalTime. */
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

  private DayLayout(int[] bounds) {
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

  /** Parses pairs of times; each time must be a whole minute, pairs ascending and not touching. */
  static DayLayout of(LocalTime... times) {
    checkArgument(times.length % 2 == 0, "Periods need pairs of start and end times: %s", List.of(times));
    int[] b = new int[times.length];
    for (int i = 0; i < times.length; i++) {
      LocalTime t = times[i];
      checkArgument(t.getSecond() == 0 && t.getNano() == 0, "Period bounds must be whole minutes: %s", t);
      b[i] = t.getHour() * 60 + t.getMinute();
      checkArgument(i == 0 || b[i] > b[i - 1], "Period bounds must ascend: %s after %s", t, times[Math.max(0, i - 1)]);
    }
    return new DayLayout(b);
  }

  boolean isEmpty() {
    return bounds.length == 0;
  }

  int totalMinutes() {
    return totalMinutes;
  }

  LocalTime close() {
    return LocalTime.of(bounds[bounds.length - 1] / 60, bounds[bounds.length - 1] % 60);
  }

  LocalTime open() {
    return LocalTime.of(bounds[0] / 60, bounds[0] % 60);
  }

  boolean contains(LocalTime t) {
    long n = t.toNanoOfDay();
    for (int i = 0; i < nanos.length; i += 2) {
      if (n >= nanos[i] && n < nanos[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Working nanoseconds in {@code [00:00, n)}, for {@code n} in nanoseconds of the day. */
  long elapsed(long n) {
    if (twoPeriods) {
      return Math.min(Math.max(n, start0), end0) - start0 + Math.min(Math.max(n, start1), end1) - start1;
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
      long first = end0 - start0;
      return p <= first ? start0 + p : start1 + p - first;
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
      long first = end0 - start0;
      return p < first ? start0 + p : start1 + p - first;
    }
    for (int i = 0; i < nanos.length; i += 2) {
      if (p < before[i / 2] + nanos[i + 1] - nanos[i]) {
        return nanos[i] + p - before[i / 2];
      }
    }
    throw new IllegalStateException("Position beyond the day: " + p);
  }

  /** Whether both layouts have the same periods. */
  boolean samePeriods(DayLayout other) {
    return java.util.Arrays.equals(bounds, other.bounds);
  }

  List<LocalTime> times() {
    List<LocalTime> out = new ArrayList<>();
    for (int b : bounds) {
      out.add(LocalTime.of(b / 60, b % 60));
    }
    return out;
  }

  @Override
  public String toString() {
    return times().toString();
  }
}
