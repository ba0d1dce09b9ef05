package dev.motcua.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.motcua.testkit.Property;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CivilDatesTest {
  @Test
  void epochDay_isLocalDatesForEveryDayOf1600To2400() {
    for (LocalDate d = LocalDate.of(1600, 1, 1); d.getYear() < 2400; d = d.plusDays(1)) {
      assertEquals(d.toEpochDay(), CivilDates.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d::toString);
    }
  }

  @Test
  void epochDay_property_isLocalDatesOverTheWholeRange() {
    Property.forAll("civil epoch days", r -> LocalDate.ofEpochDay(
            LocalDate.of(-999_999, 1, 1).toEpochDay()
                + (long) (r.nextDouble() * (LocalDate.of(999_999, 12, 31).toEpochDay()
                    - LocalDate.of(-999_999, 1, 1).toEpochDay()))))
        .trials(5_000)
        .verify(d -> assertEquals(d.toEpochDay(), CivilDates.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())));
  }

  @Test
  void lengthOfMonth_isYearMonthsIncludingTheCenturyLeapRules() {
    for (int year : new int[] {1900, 2000, 2024, 2025, 2100, 2400, 0, -4}) {
      for (int month = 1; month <= 12; month++) {
        assertEquals(YearMonth.of(year, month).lengthOfMonth(), CivilDates.lengthOfMonth(year, month), year + "-" + month);
      }
    }
  }
}
