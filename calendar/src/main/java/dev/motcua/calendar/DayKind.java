package dev.motcua.calendar;

/**
 * Why a day differs from an ordinary working day.
 */
public enum DayKind {
  /** Weekly rest day (ngày nghỉ hằng tuần), Saturday and Sunday by default. */
  WEEKLY_REST,
  /** Public holiday (ngày nghỉ lễ, tết). */
  HOLIDAY,
  /** Compensatory day off (nghỉ bù) for a holiday on a weekly rest day. */
  COMPENSATORY,
  /** Swapped day off (nghỉ hoán đổi), made up on another day. */
  SWAPPED,
  /** Local closure decided by the host. */
  CLOSURE,
  /** Make-up working day (làm bù) on a weekly rest day: a full working day. */
  MAKE_UP;

  /**
   * Returns whether a day of this kind is a working day.
   *
   * @return true only for {@link #MAKE_UP}
   */
  public boolean isWorking() {
    return this == MAKE_UP;
  }
}
