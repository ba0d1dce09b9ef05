/**
 * Testing support for calendars: {@link dev.motcua.calendar.testing.CalendarLaws} checks the laws every
 * {@link dev.motcua.calendar.WorkingCalendar} must obey, on seeded random inputs, from any test framework.
 *
 * <p>Built on the public API of {@code dev.motcua.calendar} only, like a tester's own code.
 */
@NullMarked
package dev.motcua.calendar.testing;

import org.jspecify.annotations.NullMarked;
