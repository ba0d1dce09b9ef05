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
  /** A second return at intake: one complete notice only (Decree 61 Art 15(3), 17(2)(a)). */
  INTAKE_NOTICE_REPEATED(Severity.REFUSAL),
  /** A supplement request beyond the limit per agency or per dossier (Art 11(2)(c), 19(4)). */
  SUPPLEMENT_REQUEST_REPEATED(Severity.REFUSAL),
  /** A supplement request after the working days allowed from the agency's receipt (Art 19(4)). */
  SUPPLEMENT_NOTICE_LATE(Severity.BREACH),
  /** The first transfer after its deadline (Art 18(2)). */
  TRANSFER_LATE(Severity.BREACH),
  /** The receipt's appointment differs from the computed due date-time (Art 17(1)(c)). */
  APPOINTMENT_MISMATCH(Severity.BREACH),
  /** An apology later than the lead before the deadline (Art 19(9)). */
  RESCHEDULE_LATE(Severity.BREACH),
  /** An apology beyond the limit (Art 19(9)). */
  RESCHEDULE_REPEATED(Severity.REFUSAL),
  /** A new appointment not after the current one ({@code [inferred]}: no article says it). */
  RESCHEDULE_NOT_LATER(Severity.BREACH),
  /** A denial after the due date-time (Art 19(8)). */
  DENIAL_LATE(Severity.BREACH),
  /** A counter receipt outside the reception windows (the centre's own regulation; Decision 14/2010/QĐ-TTg). */
  RECEIPT_OUTSIDE_RECEPTION_HOURS(Severity.BREACH),
  /** The history's procedure is not in the catalogue, so no deadline can be computed. */
  UNKNOWN_PROCEDURE(Severity.REFUSAL),
  /** A receipt before Decree 61/2018/NĐ-CP took effect (21/6/2018): no instrument of this library applies. */
  RECEIVED_BEFORE_DECREE_61(Severity.REFUSAL),
  /** A receipt outside the working calendar's range. */
  RECEIPT_OUTSIDE_CALENDAR(Severity.REFUSAL),
  /** The calendar could not compute a deadline (out of range, or no published schedule in a strict calendar). */
  CALENDAR_UNAVAILABLE(Severity.REFUSAL);

  private final Severity severity;

  RegulationCode(Severity severity) {
    this.severity = severity;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }
}
