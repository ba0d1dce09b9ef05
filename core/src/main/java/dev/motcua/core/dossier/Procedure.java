package dev.motcua.core.dossier;

import dev.motcua.core.internal.CoreStyle;
import dev.motcua.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A published administrative procedure (thủ tục hành chính): code, name, field, competent agency,
 * processing time and whether it is also received on Saturday mornings.
 *
 * <pre>{@code
 * Procedure p = Procedure.builder()
 *     .code("1.001234").name("Cấp giấy phép xây dựng")
 *     .field(Field.of("XD", "Xây dựng"))
 *     .competentAgency(Agency.of("000.00.15.H05", "Sở Xây dựng"))
 *     .processingPeriod(ProcessingPeriod.ofWorkingDays(15))
 *     .build();
 * }</pre>
 *
 * <p>Legal basis for Saturday reception: Quyết định 14/2010/QĐ-TTg / Decision 14/2010/QD-TTg.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CoreStyle
public abstract class Procedure {
  Procedure() {}

  /**
   * Returns the procedure's code in the national database of procedures.
   *
   * @return the code, not blank
   */
  public abstract String code();

  /**
   * Returns the procedure's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the field (lĩnh vực) of the procedure.
   *
   * @return the field
   */
  public abstract Field field();

  /**
   * Returns the competent agency (cơ quan có thẩm quyền) that resolves the procedure.
   *
   * @return the agency
   */
  public abstract Agency competentAgency();

  /**
   * Returns the processing time (thời hạn giải quyết), as data.
   *
   * @return the period
   */
  public abstract ProcessingPeriod processingPeriod();

  /**
   * Returns whether the procedure is also received on Saturday mornings (tiếp nhận sáng thứ Bảy).
   *
   * @return true if received on Saturday mornings; false by default
   */
  @Value.Default
  public boolean saturdayReception() {
    return false;
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(code(), "code");
    Checks.nonBlank(name(), "name");
  }

  /** A strict builder of {@link Procedure}: each attribute may be set once. */
  public static final class Builder extends ImmutableProcedure.Builder {
    Builder() {}
  }
}
