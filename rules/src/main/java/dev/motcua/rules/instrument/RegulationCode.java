package dev.motcua.rules.instrument;

import dev.motcua.core.lifecycle.Severity;
import dev.motcua.core.lifecycle.ViolationCode;

/**
 * The codes of the regulation's rules (DESIGN §6), each with the severity it reports. Each rule cites the
 * articles of the instrument in force for the dossier ({@link LegalInstrument#citation}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RegulationCode implements ViolationCode {
  /** A second return at intake: one complete notice only (Decree 61 Art 15(3), 17(2)(a); Decree 118 Art 16(3), 17(1)(c), 17(2)(a)). */
  INTAKE_NOTICE_REPEATED(Severity.REFUSAL),
  /** A supplement request beyond the limit per agency or per dossier (Art 11(2)(c) of each decree). */
  SUPPLEMENT_REQUEST_REPEATED(Severity.REFUSAL),
  /** A supplement request after the working days allowed from the agency's receipt (Decree 61 Art 19(4); Decree 118 Art 19(5)). */
  SUPPLEMENT_NOTICE_LATE(Severity.BREACH),
  /** The first transfer after its deadline (Art 18(2)). */
  TRANSFER_LATE(Severity.BREACH),
  /** The receipt's appointment differs from the computed due date-time (Art 17(1)(c); Decree 118 also 17(3)). */
  APPOINTMENT_MISMATCH(Severity.BREACH),
  /** An apology later than the lead before the deadline (Decree 61 Art 19(9); Decree 118 Art 19(6)). */
  RESCHEDULE_LATE(Severity.BREACH),
  /** An apology beyond the limit (Decree 61 Art 19(9); Decree 118 Art 19(6)). */
  RESCHEDULE_REPEATED(Severity.REFUSAL),
  /** A new appointment not after the current one ({@code [inferred]}: no article says it). */
  RESCHEDULE_NOT_LATER(Severity.BREACH),
  /** A denial after the due date-time (Decree 61 Art 19(8); Decree 118 Art 19(3)). */
  DENIAL_LATE(Severity.BREACH),
  /** A counter receipt outside the reception windows (the centre's own regulation; Decision 14/2010/QĐ-TTg). */
  RECEIPT_OUTSIDE_RECEPTION_HOURS(Severity.BREACH),
  /**
   * The history's procedure is not in the catalogue, so no deadline can be computed. Reported once, on the
   * first event; the event is applied so that the lifecycle still checks the rest of the history.
   */
  UNKNOWN_PROCEDURE(Severity.BREACH),
  /**
   * A receipt before Decree 61/2018/NĐ-CP took effect (21/6/2018): no instrument of this library applies.
   * Reported once; the rules of the regulation are silent for the rest of the history.
   */
  RECEIVED_BEFORE_DECREE_61(Severity.BREACH),
  /** A receipt outside the working calendar's range. Reported once; the deadline rules are silent after it. */
  RECEIPT_OUTSIDE_CALENDAR(Severity.BREACH),
  /** The calendar could not compute a deadline (out of range, or no published schedule in a strict calendar). */
  CALENDAR_UNAVAILABLE(Severity.REFUSAL),
  /**
   * An event after the receipt dated outside the working calendar's range, which no rule could judge
   * (reported once per event, for every rule that needs the calendar).
   */
  EVENT_OUTSIDE_CALENDAR(Severity.REFUSAL),
  /**
   * An online dossier received, sent back or refused more than 8 working hours after the system received it
   * (Decree 118/2025/NĐ-CP Art 17(2)(c); dossiers submitted from 1/7/2025).
   */
  ONLINE_INTAKE_LATE(Severity.BREACH),
  /** A dossier closed earlier than 15 days after the supplement notice (Decree 118/2025/NĐ-CP Art 19(5)). */
  CLOSED_BEFORE_TIME_LIMIT(Severity.REFUSAL),
  /**
   * A withdrawal after the decision: the applicant may ask to stop only until the decision or result notice
   * is issued (Decree 118/2025/NĐ-CP Art 21(1)).
   */
  WITHDRAWAL_AFTER_DECISION(Severity.REFUSAL),
  /**
   * A dossier resolved after its due date-time with no apology and new appointment issued before that due
   * date-time (Decree 61/2018 Art 19(9); Decree 118/2025 Art 19(6)).
   */
  OVERDUE_WITHOUT_APOLOGY(Severity.BREACH),
  /**
   * The dossier code's {@code YYMMDD} is not the receipt date in the calendar's zone (Circular 01/2018/TT-VPCP
   * Art 19; Decree 118/2025/NĐ-CP Art 28(2)(b)).
   */
  DOSSIER_CODE_DATE_MISMATCH(Severity.BREACH);

  private final Severity severity;

  RegulationCode(Severity severity) {
    this.severity = severity;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }
}
