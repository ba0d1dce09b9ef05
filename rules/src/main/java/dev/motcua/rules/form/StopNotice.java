package dev.motcua.rules.form;

import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.rules.internal.RulesStyle;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The stop notice (Thông báo dừng giải quyết hồ sơ), under Decree 118/2025/NĐ-CP only: processing stopped at
 * the applicant's request (a withdrawal) or by the unit, before any decision or result notice.
 *
 * <p>From the history: the dossier code, the applicant, the procedure, the receipt (if any), the time, the
 * reason, whether the applicant asked and the officer.
 *
 * <p>Legal basis: Thông tư 03/2025/TT-VPCP, Điều 7; Nghị định 118/2025/NĐ-CP, Điều 21 / Circular
 * 03/2025/TT-VPCP, Art 7; Decree 118/2025/ND-CP, Art 21 (third-party rendering; the form number is
 * {@code [inferred]}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract non-sealed class StopNotice implements Form {
  StopNotice() {}

  @Override
  public final FormKind kind() {
    return FormKind.STOP_NOTICE;
  }

  @Override
  public abstract FormHeader header();

  /**
   * Returns the dossier code, if it was received.
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
   * Returns when the dossier was received, in the calendar's zone, if it was.
   *
   * @return the local date-time
   */
  public abstract Optional<LocalDateTime> receivedAt();

  /**
   * Returns when processing stopped, in the calendar's zone.
   *
   * @return the local date-time
   */
  public abstract LocalDateTime stoppedAt();

  /**
   * Returns the reason.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Returns whether the applicant asked to stop (a withdrawal, Decree 118/2025/NĐ-CP Art 21(1)) rather than the
   * unit stopping processing.
   *
   * @return true at the applicant's request
   */
  public abstract boolean atApplicantsRequest();

  /**
   * Returns the name of the officer (or system) that recorded the stop.
   *
   * @return the name
   */
  public abstract String officer();

  /**
   * Returns a copy with another header.
   *
   * @param header the header
   * @return the notice
   */
  public StopNotice withHeader(FormHeader header) {
    return toBuilder().header(header).build();
  }

  /**
   * Returns a builder preset with this notice.
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

  /** A builder of {@link StopNotice}. */
  public static final class Builder extends ImmutableStopNotice.Builder {
    Builder() {}
  }
}
