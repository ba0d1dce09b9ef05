package dev.motcua.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of applying one event: {@link Applied} with the new dossier and any breaches found, or {@link
 * Refused} with the violations that refuse it.
 *
 * <pre>{@code
 * Transition t = lifecycle.apply(dossier, event);
 * if (t instanceof Transition.Refused r) {
 *   r.violations().forEach(v -> log(v.code(), v.messageVi()));
 * }
 * Dossier next = t.orElseThrow();
 * }</pre>
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Transition {

  /**
   * Returns every violation found: the breaches of an applied event, or the violations of a refused one.
   *
   * @return an unmodifiable list, in order of event index then rule order
   */
  List<Violation> violations();

  /**
   * Checks whether the event was applied.
   *
   * @return true for {@link Applied}
   */
  boolean isApplied();

  /**
   * Returns the new dossier, if the event was applied.
   *
   * @return the dossier, or empty if refused
   */
  Optional<Dossier> toOptional();

  /**
   * Returns the new dossier or throws.
   *
   * @return the dossier after the event
   * @throws TransitionRefusedException if the event was refused, listing the violations
   */
  Dossier orElseThrow();

  /**
   * The event was applied.
   *
   * @param dossier the dossier after the event
   * @param findings the breaches found (severity {@link Severity#BREACH}), possibly empty
   */
  record Applied(Dossier dossier, List<Violation> findings) implements Transition {
    /**
     * Creates the result.
     *
     * @throws NullPointerException if an argument is null
     */
    public Applied {
      Objects.requireNonNull(dossier, "dossier");
      findings = List.copyOf(findings);
    }

    @Override
    public List<Violation> violations() {
      return findings;
    }

    @Override
    public boolean isApplied() {
      return true;
    }

    @Override
    public Optional<Dossier> toOptional() {
      return Optional.of(dossier);
    }

    @Override
    public Dossier orElseThrow() {
      return dossier;
    }
  }

  /**
   * The event was refused; the input dossier is unchanged.
   *
   * @param violations every violation found, at least one of severity {@link Severity#REFUSAL}
   */
  record Refused(List<Violation> violations) implements Transition {
    /**
     * Creates the result.
     *
     * @throws NullPointerException if the list is null
     * @throws IllegalArgumentException if no violation is a refusal
     */
    public Refused {
      violations = List.copyOf(violations);
      checkArgument(
          violations.stream().anyMatch(Violation::isRefusal),
          "A refused transition needs a refusal, was %s",
          violations);
    }

    @Override
    public boolean isApplied() {
      return false;
    }

    @Override
    public Optional<Dossier> toOptional() {
      return Optional.empty();
    }

    @Override
    public Dossier orElseThrow() {
      throw new TransitionRefusedException(violations);
    }
  }
}
