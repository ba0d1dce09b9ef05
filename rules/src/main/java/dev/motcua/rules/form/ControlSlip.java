package dev.motcua.rules.form;

import dev.motcua.core.dossier.DossierCode;
import dev.motcua.rules.internal.RulesStyle;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The processing-control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ, form 05 of 2018, form 06 of 2025):
 * one row per unit step, each with the times given and received and whether the step was early, on time or
 * late.
 *
 * <p>From the history: the dossier code, the procedure and its competent agency, the receipt, the appointment
 * in force and the steps (see {@link ControlStep}). Absent until the host fills them: the co-ordinating
 * agencies. The circulars ask for the trace to be logged automatically and shown on the electronic form:
 * this is that trace.
 *
 * <p>Legal basis: Thông tư 01/2018/TT-VPCP, Điều 9 (mẫu số 05) / Circular 01/2018/TT-VPCP, Art 9 (form 05);
 * Circular 03/2025/TT-VPCP Annex I form 06 (third-party rendering, Hanoi Decision 1594/QĐ-TTPVHCC).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract non-sealed class ControlSlip implements Form {
  ControlSlip() {}

  @Override
  public final FormKind kind() {
    return FormKind.CONTROL_SLIP;
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
   * Returns the resolving agency's name (cơ quan, đơn vị chủ trì giải quyết).
   *
   * @return the name
   */
  public abstract String resolvingAgency();

  /**
   * Returns the co-ordinating agencies (cơ quan phối hợp), empty unless the host gave them.
   *
   * @return the agencies
   */
  public abstract List<String> coordinatingAgencies();

  /**
   * Returns when the dossier was received, in the calendar's zone.
   *
   * @return the local date-time
   */
  public abstract LocalDateTime receivedAt();

  /**
   * Returns the appointment in force at the end of the history (after an apology, the new one).
   *
   * @return the local date-time
   */
  public abstract LocalDateTime appointment();

  /**
   * Returns the steps, in order, the first being the one-stop unit's.
   *
   * @return the steps
   */
  public abstract List<ControlStep> steps();

  /**
   * Returns a copy with another header.
   *
   * @param header the header
   * @return the slip
   */
  public ControlSlip withHeader(FormHeader header) {
    return toBuilder().header(header).build();
  }

  /**
   * Returns a copy with the co-ordinating agencies.
   *
   * @param agencies the agencies
   * @return the slip
   */
  public ControlSlip withCoordinatingAgencies(List<String> agencies) {
    return toBuilder().coordinatingAgencies(agencies).build();
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
    Texts.nonBlank(resolvingAgency(), "resolvingAgency");
    Texts.nonBlank(coordinatingAgencies(), "coordinatingAgencies");
    if (steps().isEmpty()) {
      throw new IllegalArgumentException("steps must not be empty: the first is the one-stop unit's");
    }
  }

  /** A builder of {@link ControlSlip}. */
  public static final class Builder extends ImmutableControlSlip.Builder {
    Builder() {}
  }
}
