package dev.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public method of the calendar's API, given an extreme value, throws its documented typed exception
 * naming the value: never a plain {@code DateTimeException}, an {@code ArithmeticException} or an exception from
 * a library underneath.
 */
class PublicApiErrorsTest {

  private static final WorkingCalendar CAL = WorkingCalendars.vietnamCivilService();
  private static final LocalDateTime T = LocalDateTime.of(2026, 2, 13, 10, 0);

  static Stream<Arguments> data_outOfRange() {
    return Stream.<Arguments>of(
        // years far outside 1990..2100
        Arguments.of("specialDays(MAX)", (Supplier<?>) () -> CAL.specialDays(Integer.MAX_VALUE), "2147483647"),
        Arguments.of("specialDays(MIN)", (Supplier<?>) () -> CAL.specialDays(Integer.MIN_VALUE), "-2147483648"),
        Arguments.of("specialDays(1989)", (Supplier<?>) () -> CAL.specialDays(1989), "1989"),
        // Time4J's lunar calendar covers 1813..2999
        Arguments.of("lunarNewYear(MAX)", (Supplier<?>) () -> VietnameseHolidays.lunarNewYear(Integer.MAX_VALUE),
            "2147483647"),
        Arguments.of("lunarNewYear(MIN)", (Supplier<?>) () -> VietnameseHolidays.lunarNewYear(Integer.MIN_VALUE),
            "-2147483648"),
        Arguments.of("lunarNewYear(3000)", (Supplier<?>) () -> VietnameseHolidays.lunarNewYear(3000), "3000"),
        Arguments.of("hungKingsDay(MAX)", (Supplier<?>) () -> VietnameseHolidays.hungKingsDay(Integer.MAX_VALUE),
            "2147483647"),
        Arguments.of("hungKingsDay(1812)", (Supplier<?>) () -> VietnameseHolidays.hungKingsDay(1812), "1812"),
        // dates and date-times at the ends of java.time
        Arguments.of("dayOff(MAX)", (Supplier<?>) () -> CAL.dayOff(LocalDate.MAX), "+999999999-12-31"),
        Arguments.of("isWorkingDay(MIN)", (Supplier<?>) () -> CAL.isWorkingDay(LocalDate.MIN), "-999999999-01-01"),
        Arguments.of("workingPeriods(MAX)", (Supplier<?>) () -> CAL.workingPeriods(LocalDate.MAX), "+999999999"),
        Arguments.of("plusWorkingDays(MAX n)", (Supplier<?>) () -> CAL.plusWorkingDays(T.toLocalDate(), Integer.MAX_VALUE),
            "2147483647"),
        Arguments.of("plusWorkingDays(MIN n)", (Supplier<?>) () -> CAL.plusWorkingDays(T.toLocalDate(), Integer.MIN_VALUE),
            "-2147483648"),
        Arguments.of("workingDaysBetween(MIN, MAX)",
            (Supplier<?>) () -> CAL.workingDaysBetween(LocalDate.MIN, LocalDate.MAX), "-999999999"),
        Arguments.of("nextWorkingDay(MAX)", (Supplier<?>) () -> CAL.nextWorkingDay(LocalDate.MAX), "+999999999"),
        Arguments.of("previousWorkingDay(MIN)", (Supplier<?>) () -> CAL.previousWorkingDay(LocalDate.MIN),
            "-999999999"),
        Arguments.of("plusWorkingTime(MAX duration)",
            (Supplier<?>) () -> CAL.plusWorkingTime(T, Duration.ofSeconds(Long.MAX_VALUE)), "PT"),
        Arguments.of("plusWorkingTime(MIN duration)",
            (Supplier<?>) () -> CAL.plusWorkingTime(T, Duration.ofSeconds(Long.MIN_VALUE)), "PT-"),
        Arguments.of("plusWorkingTime(1000 years)",
            (Supplier<?>) () -> CAL.plusWorkingTime(T, Duration.ofDays(365_000)), "PT"),
        Arguments.of("workingTimeBetween(MIN, MAX)",
            (Supplier<?>) () -> CAL.workingTimeBetween(LocalDateTime.MIN, LocalDateTime.MAX), "-999999999"),
        Arguments.of("officialReceiptTime(MAX)", (Supplier<?>) () -> CAL.officialReceiptTime(LocalDateTime.MAX),
            "+999999999"),
        Arguments.of("closeOfBusiness(MAX)", (Supplier<?>) () -> CAL.closeOfBusiness(LocalDate.MAX), "+999999999"),
        Arguments.of("adjustByWorkingDays on MAX",
            (Supplier<?>) () -> LocalDate.MAX.with(CAL.adjustByWorkingDays(1)), "+999999999"),
        Arguments.of("isReceptionOpen(MAX)", (Supplier<?>) () -> CAL.isReceptionOpen(LocalDateTime.MAX, true),
            "+999999999"),
        // processing times whose due date-time is beyond the range
        Arguments.of("workingDays(MAX).dueFrom",
            (Supplier<?>) () -> ProcessingTime.workingDays(Integer.MAX_VALUE).dueFrom(CAL, T), "2147483647"),
        Arguments.of("workingDays(MAX, 8h).dueFrom", (Supplier<?>) () -> ProcessingTime.workingDays(Integer.MAX_VALUE,
            WorkingDayConvention.EIGHT_HOURS_PER_DAY).dueFrom(CAL, T), "PT"),
        Arguments.of("workingHours(MAX).dueFrom",
            (Supplier<?>) () -> ProcessingTime.workingHours(Integer.MAX_VALUE).dueFrom(CAL, T), "PT"),
        Arguments.of("calendarDays(MAX).dueFrom",
            (Supplier<?>) () -> ProcessingTime.calendarDays(Integer.MAX_VALUE).dueFrom(CAL, T), "+5881636-08-23"),
        Arguments.of("sameDay.dueFrom(MAX)",
            (Supplier<?>) () -> ProcessingTime.sameDay().dueFrom(CAL, LocalDateTime.MAX), "+999999999"),
        Arguments.of("addDayOff(MAX)", (Supplier<?>) () -> WorkingCalendars.builder().addDayOff(LocalDate.MAX, "x", "x"),
            "+999999999"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_outOfRange")
  void call_extremeValue_throwsCalendarRangeExceptionNamingIt(String name, Supplier<?> call, String value) {
    DateTimeException e = assertThrows(DateTimeException.class, call::get);
    assertEquals(CalendarRangeException.class, e.getClass(), () -> name + ": " + e);
    assertTrue(e.getMessage().contains(value), () -> name + ": " + e.getMessage());
  }
}
