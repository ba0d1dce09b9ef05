package dev.motcua.calendar;

import java.time.DateTimeException;

/**
 * A strict calendar was asked about a year for which it has no official schedule, only a projection.
 * The message names the missing year.
 */
public final class ScheduleNotPublishedException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  /** The year without official schedule. */
  private final int year;

  /**
   * Creates an exception.
   *
   * @param year the year without official schedule
   */
  public ScheduleNotPublishedException(int year) {
    super("No official schedule for year " + year + ": a strict calendar refuses projected dates;"
        + " load the year's notice with WorkingCalendarBuilder.addSchedules");
    this.year = year;
  }

  /** @return the year without official schedule */
  public int year() {
    return year;
  }
}
