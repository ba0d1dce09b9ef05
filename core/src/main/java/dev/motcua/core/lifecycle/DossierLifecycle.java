package dev.motcua.core.lifecycle;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.DossierStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dossier lifecycle (quy trình giải quyết hồ sơ): the transition table, the structural rules and a list
 * of added {@link DossierRule}s; applies events purely and replays whole histories.
 *
 * <p>The transition table (DESIGN §4) is data: {@link #permittedEvents(DossierStatus)} and {@link
 * #targetStatus(DossierStatus, DossierEventType)} expose it for host UIs. The structural rules, always
 * checked first and always refusals, have the codes of {@link StructuralCode}; they cite through {@link
 * #citations()}.
 *
 * <p>Added rules are consulted, in list order, only for events the structural rules admit and of the types
 * they judge ({@link DossierRule#eventTypes()}); their breaches
 * are reported and the event applied, their refusals refuse it. A refused event reports only its
 * refusals: breaches found on it describe a step that was not taken.
 *
 * <pre>{@code
 * DossierLifecycle lifecycle = DossierLifecycle.standard().withRules(myRules);
 * Replay replay = lifecycle.replay(events);
 * replay.violations().forEach(v -> log.warn("{} {}", v.eventIndex(), v.code().code()));
 * }</pre>
 *
 * <p>Legal basis: Nghị định 61/2018/NĐ-CP, Điều 17–20 / Decree 61/2018/ND-CP, Art 17–20 (the standard
 * citations); Decree 118/2025/NĐ-CP where a regulation cites the instrument in force.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierLifecycle {
  private static final DossierLifecycle STANDARD =
      new DossierLifecycle(List.of(), StructuralCitations.DECREE_61_2018);

  private final List<DossierRule> rules;
  // The rules of each event type (by ordinal), in list order: replay asks only those.
  private final DossierRule[][] rulesByType;
  private final StructuralCitations citations;

  private DossierLifecycle(List<DossierRule> rules, StructuralCitations citations) {
    this.rules = rules;
    this.citations = citations;
    DossierEventType[] types = DossierEventType.values();
    this.rulesByType = new DossierRule[types.length][];
    List<Set<DossierEventType>> judged = new ArrayList<>(rules.size());
    for (DossierRule rule : rules) {
      judged.add(Objects.requireNonNull(rule.eventTypes(), () -> "Rule " + rule + " returned null event types"));
    }
    for (DossierEventType type : types) {
      List<DossierRule> of = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        if (judged.get(i).contains(type)) {
          of.add(rules.get(i));
        }
      }
      rulesByType[type.ordinal()] = of.toArray(new DossierRule[0]);
    }
  }

  /**
   * Returns the standard lifecycle: the transition table and the structural rules, no added rules.
   *
   * @return the standard lifecycle
   */
  public static DossierLifecycle standard() {
    return STANDARD;
  }

  /**
   * Returns a lifecycle with the structural rules and the given rules, consulted in list order.
   *
   * @param rules the rules, replacing any added before
   * @return the lifecycle
   * @throws NullPointerException if the list or a rule is null
   */
  public DossierLifecycle withRules(List<? extends DossierRule> rules) {
    return new DossierLifecycle(List.copyOf(rules), citations);
  }

  /**
   * Returns a lifecycle whose structural rules cite through the given citations, for example those of the
   * instrument in force on each dossier's receipt date.
   *
   * @param citations the citations of the structural rules
   * @return the lifecycle
   * @throws NullPointerException if null
   */
  public DossierLifecycle withCitations(StructuralCitations citations) {
    return new DossierLifecycle(rules, Objects.requireNonNull(citations, "citations"));
  }

  /**
   * Returns how the structural rules cite their legal basis.
   *
   * @return the citations, {@link StructuralCitations#DECREE_61_2018} for the standard lifecycle
   */
  public StructuralCitations citations() {
    return citations;
  }

  /**
   * Returns the added rules.
   *
   * @return an unmodifiable list, empty for the standard lifecycle
   */
  public List<DossierRule> rules() {
    return rules;
  }

  /**
   * Returns the event types that may open a history: {@code SUBMITTED}, {@code REFUSED}, {@code RECEIVED}.
   *
   * @return an unmodifiable set
   */
  public Set<DossierEventType> startEvents() {
    return TransitionTable.startEvents();
  }

  /**
   * Returns the event types permitted in a status, for host UIs; empty for terminal statuses.
   *
   * @param status the status
   * @return an unmodifiable set
   */
  public Set<DossierEventType> permittedEvents(DossierStatus status) {
    Objects.requireNonNull(status, "status");
    return TransitionTable.permitted(status);
  }

  /**
   * Returns the status an event leads to from a status, per the transition table.
   *
   * @param from the current status
   * @param event the event type
   * @return the new status, or empty if the event is not permitted in {@code from}
   */
  public Optional<DossierStatus> targetStatus(DossierStatus from, DossierEventType event) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(event, "event");
    return Optional.ofNullable(TransitionTable.target(from, event));
  }

  /**
   * Returns the status an event leads to when it opens a history.
   *
   * @param event the event type
   * @return the status, or empty if the event cannot open a history
   */
  public Optional<DossierStatus> startStatus(DossierEventType event) {
    Objects.requireNonNull(event, "event");
    return Optional.ofNullable(TransitionTable.startTarget(event));
  }

  /**
   * Opens a history with its first event (index 0).
   *
   * @param first the first event
   * @return the new dossier with any breaches, or the violations that refuse the event
   * @throws NullPointerException if the event is null
   */
  public Transition start(DossierEvent first) {
    Objects.requireNonNull(first, "first");
    return transition(null, first, 0);
  }

  /**
   * Applies an event to a dossier; pure: the dossier is not changed.
   *
   * <p>The event's index is the dossier's history size.
   *
   * @param dossier the dossier
   * @param event the event
   * @return the new dossier with any breaches, or the violations that refuse the event
   * @throws NullPointerException if an argument is null
   */
  public Transition apply(Dossier dossier, DossierEvent event) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(event, "event");
    return transition(dossier, event, dossier.eventCount());
  }

  /**
   * Replays a history from its first event and reports every violation.
   *
   * <p>A refused event is skipped and later events are judged against the last valid state (if the first
   * events are refused, the next one is judged as the opening event). Violations carry the index of the
   * event in the given sequence.
   *
   * @param events the events, in order; any iterable, for example a stream's iterator
   * @return the replay
   * @throws NullPointerException if the iterable or an event is null
   */
  public Replay replay(Iterable<? extends DossierEvent> events) {
    Objects.requireNonNull(events, "events");
    @Nullable Dossier state = null;
    List<Violation> violations = new ArrayList<>();
    int index = 0;
    for (DossierEvent event : events) {
      if (event == null) {
        // not requireNonNull with a message supplier: that is a lambda made for every event
        throw new NullPointerException("events[" + index + "] is null");
      }
      Transition t = transition(state, event, index);
      if (t instanceof Transition.Applied a) {
        state = a.dossier();
      }
      violations.addAll(t.violations());
      index++;
    }
    return new Replay(state, violations, index);
  }

  private Transition transition(@Nullable Dossier before, DossierEvent event, int index) {
    List<Violation> structural = StructuralRules.check(before, event, index, citations);
    if (!structural.isEmpty()) {
      return new Transition.Refused(structural);
    }
    Dossier after;
    if (before == null) {
      after = Dossier.start(event, Objects.requireNonNull(TransitionTable.startTarget(event.type())));
    } else {
      after =
          before.next(
              event, Objects.requireNonNull(TransitionTable.target(before.status(), event.type())));
    }
    DossierRule[] judging = rulesByType[event.type().ordinal()];
    if (judging.length == 0) {
      return new Transition.Applied(after, List.of());
    }
    RuleContext context = new RuleContext(before, event, index, after);
    List<Violation> found = List.of();
    boolean refused = false;
    for (DossierRule rule : judging) {
      List<Violation> vs = rule.check(context);
      if (vs == null) {
        throw new NullPointerException("Rule " + rule + " returned null");
      }
      for (Violation v : vs) {
        if (found.isEmpty()) {
          found = new ArrayList<>();
        }
        Violation stamped = Objects.requireNonNull(v, "violation").withEventIndex(index);
        found.add(stamped);
        refused |= stamped.isRefusal();
      }
    }
    if (!refused) {
      return new Transition.Applied(after, found);
    }
    // A refused event changes nothing, so a breach found on it (a late second apology) would describe a
    // step that did not happen: it reports only what refused it.
    List<Violation> refusals = new ArrayList<>(found.size());
    for (Violation v : found) {
      if (v.isRefusal()) {
        refusals.add(v);
      }
    }
    return new Transition.Refused(refusals);
  }

  @Override
  public String toString() {
    return "DossierLifecycle{" + rules.size() + " added rules, " + citations + "}";
  }
}
