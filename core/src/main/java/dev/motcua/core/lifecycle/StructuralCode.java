package dev.motcua.core.lifecycle;

/**
 * The codes of the structural rules, which the lifecycle checks before every added rule; all are refusals
 * (the event is not applied).
 *
 * <p>Each cites, by default, the process articles of Decree 61/2018/NĐ-CP; a lifecycle built by the rules
 * module's regulation cites the instrument in force on the dossier's receipt date instead (see {@link
 * StructuralCitations}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StructuralCode implements ViolationCode {
  /** The event is not in the transition table for the current status, or cannot open a history. */
  EVENT_NOT_PERMITTED,
  /** The dossier is in a terminal status, which absorbs every event. */
  TERMINAL_STATUS,
  /** The event's instant is before the previous event's (equal is allowed). */
  INSTANT_BEFORE_PREVIOUS,
  /** The first event carries no filing. */
  FILING_REQUIRED,
  /** A later event carries a filing different from the dossier's. */
  FILING_CHANGED,
  /** An event carries a dossier code different from the issued one. */
  DOSSIER_CODE_CHANGED,
  /** A receipt carries no dossier code. */
  RECEIPT_WITHOUT_CODE,
  /** A receipt carries no appointment. */
  RECEIPT_WITHOUT_APPOINTMENT,
  /** An appointment (receipt or reschedule) is not after the instant of its event. */
  APPOINTMENT_NOT_AFTER_EVENT;

  /** @return {@link Severity#REFUSAL}, for every structural code */
  @Override
  public Severity defaultSeverity() {
    return Severity.REFUSAL;
  }
}
