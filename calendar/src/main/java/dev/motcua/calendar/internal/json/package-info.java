/**
 * Not public API: reads official yearly schedules (the bundled resource and host files) from JSON with
 * Jackson's streaming parser into plain records that carry their position in the file.
 *
 * <p>The only package of the module where Jackson appears. It never depends on {@code dev.motcua.calendar};
 * the API package converts the records and wraps {@link ScheduleJsonException} in its public exception.
 */
@NullMarked
package dev.motcua.calendar.internal.json;

import org.jspecify.annotations.NullMarked;
