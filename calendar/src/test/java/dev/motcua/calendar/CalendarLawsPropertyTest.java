package dev.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

/** {@link CalendarLaws} on the default and custom calendars, and on a broken one (it must catch it). */
class CalendarLawsPropertyTest {

  private static final long SEED = Long.getLong("motcua.seed", System.nanoTime());

  static {
    System.err.println("CalendarLawsPropertyTest seed: " + SEED);
  }

  static Stream<Arguments> data_calendars() {
    return Stream.of(
        // the default calendar
        Arguments.of("default", WorkingCalendars.vietnamCivilService()),
        // a custom host calendar (see WorkingCalendarPropertyTest)
        Arguments.of("custom", WorkingCalendarPropertyTest.customCalendar()),
        // a strict calendar: projected years are skipped, not failures
        Arguments.of("strict", WorkingCalendars.builder().strict(true).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_calendars")
  void check_calendar_allLawsHold(String name, WorkingCalendar calendar) {
    CalendarLaws.Report report = CalendarLaws.check(calendar, SEED, 500);
    assertTrue(report.passed(), report.toString());
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
    @Override public WorkingDayConvention defaultConvention() { return d.defaultConvention(); }
    @Override public boolean isWorkingDay(LocalDate date) { return d.isWorkingDay(date); }
    @Override public Optional<DayOff> dayOff(LocalDate date) { return d.dayOff(date); }
    @Override public List<SpecialDay> specialDays(int year) { return d.specialDays(year); }
    @Override public LocalDate plusWorkingDays(LocalDate date, int n) { return d.plusWorkingDays(date, n); }
    @Override public int workingDaysBetween(LocalDate a, LocalDate b) { return d.workingDaysBetween(a, b); }
    @Override public boolean isReceptionOpen(LocalDateTime t, boolean s) { return d.isReceptionOpen(t, s); }
    @Override public LocalDateTime officialReceiptTime(LocalDateTime t) { return d.officialReceiptTime(t); }
    @Override public LocalDateTime plusWorkingTime(LocalDateTime t, Duration x) { return d.plusWorkingTime(t, x); }
    @Override public Duration workingTimeBetween(LocalDateTime a, LocalDateTime b) { return d.workingTimeBetween(a, b); }
    @Override public LocalDateTime closeOfBusiness(LocalDate day) { return d.closeOfBusiness(day); }
    @Override public LocalDateTime due(LocalDateTime r, ProcessingTime p, WorkingDayConvention c) {
      return d.due(r, p, c);
    }
  }
}
