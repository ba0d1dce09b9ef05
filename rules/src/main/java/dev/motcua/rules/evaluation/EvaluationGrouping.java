package dev.motcua.rules.evaluation;

/**
 * What the rows of an {@link Evaluation} stand for.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EvaluationGrouping {
  /** One row per field (lĩnh vực). */
  BY_FIELD("Lĩnh vực", "Field"),
  /** One row per competent agency (cơ quan có thẩm quyền), the unit of Circular 01/2018 Art 15. */
  BY_AGENCY("Cơ quan", "Agency"),
  /** One row per administrative procedure (thủ tục hành chính), as indicator 2.2 is shown. */
  BY_PROCEDURE("Thủ tục hành chính", "Procedure"),
  /** One row per officer (cán bộ, công chức), graded by Circular 01/2018 Art 15. */
  BY_OFFICER("Cán bộ, công chức", "Officer");

  private final String headingVi;
  private final String headingEn;

  EvaluationGrouping(String headingVi, String headingEn) {
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
