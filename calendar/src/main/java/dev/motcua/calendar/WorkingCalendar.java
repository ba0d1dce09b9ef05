package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjuster;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The working days and working hours of a one-stop unit, and the working-day and working-time arithmetic on them,
 * after Strata's {@code HolidayCalendar}.
 *
 * <p>A calendar is defined by a few abstract methods: its {@link #zone()}, its range {@link #minDate()} to
 * {@link #maxDate()}, whether a date is a working day ({@link #isWorkingDay}) and why not ({@link #dayOff}), the
 * year's {@link #specialDays}, the {@link #workingPeriods} of each date and {@link #isReceptionOpen when it
 * receives dossiers}. Every other method has a plain default implementation built on those alone, walking day
 * by day; the calendars of {@link WorkingCalendars} override them to run in time independent of the amount and of
 * the distance between dates, and {@code CalendarLaws} in {@code dev.motcua.calendar.testing} checks that
 * every override agrees with its default.
 *
 * <p>All dates and date-times are local to {@link #zone()}. Every method throws {@link CalendarRangeException} (a
 * {@link java.time.DateTimeException}) when a given or computed date lies outside
 * {@link #minDate()}..{@link #maxDate()}, and a strict calendar throws {@link ScheduleNotPublishedException}
 * when a given, computed or traversed date lies in a year without official schedule. Due date-times of
 * processing times come from {@link ProcessingTime#dueFrom(WorkingCalendar, LocalDateTime)}.
 *
 * <p>Obtain instances from {@link WorkingCalendars}. Implementations must be immutable and thread-safe.
 */
public interface WorkingCalendar {

  /** @return the zone the calendar's local times are in, {@code Asia/Ho_Chi_Minh} by default */
  ZoneId zone();

  /** @return the first supported date */
  LocalDate minDate();

  /** @return the last supported date */
  LocalDate maxDate();

  /**
   * Returns whether the date is a working day (ngày làm việc).
   *
   * @param date the date
   * @return true if working
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Returns why the date is not a working day, or empty if it is one.
   *
   * @param date the date
   * @return the day off, empty for a working day (including a make-up day)
   */
  Optional<DayOff> dayOff(LocalDate date);

  /**
   * Returns every non-working day on a weekday of the weekly pattern and every make-up working day on a weekly
   * rest day of the year, in date order.
   *
   * @param year the year
   * @return the special days
   * @throws CalendarRangeException if the year is outside the supported range, naming it
   */
  List<SpecialDay> specialDays(int year);

  /**
   * Returns the working periods of a date: those of its weekday, or of a make-up day, on a working day;
   * {@link WorkingPeriods#NONE} on a day off. Only these periods count toward working time.
   *
   * @param date the date
   * @return the periods, empty exactly when the date is not a working day
   */
  WorkingPeriods workingPeriods(LocalDate date);

  /**
   * Returns whether the one-stop unit receives dossiers at that time: inside a working period of a working day,
   * or, for a procedure designated for Saturday reception, inside a reception window of a weekly rest day that
   * is not a holiday or closure (Saturday 07:00–11:00 by default).
   *
   * <p>Legal basis: Decision 14/2010/QĐ-TTg; Bạc Liêu Decision 221/QĐ-UBND (2018) Art 5(1).
   *
   * @param time the local time
   * @param saturdayReceptionProcedure whether the procedure is designated for weekend reception
   * @return true if open
   */
  boolean isReceptionOpen(LocalDateTime time, boolean saturdayReceptionProcedure);

  // ---------------------------------------------------------------- working days

  /**
   * Shifts a date by working days, like Strata's {@code HolidayCalendar.shift}.
   *
   * <p>For {@code n > 0} the result is the nth working day strictly after {@code date}; for {@code n < 0} the
   * |n|th working day strictly before it; for {@code n == 0} the date itself, working or not. So from a day
   * off the first step lands on the next (or previous) working day.
   *
   * <p>The default walks day by day over {@link #isWorkingDay}.
   *
   * @param date the start date
   * @param n the number of working days, negative to go back
   * @return the shifted date
   */
  default LocalDate plusWorkingDays(LocalDate date, int n) {
    // isWorkingDay checks the range (and a strict calendar's schedule) of the start and of every day walked
    isWorkingDay(Objects.requireNonNull(date, "date"));
    int step = Integer.signum(n);
    LocalDate d = date;
    for (long left = Math.abs((long) n); left > 0; ) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Counts the working days in {@code [startInclusive, endExclusive)}; negative (minus the count of
   * {@code [endExclusive, startInclusive)}) when the end is before the start.
   *
   * <p>For a working day {@code a}: {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n} for every n. The
   * default walks day by day over {@link #isWorkingDay}.
   *
   * @param startInclusive the first date; may be {@code maxDate() + 1}
   * @param endExclusive the date after the last; may be {@code maxDate() + 1}
   * @return the signed count
   */
  default int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    checkBound(Objects.requireNonNull(startInclusive, "startInclusive"));
    checkBound(Objects.requireNonNull(endExclusive, "endExclusive"));
    if (endExclusive.isBefore(startInclusive)) {
      return -workingDaysBetween(endExclusive, startInclusive);
    }
    int count = 0;
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      count += isWorkingDay(d) ? 1 : 0;
    }
    return count;
  }

  /** Checks an exclusive bound: a supported date, or the day after the last one. */
  private void checkBound(LocalDate bound) {
    if (!bound.equals(maxDate().plusDays(1))) {
      isWorkingDay(bound);
    }
  }

  /**
   * Returns the first working day strictly after the date.
   *
   * @param date the date
   * @return the next working day
   */
  default LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * Returns the date if it is a working day, else the next working day.
   *
   * @param date the date
   * @return the working day
   */
  default LocalDate nextOrSameWorkingDay(LocalDate date) {
    return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
  }

  /**
   * Returns the last working day strictly before the date.
   *
   * @param date the date
   * @return the previous working day
   */
  default LocalDate previousWorkingDay(LocalDate date) {
    return plusWorkingDays(date, -1);
  }

  /**
   * Returns the date if it is a working day, else the previous working day.
   *
   * @param date the date
   * @return the working day
   */
  default LocalDate previousOrSameWorkingDay(LocalDate date) {
    return isWorkingDay(date) ? date : plusWorkingDays(date, -1);
  }

  /**
   * Returns an adjuster applying {@link #plusWorkingDays(LocalDate, int)} to the date part of any temporal
   * (a {@code LocalDate}, a {@code LocalDateTime}…), keeping its time.
   *
   * @param n the number of working days
   * @return the adjuster
   */
  default TemporalAdjuster adjustByWorkingDays(int n) {
    return t -> t.with(ChronoField.EPOCH_DAY, plusWorkingDays(LocalDate.from(t), n).toEpochDay());
  }

  /** @return an adjuster to {@link #nextWorkingDay(LocalDate)}, keeping the time */
  default TemporalAdjuster nextWorkingDayAdjuster() {
    return t -> t.with(ChronoField.EPOCH_DAY, nextWorkingDay(LocalDate.from(t)).toEpochDay());
  }

  /** @return an adjuster to {@link #nextOrSameWorkingDay(LocalDate)}, keeping the time */
  default TemporalAdjuster nextOrSameWorkingDayAdjuster() {
    return t -> t.with(ChronoField.EPOCH_DAY, nextOrSameWorkingDay(LocalDate.from(t)).toEpochDay());
  }

  /** @return an adjuster to {@link #previousWorkingDay(LocalDate)}, keeping the time */
  default TemporalAdjuster previousWorkingDayAdjuster() {
    return t -> t.with(ChronoField.EPOCH_DAY, previousWorkingDay(LocalDate.from(t)).toEpochDay());
  }

  /** @return an adjuster to {@link #previousOrSameWorkingDay(LocalDate)}, keeping the time */
  default TemporalAdjuster previousOrSameWorkingDayAdjuster() {
    return t -> t.with(ChronoField.EPOCH_DAY, previousOrSameWorkingDay(LocalDate.from(t)).toEpochDay());
  }

  // ---------------------------------------------------------------- working time

  /**
   * Adds working time, skipping lunch breaks, nights and days off.
   *
   * <p>For a positive duration the result is the earliest time {@code u >= t} with
   * {@code workingTimeBetween(t, u) == duration} (so ending exactly at 11:00 gives 11:00, not 13:00); for a
   * negative one the latest {@code u <= t} with {@code workingTimeBetween(u, t) == -duration}; zero gives
   * {@code t} unchanged. The default walks the {@link #workingPeriods} day by day.
   *
   * @param time the start
   * @param duration the working time to add, may be negative
   * @return the end
   */
  default LocalDateTime plusWorkingTime(LocalDateTime time, Duration duration) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(duration, "duration");
    LocalDate d = time.toLocalDate();
    WorkingPeriods periods = workingPeriods(d);
    if (duration.isZero()) {
      return time;
    }
    // more than the range's wall-clock time cannot be worked inside it (and would overflow the nanoseconds)
    Duration span = Duration.ofDays(maxDate().toEpochDay() - minDate().toEpochDay() + 1);
    if (duration.abs().compareTo(span) > 0) {
      throw new CalendarRangeException("Result of " + time + " plus working time " + duration, minDate(), maxDate());
    }
    long left = duration.abs().toNanos();
    long clock = time.toLocalTime().toNanoOfDay();
    if (!duration.isNegative()) {
      while (true) {
        for (int i = 0; i < periods.size(); i++) {
          long start = Math.max(periods.start(i).toNanoOfDay(), clock);
          long end = periods.end(i).toNanoOfDay();
          if (start < end && left <= end - start) {
            return d.atTime(LocalTime.ofNanoOfDay(start + left));
          }
          left -= Math.max(0, end - start);
        }
        d = d.plusDays(1);
        periods = workingPeriods(d);
        clock = 0;
      }
    }
    while (true) {
      for (int i = periods.size() - 1; i >= 0; i--) {
        long start = periods.start(i).toNanoOfDay();
        long end = Math.min(periods.end(i).toNanoOfDay(), clock);
        if (start < end && left <= end - start) {
          return d.atTime(LocalTime.ofNanoOfDay(end - left));
        }
        left -= Math.max(0, end - start);
      }
      d = d.minusDays(1);
      periods = workingPeriods(d);
      clock = Long.MAX_VALUE;
    }
  }

  /**
   * Returns the working time in {@code [start, end)}, negative if the end is before the start. The default sums
   * the {@link #workingPeriods} day by day.
   *
   * @param start the start
   * @param end the end
   * @return the signed working time
   */
  default Duration workingTimeBetween(LocalDateTime start, LocalDateTime end) {
    workingPeriods(Objects.requireNonNull(start, "start").toLocalDate());
    workingPeriods(Objects.requireNonNull(end, "end").toLocalDate());
    if (end.isBefore(start)) {
      return workingTimeBetween(end, start).negated();
    }
    long sum = 0;
    for (LocalDate d = start.toLocalDate(); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
      long from = d.equals(start.toLocalDate()) ? start.toLocalTime().toNanoOfDay() : 0;
      long to = d.equals(end.toLocalDate()) ? end.toLocalTime().toNanoOfDay() : Long.MAX_VALUE;
      WorkingPeriods periods = workingPeriods(d);
      for (int i = 0; i < periods.size(); i++) {
        sum += Math.max(0, Math.min(periods.end(i).toNanoOfDay(), to) - Math.max(periods.start(i).toNanoOfDay(), from));
      }
    }
    return Duration.ofNanos(sum);
  }

  /**
   * Returns the official receipt time: the time itself inside a working period (start inclusive, end
   * exclusive), else the start of the next working period. A receipt in a Saturday reception window, in the
   * lunch break or in the evening is therefore officially received at the next opening.
   *
   * @param receivedAt the local time the dossier was received
   * @return the official receipt time
   */
  default LocalDateTime officialReceiptTime(LocalDateTime receivedAt) {
    LocalDate d = Objects.requireNonNull(receivedAt, "receivedAt").toLocalDate();
    LocalTime clock = receivedAt.toLocalTime();
    WorkingPeriods periods = workingPeriods(d);
    for (int i = 0; i < periods.size(); i++) {
      if (clock.isBefore(periods.end(i))) {
        return clock.isBefore(periods.start(i)) ? d.atTime(periods.start(i)) : receivedAt;
      }
    }
    do {
      d = d.plusDays(1);
      periods = workingPeriods(d);
    } while (periods.isEmpty());
    return d.atTime(periods.open());
  }

  /**
   * Returns the end of the day's last working period (17:00 by default) of a working day.
   *
   * @param workingDay a working day
   * @return the close of business
   * @throws IllegalArgumentException if the date is not a working day
   */
  default LocalDateTime closeOfBusiness(LocalDate workingDay) {
    checkArgument(isWorkingDay(Objects.requireNonNull(workingDay, "workingDay")), "Not a working day: %s", workingDay);
    return workingDay.atTime(workingPeriods(workingDay).close());
  }
}
