package dev.motcua.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Periods of Decree 09/2019/NĐ-CP Art 12: the 15th of one month through the 14th of a later month. */
class ReportPeriodTest {

  /** Skips Saturdays and Sundays only; the calendar module will supply holidays. */
  static final UnaryOperator<LocalDate> WEEKDAY_OR_SAME = d -> {
    LocalDate x = d;
    while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
      x = x.plusDays(1);
    }
    return x;
  };

  static Stream<Arguments> data_periods() {
    return Stream.of(
        // monthly: 15/04 – 14/05
        Arguments.of(ReportPeriod.monthly(YearMonth.of(2026, 5)), "2026-05", "2026-04-15", "2026-05-14"),
        // January's month starts in the previous year
        Arguments.of(ReportPeriod.monthly(YearMonth.of(2026, 1)), "2026-01", "2025-12-15", "2026-01-14"),
        // Q1 starts 15/12 of the previous year
        Arguments.of(ReportPeriod.quarterly(2026, 1), "2026-Q1", "2025-12-15", "2026-03-14"),
        Arguments.of(ReportPeriod.quarterly(2026, 2), "2026-Q2", "2026-03-15", "2026-06-14"),
        Arguments.of(ReportPeriod.quarterly(2026, 4), "2026-Q4", "2026-09-15", "2026-12-14"),
        // half-years 15/12 – 14/06 and 15/06 – 14/12
        Arguments.of(ReportPeriod.firstHalf(2026), "2026-H1", "2025-12-15", "2026-06-14"),
        Arguments.of(ReportPeriod.secondHalf(2026), "2026-H2", "2026-06-15", "2026-12-14"),
        // annual 15/12 – 14/12
        Arguments.of(ReportPeriod.annual(2026), "2026", "2025-12-15", "2026-12-14"),
        // custom
        Arguments.of(ReportPeriod.custom(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 2, 7)),
            "2026-01-03..2026-02-07", "2026-01-03", "2026-02-07"),
        // a single day
        Arguments.of(ReportPeriod.custom(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 3)),
            "2026-01-03..2026-01-03", "2026-01-03", "2026-01-03"));
  }

  @ParameterizedTest
  @MethodSource("data_periods")
  void factories_standardPeriods_daysAndTextAsInDecree(
      ReportPeriod period, String text, String first, String last) {
    assertEquals(LocalDate.parse(first), period.startDate());
    assertEquals(LocalDate.parse(last), period.endDateInclusive());
    assertEquals(text, period.toString());
    assertEquals(period, ReportPeriod.parse(text));
  }

  @Test
  void startAndEnd_monthly_midnightInHoChiMinhCity() {
    ReportPeriod may = ReportPeriod.parse("2026-05");

    assertEquals(Instant.parse("2026-04-14T17:00:00Z"), may.start());
    assertEquals(Instant.parse("2026-05-14T17:00:00Z"), may.end());
    assertTrue(may.contains(Instant.parse("2026-04-14T17:00:00Z")));
    assertTrue(may.contains(Instant.parse("2026-05-14T16:59:59.999Z")));
    assertFalse(may.contains(Instant.parse("2026-05-14T17:00:00Z")));
  }

  @Test
  void custom_sameDaysAsMonthly_notEqual() {
    ReportPeriod custom = ReportPeriod.custom(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 14));

    assertFalse(custom.isStandard());
    assertTrue(ReportPeriod.parse("2026-05").isStandard());
    assertFalse(custom.equals(ReportPeriod.parse("2026-05")));
    assertEquals(custom.end(), ReportPeriod.parse("2026-05").end());
  }

  @Test
  void reportDueDate_monthlyOnFriday_the15th() {
    // FRI 15/05/2026
    assertEquals(LocalDate.of(2026, 5, 15), ReportPeriod.parse("2026-05").reportDueDate(WEEKDAY_OR_SAME));
  }

  @Test
  void reportDueDate_15thOnSunday_nextWorkingDay() {
    // SUN 15/11/2026 -> MON 16/11/2026
    assertEquals(LocalDate.of(2026, 11, 16), ReportPeriod.parse("2026-11").reportDueDate(WEEKDAY_OR_SAME));
  }

  @Test
  void reportDueDate_custom_next15thAfterCutOff() {
    // cut-off day SUN 08/02/2026; the 15th after it is SUN 15/02/2026 -> MON 16/02/2026 (weekends only)
    assertEquals(LocalDate.of(2026, 2, 16),
        ReportPeriod.parse("2026-01-03..2026-02-07").reportDueDate(WEEKDAY_OR_SAME));
    // cut-off day 21/02/2026 is after the 15th -> 15/03/2026 (SUN) -> MON 16/03/2026
    assertEquals(LocalDate.of(2026, 3, 16),
        ReportPeriod.parse("2026-01-03..2026-02-20").reportDueDate(WEEKDAY_OR_SAME));
  }

  @Test
  void reportDueDate_hostDay31InFebruary_lastDayOfMonth() {
    // a host setting "the 31st": cut-off day 15/02/2026 -> 28/02/2026 (SAT) -> MON 02/03/2026
    assertEquals(LocalDate.of(2026, 3, 2), ReportPeriod.parse("2026-02").reportDueDate(31, WEEKDAY_OR_SAME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-Q5", "2026-Q0", "2026-13", "2026-00", "2026-H3", "26-05", "2026-5", "",
      "2026-02-30..2026-03-01", "2026-03-01..2026-02-01", "2026-01-01..", "2026-W01", " 2026"})
  void parse_badText_throwsNamingTheText(String text) {
    ReportPeriodParseException e = assertThrows(ReportPeriodParseException.class, () -> ReportPeriod.parse(text));

    assertTrue(e.getMessage().contains(ReportPeriodParseException.quote(text)), e.getMessage());
    assertEquals(text, e.getParsedString());
  }

  @Test
  void parse_quarter5_explainsTheRange() {
    ReportPeriodParseException e = assertThrows(ReportPeriodParseException.class, () -> ReportPeriod.parse("2026-Q5"));

    assertEquals("Report period has quarter Q5; the quarter must be Q1 to Q4, was \"2026-Q5\" (at character 7)",
        e.getMessage());
    assertEquals(6, e.getErrorIndex());
  }

  @Test
  void parse_month13_explainsTheRange() {
    ReportPeriodParseException e = assertThrows(ReportPeriodParseException.class, () -> ReportPeriod.parse("2026-13"));

    assertEquals("Report period has month 13; the month must be 01 to 12, was \"2026-13\" (at character 6)",
        e.getMessage());
  }

  @Test
  void factories_outOfRange_throwNamingTheValue() {
    assertEquals("Quarter must be 1 to 4, not 0",
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.quarterly(2026, 0)).getMessage());
    assertEquals("Year must be 1 to 9999, not 0",
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.annual(0)).getMessage());
    assertEquals("End date 2026-01-01 must not be before start date 2026-01-02",
        assertThrows(IllegalArgumentException.class,
            () -> ReportPeriod.custom(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1))).getMessage());
  }

  @Test
  void atZone_sameDays_startAndEndAtMidnightThere() {
    // A calendar built with another zone gives report periods in that zone (issue: time zone once).
    ReportPeriod vn = ReportPeriod.parse("2026-05");
    assertEquals(java.time.ZoneId.of("Asia/Ho_Chi_Minh"), vn.zone());
    assertEquals(java.time.Instant.parse("2026-04-14T17:00:00Z"), vn.start());
    ReportPeriod utc = vn.atZone(java.time.ZoneOffset.UTC);
    assertEquals(java.time.Instant.parse("2026-04-15T00:00:00Z"), utc.start());
    assertEquals(java.time.Instant.parse("2026-05-15T00:00:00Z"), utc.end());
    assertEquals(vn.startDate(), utc.startDate());
    assertEquals(vn.toString(), utc.toString());
    assertNotEquals(vn, utc);
  }
}
