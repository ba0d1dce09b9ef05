/**
 * Not public API: the one adapter to Time4J's Vietnamese lunisolar calendar.
 *
 * <p>Nothing outside this package imports Time4J (an ArchUnit test checks it). This package never
 * depends on {@code dev.motcua.calendar}.
 */
@NullMarked
package dev.motcua.calendar.internal;

import org.jspecify.annotations.NullMarked;
