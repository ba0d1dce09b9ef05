package dev.motcua.rules.form;

/**
 * The kinds of one-stop form (biểu mẫu), with the paper size the circulars prescribe.
 *
 * <p>Legal basis: Thông tư 01/2018/TT-VPCP, Điều 9 / Circular 01/2018/TT-VPCP, Art 9 (forms 01–06, A5 for the
 * slips and A4 for the book); Circular 03/2025/TT-VPCP Annex I and Art 7 (the 2025 set and the stop notice).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FormKind {
  /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the receipt slip and appointment. */
  RECEIPT_SLIP("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "receipt slip", Paper.A5),
  /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: the supplement request. */
  SUPPLEMENT_REQUEST("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "supplement request", Paper.A5),
  /** Phiếu từ chối tiếp nhận giải quyết hồ sơ: the refusal slip. */
  REFUSAL_SLIP("Phiếu từ chối tiếp nhận giải quyết hồ sơ", "refusal slip", Paper.A5),
  /** Phiếu xin lỗi và hẹn lại ngày trả kết quả: the apology and new appointment (extension request from 2025). */
  APOLOGY_SLIP("Phiếu xin lỗi và hẹn lại ngày trả kết quả", "apology slip", Paper.A5),
  /** Thông báo dừng giải quyết hồ sơ: the stop notice (Decree 118/2025/NĐ-CP only). */
  STOP_NOTICE("Thông báo dừng giải quyết hồ sơ", "stop notice", Paper.A5),
  /** Phiếu kiểm soát quá trình giải quyết hồ sơ: the processing-control slip. */
  CONTROL_SLIP("Phiếu kiểm soát quá trình giải quyết hồ sơ", "processing-control slip", Paper.A5),
  /** Sổ theo dõi hồ sơ: the tracking book. */
  TRACKING_BOOK("Sổ theo dõi hồ sơ", "tracking book", Paper.A4);

  /** The paper sizes of the forms. */
  public enum Paper {
    /** ISO A5 (148 × 210 mm), the slips. */
    A5,
    /** ISO A4 (210 × 297 mm), the book. */
    A4
  }

  private final String nameVi;
  private final String nameEn;
  private final Paper paper;

  FormKind(String nameVi, String nameEn, Paper paper) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.paper = paper;
  }

  /**
   * Returns the form's name in Vietnamese, as Circular 01/2018/TT-VPCP Art 9 names it (the stop notice: as
   * Circular 03/2025/TT-VPCP Art 7 does).
   *
   * @return the name
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the form's name in English, lower case, e.g. {@code "receipt slip"}.
   *
   * @return the name
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Returns the paper size: A5 for the slips, A4 for the book.
   *
   * @return the paper size
   */
  public Paper paper() {
    return paper;
  }
}
