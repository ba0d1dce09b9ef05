package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of {@link WorkingCalendar}: everything is precomputed over the supported range.
 *
 * <p>Layout (after Strata's {@code ImmutableHolidayCalendar}): day {@code i} is {@code minDate + i}.
 * {@code bits} holds one bit per day, set for a working day; {@code wordRank[w]} counts the working days before
 * word {@code w}, so the rank (working days before day i) is one array read and one popcount.
 * {@code workDays[k]} is the day index of the kth working day (select), {@code workYmd[k]} the same date packed
 * as {@code year << 9 | month << 5 | day} (so a result needs no epoch-day conversion), {@code workLayout[k]} its layout
 * (weekday or make-up periods) and {@code cumMinutes[k]} the working minutes before it. Working-day arithmetic
 * is rank/select; working-time arithmetic maps a date-time to its working-time position (nanoseconds since the
 * range start) and back with a multiplication by the reciprocal of the day's length (equal working days) or a
 * binary search over {@code cumMinutes}; when all working days share one layout (the default calendar) it is read
 * from a field, as these paths are chains of dependent loads and each table read adds to their latency. A date
 * becomes a day index through {@code monthStart}, the index of the first of each month (as Strata looks up
 * months), avoiding {@code toEpochDay}; {@code monthWork[m]} packs the working days before month {@code m} (high
 * half) with one bit per working day of the month (low half, bit {@code d - 1} for day {@code d}), so the hot
 * paths get a date's rank from one read that does not wait for the day index. For 1990–2100 that is about
 * 40,500 bits, 29,000 working days and about 375 KB retained, plus the day labels (shared, and for the default
 * calendar read on first use).
 */
final class BitsetWorkingCalendar implements WorkingCalendar {

  /** Durations beyond this many seconds leave any range this class can hold. */
  private static final long MAX_SECONDS = DayDivisor.MAX_DIVIDEND / 2 / 1_000_000_000L;

  private final @Nullable ZoneId zone;
  private final LocalDate min;
  private final LocalDate max;
  private final long minEpoch;
  private final int days;
  private final long[] bits;
  private final int[] wordRank;
  private final int[] workDays;
  private final int[] workYmd;
  private final int[] monthStart;
  private final long[] monthWork;
  private final int minYear;
  private final int years;
  private final byte[] workLayout;
  private final int[] cumMinutes;
  private final DayLayout[] layouts;
  private final DayLayout[] reception;
  private final boolean[] restByPattern;
  private final DayOff weeklyRest;
  /** The labelled days, read on first use for the default calendar (only day-off queries need them). */
  private final Supplier<NavigableMap<LocalDate, SpecialDay>> labels;
  private final boolean strict;
  private final boolean[] coveredYear;
  private final WorkingDayConvention convention;
  private final LocalTime sameDayCutoff;
  /** Divides by the working day's length when all days are equally long, else null. */
  private final @Nullable DayDivisor equalDays;
  /** The layout of every working day if they all have the same periods (the default calendar), else null. */
  private final @Nullable DayLayout soleLayout;
  /** The working nanoseconds of the whole range. */
  private final long totalNanos;

  BitsetWorkingCalendar(
      @Nullable ZoneId zone, LocalDate min, LocalDate max, boolean[] working, byte[] layoutOfDay, DayLayout[] layouts,
      DayLayout[] reception, boolean[] restByPattern, DayOff weeklyRest,
      Supplier<NavigableMap<LocalDate, SpecialDay>> labels,
      boolean strict, boolean[] coveredYear, WorkingDayConvention convention, LocalTime sameDayCutoff) {
    this.zone = zone;
    this.min = min;
    this.max = max;
    this.minEpoch = min.toEpochDay();
    this.days = working.length;
    this.layouts = layouts;
    this.reception = reception;
    this.restByPattern = restByPattern;
    this.weeklyRest = weeklyRest;
    this.labels = labels;
    this.strict = strict;
    this.coveredYear = coveredYear;
    this.convention = convention;
    this.sameDayCutoff = sameDayCutoff;
    this.minYear = min.getYear();
    checkArgument(min.getDayOfYear() == 1 && max.getMonthValue() == 12 && max.getDayOfMonth() == 31,
        "The range must be whole years: %s..%s", min, max);
    this.years = max.getYear() - minYear + 1;
    checkArgument(working.length == max.toEpochDay() - minEpoch + 1, "One flag per day of the range");
    // One pass over the months and their days, with no LocalDate per day: the first build runs in the
    // interpreter (a loop needs about 60,000 iterations before the JIT compiles it), where each call counts.
    int[] minutesOf = new int[layouts.length];
    for (int l = 0; l < layouts.length; l++) {
      minutesOf[l] = layouts[l] == null ? 0 : layouts[l].totalMinutes();
    }
    this.bits = new long[(days + 63) >>> 6];
    int[] work = new int[days];
    int[] ymd = new int[days];
    byte[] layoutOfWork = new byte[days];
    int[] cum = new int[days + 1];
    this.monthStart = new int[years * 12];
    this.monthWork = new long[monthStart.length];
    int count = 0;
    int usedLayouts = 0;
    int i = 0;
    for (int m = 0; m < monthStart.length; m++) {
      int year = minYear + m / 12;
      int month = m % 12 + 1;
      int length = Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year));
      monthStart[m] = i;
      long before = count;
      int mask = 0;
      for (int d = 0; d < length; d++, i++) {
        if (working[i]) {
          bits[i >>> 6] |= 1L << (i & 63);
          mask |= 1 << d;
          work[count] = i;
          ymd[count] = year << 9 | month << 5 | (d + 1);
          byte layout = layoutOfDay[i];
          layoutOfWork[count] = layout;
          usedLayouts |= 1 << layout;
          cum[count + 1] = cum[count] + minutesOf[layout];
          count++;
        }
      }
      monthWork[m] = before << 32 | mask;
    }
    this.wordRank = new int[bits.length + 1];
    for (int w = 0; w < bits.length; w++) {
      wordRank[w + 1] = wordRank[w] + Long.bitCount(bits[w]);
    }
    this.workDays = Arrays.copyOf(work, count);
    this.workYmd = Arrays.copyOf(ymd, count);
    this.workLayout = Arrays.copyOf(layoutOfWork, count);
    this.cumMinutes = Arrays.copyOf(cum, count + 1);
    // equal days and one shared layout, judged on the layouts in use
    int uniform = -1;
    DayLayout sole = null;
    boolean oneLayout = true;
    for (int l = 0; l < layouts.length; l++) {
      if ((usedLayouts & 1 << l) != 0) {
        uniform = uniform == -1 || uniform == minutesOf[l] ? minutesOf[l] : 0;
        oneLayout &= sole == null || sole.samePeriods(layouts[l]);
        sole = sole == null ? layouts[l] : sole;
      }
    }
    this.equalDays = uniform > 0 ? new DayDivisor(uniform * DayLayout.NANOS_PER_MINUTE) : null;
    this.totalNanos = cumMinutes[count] * DayLayout.NANOS_PER_MINUTE;
    this.soleLayout = oneLayout ? sole : null;
  }

  // ---------------------------------------------------------------- indexes and checks
  // Hot paths build no message unless they throw, and check strict coverage only when strict.

  private int index(LocalDate date, String name) {
    return monthStart[monthIndex(Objects.requireNonNull(date, name), name)] + date.getDayOfMonth() - 1;
  }

  /** Like {@link #index} but also accepts {@code max + 1} (an exclusive end), as {@code days}. */
  private int boundIndex(LocalDate date, String name) {
    Objects.requireNonNull(date, name);
    if (date.getYear() == max.getYear() + 1 && date.getDayOfYear() == 1) {
      return days;
    }
    return index(date, name);
  }

  /**
   * The index of the date's month in {@code monthStart} and {@code monthWork}, checking the range (and, when
   * strict, the year's schedule): the range is whole years (the builder's 1990–2100), so the year alone decides,
   * and the hot paths need no day index.
   */
  private int monthIndex(LocalDate date, String name) {
    int y = date.getYear() - minYear;
    if (y < 0 || y >= years) {
      throw new CalendarRangeException(name + " " + date, min, max);
    }
    if (strict) {
      checkCovered(date.getYear(), date.getYear());
    }
    return y * 12 + date.getMonthValue() - 1;
  }

  /** Working days before day {@code dom} of the month with word {@code word}. */
  private static int rankIn(long word, int dom) {
    return (int) (word >>> 32) + Integer.bitCount((int) word & ((1 << (dom - 1)) - 1));
  }

  /** Whether day {@code dom} of the month with word {@code word} is a working day. */
  private static boolean workingIn(long word, int dom) {
    return ((int) word >>> (dom - 1) & 1) != 0;
  }

  private LocalDate workDate(int k) {
    int ymd = workYmd[k];
    return LocalDate.of(ymd >> 9, (ymd >>> 5) & 15, ymd & 31);
  }

  private void checkCovered(int fromYear, int toYear) {
    for (int y = Math.max(fromYear, min.getYear()); y <= Math.min(toYear, max.getYear()); y++) {
      if (!coveredYear[y - min.getYear()]) {
        throw new ScheduleNotPublishedException(y);
      }
    }
  }

  /** In strict mode, refuses a span of day indexes that touches a year without official schedule. */
  private void checkSpan(int i, int j) {
    if (strict) {
      checkCovered(dateOf(Math.min(i, j)).getYear(), dateOf(Math.max(i, j)).getYear());
    }
  }

  private LocalDate dateOf(int i) {
    return LocalDate.ofEpochDay(minEpoch + i);
  }

  private boolean working(int i) {
    return (bits[i >>> 6] & (1L << (i & 63))) != 0;
  }

  /** Working days with index below {@code i}, for {@code 0 <= i <= days}. */
  private int rank(int i) {
    int w = i >>> 6;
    if (w >= bits.length) {
      return wordRank[bits.length];
    }
    return wordRank[w] + Long.bitCount(bits[w] & ((1L << (i & 63)) - 1));
  }

  // ---------------------------------------------------------------- days

  @Override
  public ZoneId zone() {
    return zone != null ? zone : DefaultZone.ZONE;
  }

  /** The default zone, loaded on first use. */
  private static final class DefaultZone {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  }

  @Override
  public LocalDate minDate() {
    return min;
  }

  @Override
  public LocalDate maxDate() {
    return max;
  }

  @Override
  public WorkingDayConvention defaultConvention() {
    return convention;
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return working(index(date, "date"));
  }

  @Override
  public Optional<DayOff> dayOff(LocalDate date) {
    int i = index(date, "date");
    if (working(i)) {
      return Optional.empty();
    }
    SpecialDay label = labels.get().get(date);
    return Optional.of(label != null && !label.isWorking() ? label.toDayOff() : weeklyRest);
  }

  @Override
  public List<SpecialDay> specialDays(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    index(first, "first day of year");
    index(last, "last day of year");
    List<SpecialDay> out = new ArrayList<>();
    for (Map.Entry<LocalDate, SpecialDay> e : labels.get().subMap(first, true, last, true).entrySet()) {
      int i = (int) (e.getKey().toEpochDay() - minEpoch);
      boolean rest = restByPattern[e.getKey().getDayOfWeek().ordinal()];
      if (working(i) == rest && e.getValue().isWorking() == working(i)) {
        out.add(e.getValue());
      }
    }
    return List.copyOf(out);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    int m = monthIndex(Objects.requireNonNull(date, "date"), "date");
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
    if (k < 0 || k >= workDays.length) {
      throw new CalendarRangeException("Result of " + date + " plus " + n + " working days", min, max);
    }
    if (strict) {
      int year = workYmd[(int) k] >> 9;
      checkCovered(Math.min(year, date.getYear()), Math.max(year, date.getYear()));
    }
    return workDate((int) k);
  }

  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    int a = boundIndex(startInclusive, "startInclusive");
    int b = boundIndex(endExclusive, "endExclusive");
    checkSpan(Math.min(a, days - 1), Math.min(b, days - 1));
    return rank(b) - rank(a);
  }

  // ---------------------------------------------------------------- hours

  /** Working-time position of a date-time, in nanoseconds since the start of the range. */
  private long position(LocalDateTime t, String name) {
    Objects.requireNonNull(t, name);
    return position(t.toLocalDate(), t.toLocalTime().toNanoOfDay(), name);
  }

  private long position(LocalDate date, long nanoOfDay, String name) {
    long word = monthWork[monthIndex(date, name)];
    int dom = date.getDayOfMonth();
    int k = rankIn(word, dom);
    long base = dayStart(k);
    return workingIn(word, dom) ? base + layoutOf(k).elapsed(nanoOfDay) : base;
  }

  /**
   * The working day holding position {@code p} at its end ({@code start(k) < p <= start(k + 1)}), or -1 if none:
   * where a forward step lands (earliest date-time with that position).
   */
  private int dayEndingAt(long p) {
    if (p <= 0 || p > totalNanos) {
      return -1;
    }
    return equalDays != null ? uniformDay(p, true) : dayAtMinute((p - 1) / DayLayout.NANOS_PER_MINUTE);
  }

  /**
   * The working day holding position {@code p} at its start ({@code start(k) <= p < start(k + 1)}), or -1 if
   * none: where a backward step or a receipt lands (latest date-time with that position).
   */
  private int dayStartingAt(long p) {
    if (p < 0 || p >= totalNanos) {
      return -1;
    }
    return equalDays != null ? uniformDay(p, false) : dayAtMinute(p / DayLayout.NANOS_PER_MINUTE);
  }

  /** Working nanoseconds before working day {@code k}. */
  private long dayStart(int k) {
    DayDivisor equal = equalDays;
    return equal != null ? k * equal.day() : cumMinutes[k] * DayLayout.NANOS_PER_MINUTE;
  }

  /**
   * The periods of working day {@code k}. The hot paths are chains of dependent loads, so the common case of one
   * layout for all days is a field read, not two table reads.
   */
  private DayLayout layoutOf(int k) {
    DayLayout sole = soleLayout;
    return sole != null ? sole : layouts[workLayout[k]];
  }

  /** The working day of position {@code p} (0 <= p <= totalNanos) when all days are equal. */
  private int uniformDay(long p, boolean endInclusive) {
    long k = endInclusive ? equalDays.ceilMinusOne(p) : equalDays.floor(p);
    return (int) Math.min(k, workDays.length - 1);
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

  /**
   * Working day {@code k} at {@code nanoOfDay}, built from the date-time the step started from where possible: a
   * result in the start's month comes from {@code plusDays} (which skips {@code LocalDate.of}'s field checks) and
   * a result at the start's time of day reuses its {@code LocalTime} (whole working days under convention B,
   * receipts inside working hours), saving three divisions and an allocation.
   */
  private LocalDateTime at(int k, long nanoOfDay, LocalDate fromDate, LocalTime fromTime, long fromNanoOfDay) {
    int ymd = workYmd[k];
    LocalDate date = ymd >>> 5 == (fromDate.getYear() << 4 | fromDate.getMonthValue())
        ? fromDate.plusDays((ymd & 31) - fromDate.getDayOfMonth())
        : LocalDate.of(ymd >> 9, (ymd >>> 5) & 15, ymd & 31);
    return LocalDateTime.of(date, nanoOfDay == fromNanoOfDay ? fromTime : LocalTime.ofNanoOfDay(nanoOfDay));
  }

  @Override
  public LocalDateTime officialReceiptTime(LocalDateTime receivedAt) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    LocalDate date = receivedAt.toLocalDate();
    LocalTime clock = receivedAt.toLocalTime();
    long nanoOfDay = clock.toNanoOfDay();
    long p = position(date, nanoOfDay, "receivedAt");
    int k = dayStartingAt(p);
    if (k < 0) {
      throw new CalendarRangeException("Official receipt of " + receivedAt, min, max);
    }
    LocalDateTime r = at(k, layoutOf(k).latestAt(p - dayStart(k)), date, clock, nanoOfDay);
    if (strict) {
      checkSpan(index(date, "receivedAt"), index(r.toLocalDate(), "result"));
    }
    return r;
  }

  @Override
  public LocalDateTime plusWorkingTime(LocalDateTime time, Duration duration) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(duration, "duration");
    LocalDate date = time.toLocalDate();
    LocalTime clock = time.toLocalTime();
    long nanoOfDay = clock.toNanoOfDay();
    int m = monthIndex(date, "time");
    if (duration.isZero()) {
      return time;
    }
    // more than the range's working time (which also keeps the arithmetic below from overflowing): no result
    long seconds = duration.getSeconds();
    if (seconds > MAX_SECONDS || seconds < -MAX_SECONDS) {
      throw outOfRange(time, duration);
    }
    long d = seconds * 1_000_000_000L + duration.getNano();
    long word = monthWork[m];
    int dom = date.getDayOfMonth();
    int k = rankIn(word, dom);
    boolean forward = d > 0;
    LocalDateTime r;
    DayLayout sole = soleLayout;
    DayDivisor equal = equalDays;
    if (equal != null && sole != null) {
      // Equal days of one layout: the days to step and the time of the last depend only on the time of day and the
      // duration, so they are computed while the month word loads, not after (the position is k * day + x - d).
      long x = (workingIn(word, dom) ? sole.elapsed(nanoOfDay) : 0) + d;
      long q = forward ? equal.ceilMinusOne(x) : equal.floor(x);
      long target = k + q;
      if (target < 0 || target >= workDays.length) {
        throw outOfRange(time, duration);
      }
      long within = x - q * equal.day();
      r = at((int) target, forward ? sole.earliestAt(within) : sole.latestAt(within), date, clock, nanoOfDay);
    } else {
      long p = dayStart(k) + (workingIn(word, dom) ? layoutOf(k).elapsed(nanoOfDay) : 0) + d;
      int target = forward ? dayEndingAt(p) : dayStartingAt(p);
      if (target < 0) {
        throw outOfRange(time, duration);
      }
      DayLayout layout = layoutOf(target);
      long within = p - dayStart(target);
      r = at(target, forward ? layout.earliestAt(within) : layout.latestAt(within), date, clock, nanoOfDay);
    }
    if (strict) {
      checkSpan(index(date, "time"), index(r.toLocalDate(), "result"));
    }
    return r;
  }

  private CalendarRangeException outOfRange(LocalDateTime time, Duration duration) {
    return new CalendarRangeException("Result of " + time + " plus working time " + duration, min, max);
  }

  @Override
  public Duration workingTimeBetween(LocalDateTime start, LocalDateTime end) {
    long a = position(start, "start");
    long b = position(end, "end");
    if (strict) {
      checkSpan(index(start.toLocalDate(), "start"), index(end.toLocalDate(), "end"));
    }
    return Duration.ofNanos(b - a);
  }

  @Override
  public boolean isReceptionOpen(LocalDateTime time, boolean saturdayReceptionProcedure) {
    Objects.requireNonNull(time, "time");
    int i = index(time.toLocalDate(), "time");
    if (working(i)) {
      return layouts[workLayout[rank(i)]].contains(time.toLocalTime());
    }
    if (!saturdayReceptionProcedure) {
      return false;
    }
    SpecialDay label = labels.get().get(time.toLocalDate());
    boolean plainRest = label == null || label.kind() == DayKind.WEEKLY_REST;
    return plainRest && reception[time.getDayOfWeek().ordinal()].contains(time.toLocalTime());
  }

  @Override
  public LocalDateTime closeOfBusiness(LocalDate workingDay) {
    int i = index(workingDay, "workingDay");
    checkArgument(working(i), "Not a working day: %s", workingDay);
    return workingDay.atTime(layouts[workLayout[rank(i)]].close());
  }

  @Override
  public LocalDateTime due(LocalDateTime receivedAt, ProcessingTime time, WorkingDayConvention convention) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(convention, "convention");
    LocalDateTime r = officialReceiptTime(receivedAt);
    LocalDate day = r.toLocalDate();
    return switch (time.kind()) {
      case WORKING_DAYS -> convention == WorkingDayConvention.CIVIL_CODE
          ? closeOfBusiness(plusWorkingDays(day, time.amount()))
          : plusWorkingTime(r, Duration.ofHours(8L * time.amount()));
      case WORKING_HOURS -> plusWorkingTime(r, Duration.ofHours(time.amount()));
      case SAME_DAY -> r.toLocalTime().isBefore(sameDayCutoff)
          ? closeOfBusiness(day)
          : closeOfBusiness(plusWorkingDays(day, 1));
      case CALENDAR_DAYS -> {
        LocalDate last = day.plusDays(time.amount());
        yield closeOfBusiness(nextOrSameWorkingDay(last));
      }
    };
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + min + ".." + max + ", zone " + zone() + (strict ? ", strict" : "") + "]";
  }
}
