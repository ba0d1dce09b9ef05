/**
 * Not public API: the lunar anchors of the Vietnamese year, as a table generated from and checked against
 * Time4J's Vietnamese lunisolar calendar (Time4J is a test dependency only).
 *
 * <p>Not exported by the module. Nothing in the main code imports Time4J (an ArchUnit test checks it). This
 * package never depends on {@code dev.motcua.calendar}.
 */
@NullMarked
package dev.motcua.calendar.internal;

import org.jspecify.annotations.NullMarked;
