/**
 * Working days, working hours, Vietnamese holidays and deadline arithmetic (DESIGN §3).
 *
 * <p>Exports the API package {@code dev.motcua.calendar} and the testing support {@code dev.motcua.calendar.testing};
 * the {@code internal} packages (lunar table, schedule JSON reader) are not exported. Only the malformed-input family
 * ({@code dev.motcua.format}) appears in the API, so only it is required transitively.
 */
module dev.motcua.calendar {
  exports dev.motcua.calendar;
  exports dev.motcua.calendar.testing;

  requires transitive dev.motcua.format;
  requires com.google.common;
  // the streaming parser of dev.motcua.calendar.internal.json (jackson-core, which jackson-databind brings)
  requires com.fasterxml.jackson.core;
  requires static org.jspecify;
}
