package dev.motcua.rules;

import dev.motcua.core.lifecycle.LegalBasis;

/**
 * The citation of a rule under each instrument: a Decree 61 article, carried over by Decree 118 as an
 * {@code [inferred]} citation (its own article numbers are not verified), plus any other instrument that
 * applies unchanged.
 *
 * @param decree61 the citation when judged under Decree 61/2018/NĐ-CP
 * @param decree118 the citation when judged under Decree 118/2025/NĐ-CP
 */
record Citation(LegalBasis decree61, LegalBasis decree118) {

  /**
   * Cites a Decree 61 article and extra sources.
   *
   * @param articleVi e.g. "Điều 19 khoản 4"
   * @param articleEn e.g. "Art 19(4)"
   * @param extraVi further sources in Vietnamese, or ""
   * @param extraEn further sources in English, or ""
   */
  static Citation of(String articleVi, String articleEn, String extraVi, String extraEn) {
    String vi61 = "Nghị định 61/2018/NĐ-CP, " + articleVi;
    String en61 = "Decree 61/2018/ND-CP, " + articleEn;
    String vi118 = "Nghị định 118/2025/NĐ-CP (như Nghị định 61/2018/NĐ-CP, " + articleVi + ") [suy luận]";
    String en118 = "Decree 118/2025/ND-CP (as Decree 61/2018/ND-CP " + articleEn + ") [inferred]";
    String xVi = extraVi.isEmpty() ? "" : "; " + extraVi;
    String xEn = extraEn.isEmpty() ? "" : "; " + extraEn;
    return new Citation(LegalBasis.of(vi61 + xVi, en61 + xEn), LegalBasis.of(vi118 + xVi, en118 + xEn));
  }

  /** Cites sources that do not depend on the instrument. */
  static Citation fixed(String vi, String en) {
    LegalBasis b = LegalBasis.of(vi, en);
    return new Citation(b, b);
  }

  LegalBasis under(LegalInstrument instrument) {
    return instrument == LegalInstrument.DECREE_61_2018 ? decree61 : decree118;
  }
}
