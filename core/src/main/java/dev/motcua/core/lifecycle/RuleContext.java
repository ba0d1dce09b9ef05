package dev.motcua.core.lifecycle;

import dev.motcua.core.dossier.DossierEvent;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link DossierRule} sees of one event: the dossier before, the event, its index and the dossier
 * after.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleContext {
  private final @Nullable Dossier before;
  private final DossierEvent event;
  private final int eventIndex;
  private final Dossier after;

  RuleContext(@Nullable Dossier before, DossierEvent event, int eventIndex, Dossier after) {
    this.before = before;
    this.event = Objects.requireNonNull(event, "event");
    this.eventIndex = eventIndex;
    this.after = Objects.requireNonNull(after, "after");
  }

  /**
   * Returns the dossier before the event.
   *
   * @return the dossier, or empty if the event opens the history
   */
  public Optional<Dossier> before() {
    return Optional.ofNullable(before);
  }

  /**
   * Returns the event being judged.
   *
   * @return the event
   */
  public DossierEvent event() {
    return event;
  }

  /**
   * Returns the index of the event: its position in the replayed list, or the history size for {@code
   * apply}.
   *
   * @return the zero-based index
   */
  public int eventIndex() {
    return eventIndex;
  }

  /**
   * Returns the dossier that results if the event is applied.
   *
   * @return the dossier after the event
   */
  public Dossier after() {
    return after;
  }

  /**
   * Creates a breach of a rule at this event: the event is applied.
   *
   * @param code the stable code
   * @param legalBasis the citation
   * @param messageVi the message in Vietnamese
   * @param messageEn the message in English
   * @return the violation
   * @throws IllegalArgumentException if a message is blank
   */
  public Violation breach(ViolationCode code, LegalBasis legalBasis, String messageVi, String messageEn) {
    return new Violation(code, Severity.BREACH, legalBasis, eventIndex, messageVi, messageEn);
  }

  /**
   * Creates a refusal at this event: the event is not applied.
   *
   * @param code the stable code
   * @param legalBasis the citation
   * @param messageVi the message in Vietnamese
   * @param messageEn the message in English
   * @return the violation
   * @throws IllegalArgumentException if a message is blank
   */
  public Violation refusal(ViolationCode code, LegalBasis legalBasis, String messageVi, String messageEn) {
    return new Violation(code, Severity.REFUSAL, legalBasis, eventIndex, messageVi, messageEn);
  }
}
