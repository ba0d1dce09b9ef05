package dev.motcua.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.VietnameseCalendar;
import org.junit.jupiter.api.Test;

/**
 * The lunar table of {@link LunarDates} against Time4J's {@link VietnameseCalendar} (meridian 105°E), the source
 * it was generated from, for every year of the table, which is every year Time4J supports. Time4J is a test
 * dependency only.
 */
class LunarDatesTest {

  /** Tết of a Gregorian year, computed by Time4J. */
  static LocalDate time4jTet(int year) {
    return VietnameseCalendar.ofTet(year).transform(PlainDate.axis()).toTemporalAccessor();
  }

  /** The 10th day of the 3rd lunar month of a Gregorian year, computed by Time4J. */
  static LocalDate time4jHungKings(int year) {
    return VietnameseCalendar.ofTet(year).with(VietnameseCalendar.MONTH_OF_YEAR, EastAsianMonth.valueOf(3))
        .with(VietnameseCalendar.DAY_OF_MONTH, 10).transform(PlainDate.axis()).toTemporalAccessor();
  }

  @Test
  void tetAndHungKings_everyYearOfTheTable_equalTime4J() {
    List<String> diffs = new ArrayList<>();
    for (int y = LunarDates.FIRST_YEAR; y <= LunarDates.LAST_YEAR; y++) {
      if (!LunarDates.tet(y).equals(time4jTet(y)) || !LunarDates.hungKings(y).equals(time4jHungKings(y))) {
        diffs.add(y + ": table " + LunarDates.tet(y) + " " + LunarDates.hungKings(y) + ", Time4J " + time4jTet(y)
            + " " + time4jHungKings(y));
      }
    }
    assertEquals(List.of(), diffs);
    // the calendar's range 1990–2100 lies well inside
    assertTrue(LunarDates.FIRST_YEAR < 1990 && LunarDates.LAST_YEAR > 2100);
  }

  @Test
  void tet_yearsTime4JRefuses_refusedNamingTheRange() {
    // Time4J's Vietnamese calendar covers Tết 1813..2999 only
    assertThrows(IllegalArgumentException.class, () -> VietnameseCalendar.ofTet(LunarDates.FIRST_YEAR - 1));
    assertThrows(IllegalArgumentException.class, () -> VietnameseCalendar.ofTet(LunarDates.LAST_YEAR + 1));
    for (int year : new int[] {LunarDates.FIRST_YEAR - 1, LunarDates.LAST_YEAR + 1}) {
      DateTimeException e = assertThrows(DateTimeException.class, () -> LunarDates.tet(year));
      assertTrue(e.getMessage().contains("1813..2999") && e.getMessage().contains(Integer.toString(year)),
          e.getMessage());
      assertThrows(DateTimeException.class, () -> LunarDates.hungKings(year));
    }
  }
}
