package dev.motcua.rules.form;

import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.rules.internal.RulesStyle;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The supplement request (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, form 02): the one complete notice of what
 * the dossier lacks, at intake or during appraisal; the form shows the latest request of the history.
 *
 * <p>From the history: the dossier code (once received), the applicant, the procedure, the requesting unit,
 * the numbered items, the reason, the time and the officer. Absent until the host fills them: the contact
 * person and phone.
 *
 * <p>Legal basis: Thông tư 01/2018/TT-VPCP, Điều 9 (mẫu số 02); Nghị định 61/2018/NĐ-CP, Điều 15 khoản 3, Điều
 * 19 khoản 4 / Circular 01/2018/TT-VPCP, Art 9 (form 02); Decree 61/2018/ND-CP, Art 15(3), 19(4); Decree
 * 118/2025/ND-CP, Art 16(3), 19(5); Circular 03/2025/TT-VPCP Annex I form 02 (third-party rendering).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract non-sealed class SupplementRequest implements Form {
  SupplementRequest() {}

  @Override
  public final FormKind kind() {
    return FormKind.SUPPLEMENT_REQUEST;
  }

  @Override
  public abstract FormHeader header();

  /**
   * Returns the dossier code, absent for a request at intake (before the receipt).
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
   * Returns whether the request was made at intake (the dossier returned before its receipt) rather than
   * during appraisal.
   *
   * @return true at intake
   */
  public abstract boolean atIntake();

  /**
   * Returns the identifier of the requesting unit.
   *
   * @return the unit
   */
  public abstract String requestingUnit();

  /**
   * Returns what must be supplemented or completed, in order (nội dung yêu cầu bổ sung).
   *
   * @return the items, at least one
   */
  public abstract List<String> items();

  /**
   * Returns the reason (lý do).
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Returns when the request was made, in the calendar's zone.
   *
   * @return the local date-time
   */
  public abstract LocalDateTime requestedAt();

  /**
   * Returns the name of the guiding officer (người hướng dẫn).
   *
   * @return the name
   */
  public abstract String officer();

  /**
   * Returns the contact person, if the host gave one.
   *
   * @return the name
   */
  public abstract Optional<String> contactPerson();

  /**
   * Returns the contact phone, if the host gave one.
   *
   * @return the phone
   */
  public abstract Optional<String> contactPhone();

  /**
   * Returns a copy with another header.
   *
   * @param header the header
   * @return the request
   */
  public SupplementRequest withHeader(FormHeader header) {
    return toBuilder().header(header).build();
  }

  /**
   * Returns a copy with a contact person and phone.
   *
   * @param person the contact person
   * @param phone the phone
   * @return the request
   */
  public SupplementRequest withContact(String person, String phone) {
    return toBuilder().contactPerson(person).contactPhone(phone).build();
  }

  /**
   * Returns a builder preset with this request.
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
    Texts.nonBlank(requestingUnit(), "requestingUnit");
    Texts.nonBlank(items(), "items");
    if (items().isEmpty()) {
      throw new IllegalArgumentException("items must not be empty");
    }
    Texts.nonBlank(reason(), "reason");
    Texts.nonBlank(officer(), "officer");
    contactPerson().ifPresent(v -> Texts.nonBlank(v, "contactPerson"));
    contactPhone().ifPresent(v -> Texts.nonBlank(v, "contactPhone"));
  }

  /** A builder of {@link SupplementRequest}. */
  public static final class Builder extends ImmutableSupplementRequest.Builder {
    Builder() {}
  }
}
