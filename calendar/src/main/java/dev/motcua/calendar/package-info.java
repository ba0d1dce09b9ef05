/**
 * Working days and working hours of Vietnamese public administration, with official holidays, compensatory
 * days off (nghỉ bù), make-up working days (làm bù) and deadline arithmetic.
 *
 * <p>Entry points: {@link dev.motcua.calendar.WorkingCalendars#vietnamCivilService()} for the default calendar,
 * {@link dev.motcua.calendar.WorkingCalendars#builder()} for other centres, {@link dev.motcua.calendar.ProcessingTime}
 * for processing times and their due date-times, {@link dev.motcua.calendar.VietnameseHolidays} for the lunar
 * anchors; {@code dev.motcua.calendar.testing.CalendarLaws} checks calendars, including testers' own.
 */
@NullMarked
package dev.motcua.calendar;

import org.jspecify.annotations.NullMarked;
