package dev.motcua.calendar;

/**
 * Which day next to National Day (2 September) a projected year takes off as the second National Day day
 * (Labour Code 45/2019/QH14 Art 112(1)(đ), from 2021: "01 ngày liền kề trước hoặc sau").
 *
 * <p>The statute leaves the choice to the Prime Minister each year, so for projected years this is
 * {@code [inferred]}.
 */
public enum NationalDayBridge {
  /** Always 1 September. */
  DAY_BEFORE,
  /** Always 3 September. */
  DAY_AFTER,
  /**
   * The default: the neighbouring day that is a working day by the weekly pattern and closer to a weekly rest
   * day (Tuesday → Monday 1/9, Thursday → Friday 3/9, Monday → 3/9, Friday → 1/9, Saturday → 1/9,
   * Sunday → 3/9); on a tie (Wednesday) the day before. This reproduces every official choice of 2021–2026.
   */
  NEAREST_WEEKEND
}
