package dev.motcua.rules.form;

import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.rules.internal.RulesStyle;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The apology and new appointment (Phiếu xin lỗi và hẹn lại ngày trả kết quả, form 04; from 2025 "Phiếu xin
 * lỗi và đề nghị gia hạn thời gian giải quyết"): the latest apology of the history.
 *
 * <p>From the history: the dossier code, the applicant (the addressee), the receipt, the competent agency, the
 * procedure, the appointment before the apology, the reason, the new appointment and the officer. Absent
 * until the host fills it: the signer (the head of the agency).
 *
 * <p>Legal basis: Thông tư 01/2018/TT-VPCP, Điều 9 (mẫu số 04); Nghị định 61/2018/NĐ-CP, Điều 19 khoản 9 /
 * Circular 01/2018/TT-VPCP, Art 9 (form 04); Decree 61/2018/ND-CP, Art 19(9); Circular 03/2025/TT-VPCP Annex I
 * form 04 (third-party rendering, Decision 3621/QĐ-BYT BM.04).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract non-sealed class ApologySlip implements Form {
  ApologySlip() {}

  @Override
  public final FormKind kind() {
    return FormKind.APOLOGY_SLIP;
  }

  @Override
  public abstract FormHeader header();

  /**
   * Returns the dossier code.
   *
   * @return the code
   */
  public abstract Optional<DossierCode> dossierCode();

  /**
   * Returns the applicant, to whom the apology is addressed.
   *
   * @return the applicant
   */
  public abstract Applicant applicant();

  /**
   * Returns the procedure's code.
   *
   * @return the code
   */
  public abstract String procedureCode();

  /**
   * Returns the procedure's name.
   *
   * @return the name
   */
  public abstract String procedureName();

  /**
   * Returns the competent agency's name (cơ quan giải quyết).
   *
   * @return the name
   */
  public abstract String agency();

  /**
   * Returns when the dossier was received, in the calendar's zone.
   *
   * @return the local date-time
   */
  public abstract LocalDateTime receivedAt();

  /**
   * Returns the appointment in force before the apology (hẹn trả kết quả), in the calendar's zone.
   *
   * @return the local date-time
   */
  public abstract LocalDateTime previousAppointment();

  /**
   * Returns the reason for the delay (lý do chậm trễ).
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Returns the new appointment (hẹn lại ngày trả kết quả), in the calendar's zone.
   *
   * @return the local date-time
   */
  public abstract LocalDateTime newAppointment();

  /**
   * Returns when the apology was made, in the calendar's zone.
   *
   * @return the local date-time
   */
  public abstract LocalDateTime apologisedAt();

  /**
   * Returns the name of the officer who recorded the apology.
   *
   * @return the name
   */
  public abstract String officer();

  /**
   * Returns the signer (thủ trưởng cơ quan), if the host gave one.
   *
   * @return the signer
   */
  public abstract Optional<String> signer();

  /**
   * Returns a copy with another header.
   *
   * @param header the header
   * @return the slip
   */
  public ApologySlip withHeader(FormHeader header) {
    return toBuilder().header(header).build();
  }

  /**
   * Returns a copy with the signer.
   *
   * @param signer the head of the agency
   * @return the slip
   */
  public ApologySlip withSigner(String signer) {
    return toBuilder().signer(signer).build();
  }

  /**
   * Returns a builder preset with this slip.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Texts.nonBlank(procedureCode(), "procedureCode");
    Texts.nonBlank(procedureName(), "procedureName");
    Texts.nonBlank(agency(), "agency");
    Texts.nonBlank(reason(), "reason");
    Texts.nonBlank(officer(), "officer");
    signer().ifPresent(v -> Texts.nonBlank(v, "signer"));
  }

  /** A builder of {@link ApologySlip}. */
  public static final class Builder extends ImmutableApologySlip.Builder {
    Builder() {}
  }
}
