package dev.motcua.core.lifecycle;

import dev.motcua.core.internal.Checks;

/**
 * The legal basis (căn cứ pháp lý) of a rule: its citation in Vietnamese and in English.
 *
 * <p>Format: instrument, then article, clause and point, Vietnamese in full ({@code "Nghị định
 * 61/2018/NĐ-CP, Điều 19 khoản 4"}), English abbreviated ({@code "Decree 61/2018/ND-CP, Art 19(4)"}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param vi the citation in Vietnamese, not blank
 * @param en the citation in English, not blank
 */
public record LegalBasis(String vi, String en) {
  /**
   * Creates a legal basis.
   *
   * @throws IllegalArgumentException if a citation is blank
   */
  public LegalBasis {
    Checks.nonBlank(vi, "vi");
    Checks.nonBlank(en, "en");
  }

  /**
   * Creates a legal basis.
   *
   * @param vi the citation in Vietnamese
   * @param en the citation in English
   * @return the legal basis
   * @throws IllegalArgumentException if a citation is blank
   */
  public static LegalBasis of(String vi, String en) {
    return new LegalBasis(vi, en);
  }

  /**
   * Returns both citations, {@code "vi / en"}.
   *
   * @return the citations
   */
  @Override
  public String toString() {
    return vi + " / " + en;
  }
}
