package dev.motcua.core.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of replaying a whole history: the final dossier, if any event was applied, and every
 * violation found, in order of event index.
 *
 * <p>Replay continues after a refused event, judging later events against the last valid state, so an
 * integrator sees every problem in one pass.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Replay {
  private final @Nullable Dossier dossier;
  private final List<Violation> violations;
  private final int eventCount;

  Replay(@Nullable Dossier dossier, List<Violation> violations, int eventCount) {
    this.dossier = dossier;
    this.violations = List.copyOf(violations);
    this.eventCount = eventCount;
  }

  /**
   * Returns the dossier after the last applied event.
   *
   * @return the dossier, or empty if no event was applied
   */
  public Optional<Dossier> dossier() {
    return Optional.ofNullable(dossier);
  }

  /**
   * Returns every violation, refusals and breaches, in order of event index then rule order.
   *
   * @return an unmodifiable list
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the refusals only.
   *
   * @return an unmodifiable list of the violations of severity {@link Severity#REFUSAL}
   */
  public List<Violation> refusals() {
    return violations.stream().filter(Violation::isRefusal).toList();
  }

  /**
   * Returns the number of events replayed.
   *
   * @return the size of the replayed list
   */
  public int eventCount() {
    return eventCount;
  }

  /**
   * Checks whether the history is valid: every event applied and no breach.
   *
   * @return true if there is no violation at all
   */
  public boolean isValid() {
    return violations.isEmpty() && dossier != null;
  }

  /**
   * Returns the final dossier or throws.
   *
   * @return the dossier after the last applied event
   * @throws TransitionRefusedException if any event was refused, listing the refusals
   * @throws IllegalStateException if no event was applied
   */
  public Dossier orElseThrow() {
    List<Violation> refusals = refusals();
    if (!refusals.isEmpty()) {
      throw new TransitionRefusedException(refusals);
    }
    if (dossier == null) {
      throw new IllegalStateException("Replay of " + eventCount + " events produced no dossier");
    }
    return dossier;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Replay other
        && eventCount == other.eventCount
        && Objects.equals(dossier, other.dossier)
        && violations.equals(other.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dossier, violations, eventCount);
  }

  @Override
  public String toString() {
    return "Replay{" + eventCount + " events, " + dossier + ", " + violations.size() + " violations}";
  }
}
