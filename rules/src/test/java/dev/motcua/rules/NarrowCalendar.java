package dev.motcua.rules;

import dev.motcua.calendar.CalendarRangeException;
import dev.motcua.calendar.DayOff;
import dev.motcua.calendar.SpecialDay;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.calendar.WorkingCalendars;
import dev.motcua.calendar.WorkingPeriods;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A host's calendar covering only 2019–2026: the default calendar, with every answer outside refused. */
final class NarrowCalendar implements WorkingCalendar {
  static final LocalDate MIN = LocalDate.of(2019, 1, 1);
  static final LocalDate MAX = LocalDate.of(2026, 12, 31);
  private final WorkingCalendar d = WorkingCalendars.vietnamCivilService();

  private static <T extends java.time.temporal.Temporal> T in(T t) {
    LocalDate date = LocalDate.from(t);
    if (date.isBefore(MIN) || date.isAfter(MAX)) {
      throw new CalendarRangeException(date.toString(), MIN, MAX);
    }
    return t;
  }

  @Override public ZoneId zone() { return d.zone(); }
  @Override public LocalDate minDate() { return MIN; }
  @Override public LocalDate maxDate() { return MAX; }
  @Override public boolean isWorkingDay(LocalDate date) { return d.isWorkingDay(in(date)); }
  @Override public Optional<DayOff> dayOff(LocalDate date) { return d.dayOff(in(date)); }
  @Override public List<SpecialDay> specialDays(int year) { return d.specialDays(year); }
  @Override public LocalDate plusWorkingDays(LocalDate date, int n) { return in(d.plusWorkingDays(in(date), n)); }
  @Override public int workingDaysBetween(LocalDate a, LocalDate b) { return d.workingDaysBetween(in(a), in(b)); }
  @Override public boolean isReceptionOpen(LocalDateTime t, boolean sat) { return d.isReceptionOpen(in(t), sat); }
  @Override public LocalDateTime officialReceiptTime(LocalDateTime t) { return in(d.officialReceiptTime(in(t))); }
  @Override public LocalDateTime plusWorkingTime(LocalDateTime t, Duration x) {
    return in(d.plusWorkingTime(in(t), x));
  }
  @Override public Duration workingTimeBetween(LocalDateTime a, LocalDateTime b) {
    return d.workingTimeBetween(in(a), in(b));
  }
  @Override public LocalDateTime closeOfBusiness(LocalDate day) { return d.closeOfBusiness(in(day)); }
  @Override public WorkingPeriods workingPeriods(LocalDate date) { return d.workingPeriods(in(date)); }
}
