package dev.motcua.core.lifecycle;

import dev.motcua.core.dossier.DossierEventType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A rule the lifecycle consults on every event (the rule SPI): the rules module implements the
 * regulation's rules with it.
 *
 * <p>A rule sees the dossier before the event (empty for the first event), the event, its index and the
 * dossier that would result. It returns the violations it finds, usually {@link Severity#BREACH} (the event
 * is a fact and is applied) and sometimes {@link Severity#REFUSAL} (the event is not applied). Rules are
 * consulted only for events the structural rules admit, in the order given to {@link
 * DossierLifecycle#withRules(List)}; a rule must be pure and must not depend on other rules.
 *
 * <pre>{@code
 * DossierRule oneReschedule = ctx -> ctx.after().rescheduleCount() > 1
 *     ? List.of(ctx.breach(DeskCode.RESCHEDULED_TWICE, basis, "Hẹn lại quá một lần", "Rescheduled more than once"))
 *     : List.of();
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface DossierRule {

  /**
   * Checks one event.
   *
   * @param context the dossier before and after, the event and its index
   * @return the violations found, empty if none; their event index is set by the lifecycle
   */
  List<Violation> check(RuleContext context);

  /**
   * Returns the event types this rule judges: the lifecycle consults it only for events of these types,
   * so a rule about transfers costs nothing on the other events of a long history. Read once, when the rule
   * is added to a lifecycle.
   *
   * @return the types; by default every type
   */
  default Set<DossierEventType> eventTypes() {
    return EnumSet.allOf(DossierEventType.class);
  }
}
