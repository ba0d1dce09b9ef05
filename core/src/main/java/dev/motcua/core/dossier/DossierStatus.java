package dev.motcua.core.dossier;

import java.util.OptionalInt;

/**
 * The status (trạng thái) of a dossier in its lifecycle.
 *
 * <p>Where the national public-service portal (Cổng Dịch vụ công quốc gia) defines a status code, {@link
 * #portalCode()} returns it. {@code WITHDRAWN} maps to 8 on the portal (a withdrawal request is 7 and ends
 * as 8, stopped); statuses without a portal code return an empty value.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DossierStatus {
  /** Filed (usually online) and awaiting the intake check (chờ tiếp nhận). */
  SUBMITTED("Chờ tiếp nhận", "Submitted", false, 1),
  /** Sent back at intake with one complete notice of what to supplement (trả lại để bổ sung khi tiếp nhận). */
  RETURNED_AT_INTAKE("Yêu cầu bổ sung khi tiếp nhận", "Returned at intake", false, 0),
  /** Intake refused (từ chối tiếp nhận); terminal. */
  REFUSED("Từ chối tiếp nhận", "Refused", true, 3),
  /** Received with a dossier code and an appointment (đã tiếp nhận). */
  RECEIVED("Đã tiếp nhận", "Received", false, 2),
  /** Being processed by the competent agency (đang giải quyết). */
  IN_PROGRESS("Đang giải quyết", "In progress", false, 4),
  /** Waiting for the applicant's supplement (chờ bổ sung). */
  AWAITING_SUPPLEMENT("Chờ bổ sung hồ sơ", "Awaiting supplement", false, 5),
  /** Waiting for fees or charges to be paid (chờ thực hiện nghĩa vụ tài chính). */
  AWAITING_PAYMENT("Chờ thực hiện nghĩa vụ tài chính", "Awaiting payment", false, 6),
  /** Resolved, approved or denied, result not yet returned (đã có kết quả). */
  RESOLVED("Đã có kết quả", "Resolved", false, 9),
  /** Result returned to the applicant (đã trả kết quả); terminal. */
  RETURNED("Đã trả kết quả", "Result returned", true, 10),
  /** Withdrawn at the applicant's request (rút hồ sơ); terminal. */
  WITHDRAWN("Đã rút hồ sơ", "Withdrawn", true, 8),
  /** Processing stopped (dừng xử lý); terminal. */
  STOPPED("Dừng xử lý", "Stopped", true, 8),
  /**
   * Closed because the applicant did not complete the dossier after a supplement request (đã đóng hồ sơ,
   * Decree 118/2025/NĐ-CP Art 19(5)); terminal. The portal's code for it is not known, so none is given.
   */
  CLOSED("Đã đóng hồ sơ", "Closed", true, 0);

  private final String labelVi;
  private final String labelEn;
  private final boolean terminal;
  private final int portalCode;

  DossierStatus(String labelVi, String labelEn, boolean terminal, int portalCode) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.terminal = terminal;
    this.portalCode = portalCode;
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

  /**
   * Checks whether the status is terminal: no event is permitted after it.
   *
   * @return true for {@code REFUSED}, {@code RETURNED}, {@code WITHDRAWN}, {@code STOPPED} and {@code CLOSED}
   */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * Returns the status code on the national public-service portal, where one exists.
   *
   * @return the portal's code, 1 to 10, or empty
   */
  public OptionalInt portalCode() {
    return portalCode == 0 ? OptionalInt.empty() : OptionalInt.of(portalCode);
  }
}
