package dev.motcua.rules.report;

/**
 * What the rows of a {@link ProcessingReport} stand for.
 *
 * <p>Legal basis: Circular 01/2020/TT-VPCP form II.06a (rows by field, lĩnh vực).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReportGrouping {
  /** One row per field (lĩnh vực), the form's default. */
  BY_FIELD("Lĩnh vực", "Field"),
  /** One row per competent agency (cơ quan có thẩm quyền). */
  BY_AGENCY("Cơ quan", "Agency"),
  /** One row per administrative procedure (thủ tục hành chính). */
  BY_PROCEDURE("Thủ tục hành chính", "Procedure");

  private final String headingVi;
  private final String headingEn;

  ReportGrouping(String headingVi, String headingEn) {
    this.headingVi = headingVi;
    this.headingEn = headingEn;
  }

  /**
   * Returns the heading of the group column in Vietnamese.
   *
   * @return the heading, e.g. "Lĩnh vực"
   */
  public String headingVi() {
    return headingVi;
  }

  /**
   * Returns the heading of the group column in English.
   *
   * @return the heading, e.g. "Field"
   */
  public String headingEn() {
    return headingEn;
  }
}
