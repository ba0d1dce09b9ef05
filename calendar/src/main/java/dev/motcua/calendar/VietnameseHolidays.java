package dev.motcua.calendar;

import dev.motcua.calendar.internal.LunarDates;
import java.time.LocalDate;

/**
 * The lunar anchors of Vietnamese holidays, from the Vietnamese lunisolar calendar (âm lịch) on the 105°E
 * meridian, which differs from the Chinese calendar in some years (Tết 1985, 2007, 2030).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VietnameseHolidays {

  private VietnameseHolidays() {}

  /**
   * Returns Tết Nguyên đán, the first day of the first lunar month, in the Gregorian year.
   *
   * @param year the Gregorian year
   * @return the date, between 21 January and 20 February
   * @throws CalendarRangeException if the year is outside the lunar calendar's range 1813..2999, naming it
   */
  public static LocalDate lunarNewYear(int year) {
    return LunarDates.tet(checkYear(year));
  }

  /**
   * Returns Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month, in the Gregorian year.
   *
   * @param year the Gregorian year
   * @return the date
   * @throws CalendarRangeException if the year is outside the lunar calendar's range 1813..2999, naming it
   */
  public static LocalDate hungKingsDay(int year) {
    return LunarDates.hungKings(checkYear(year));
  }

  private static int checkYear(int year) {
    if (year < LunarDates.FIRST_YEAR || year > LunarDates.LAST_YEAR) {
      throw new CalendarRangeException("lunar year " + year, LocalDate.of(LunarDates.FIRST_YEAR, 1, 1),
          LocalDate.of(LunarDates.LAST_YEAR, 12, 31));
    }
    return year;
  }
}
