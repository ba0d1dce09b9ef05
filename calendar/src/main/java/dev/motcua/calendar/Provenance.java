package dev.motcua.calendar;

/**
 * Where a day off (or a make-up working day) comes from.
 */
public enum Provenance {
  /** Fixed by a statute itself: weekly rest, fixed-date holidays, Art 111(3) compensation of those. */
  STATUTE,
  /** Decided by an official yearly notice or letter, bundled or loaded from a schedule file. */
  NOTICE,
  /** Projected by this library for a year without notice (Tết days, adjacent National Day day…) {@code [inferred]}. */
  PROJECTED,
  /** Added by the host: a province's extra day off or local make-up day. */
  HOST
}
