package dev.motcua.rules.report;

import dev.motcua.core.lifecycle.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a dossier's history says for a report as of a cut-off: the {@link DossierFacts} to count, nothing
 * yet (no receipt or refusal before the cut-off), or invalid (the regulation refused one of its events).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HistoryReading {
  private static final HistoryReading NOTHING = new HistoryReading(null, List.of());

  private final @Nullable DossierFacts facts;
  private final List<Violation> refusals;

  private HistoryReading(@Nullable DossierFacts facts, List<Violation> refusals) {
    this.facts = facts;
    this.refusals = refusals;
  }

  static HistoryReading counted(DossierFacts facts) {
    return new HistoryReading(Objects.requireNonNull(facts), List.of());
  }

  static HistoryReading nothingYet() {
    return NOTHING;
  }

  static HistoryReading invalid(List<Violation> refusals) {
    return new HistoryReading(null, List.copyOf(refusals));
  }

  /**
   * Returns the facts to count, if the history is valid and the dossier was received or refused at intake
   * before the cut-off.
   *
   * @return the facts
   */
  public Optional<DossierFacts> facts() {
    return Optional.ofNullable(facts);
  }

  /**
   * Tells whether the history up to the cut-off passed validation (breaches are facts and do not count
   * against it; refusals do).
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
    return obj instanceof HistoryReading o && Objects.equals(facts, o.facts) && refusals.equals(o.refusals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(facts, refusals);
  }

  @Override
  public String toString() {
    return !refusals.isEmpty() ? "HistoryReading{invalid " + refusals + "}"
        : facts != null ? "HistoryReading{" + facts + "}" : "HistoryReading{nothing yet}";
  }
}
