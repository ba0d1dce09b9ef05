package dev.motcua.rules;

import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.instrument.LegalInstrument;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a regulation as the one rule of its lifecycle, consulted in the order of {@link
 * Regulation#rules()}: the receipt, unknown-procedure, event-range and instrument-steps rules, then the
 * {@link RegulationRule}s.
 *
 * <p>Why: each framed rule would find, on every event, the same instrument in force and the same answer to
 * "inside the calendar's range"; here that is asked once per event, and only the rules of the event's type
 * are called. And a lifecycle calling one rule type calls it directly, where a list of eighteen made every
 * call an interface dispatch. What they find, and in which order, is what they find one by one (a lifecycle
 * of {@link Regulation#rules()} gives the same violations).
 */
final class RegulationRules implements DossierRule {
  private final RegulationContext judge;
  private final ReceiptRule receipt;
  private final UnknownProcedureRule unknown;
  private final EventRangeRule range;
  private final InstrumentStepsRule steps;
  private final RegulationRule[][] byType;

  RegulationRules(RegulationContext judge, ReceiptRule receipt, UnknownProcedureRule unknown, EventRangeRule range,
      InstrumentStepsRule steps, List<RegulationRule> rules) {
    this.judge = judge;
    this.receipt = receipt;
    this.unknown = unknown;
    this.range = range;
    this.steps = steps;
    DossierEventType[] all = DossierEventType.values();
    this.byType = new RegulationRule[all.length][];
    for (DossierEventType type : all) {
      List<RegulationRule> of = new ArrayList<>();
      for (RegulationRule r : rules) {
        if (r.eventTypes().contains(type)) {
          of.add(r);
        }
      }
      byType[type.ordinal()] = of.toArray(new RegulationRule[0]);
    }
  }

  @Override
  public List<Violation> check(RuleContext ctx) {
    List<Violation> found = with(List.of(), receipt.check(ctx));
    found = with(found, unknown.check(ctx));
    found = with(found, range.check(ctx));
    found = with(found, steps.check(ctx));
    RegulationRule[] rules = byType[ctx.event().type().ordinal()];
    if (rules.length == 0) {
      return found;
    }
    LegalInstrument instrument = RegulationRule.instrumentJudging(judge, ctx);
    if (instrument == null) {
      return found;
    }
    for (RegulationRule rule : rules) {
      found = with(found, rule.judgeUnder(ctx, instrument));
    }
    return found;
  }

  // found, then more: no list made while nothing is found
  private static List<Violation> with(List<Violation> found, List<Violation> more) {
    if (more.isEmpty()) {
      return found;
    }
    List<Violation> all = found instanceof ArrayList<Violation> a ? a : new ArrayList<>(found);
    all.addAll(more);
    return all;
  }

  @Override
  public String toString() {
    return "REGULATION_RULES";
  }
}
