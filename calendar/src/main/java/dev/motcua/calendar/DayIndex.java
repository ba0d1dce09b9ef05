package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.util.Arrays;
import java.util.Objects;

/**
 * The working days of a calendar's range as one word per month, with rank (working days before a date) and
 * select (the kth working day): the day half of {@link BitsetWorkingCalendar}.
 *
 * <p>Layout (after Strata's {@code ImmutableHolidayCalendar}, which also looks dates up by month):
 * {@code monthWork[m]}, for month {@code m} counted from January of the first year, packs the working days before
 * the month (high half) with one bit per working day of the month (low half, bit {@code d - 1} for day
 * {@code d}). So a date's rank, and whether it works, is one array read and one popcount, with no epoch-day
 * conversion and no second read that would wait for a day index. {@code workYmd[k]} is the kth working day
 * packed as {@code year << 9 | month << 5 | day}, so a result needs no epoch-day conversion either. For 1990–2100
 * that is 1,332 month words and 29,000 working days, about 120 KB.
 *
 * <p>A hand-written final class with plain arrays: every working-day query is a short chain of dependent loads
 * through it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DayIndex {

  private final LocalDate min;
  private final LocalDate max;
  private final int minYear;
  private final int years;
  private final long[] monthWork;
  private final int[] workYmd;
  private final boolean strict;
  private final boolean[] coveredYear;

  /**
   * @param min the first date, a 1 January
   * @param max the last date, a 31 December
   * @param working one flag per day of {@code min..max}, true for a working day
   * @param strict whether years without official schedule are refused
   * @param coveredYear whether each year of the range has an official schedule
   */
  DayIndex(LocalDate min, LocalDate max, boolean[] working, boolean strict, boolean[] coveredYear) {
    checkArgument(min.getDayOfYear() == 1 && max.getMonthValue() == 12 && max.getDayOfMonth() == 31,
        "The range must be whole years: %s..%s", min, max);
    checkArgument(working.length == max.toEpochDay() - min.toEpochDay() + 1, "One flag per day of the range");
    this.min = min;
    this.max = max;
    this.minYear = min.getYear();
    this.years = max.getYear() - minYear + 1;
    this.strict = strict;
    this.coveredYear = coveredYear.clone();
    this.monthWork = new long[years * 12];
    int[] ymd = new int[working.length];
    int count = 0;
    int i = 0;
    // one pass over the months and their days, with no LocalDate per day: the first build runs in the
    // interpreter, where each call counts
    for (int m = 0; m < monthWork.length; m++) {
      int year = minYear + m / 12;
      int month = m % 12 + 1;
      int length = Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year));
      long before = count;
      int mask = 0;
      for (int d = 0; d < length; d++, i++) {
        if (working[i]) {
          mask |= 1 << d;
          ymd[count++] = year << 9 | month << 5 | (d + 1);
        }
      }
      monthWork[m] = before << 32 | (mask & 0xFFFF_FFFFL);
    }
    this.workYmd = Arrays.copyOf(ymd, count);
  }

  LocalDate min() {
    return min;
  }

  LocalDate max() {
    return max;
  }

  boolean strict() {
    return strict;
  }

  /** @return the number of working days in the range */
  int count() {
    return workYmd.length;
  }

  /**
   * The index of the date's month in {@code monthWork}, checking the range (and, when strict, the year's
   * schedule): the range is whole years, so the year alone decides. Builds no message unless it throws.
   */
  int monthIndex(LocalDate date, String name) {
    int y = Objects.requireNonNull(date, name).getYear() - minYear;
    if (y < 0 || y >= years) {
      throw outOfRange("date " + date + " (" + name + ")");
    }
    if (strict) {
      checkCovered(date.getYear(), date.getYear());
    }
    return y * 12 + date.getMonthValue() - 1;
  }

  long word(int monthIndex) {
    return monthWork[monthIndex];
  }

  /** The month words themselves, for the calendar's hot paths to hold directly (not to be modified). */
  long[] monthWords() {
    return monthWork;
  }

  /** The packed working days themselves, for the calendar's hot paths to hold directly (not to be modified). */
  int[] packedWorkingDays() {
    return workYmd;
  }

  /** The first year of the range. */
  int minYear() {
    return minYear;
  }

  /** The number of years of the range. */
  int years() {
    return years;
  }

  /** Working days before day {@code dom} of the month with word {@code word}. */
  static int rankIn(long word, int dom) {
    return (int) (word >>> 32) + Integer.bitCount((int) word & ((1 << (dom - 1)) - 1));
  }

  /** Whether day {@code dom} of the month with word {@code word} is a working day. */
  static boolean workingIn(long word, int dom) {
    return ((int) word >>> (dom - 1) & 1) != 0;
  }

  boolean isWorking(LocalDate date, String name) {
    return workingIn(monthWork[monthIndex(date, name)], date.getDayOfMonth());
  }

  /** Working days before the date, for a date in the range. */
  int rank(LocalDate date, String name) {
    return rankIn(monthWork[monthIndex(date, name)], date.getDayOfMonth());
  }

  /** The kth working day packed as {@code year << 9 | month << 5 | day}. */
  int ymd(int k) {
    return workYmd[k];
  }

  /** The kth working day (select). */
  LocalDate workDate(int k) {
    int ymd = workYmd[k];
    return LocalDate.of(ymd >> 9, (ymd >>> 5) & 15, ymd & 31);
  }

  /** In strict mode, refuses the first year of {@code fromYear..toYear} in the range without official schedule. */
  void checkCovered(int fromYear, int toYear) {
    for (int y = Math.max(fromYear, minYear); y <= Math.min(toYear, max.getYear()); y++) {
      if (!coveredYear[y - minYear]) {
        throw new ScheduleNotPublishedException(y);
      }
    }
  }

  /** In strict mode, refuses a span of dates that touches a year without official schedule. */
  void checkSpan(LocalDate a, LocalDate b) {
    if (strict) {
      checkCovered(Math.min(a.getYear(), b.getYear()), Math.max(a.getYear(), b.getYear()));
    }
  }

  CalendarRangeException outOfRange(String what) {
    return new CalendarRangeException(what, min, max);
  }

  // ---------------------------------------------------------------- arithmetic

  /** See {@link WorkingCalendar#plusWorkingDays}. */
  LocalDate plusWorkingDays(LocalDate date, int n) {
    int m = monthIndex(date, "date");
    if (n == 0) {
      return date;
    }
    long word = monthWork[m];
    int dom = date.getDayOfMonth();
    // the next or previous working day in the same month (nextWorkingDay, previousWorkingDay): read from the word,
    // and plusDays builds it without LocalDate.of's field checks
    if (n == 1) {
      int after = (int) word >>> dom;
      if (after != 0) {
        return date.plusDays(1 + Integer.numberOfTrailingZeros(after));
      }
    } else if (n == -1) {
      int before = (int) word & ((1 << (dom - 1)) - 1);
      if (before != 0) {
        return date.minusDays(dom - 32 + Integer.numberOfLeadingZeros(before));
      }
    }
    int r = rankIn(word, dom);
    long k = n > 0 ? r + (workingIn(word, dom) ? 1 : 0) + (n - 1L) : r + (long) n;
    if (k < 0 || k >= workYmd.length) {
      throw outOfRange(date, n);
    }
    if (strict) {
      int year = workYmd[(int) k] >> 9;
      checkCovered(Math.min(year, date.getYear()), Math.max(year, date.getYear()));
    }
    return workDate((int) k);
  }

  private CalendarRangeException outOfRange(LocalDate date, int n) {
    return outOfRange("Result of " + date + " plus " + n + " working days");
  }

  /** See {@link WorkingCalendar#workingDaysBetween}. */
  int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    int ya = Objects.requireNonNull(startInclusive, "startInclusive").getYear();
    int ma = startInclusive.getMonthValue();
    int y = ya - minYear;
    // the same month (the common short spans): one word, two popcounts, one range check
    if (y >= 0 && y < years && !strict && ya == Objects.requireNonNull(endExclusive, "endExclusive").getYear()
        && ma == endExclusive.getMonthValue()) {
      int bits = (int) monthWork[y * 12 + ma - 1];
      return Integer.bitCount(bits & ((1 << (endExclusive.getDayOfMonth() - 1)) - 1))
          - Integer.bitCount(bits & ((1 << (startInclusive.getDayOfMonth() - 1)) - 1));
    }
    int a = boundRank(startInclusive, "startInclusive");
    int b = boundRank(endExclusive, "endExclusive");
    checkSpan(startInclusive, endExclusive);
    return b - a;
  }

  /** The rank of an exclusive bound: a date of the range, or the day after it (all working days). */
  private int boundRank(LocalDate date, String name) {
    Objects.requireNonNull(date, name);
    if (date.getYear() == max.getYear() + 1 && date.getDayOfYear() == 1) {
      return workYmd.length;
    }
    return rank(date, name);
  }
}
