package dev.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.calendar.testing.CalendarLaws;
import dev.motcua.testkit.Property;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Laws of calendars with additions: base days plus exactly the added ones, and every calendar law holds. */
class ScheduleAdditionsPropertyTest {

  private static final WorkingCalendar BASE = WorkingCalendars.vietnamCivilService();

  /** Random additions to one year: weekdays the base works become days off, rest days it has off become make-up. */
  record Additions(int year, TreeSet<LocalDate> dates) {
    String json() {
      List<String> days = new ArrayList<>();
      for (LocalDate d : dates) {
        days.add(ScheduleAdditionsTest.day(d, BASE.isWorkingDay(d) ? "CLOSURE" : "MAKE_UP"));
      }
      return ScheduleAdditionsTest.file(year, "ADDITIONS", days.toArray(String[]::new));
    }

    WorkingCalendar calendar() {
      return ScheduleAdditionsTest.add(WorkingCalendars.builder(), json()).build();
    }
  }

  static Additions random(Random r) {
    int year = 1991 + r.nextInt(109);
    TreeSet<LocalDate> dates = new TreeSet<>();
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      LocalDate d = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      // an addition must change its day: a working weekday, or a weekend day the base has off
      if (weekend != BASE.isWorkingDay(d)) {
        dates.add(d);
      }
    }
    return new Additions(year, dates);
  }

  @Test
  void additions_changeExactlyTheirDays() {
    Property.forAll("additions change exactly their days", ScheduleAdditionsPropertyTest::random).trials(30)
        .verify(a -> {
          WorkingCalendar cal = a.calendar();
          for (LocalDate d = LocalDate.of(a.year() - 1, 12, 1); d.isBefore(LocalDate.of(a.year() + 1, 2, 1));
              d = d.plusDays(1)) {
            assertEquals(BASE.isWorkingDay(d) != a.dates().contains(d), cal.isWorkingDay(d), a + " at " + d);
          }
          long added = a.dates().stream().filter(d -> !BASE.isWorkingDay(d)).count();
          long removed = a.dates().size() - added;
          LocalDate from = LocalDate.of(a.year(), 1, 1);
          assertEquals(BASE.workingDaysBetween(from, from.plusYears(1)) + added - removed,
              cal.workingDaysBetween(from, from.plusYears(1)), a.toString());
        });
  }

  @Test
  void additions_calendarLawsHold() {
    Property.forAll("calendar laws with additions", ScheduleAdditionsPropertyTest::random).trials(10).verify(a -> {
      CalendarLaws.Report report = CalendarLaws.check(a.calendar(), Property.seed("additions " + a.year()), 200);
      assertTrue(report.passed(), () -> a + ": " + report);
    });
  }
}
