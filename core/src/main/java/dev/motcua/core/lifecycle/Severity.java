package dev.motcua.core.lifecycle;

/**
 * How a {@link Violation} affects the event it is about.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
  /** The event is refused: it is not applied and the dossier stays as it was. */
  REFUSAL,
  /**
   * The event is a fact and is applied, but it broke a rule (vi phạm), for example a transfer made too late.
   */
  BREACH
}
