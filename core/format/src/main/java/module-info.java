/**
 * The malformed-input errors of motcua: one family, shared by the calendar, core and rules modules, which
 * otherwise do not know each other.
 */
module dev.motcua.format {
  requires static org.jspecify;

  exports dev.motcua.format;
}
