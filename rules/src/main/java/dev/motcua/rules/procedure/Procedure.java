package dev.motcua.rules.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.rules.internal.RulesStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published administrative procedure (thủ tục hành chính): code, name, field, competent agency,
 * processing time (thời hạn giải quyết) and whether it is also received on Saturday mornings.
 *
 * <pre>{@code
 * Procedure p = Procedure.builder()
 *     .code("1.004227").name("Cấp giấy phép xây dựng")
 *     .field(Field.of("G12", "Xây dựng"))
 *     .competentAgency(Agency.of("000.00.15.H05", "Sở Xây dựng"))
 *     .processingTime(ProcessingTime.workingDays(15))
 *     .build();
 * }</pre>
 *
 * <p>Legal basis for Saturday reception: Quyết định 14/2010/QĐ-TTg / Decision 14/2010/QD-TTg, and the
 * centre's own regulation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class Procedure {
  Procedure() {}

  /**
   * Returns the procedure's code in the national database of procedures, e.g. {@code 1.004227}.
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
   * Returns the field the procedure belongs to.
   *
   * @return the field
   */
  public abstract Field field();

  /**
   * Returns the agency competent to resolve it.
   *
   * @return the agency
   */
  public abstract Agency competentAgency();

  /**
   * Returns the processing time the law gives it, which a {@link dev.motcua.calendar.WorkingCalendar} turns
   * into a due date-time.
   *
   * @return the processing time
   */
  public abstract ProcessingTime processingTime();

  /**
   * Returns whether the procedure is also received on Saturday mornings (default false).
   *
   * @return true if designated for Saturday reception
   */
  @Value.Default
  public boolean saturdayReception() {
    return false;
  }

  /**
   * Returns the sector law's limit after a supplement notice from which an unanswered dossier may be closed,
   * where it differs from Decree 118/2025/NĐ-CP Art 19(5)'s 15 days ("hoặc theo thời hạn quy định của pháp
   * luật chuyên ngành").
   *
   * @return the limit, or empty for the regulation's setting
   */
  public abstract Optional<ProcessingTime> supplementWaitLimit();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!code().isBlank(), "Procedure code must not be blank");
    checkArgument(!name().isBlank(), "Procedure name must not be blank (code %s)", code());
  }

  /** A builder of {@link Procedure}; {@link #build()} throws if an attribute is missing or blank. */
  public static final class Builder extends ImmutableProcedure.Builder {
    Builder() {}
  }
}
