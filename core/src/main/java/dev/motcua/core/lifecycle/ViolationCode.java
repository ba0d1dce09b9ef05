package dev.motcua.core.lifecycle;

/**
 * The stable code of a rule (mã quy tắc): what a {@link Violation} reports and what hosts switch on.
 *
 * <p>Codes are {@code UPPER_SNAKE} and stable across versions. The library's codes are enum constants
 * ({@link StructuralCode} here, the regulation's codes in the rules module); a host rule adds its own by
 * implementing this interface, usually with an enum:
 *
 * <pre>{@code
 * enum DeskCode implements ViolationCode {
 *   RESCHEDULED_TWICE;
 *   public Severity defaultSeverity() { return Severity.BREACH; }
 * }
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, and two codes with the same {@link #code()} must be
 * the same rule.
 */
public interface ViolationCode {

  /**
   * Returns the code as written in reports and JSON, e.g. {@code "EVENT_NOT_PERMITTED"}; an enum's
   * {@code name()} by default.
   *
   * @return the {@code UPPER_SNAKE} code
   */
  default String code() {
    return ((Enum<?>) this).name();
  }

  /**
   * Returns the severity a violation of this rule has unless the rule decides otherwise.
   *
   * @return the default severity
   */
  Severity defaultSeverity();
}
