package dev.motcua.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.core.internal.Checks;
import java.util.Objects;

/**
 * A broken rule: a stable code, its severity, its legal basis, the index of the event in the history and a
 * message in Vietnamese and in English naming the values.
 *
 * <p>Codes ({@link ViolationCode}) are enum constants, stable across versions; hosts may switch on them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code, for example {@link StructuralCode#EVENT_NOT_PERMITTED}
 * @param severity whether the event is refused or applied with a breach
 * @param legalBasis the citation of the rule
 * @param eventIndex the zero-based index of the event in the history or in the replayed list
 * @param messageVi the message in Vietnamese, not blank
 * @param messageEn the message in English, not blank
 */
public record Violation(
    ViolationCode code,
    Severity severity,
    LegalBasis legalBasis,
    int eventIndex,
    String messageVi,
    String messageEn) {
  /**
   * Creates a violation.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the index is negative or a message is blank
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(legalBasis, "legalBasis");
    checkArgument(eventIndex >= 0, "eventIndex must not be negative, was %s", eventIndex);
    Checks.nonBlank(messageVi, "messageVi");
    Checks.nonBlank(messageEn, "messageEn");
  }

  /**
   * Checks whether the violation refuses its event.
   *
   * @return true for {@link Severity#REFUSAL}
   */
  public boolean isRefusal() {
    return severity == Severity.REFUSAL;
  }

  /**
   * Returns a copy with another event index.
   *
   * @param index the zero-based event index
   * @return this violation if the index is the same, else a copy
   * @throws IllegalArgumentException if the index is negative
   */
  public Violation withEventIndex(int index) {
    return index == eventIndex
        ? this
        : new Violation(code, severity, legalBasis, index, messageVi, messageEn);
  }

  /**
   * Returns the code, index and English message, for logs.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return code.code() + " at event " + eventIndex + ": " + messageEn + " (" + legalBasis.en() + ")";
  }
}
