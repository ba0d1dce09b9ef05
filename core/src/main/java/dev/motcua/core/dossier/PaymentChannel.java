package dev.motcua.core.dossier;

/**
 * How fees or charges were paid (hình thức thanh toán phí, lệ phí), as the national service-quality index
 * (Decision 766/QĐ-TTg, indicator of online payment) distinguishes them.
 *
 * <p>The portal's sync field {@code DuocThanhToanTrucTuyen} codes 1 = paid on the National Public Service
 * Portal and 2 = paid through a ministry's or province's payment gateway; anything else is not online
 * (third-party sourced, see {@code reference/national-portal-exchange.md} §6).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PaymentChannel {
  /** Paid online on the National Public Service Portal (Cổng Dịch vụ công quốc gia). */
  PORTAL("Trực tuyến trên Cổng Dịch vụ công quốc gia", "Online on the national portal", true),
  /** Paid online through another gateway: a ministry's or province's payment platform. */
  OTHER_ONLINE_GATEWAY("Trực tuyến qua nền tảng thanh toán khác", "Online through another gateway", true),
  /** Paid at the counter (nộp trực tiếp), in cash or by card. */
  COUNTER("Trực tiếp tại quầy", "At the counter", false);

  private final String labelVi;
  private final String labelEn;
  private final boolean online;

  PaymentChannel(String labelVi, String labelEn, boolean online) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.online = online;
  }

  /**
   * Tells whether this is an online payment (thanh toán trực tuyến).
   *
   * @return true for {@link #PORTAL} and {@link #OTHER_ONLINE_GATEWAY}
   */
  public boolean isOnline() {
    return online;
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
