package dev.motcua.core.lifecycle;

import java.time.Instant;

/**
 * Cites the legal basis of a structural rule, so that a regulation can cite the instrument in force for
 * the dossier (văn bản có hiệu lực tại ngày tiếp nhận hồ sơ).
 *
 * <p>The lifecycle asks only when a structural rule refuses an event, so an implementation may allocate.
 * {@link #DECREE_61_2018} is the standard lifecycle's: it cites Decree 61/2018/NĐ-CP, whatever the date.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface StructuralCitations {

  /**
   * Cites Decree 61/2018/NĐ-CP: the process (Art 17–20), the receipt (Art 17), the dossier code (Art 26 with
   * Circular 01/2018/TT-VPCP Art 19), the unchanged code (Decree 45/2020/NĐ-CP Art 12) and the control slip
   * (Circular 01/2018/TT-VPCP Form 05).
   */
  StructuralCitations DECREE_61_2018 = (code, receivedAt) -> StructuralRules.decree61(code);

  /**
   * Returns the citation of a structural rule for a dossier.
   *
   * @param code the structural code
   * @param receivedAt the instant that decides the instrument: the dossier's receipt, else the first event
   *     of its history, else the refused event's own instant
   * @return the citation
   */
  LegalBasis cite(StructuralCode code, Instant receivedAt);
}
