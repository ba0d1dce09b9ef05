package dev.motcua.calendar;

/**
 * How a processing time in working days turns into a due date-time.
 */
public enum WorkingDayConvention {
  /**
   * Convention A, the default: the day of the official receipt is not counted; the period ends at the close of
   * the Nth working day after it (17:00 by default).
   *
   * <p>Legal basis: Civil Code 2015 Art 147–148.
   */
  CIVIL_CODE,
  /**
   * Convention B: N × 8 working hours from the official receipt minute (common in provincial software).
   */
  EIGHT_HOURS_PER_DAY
}
