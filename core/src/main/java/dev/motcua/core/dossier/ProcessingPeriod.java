package dev.motcua.core.dossier;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The processing time (thời hạn giải quyết) of a procedure, as data: a unit and an amount.
 *
 * <p>The core module does not compute due dates; the rules module resolves a period against a working
 * calendar. {@link Unit#SAME_DAY} always has amount 0.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unit the unit of the amount
 * @param amount the amount, positive (0 for {@link Unit#SAME_DAY})
 */
public record ProcessingPeriod(Unit unit, int amount) {

  /** The unit of a processing period. */
  public enum Unit {
    /** Working days (ngày làm việc). */
    WORKING_DAYS,
    /** Working hours (giờ làm việc). */
    WORKING_HOURS,
    /** Within the day (trong ngày). */
    SAME_DAY,
    /** Calendar days (ngày). */
    CALENDAR_DAYS
  }

  /**
   * Creates a processing period.
   *
   * @throws NullPointerException if the unit is null
   * @throws IllegalArgumentException if the amount is not positive, or not 0 for {@code SAME_DAY}
   */
  public ProcessingPeriod {
    Objects.requireNonNull(unit, "unit");
    if (unit == Unit.SAME_DAY) {
      checkArgument(amount == 0, "Amount of a same-day period must be 0, was %s", amount);
    } else {
      checkArgument(amount > 0, "Amount of a %s period must be positive, was %s", unit, amount);
    }
  }

  /**
   * Creates a period of working days.
   *
   * @param days the number of working days, positive
   * @return the period
   * @throws IllegalArgumentException if days is not positive
   */
  public static ProcessingPeriod ofWorkingDays(int days) {
    return new ProcessingPeriod(Unit.WORKING_DAYS, days);
  }

  /**
   * Creates a period of working hours.
   *
   * @param hours the number of working hours, positive
   * @return the period
   * @throws IllegalArgumentException if hours is not positive
   */
  public static ProcessingPeriod ofWorkingHours(int hours) {
    return new ProcessingPeriod(Unit.WORKING_HOURS, hours);
  }

  /**
   * Creates a period of calendar days.
   *
   * @param days the number of calendar days, positive
   * @return the period
   * @throws IllegalArgumentException if days is not positive
   */
  public static ProcessingPeriod ofCalendarDays(int days) {
    return new ProcessingPeriod(Unit.CALENDAR_DAYS, days);
  }

  /**
   * Returns the same-day period (trong ngày).
   *
   * @return the period
   */
  public static ProcessingPeriod sameDay() {
    return new ProcessingPeriod(Unit.SAME_DAY, 0);
  }
}
