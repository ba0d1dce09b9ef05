package dev.motcua.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date (given or computed) lies outside the calendar's supported range. The message names the range.
 *
 * <p>Instances are immutable; exceptions are not meant to be shared across threads.
 */
public final class CalendarRangeException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  /** The first supported date. */
  private final LocalDate min;
  /** The last supported date. */
  private final LocalDate max;

  /**
   * Creates an exception.
   *
   * @param what the offending date or a description of it
   * @param min the first supported date
   * @param max the last supported date
   */
  public CalendarRangeException(String what, LocalDate min, LocalDate max) {
    super(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " is outside the supported range " + min
        + ".." + max);
    this.min = min;
    this.max = max;
  }

  /** @return the first supported date */
  public LocalDate min() {
    return min;
  }

  /** @return the last supported date */
  public LocalDate max() {
    return max;
  }
}
