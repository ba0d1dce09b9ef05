package dev.motcua.rules.evaluation;

/**
 * The groups of the national service-quality index (nhóm chỉ số, Decision 766/QĐ-TTg); which exist and
 * their maxima depend on the {@link PointAllocation}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IndicatorGroup {
  /** Publicity and transparency (công khai, minh bạch). */
  PUBLICITY("Công khai, minh bạch", "Publicity"),
  /** Progress and results of resolution (tiến độ, kết quả giải quyết). */
  PROGRESS("Tiến độ, kết quả giải quyết", "Progress"),
  /** Online public services (cung cấp dịch vụ trực tuyến). */
  ONLINE("Cung cấp dịch vụ trực tuyến", "Online services"),
  /** Digitisation of dossiers (số hóa hồ sơ). */
  DIGITISATION("Số hóa hồ sơ", "Digitisation"),
  /** Satisfaction (mức độ hài lòng). */
  SATISFACTION("Mức độ hài lòng", "Satisfaction"),
  /** Online payment (thanh toán trực tuyến), a group of its own in the portal's 2026 allocation. */
  PAYMENT("Thanh toán trực tuyến", "Online payment");

  private final String labelVi;
  private final String labelEn;

  IndicatorGroup(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /**
   * Returns the Vietnamese name.
   *
   * @return the name, e.g. "Số hóa hồ sơ"
   */
  public String labelVi() {
    return labelVi;
  }

  /**
   * Returns the English name.
   *
   * @return the name, e.g. "Digitisation"
   */
  public String labelEn() {
    return labelEn;
  }
}
