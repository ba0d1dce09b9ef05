package dev.motcua.calendar;

import java.time.ZoneId;

/**
 * Obtains working calendars.
 *
 * <pre>{@code
 * WorkingCalendar cal = WorkingCalendars.vietnamCivilService();
 * LocalDateTime due = ProcessingTime.workingDays(5).dueFrom(cal, LocalDateTime.of(2026, 2, 13, 16, 30));
 * // 2026-02-27T17:00: Tết 16–20 February 2026 is skipped
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingCalendars {

  private WorkingCalendars() {}

  /**
   * Returns the calendar of the Vietnamese civil service: Monday–Friday, 07:00–11:00 and 13:00–17:00 in
   * {@code Asia/Ho_Chi_Minh}, statutory holidays with Art 111(3) compensation, the official schedules
   * 2019–2026, projection for other years, Saturday 07:00–11:00 reception for designated procedures; supported
   * range 1990-01-01..2100-12-31. Built once, on first use.
   *
   * <p>Legal basis: Labour Code 45/2019/QH14 Art 111–112; Decision 188/1999/QĐ-TTg (40-hour week); Bạc Liêu
   * Decision 221/QĐ-UBND (2018) Art 5.
   *
   * @return the shared default calendar
   */
  public static WorkingCalendar vietnamCivilService() {
    return Default.INSTANCE;
  }

  /**
   * Returns the zone of the default calendar, {@code Asia/Ho_Chi_Minh} (giờ Việt Nam, UTC+07:00): the one
   * place the library names it. Reports, JSON offsets and generators take the zone of the calendar they work
   * with, and this one where no calendar is given.
   *
   * @return the default zone
   */
  public static ZoneId defaultZone() {
    return BitsetWorkingCalendar.defaultZone();
  }

  /**
   * Returns a builder preset with the defaults of {@link #vietnamCivilService()}.
   *
   * @return a new builder
   */
  public static WorkingCalendarBuilder builder() {
    return new WorkingCalendarBuilder();
  }

  /** Holder idiom: built on first use, once. */
  private static final class Default {
    static final WorkingCalendar INSTANCE = new WorkingCalendarBuilder().build();
  }
}
