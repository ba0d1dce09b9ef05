package dev.motcua.core.internal;

/**
 * Proleptic Gregorian dates as epoch days, for the readers that turn a date-time's digits into an instant on
 * every field of a large input: {@code LocalDate.of(…).toEpochDay()} makes and validates an object per date,
 * a tenth of reading a date field. The answers are {@code java.time}'s. Not public API.
 */
public final class CivilDates {
  private CivilDates() {}

  /**
   * Returns the number of days in a month.
   *
   * @param year the proleptic year
   * @param month the month, 1 to 12
   * @return 28 to 31
   */
  public static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * Returns the days since 1970-01-01 of a date (H. Hinnant's {@code days_from_civil}), as {@code
   * LocalDate.of(year, month, day).toEpochDay()}; the caller has checked the date is valid.
   *
   * @param year the proleptic year, within ±1,000,000
   * @param month the month, 1 to 12
   * @param day the day of the month, 1 to {@link #lengthOfMonth}
   * @return the epoch day
   */
  public static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }
}
