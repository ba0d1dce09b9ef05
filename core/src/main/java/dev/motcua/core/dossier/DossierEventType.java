package dev.motcua.core.dossier;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The kind of a {@link DossierEvent}, with its stable JSON name and its labels.
 *
 * <p>The JSON name (for example {@code "supplement_requested"}) is part of the versioned JSON format and
 * never changes. {@link #formNumber()} gives the number of the form of Thông tư 01/2018/TT-VPCP (Circular
 * 01/2018/TT-VPCP) that records the event, where there is one.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DossierEventType {
  /** The applicant filed the dossier (nộp hồ sơ). */
  SUBMITTED("submitted", "Nộp hồ sơ", "Submitted", 0),
  /** The intake check sent the dossier back with one complete notice (hướng dẫn bổ sung, form 02). */
  RETURNED_AT_INTAKE("returned_at_intake", "Yêu cầu bổ sung khi tiếp nhận", "Returned at intake", 2),
  /** The applicant filed again after a return at intake (nộp lại). */
  RESUBMITTED("resubmitted", "Nộp lại hồ sơ", "Resubmitted", 0),
  /** Intake was refused (từ chối tiếp nhận, form 03). */
  REFUSED("refused", "Từ chối tiếp nhận", "Refused", 3),
  /** The dossier was received, with a code and an appointment (tiếp nhận, giấy hẹn form 01). */
  RECEIVED("received", "Tiếp nhận hồ sơ", "Received", 1),
  /** The dossier was handed over between units (chuyển hồ sơ, phiếu kiểm soát form 05). */
  TRANSFERRED("transferred", "Chuyển hồ sơ", "Transferred", 5),
  /** The agency asked for a supplement (yêu cầu bổ sung, form 02). */
  SUPPLEMENT_REQUESTED("supplement_requested", "Yêu cầu bổ sung hồ sơ", "Supplement requested", 2),
  /** The applicant supplied the supplement (bổ sung hồ sơ). */
  SUPPLEMENTED("supplemented", "Đã bổ sung hồ sơ", "Supplemented", 0),
  /** Fees or charges were requested (yêu cầu thực hiện nghĩa vụ tài chính). */
  PAYMENT_REQUESTED("payment_requested", "Yêu cầu thực hiện nghĩa vụ tài chính", "Payment requested", 0),
  /** Fees or charges were paid (đã thực hiện nghĩa vụ tài chính). */
  PAID("paid", "Đã thực hiện nghĩa vụ tài chính", "Paid", 0),
  /** Apology and new appointment for an overdue dossier (xin lỗi và hẹn lại, form 04). */
  RESCHEDULED("rescheduled", "Xin lỗi và hẹn lại ngày trả kết quả", "Rescheduled", 4),
  /** The dossier was resolved, approved or denied (có kết quả giải quyết). */
  RESOLVED("resolved", "Có kết quả giải quyết", "Resolved", 0),
  /** The result was returned to the applicant (trả kết quả). */
  RESULT_RETURNED("result_returned", "Trả kết quả", "Result returned", 0),
  /** The applicant withdrew the dossier (rút hồ sơ). */
  WITHDRAWN("withdrawn", "Rút hồ sơ", "Withdrawn", 0),
  /** Processing was stopped (dừng xử lý). */
  STOPPED("stopped", "Dừng xử lý hồ sơ", "Stopped", 0),
  /**
   * The one-stop unit closed a dossier whose supplement did not come (đóng hồ sơ, Decree 118/2025/NĐ-CP
   * Art 19(5)).
   */
  CLOSED("closed", "Đóng hồ sơ", "Closed", 0);

  private final String jsonName;
  private final String labelVi;
  private final String labelEn;
  private final int formNumber;

  DossierEventType(String jsonName, String labelVi, String labelEn, int formNumber) {
    this.jsonName = jsonName;
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.formNumber = formNumber;
  }

  /**
   * Returns the stable name used as the {@code "type"} discriminator in JSON.
   *
   * @return the JSON name, lower snake case
   */
  public String jsonName() {
    return jsonName;
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
   * Returns the number of the Circular 01/2018/TT-VPCP form that records this event, where there is one.
   *
   * @return the form number, or empty
   */
  public OptionalInt formNumber() {
    return formNumber == 0 ? OptionalInt.empty() : OptionalInt.of(formNumber);
  }

  /**
   * Finds the event type with the given JSON name.
   *
   * @param jsonName the JSON name, for example {@code "received"}
   * @return the event type, or empty if the name is unknown
   */
  public static Optional<DossierEventType> ofJsonName(String jsonName) {
    Objects.requireNonNull(jsonName, "jsonName");
    return Optional.ofNullable(byJsonName(jsonName));
  }

  /**
   * The type of a JSON name, or null: asked for every event read. The table is probed by the name's length and
   * its first and last characters, not by its hash: the name is a new string on every event, and hashing it
   * was half the cost of the lookup.
   */
  private static @Nullable DossierEventType byJsonName(String jsonName) {
    int n = jsonName.length();
    if (n == 0) {
      return null;
    }
    for (int i = probe(jsonName); ; i = (i + 1) & (BY_JSON_NAME.length - 1)) {
      DossierEventType t = BY_JSON_NAME[i];
      if (t == null || t.jsonName.equals(jsonName)) {
        return t;
      }
    }
  }

  private static int probe(String name) {
    int n = name.length();
    return ((n * 31 + name.charAt(0)) * 31 + name.charAt(n - 1)) & (BY_JSON_NAME.length - 1);
  }

  // Open-addressed, at most a quarter full, so an unknown name meets an empty slot within a few probes.
  private static final DossierEventType[] BY_JSON_NAME = new DossierEventType[128];

  static {
    for (DossierEventType type : values()) {
      int i = probe(type.jsonName);
      while (BY_JSON_NAME[i] != null) {
        i = (i + 1) & (BY_JSON_NAME.length - 1);
      }
      BY_JSON_NAME[i] = type;
    }
  }
}
