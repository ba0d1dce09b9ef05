package dev.motcua.rules.form;

import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.rules.internal.RulesStyle;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The refusal slip (Phiếu từ chối tiếp nhận giải quyết hồ sơ, form 03): a dossier refused at intake, or
 * denied after appraisal (DESIGN §4: form 03 for a denial too).
 *
 * <p>From the history: the dossier code (if any), the applicant, the procedure, the reasons, the time and the
 * officer.
 *
 * <p>Legal basis: Thông tư 01/2018/TT-VPCP, Điều 9 (mẫu số 03); Nghị định 61/2018/NĐ-CP, Điều 18 khoản 3,
 * Điều 19 khoản 8 / Circular 01/2018/TT-VPCP, Art 9 (form 03); Decree 61/2018/ND-CP, Art 18(3), 19(8);
 * Circular 03/2025/TT-VPCP Annex I form 03 (third-party rendering).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract non-sealed class RefusalSlip implements Form {
  RefusalSlip() {}

  @Override
  public final FormKind kind() {
    return FormKind.REFUSAL_SLIP;
  }

  @Override
  public abstract FormHeader header();

  /**
   * Returns the dossier code, if the dossier had one (a denial after appraisal; mã hồ sơ nếu có).
   *
   * @return the code
   */
  public abstract Optional<DossierCode> dossierCode();

  /**
   * Returns the applicant.
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
   * Returns the procedure's name, if the catalogue has the procedure.
   *
   * @return the name
   */
  public abstract Optional<String> procedureName();

  /**
   * Returns whether the dossier was refused at intake (từ chối tiếp nhận) rather than denied after appraisal.
   *
   * @return true at intake
   */
  public abstract boolean atIntake();

  /**
   * Returns the reasons (lý do từ chối).
   *
   * @return the reasons
   */
  public abstract String reason();

  /**
   * Returns when the dossier was refused or denied, in the calendar's zone.
   *
   * @return the local date-time
   */
  public abstract LocalDateTime refusedAt();

  /**
   * Returns the name of the officer who refused or denied it.
   *
   * @return the name
   */
  public abstract String officer();

  /**
   * Returns a copy with another header.
   *
   * @param header the header
   * @return the slip
   */
  public RefusalSlip withHeader(FormHeader header) {
    return toBuilder().header(header).build();
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
    Texts.nonBlank(reason(), "reason");
    Texts.nonBlank(officer(), "officer");
  }

  /** A builder of {@link RefusalSlip}. */
  public static final class Builder extends ImmutableRefusalSlip.Builder {
    Builder() {}
  }
}
