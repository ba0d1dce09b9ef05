package dev.motcua.core.dossier;

/**
 * The outcome (kết quả giải quyết) of a resolved dossier.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Outcome {
  /** The request is granted (giải quyết, cấp kết quả). */
  APPROVED("Chấp thuận", "Approved"),
  /** The request is denied, with written reasons (từ chối giải quyết). */
  DENIED("Từ chối", "Denied");

  private final String labelVi;
  private final String labelEn;

  Outcome(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label in Vietnamese, with diacritics
   */
  public String labelVi() {
    return labelVi;
  }

  /**
   * Returns the English label.
   *
   * @return the label in English
   */
  public String labelEn() {
    return labelEn;
  }
}
