package dev.motcua.rules.evaluation;

import dev.motcua.calendar.ProcessingTime;
import java.util.Objects;

/**
 * The unit a procedure's resolution time is measured in (đơn vị tính thời gian giải quyết), for indicator
 * 2.2: the unit of its processing time.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ResolutionUnit {
  /** Working days of {@value ProcessingTime#HOURS_PER_WORKING_DAY} working hours (ngày làm việc). */
  WORKING_DAYS("ngày làm việc", "working days", ProcessingTime.HOURS_PER_WORKING_DAY * 3600L),
  /** Working hours (giờ làm việc). */
  WORKING_HOURS("giờ làm việc", "working hours", 3600L),
  /** Calendar days (ngày). */
  CALENDAR_DAYS("ngày", "days", 86_400L);

  private final String labelVi;
  private final String labelEn;
  private final long seconds;

  ResolutionUnit(String labelVi, String labelEn, long seconds) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.seconds = seconds;
  }

  /**
   * Returns the unit of a processing time: working days for working days and the same day, working hours
   * for working hours, calendar days for calendar days.
   *
   * @param kind the kind of a procedure's processing time
   * @return the unit
   */
  public static ResolutionUnit of(ProcessingTime.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case WORKING_DAYS, SAME_DAY -> WORKING_DAYS;
      case WORKING_HOURS -> WORKING_HOURS;
      case CALENDAR_DAYS -> CALENDAR_DAYS;
    };
  }

  /**
   * Tells whether the unit counts working time only (the calendar's working periods).
   *
   * @return true for working days and working hours
   */
  public boolean isWorkingTime() {
    return this != CALENDAR_DAYS;
  }

  /**
   * Returns the length of one unit in seconds (of working time for the working units).
   *
   * @return the seconds, e.g. 28800 for a working day
   */
  public long seconds() {
    return seconds;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, e.g. "ngày làm việc"
   */
  public String labelVi() {
    return labelVi;
  }

  /**
   * Returns the English label.
   *
   * @return the label, e.g. "working days"
   */
  public String labelEn() {
    return labelEn;
  }
}
