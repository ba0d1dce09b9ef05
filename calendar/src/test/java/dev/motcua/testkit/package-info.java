/**
 * The seeded property harness of motcua's own tests (DESIGN §10): {@link dev.motcua.testkit.Property} checks a
 * law on generated inputs with one seed policy (fixed by default, {@code -Dmotcua.seed=N} or
 * {@code -Dmotcua.seed=random} on request, the seed named on failure) and shrinks a failing input to the
 * simplest one it finds ({@link dev.motcua.testkit.Shrink}).
 *
 * <p>Test code, not a published API: it lives in the calendar module's test sources and reaches the other modules
 * as the {@code motcua-calendar} test-jar ({@code <type>test-jar</type>}, scope {@code test}), which holds this
 * package only and names itself {@code dev.motcua.testkit} as an automatic module. The package splits with no main
 * package of any module. Testers of their own calendars use {@code dev.motcua.calendar.testing.CalendarLaws}
 * instead, which is main code and does not depend on this package.
 */
@NullMarked
package dev.motcua.testkit;

import org.jspecify.annotations.NullMarked;
