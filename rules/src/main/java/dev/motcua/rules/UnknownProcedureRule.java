package dev.motcua.rules;

import dev.motcua.core.internal.Checks;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.util.List;

/**
 * The event that opens a history names a procedure of the catalogue; otherwise no deadline can be
 * computed. One root cause, one violation: it is reported once, on the first event, which is applied, so
 * the lifecycle still checks the rest of the history while the rules that need the procedure are silent.
 */
final class UnknownProcedureRule implements DossierRule {
  private final RegulationContext judge;

  UnknownProcedureRule(RegulationContext judge) {
    this.judge = judge;
  }

  @Override
  public List<Violation> check(RuleContext ctx) {
    if (ctx.before().isPresent()) {
      return List.of();
    }
    String procedure = ctx.after().procedureCode();
    if (judge.catalogue.contains(procedure)) {
      return List.of();
    }
    LegalInstrument instrument = judge.instrumentAt(ctx.event().at());
    LegalInstrument cited = instrument == null ? LegalInstrument.DECREE_61_2018 : instrument;
    if (!judge.settings(cited).isEnabled(RegulationCode.UNKNOWN_PROCEDURE)) {
      return List.of();
    }
    return List.of(ctx.breach(RegulationCode.UNKNOWN_PROCEDURE, cited.citation(RegulationCode.UNKNOWN_PROCEDURE),
        "Thủ tục " + Checks.shown(procedure) + " không có trong danh mục thủ tục hành chính; không tính được thời hạn giải quyết",
        "Procedure " + Checks.shown(procedure) + " is not in the procedure catalogue; its processing time is unknown"));
  }

  @Override
  public String toString() {
    return RegulationCode.UNKNOWN_PROCEDURE.code();
  }
}
