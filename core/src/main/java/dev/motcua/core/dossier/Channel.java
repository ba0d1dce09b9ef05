package dev.motcua.core.dossier;

/**
 * The channel (hình thức nộp hồ sơ) through which an applicant files a dossier.
 *
 * <p>Legal basis: Nghị định 61/2018/NĐ-CP, Điều 16 / Decree 61/2018/ND-CP, Art 16.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Channel {
  /** In person at the one-stop desk (trực tiếp tại Bộ phận Một cửa). */
  COUNTER("Trực tiếp", "At the counter"),
  /** By public postal service (qua dịch vụ bưu chính công ích). */
  POSTAL("Qua bưu chính", "By post"),
  /** Online through a public-service portal (trực tuyến). */
  ONLINE("Trực tuyến", "Online");

  private final String labelVi;
  private final String labelEn;

  Channel(String labelVi, String labelEn) {
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
