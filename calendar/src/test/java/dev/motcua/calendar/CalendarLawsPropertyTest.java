package dev.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.calendar.testing.CalendarLaws;
import dev.motcua.testkit.Property;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CalendarLaws} on the default and custom calendars, and on broken ones (it must catch them). */
class CalendarLawsPropertyTest {

  static Stream<Arguments> data_calendars() {
    return Stream.of(
        // the default calendar
        Arguments.of("default", WorkingCalendars.vietnamCivilService()),
        // a custom host calendar (see WorkingCalendarPropertyTest)
        Arguments.of("custom", WorkingCalendarPropertyTest.customCalendar()),
        // equal 8-hour days with three weekday periods (see WorkingCalendarPropertyTest)
        Arguments.of("three periods", WorkingCalendarPropertyTest.threePeriodCalendar()),
        // a strict calendar: projected years are skipped, not failures
        Arguments.of("strict", WorkingCalendars.builder().strict(true).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_calendars")
  void check_calendar_allLawsHold(String name, WorkingCalendar calendar) {
    // CalendarLaws is main code and has its own seed parameter; the harness supplies it (fixed by default)
    CalendarLaws.Report report = CalendarLaws.check(calendar, Property.seed("CalendarLaws " + name), 500);
    assertTrue(report.passed(), () -> Property.describeSeed() + ": " + report);
  }

  @Test
  void check_brokenCalendar_reportsShrunkFailure() {
    WorkingCalendar good = WorkingCalendars.vietnamCivilService();
    // off by one for n >= 3: DAYS_ROUND_TRIP must fail and shrink n to 3
    WorkingCalendar broken = new Delegate(good) {
      @Override
      public LocalDate plusWorkingDays(LocalDate date, int n) {
        return n >= 3 ? good.plusWorkingDays(date, n + 1) : good.plusWorkingDays(date, n);
      }
    };
    CalendarLaws.Report report = CalendarLaws.check(broken, 7L, 200);
    assertFalse(report.passed());
    CalendarLaws.Failure f = report.failures().get(0);
    assertEquals("DAYS_ROUND_TRIP", f.law());
    assertTrue(f.input().endsWith("n=3"), f.input());
    // the override disagrees with its interface default too
    assertTrue(report.failures().stream().anyMatch(x -> x.law().equals("DEFAULT_DAYS")), report.toString());
  }

  @Test
  void check_calendarThrowingOnSomeInputs_failsNamingTheInput() {
    WorkingCalendar good = WorkingCalendars.vietnamCivilService();
    // refuses every shift from the 2030s with the range exception, as if out of range: a throw never passes
    WorkingCalendar throwing = new Delegate(good) {
      @Override
      public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (date.getYear() / 10 == 203) {
          throw new CalendarRangeException("date " + date, good.minDate(), good.maxDate());
        }
        return good.plusWorkingDays(date, n);
      }
    };
    CalendarLaws.Report report = CalendarLaws.check(throwing, 11L, 300);
    assertFalse(report.passed());
    CalendarLaws.Failure f = report.failures().get(0);
    assertEquals("DAYS_ROUND_TRIP", f.law());
    // shrunk to the first day of a year of the 2030s and n = 0
    assertTrue(f.input().matches("t=203\\d-01-01T.* n=0"), f.input());
    assertTrue(f.detail().startsWith("threw dev.motcua.calendar.CalendarRangeException"), f.detail());
    assertTrue(report.toString().contains(f.input()), report.toString());
  }

  @Test
  void check_abstractMethodThrowingInRange_failsNamingTheInput() {
    WorkingCalendar good = WorkingCalendars.vietnamCivilService();
    // isWorkingDay refuses the dates of 2040 although they are in range: not a domain gap but a failure
    WorkingCalendar throwing = new Delegate(good) {
      @Override
      public boolean isWorkingDay(LocalDate date) {
        if (date.getYear() == 2040) {
          throw new java.time.DateTimeException("No answer for " + date);
        }
        return good.isWorkingDay(date);
      }
    };
    CalendarLaws.Report report = CalendarLaws.check(throwing, 5L, 1000);
    CalendarLaws.Failure f = report.failures().stream().filter(x -> x.law().equals("PERIODS")).findFirst()
        .orElseThrow(() -> new AssertionError(report.toString()));
    assertTrue(f.input().startsWith("t=2040-01-01T"), f.input());
    assertTrue(f.detail().contains("No answer for 2040-01-01"), f.detail());
  }

  /** Forwards everything; tests override one method to break a law. */
  private static class Delegate implements WorkingCalendar {
    private final WorkingCalendar d;

    Delegate(WorkingCalendar d) {
      this.d = d;
    }

    @Override public ZoneId zone() { return d.zone(); }
    @Override public LocalDate minDate() { return d.minDate(); }
    @Override public LocalDate maxDate() { return d.maxDate(); }
    @Override public boolean isWorkingDay(LocalDate date) { return d.isWorkingDay(date); }
    @Override public Optional<DayOff> dayOff(LocalDate date) { return d.dayOff(date); }
    @Override public List<SpecialDay> specialDays(int year) { return d.specialDays(year); }
    @Override public LocalDate plusWorkingDays(LocalDate date, int n) { return d.plusWorkingDays(date, n); }
    @Override public int workingDaysBetween(LocalDate a, LocalDate b) { return d.workingDaysBetween(a, b); }
    @Override public boolean isReceptionOpen(LocalDateTime t, boolean s) { return d.isReceptionOpen(t, s); }
    @Override public WorkingPeriods workingPeriods(LocalDate date) { return d.workingPeriods(date); }
    @Override public LocalDateTime officialReceiptTime(LocalDateTime t) { return d.officialReceiptTime(t); }
    @Override public LocalDateTime plusWorkingTime(LocalDateTime t, java.time.Duration x) {
      return d.plusWorkingTime(t, x);
    }
    @Override public java.time.Duration workingTimeBetween(LocalDateTime a, LocalDateTime b) {
      return d.workingTimeBetween(a, b);
    }
    @Override public LocalDateTime closeOfBusiness(LocalDate day) { return d.closeOfBusiness(day); }
  }
}
