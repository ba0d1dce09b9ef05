package dev.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjuster;
import java.util.List;
import java.util.Optional;

/**
 * The working days and working hours of a one-stop unit, and the deadline arithmetic on them.
 *
 * <p>All dates and date-times are local to {@link #zone()}. Every method runs in time independent of the
 * amount and of the distance between dates. Every method throws {@link CalendarRangeException} (a
 * {@link java.time.DateTimeException}) when a given or computed date lies outside
 * {@link #minDate()}..{@link #maxDate()}, and a strict calendar throws {@link ScheduleNotPublishedException}
 * when a given, computed or traversed date lies in a year without official schedule.
 *
 * <p>Obtain instances from {@link WorkingCalendars}. Implementations are immutable and thread-safe.
 */
public interface WorkingCalendar {

  /** @return the zone the calendar's local times are in, {@code Asia/Ho_Chi_Minh} by default */
  ZoneId zone();

  /** @return the first supported date */
  LocalDate minDate();

  /** @return the last supported date */
  LocalDate maxDate();

  /** @return the convention used by {@link #due(LocalDateTime, ProcessingTime)} for working days */
  WorkingDayConvention defaultConvention();

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
   */
  List<SpecialDay> specialDays(int year);

  /**
   * Shifts a date by working days, like Strata's {@code HolidayCalendar.shift}.
   *
   * <p>For {@code n > 0} the result is the nth working day strictly after {@code date}; for {@code n < 0} the
   * |n|th working day strictly before it; for {@code n == 0} the date itself, working or not. So from a day
   * off the first step lands on the next (or previous) working day.
   *
   * @param date the start date
   * @param n the number of working days, negative to go back
   * @return the shifted date
   */
  LocalDate plusWorkingDays(LocalDate date, int n);

  /**
   * Counts the working days in {@code [startInclusive, endExclusive)}; negative (minus the count of
   * {@code [endExclusive, startInclusive)}) when the end is before the start.
   *
   * <p>For a working day {@code a}: {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n} for every n.
   *
   * @param startInclusive the first date; may be {@code maxDate() + 1}
   * @param endExclusive the date after the last; may be {@code maxDate() + 1}
   * @return the signed count
   */
  int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive);

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
   * Returns an adjuster applying {@link #plusWorkingDays(LocalDate, int)} to the date part of any temporal
   * (a {@code LocalDate}, a {@code LocalDateTime}…), keeping its time.
   *
   * @param n the number of working days
   * @return the adjuster
   */
  default TemporalAdjuster adjustByWorkingDays(int n) {
    return t -> t.with(ChronoField.EPOCH_DAY, plusWorkingDays(LocalDate.from(t), n).toEpochDay());
  }

  /** @return an adjuster to {@link #nextWorkingDay(LocalDate)} */
  default TemporalAdjuster nextWorkingDayAdjuster() {
    return adjustByWorkingDays(1);
  }

  /** @return an adjuster to {@link #nextOrSameWorkingDay(LocalDate)} */
  default TemporalAdjuster nextOrSameWorkingDayAdjuster() {
    return t -> t.with(ChronoField.EPOCH_DAY, nextOrSameWorkingDay(LocalDate.from(t)).toEpochDay());
  }

  /** @return an adjuster to {@link #previousWorkingDay(LocalDate)} */
  default TemporalAdjuster previousWorkingDayAdjuster() {
    return adjustByWorkingDays(-1);
  }

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

  /**
   * Returns the official receipt time: the time itself inside a working period (start inclusive, end
   * exclusive), else the start of the next working period. A receipt in a Saturday reception window, in the
   * lunch break or in the evening is therefore officially received at the next opening.
   *
   * @param receivedAt the local time the dossier was received
   * @return the official receipt time
   */
  LocalDateTime officialReceiptTime(LocalDateTime receivedAt);

  /**
   * Adds working time, skipping lunch breaks, nights and days off.
   *
   * <p>For a positive duration the result is the earliest time {@code u >= t} with
   * {@code workingTimeBetween(t, u) == duration} (so ending exactly at 11:00 gives 11:00, not 13:00); for a
   * negative one the latest {@code u <= t} with {@code workingTimeBetween(u, t) == -duration}; zero gives
   * {@code t} unchanged.
   *
   * @param time the start
   * @param duration the working time to add, may be negative
   * @return the end
   */
  LocalDateTime plusWorkingTime(LocalDateTime time, Duration duration);

  /**
   * Returns the working time in {@code [start, end)}, negative if the end is before the start.
   *
   * @param start the start
   * @param end the end
   * @return the signed working time
   */
  Duration workingTimeBetween(LocalDateTime start, LocalDateTime end);

  /**
   * Returns the end of the day's last working period (17:00 by default) of a working day.
   *
   * @param workingDay a working day
   * @return the close of business
   * @throws IllegalArgumentException if the date is not a working day
   */
  LocalDateTime closeOfBusiness(LocalDate workingDay);

  /**
   * Returns the due date-time (ngày hẹn trả) of a dossier, with the calendar's default convention for working
   * days (unless the processing time fixes one). All kinds start from {@link #officialReceiptTime}:
   * <ul>
   *   <li>working days, convention A: the close of the Nth working day after the official receipt day;
   *   <li>working days, convention B: N × 8 working hours after the official receipt time;
   *   <li>working hours: that many working hours after the official receipt time;
   *   <li>same day: the close of the official receipt day if officially received before the cut-off (15:00),
   *       else the close of the next working day;
   *   <li>calendar days: the close of business of the Nth day after the official receipt day, or of the next
   *       working day if that day is not one ({@code [inferred]}: "end of the day" is the close of business,
   *       not 24:00, because results are returned at the counter).
   * </ul>
   *
   * <p>Legal basis: Civil Code 2015 Art 147–148; Decree 23/2015/NĐ-CP Art 7; Decree 99/2022/NĐ-CP Art 16.
   *
   * @param receivedAt the local time the dossier was received
   * @param time the processing time
   * @return the due date-time, never before {@code receivedAt}
   */
  default LocalDateTime due(LocalDateTime receivedAt, ProcessingTime time) {
    return due(receivedAt, time, time.convention().orElse(defaultConvention()));
  }

  /**
   * Returns the due date-time with an explicit convention for working days (ignored for other kinds).
   *
   * @param receivedAt the local time the dossier was received
   * @param time the processing time
   * @param convention the convention for working days
   * @return the due date-time
   * @see #due(LocalDateTime, ProcessingTime)
   */
  LocalDateTime due(LocalDateTime receivedAt, ProcessingTime time, WorkingDayConvention convention);
}
