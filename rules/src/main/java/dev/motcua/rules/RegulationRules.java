package dev.motcua.rules;

import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.instrument.LegalInstrument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link RegulationRule}s of a regulation as one rule of its lifecycle, consulted in their order.
 *
 * <p>Why: each of them would find, on every event, the same instrument in force and the same answer to
 * "inside the calendar's range"; here that is asked once per event, and only the rules of the event's type
 * are called. What they find, and in which order, is what they find one by one ({@link Regulation#rules()}
 * lists them one by one, and a lifecycle of those gives the same violations).
 */
final class RegulationRules implements DossierRule {
  private final RegulationContext judge;
  private final RegulationRule[][] byType;
  private final Set<DossierEventType> types;

  RegulationRules(RegulationContext judge, List<RegulationRule> rules) {
    this.judge = judge;
    DossierEventType[] all = DossierEventType.values();
    this.byType = new RegulationRule[all.length][];
    EnumSet<DossierEventType> judged = EnumSet.noneOf(DossierEventType.class);
    for (DossierEventType type : all) {
      List<RegulationRule> of = new ArrayList<>();
      for (RegulationRule r : rules) {
        if (r.eventTypes().contains(type)) {
          of.add(r);
          judged.add(type);
        }
      }
      byType[type.ordinal()] = of.toArray(new RegulationRule[0]);
    }
    this.types = Collections.unmodifiableSet(judged);
  }

  @Override
  public Set<DossierEventType> eventTypes() {
    return types;
  }

  @Override
  public List<Violation> check(RuleContext ctx) {
    RegulationRule[] rules = byType[ctx.event().type().ordinal()];
    if (rules.length == 0) {
      return List.of();
    }
    LegalInstrument instrument = RegulationRule.instrumentJudging(judge, ctx);
    if (instrument == null) {
      return List.of();
    }
    List<Violation> found = List.of();
    for (RegulationRule rule : rules) {
      List<Violation> vs = rule.judgeUnder(ctx, instrument);
      if (!vs.isEmpty()) {
        if (found.isEmpty()) {
          found = new ArrayList<>(vs.size() + 1);
        }
        found.addAll(vs);
      }
    }
    return found;
  }

  @Override
  public String toString() {
    return "REGULATION_RULES";
  }
}
