package dev.motcua.rules.evaluation;

import dev.motcua.core.lifecycle.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a dossier's history says for an evaluation as of a cut-off: the {@link EvaluationFacts} to count,
 * nothing (not received before the cut-off, or refused at intake), or invalid (the regulation refused one of
 * its events).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationReading {
  private static final EvaluationReading NOTHING = new EvaluationReading(null, List.of());

  private final @Nullable EvaluationFacts facts;
  private final List<Violation> refusals;

  private EvaluationReading(@Nullable EvaluationFacts facts, List<Violation> refusals) {
    this.facts = facts;
    this.refusals = refusals;
  }

  static EvaluationReading counted(EvaluationFacts facts) {
    return new EvaluationReading(Objects.requireNonNull(facts), List.of());
  }

  static EvaluationReading nothing() {
    return NOTHING;
  }

  static EvaluationReading invalid(List<Violation> refusals) {
    return new EvaluationReading(null, List.copyOf(refusals));
  }

  /**
   * Returns the facts to count, if the history is valid and the dossier was received before the cut-off.
   *
   * @return the facts
   */
  public Optional<EvaluationFacts> facts() {
    return Optional.ofNullable(facts);
  }

  /**
   * Tells whether the history up to the cut-off passed validation.
   *
   * @return true if no event was refused
   */
  public boolean isValid() {
    return refusals.isEmpty();
  }

  /**
   * Returns the refusals that make the history invalid.
   *
   * @return an unmodifiable list, empty for a valid history
   */
  public List<Violation> refusals() {
    return refusals;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof EvaluationReading o && Objects.equals(facts, o.facts) && refusals.equals(o.refusals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(facts, refusals);
  }

  @Override
  public String toString() {
    return !refusals.isEmpty() ? "EvaluationReading{invalid " + refusals + "}"
        : facts != null ? "EvaluationReading{" + facts + "}" : "EvaluationReading{nothing}";
  }
}
