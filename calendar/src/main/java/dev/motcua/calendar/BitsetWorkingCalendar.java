package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of {@link WorkingCalendar}: everything is precomputed over the supported range, so every
 * method overriding an interface default runs in time independent of the amount and of the distance between
 * dates.
 *
 * <p>Working-day arithmetic is rank/select over the {@link DayIndex}; working-time arithmetic maps a date-time to
 * its position on the {@link WorkingTimeLine} and back. Both are hand-written final classes of plain arrays, and
 * this class holds their arrays and scalars in its own fields for the hot paths (chains of dependent loads, where
 * each indirection counts). The day labels (names and sources) are needed only to explain a day off, so the
 * default calendar reads them on first use.
 *
 * <p>This class is immutable and thread-safe.
 */
final class BitsetWorkingCalendar implements WorkingCalendar {

  /** Durations beyond this many seconds leave any range this class can hold. */
  private static final long MAX_SECONDS = DayDivisor.MAX_DIVIDEND / 2 / 1_000_000_000L;

  private final @Nullable ZoneId zone;
  private final DayIndex days;
  private final WorkingTimeLine line;
  private final WorkingPeriods[] reception;
  private final boolean[] restByPattern;
  private final DayOff weeklyRest;
  // Hot-path copies: the working-time paths are chains of dependent loads, and each object between this class and a
  // table or a number adds one to the chain (and registers to the compiled code), so this class holds the same
  // arrays as days, and the scalars of line it needs, itself.
  private final long[] monthWork;
  private final int[] workYmd;
  private final int minYear;
  private final int years;
  private final boolean strict;
  /**
   * Whether all working days share one layout of at most two periods (the default calendar): then the days last
   * the same and {@link #plusEqualDays} needs only the day's {@link DayDivisor} and the layout's bounds, below.
   */
  private final boolean equalTwoPeriodDays;
  private final long dayNanos;
  private final long reciprocal;
  private final int shift;
  private final long start0;
  private final long end0;
  private final long start1;
  /** The end of the second period (of the first, if there is no second). */
  private final long end1;
  /** The labelled days, read on first use for the default calendar (only day-off queries need them). */
  private final Supplier<NavigableMap<LocalDate, SpecialDay>> labels;

  /**
   * @param zone the zone, null for {@code Asia/Ho_Chi_Minh} (loaded on first use: its rules cost ~15 ms)
   * @param days the working days
   * @param line the working time of the working days, in the same order
   * @param reception the reception window of each weekday (by ordinal) on a weekly rest day
   * @param restByPattern whether each weekday (by ordinal) is a weekly rest day
   * @param weeklyRest the day off of a weekly rest day without label
   * @param labels every labelled day
   */
  BitsetWorkingCalendar(@Nullable ZoneId zone, DayIndex days, WorkingTimeLine line, WorkingPeriods[] reception,
      boolean[] restByPattern, DayOff weeklyRest, Supplier<NavigableMap<LocalDate, SpecialDay>> labels) {
    checkArgument(days.count() == line.days(), "One working-time entry per working day");
    this.zone = zone;
    this.days = days;
    this.line = line;
    this.reception = reception.clone();
    this.restByPattern = restByPattern.clone();
    this.weeklyRest = weeklyRest;
    this.labels = labels;
    this.monthWork = days.monthWords();
    this.workYmd = days.packedWorkingDays();
    this.minYear = days.minYear();
    this.years = days.years();
    this.strict = days.strict();
    WorkingPeriods sole = line.soleLayout();
    DayDivisor equal = line.equalDays();
    this.equalTwoPeriodDays = sole != null && equal != null && sole.twoPeriods();
    this.dayNanos = equalTwoPeriodDays ? equal.day() : 0;
    this.reciprocal = equalTwoPeriodDays ? equal.reciprocal() : 0;
    this.shift = equalTwoPeriodDays ? equal.shift() : 0;
    this.start0 = equalTwoPeriodDays ? sole.start0() : 0;
    this.end0 = equalTwoPeriodDays ? sole.end0() : 0;
    this.start1 = equalTwoPeriodDays ? sole.start1() : 0;
    this.end1 = equalTwoPeriodDays ? sole.end1() : 0;
  }

  // ---------------------------------------------------------------- the abstract methods

  // A time of day from nanoseconds: whole seconds (every working period's bound, every minute-resolution
  // deadline) with int arithmetic, one long division instead of LocalTime.ofNanoOfDay's three.
  private static LocalTime time(long nanoOfDay) {
    if (nanoOfDay % 1_000_000_000L != 0) {
      return LocalTime.ofNanoOfDay(nanoOfDay);
    }
    int s = (int) (nanoOfDay / 1_000_000_000L);
    return LocalTime.of(s / 3600, s / 60 % 60, s % 60);
  }

  @Override
  public ZoneId zone() {
    return zone != null ? zone : DefaultZone.ZONE;
  }

  static ZoneId defaultZone() {
    return DefaultZone.ZONE;
  }

  /** The default zone, loaded on first use. */
  private static final class DefaultZone {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  }

  @Override
  public LocalDate minDate() {
    return days.min();
  }

  @Override
  public LocalDate maxDate() {
    return days.max();
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return days.isWorking(date, "date");
  }

  @Override
  public Optional<DayOff> dayOff(LocalDate date) {
    if (days.isWorking(date, "date")) {
      return Optional.empty();
    }
    SpecialDay label = labels.get().get(date);
    return Optional.of(label != null && !label.isWorking() ? label.toDayOff() : weeklyRest);
  }

  @Override
  public List<SpecialDay> specialDays(int year) {
    if (year < minDate().getYear() || year > maxDate().getYear()) {
      // checked before LocalDate.of, whose own range error would not name the calendar's
      throw days.outOfRange("year " + year);
    }
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    days.monthIndex(first, "first day of year");
    List<SpecialDay> out = new ArrayList<>();
    for (Map.Entry<LocalDate, SpecialDay> e : labels.get().subMap(first, true, last, true).entrySet()) {
      boolean working = days.isWorking(e.getKey(), "date");
      boolean rest = restByPattern[e.getKey().getDayOfWeek().ordinal()];
      if (working == rest && e.getValue().isWorking() == working) {
        out.add(e.getValue());
      }
    }
    return List.copyOf(out);
  }

  @Override
  public WorkingPeriods workingPeriods(LocalDate date) {
    long word = days.word(days.monthIndex(date, "date"));
    int dom = date.getDayOfMonth();
    return DayIndex.workingIn(word, dom) ? line.layoutOf(DayIndex.rankIn(word, dom)) : WorkingPeriods.NONE;
  }

  @Override
  public boolean isReceptionOpen(LocalDateTime time, boolean saturdayReceptionProcedure) {
    Objects.requireNonNull(time, "time");
    LocalDate date = time.toLocalDate();
    long word = days.word(days.monthIndex(date, "time"));
    int dom = date.getDayOfMonth();
    if (DayIndex.workingIn(word, dom)) {
      return line.layoutOf(DayIndex.rankIn(word, dom)).contains(time.toLocalTime());
    }
    if (!saturdayReceptionProcedure) {
      return false;
    }
    SpecialDay label = labels.get().get(date);
    boolean plainRest = label == null || label.kind() == DayKind.WEEKLY_REST;
    return plainRest && reception[time.getDayOfWeek().ordinal()].contains(time.toLocalTime());
  }

  // ---------------------------------------------------------------- days, in constant time

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    return days.plusWorkingDays(date, n);
  }

  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    return days.workingDaysBetween(startInclusive, endExclusive);
  }

  @Override
  public LocalDateTime closeOfBusiness(LocalDate workingDay) {
    long word = days.word(days.monthIndex(workingDay, "workingDay"));
    int dom = workingDay.getDayOfMonth();
    checkArgument(DayIndex.workingIn(word, dom), "Not a working day: %s", workingDay);
    return workingDay.atTime(line.layoutOf(DayIndex.rankIn(word, dom)).close());
  }

  // ---------------------------------------------------------------- hours, in constant time

  /**
   * {@link DayIndex#monthIndex}, reading this class's copies: a date of a lenient calendar's range is the common
   * case, and anything else (a strict calendar's schedule check, or the exception) is left to the index.
   */
  private int monthIndex(LocalDate date, String name) {
    int y = date.getYear() - minYear;
    return y < 0 || y >= years || strict ? days.monthIndex(date, name) : y * 12 + date.getMonthValue() - 1;
  }

  /** Working-time position of a date-time, in nanoseconds since the start of the range. */
  private long position(LocalDate date, long nanoOfDay, String name) {
    long word = monthWork[monthIndex(date, name)];
    int dom = date.getDayOfMonth();
    int k = DayIndex.rankIn(word, dom);
    long base = line.dayStart(k);
    return DayIndex.workingIn(word, dom) ? base + line.layoutOf(k).elapsed(nanoOfDay) : base;
  }

  /**
   * Working day {@code k} at {@code nanoOfDay}, built from the date-time the step started from where possible: a
   * result in the start's month comes from {@code plusDays} (which skips {@code LocalDate.of}'s field checks) and
   * a result at the start's time of day reuses its {@code LocalTime} (whole working days under the
   * eight-hours-per-day convention, receipts inside working hours), saving three divisions and an allocation.
   */
  private LocalDateTime at(int k, long nanoOfDay, LocalDate fromDate, LocalTime fromTime, long fromNanoOfDay) {
    int ymd = workYmd[k];
    LocalDate date = ymd >>> 5 == (fromDate.getYear() << 4 | fromDate.getMonthValue())
        ? fromDate.plusDays((ymd & 31) - fromDate.getDayOfMonth())
        : LocalDate.of(ymd >> 9, (ymd >>> 5) & 15, ymd & 31);
    return LocalDateTime.of(date, nanoOfDay == fromNanoOfDay ? fromTime : time(nanoOfDay));
  }

  @Override
  public LocalDateTime officialReceiptTime(LocalDateTime receivedAt) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    LocalDate date = receivedAt.toLocalDate();
    LocalTime clock = receivedAt.toLocalTime();
    long nanoOfDay = clock.toNanoOfDay();
    long p = position(date, nanoOfDay, "receivedAt");
    int k = line.dayStartingAt(p);
    if (k < 0) {
      throw days.outOfRange("Official receipt of " + receivedAt);
    }
    LocalDateTime r = at(k, line.layoutOf(k).latestAt(p - line.dayStart(k)), date, clock, nanoOfDay);
    days.checkSpan(date, r.toLocalDate());
    return r;
  }

  @Override
  public LocalDateTime plusWorkingTime(LocalDateTime time, Duration duration) {
    // kept small, with the two ways to step in methods of their own, so that callers can inline it (as they do
    // plusWorkingDays): HotSpot inlines hot methods of up to 325 bytes of bytecode
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(duration, "duration");
    LocalDate date = time.toLocalDate();
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
    LocalDateTime r = equalTwoPeriodDays
        ? plusEqualDays(time, duration, d, monthWork[m])
        : plusOnTimeLine(time, duration, d, monthWork[m]);
    if (strict) {
      days.checkSpan(date, r.toLocalDate());
    }
    return r;
  }

  /**
   * {@link #plusWorkingTime} when all working days have the same one or two periods: the days to step and the time
   * of the last depend only on the time of day and the duration, so they are computed while the month word loads,
   * not after (the position is {@code k * day + x - d}). Reads only this class's fields, and stays under the 325
   * bytes as well.
   */
  private LocalDateTime plusEqualDays(LocalDateTime time, Duration duration, long d, long word) {
    LocalDate date = time.toLocalDate();
    LocalTime clock = time.toLocalTime();
    long nanoOfDay = clock.toNanoOfDay();
    int dom = date.getDayOfMonth();
    boolean forward = d > 0;
    long x = (DayIndex.workingIn(word, dom) ? WorkingPeriods.elapsed(nanoOfDay, start0, end0, start1, end1) : 0) + d;
    long q = DayDivisor.floor(forward ? x - 1 : x, dayNanos, reciprocal, shift);
    long target = DayIndex.rankIn(word, dom) + q;
    if (target < 0 || target >= workYmd.length) {
      throw outOfRange(time, duration);
    }
    long within = x - q * dayNanos;
    long nanos = forward
        ? WorkingPeriods.earliestAt(within, start0, end0, start1)
        : WorkingPeriods.latestAt(within, start0, end0, start1);
    return at((int) target, nanos, date, clock, nanoOfDay);
  }

  /** {@link #plusWorkingTime} on the working-time line: days of different periods, or of more than two. */
  private LocalDateTime plusOnTimeLine(LocalDateTime time, Duration duration, long d, long word) {
    LocalDate date = time.toLocalDate();
    LocalTime clock = time.toLocalTime();
    long nanoOfDay = clock.toNanoOfDay();
    int dom = date.getDayOfMonth();
    int k = DayIndex.rankIn(word, dom);
    long p = line.dayStart(k) + (DayIndex.workingIn(word, dom) ? line.layoutOf(k).elapsed(nanoOfDay) : 0) + d;
    int target = d > 0 ? line.dayEndingAt(p) : line.dayStartingAt(p);
    if (target < 0) {
      throw outOfRange(time, duration);
    }
    WorkingPeriods layout = line.layoutOf(target);
    long within = p - line.dayStart(target);
    return at(target, d > 0 ? layout.earliestAt(within) : layout.latestAt(within), date, clock, nanoOfDay);
  }

  private CalendarRangeException outOfRange(LocalDateTime time, Duration duration) {
    return days.outOfRange("Result of " + time + " plus working time " + duration);
  }

  @Override
  public Duration workingTimeBetween(LocalDateTime start, LocalDateTime end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    long a = position(start.toLocalDate(), start.toLocalTime().toNanoOfDay(), "start");
    long b = position(end.toLocalDate(), end.toLocalTime().toNanoOfDay(), "end");
    days.checkSpan(start.toLocalDate(), end.toLocalDate());
    return Duration.ofNanos(b - a);
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + minDate() + ".." + maxDate() + ", zone " + zone() + (days.strict() ? ", strict" : "")
        + "]";
  }
}
