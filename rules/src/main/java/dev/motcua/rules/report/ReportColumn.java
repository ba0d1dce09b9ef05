package dev.motcua.rules.report;

/**
 * The count columns of a {@link ProcessingReport}, in the order of form II.06a and of the CSV header.
 *
 * <p>The columns add up: {@code RECEIVED_TOTAL = RECEIVED_ONLINE + RECEIVED_COUNTER_POSTAL + CARRIED_OVER}
 * {@code = RESOLVED_TOTAL + IN_PROGRESS_TOTAL + WITHDRAWN + STOPPED};
 * {@code RESOLVED_TOTAL = RESOLVED_EARLY + RESOLVED_ON_TIME + RESOLVED_LATE};
 * {@code IN_PROGRESS_TOTAL = IN_PROGRESS_WITHIN_DEADLINE + IN_PROGRESS_OVERDUE}. {@code REFUSED} counts
 * dossiers refused at intake, which are not received.
 *
 * <p>Legal basis: Circular 01/2020/TT-VPCP form II.06a.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReportColumn {
  /** Received in total: new in the period plus carried over (tổng số hồ sơ tiếp nhận). */
  RECEIVED_TOTAL("received_total", "Số hồ sơ tiếp nhận", "Tổng số", "Received, total"),
  /** Received online in the period (trực tuyến). */
  RECEIVED_ONLINE("received_online", "Số hồ sơ tiếp nhận", "Trực tuyến", "Received online"),
  /** Received at the counter or by post in the period (trực tiếp và qua dịch vụ bưu chính). */
  RECEIVED_COUNTER_POSTAL("received_counter_postal", "Số hồ sơ tiếp nhận",
      "Trực tiếp và qua dịch vụ bưu chính", "Received at the counter or by post"),
  /** Received before the period and not ended before it (từ kỳ trước chuyển qua). */
  CARRIED_OVER("carried_over", "Số hồ sơ tiếp nhận", "Từ kỳ trước chuyển qua", "Carried over"),
  /** Resolved in the period, in total (số hồ sơ đã giải quyết). */
  RESOLVED_TOTAL("resolved_total", "Số hồ sơ đã giải quyết", "Tổng số", "Resolved, total"),
  /** Resolved early (trước hạn). */
  RESOLVED_EARLY("resolved_early", "Số hồ sơ đã giải quyết", "Trước hạn", "Resolved early"),
  /** Resolved on time (đúng hạn). */
  RESOLVED_ON_TIME("resolved_on_time", "Số hồ sơ đã giải quyết", "Đúng hạn", "Resolved on time"),
  /** Resolved late (quá hạn). */
  RESOLVED_LATE("resolved_late", "Số hồ sơ đã giải quyết", "Quá hạn", "Resolved late"),
  /** In progress at the cut-off, in total (số hồ sơ đang giải quyết). */
  IN_PROGRESS_TOTAL("in_progress_total", "Số hồ sơ đang giải quyết", "Tổng số", "In progress, total"),
  /** In progress at the cut-off, not past the due instant (trong hạn). */
  IN_PROGRESS_WITHIN_DEADLINE("in_progress_within_deadline", "Số hồ sơ đang giải quyết", "Trong hạn",
      "In progress, within deadline"),
  /** In progress at the cut-off, past the due instant (quá hạn). */
  IN_PROGRESS_OVERDUE("in_progress_overdue", "Số hồ sơ đang giải quyết", "Quá hạn", "In progress, overdue"),
  /** Withdrawn by the applicant in the period (rút hồ sơ). */
  WITHDRAWN("withdrawn", "", "Rút hồ sơ", "Withdrawn"),
  /**
   * Stopped in the period (dừng giải quyết), including dossiers closed for want of a supplement (đóng hồ sơ,
   * Decree 118/2025/NĐ-CP Art 19(5)), which the report form has no column for ({@code [inferred]}).
   */
  STOPPED("stopped", "", "Dừng giải quyết", "Stopped"),
  /** Refused at intake in the period (từ chối tiếp nhận); not part of the received total. */
  REFUSED("refused", "", "Từ chối tiếp nhận", "Refused at intake");

  private final String key;
  private final String groupHeadingVi;
  private final String headingVi;
  private final String labelEn;

  ReportColumn(String key, String groupHeadingVi, String headingVi, String labelEn) {
    this.key = key;
    this.groupHeadingVi = groupHeadingVi;
    this.headingVi = headingVi;
    this.labelEn = labelEn;
  }

  /**
   * Returns the stable machine key, used as the CSV header and the JSON property.
   *
   * @return the key, e.g. {@code "resolved_on_time"}
   */
  public String key() {
    return key;
  }

  /**
   * Returns the Vietnamese heading of the group of columns this one belongs to.
   *
   * @return the group heading, e.g. "Số hồ sơ đã giải quyết", or empty for a column on its own
   */
  public String groupHeadingVi() {
    return groupHeadingVi;
  }

  /**
   * Returns the Vietnamese heading of the column within its group.
   *
   * @return the heading, e.g. "Đúng hạn"
   */
  public String headingVi() {
    return headingVi;
  }

  /**
   * Returns an English label that stands on its own.
   *
   * @return the label, e.g. "Resolved on time"
   */
  public String labelEn() {
    return labelEn;
  }
}
