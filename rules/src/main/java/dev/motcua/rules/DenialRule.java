package dev.motcua.rules;

import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.Outcome;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.LocalDateTime;
import java.util.List;

/** A denial (từ chối giải quyết) is sent within the processing period: not after the current due date-time. */
final class DenialRule extends RegulationRule {
  DenialRule(RegulationContext judge) {
    super(judge, RegulationCode.DENIAL_LATE, DossierEventType.RESOLVED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    RegulationSettings s = deadlines.settings();
    DossierEvent.Resolved e = (DossierEvent.Resolved) ctx.event();
    Dossier before = ctx.before().orElseThrow();
    Procedure entry = judge.catalogue.find(before.procedureCode()).orElse(null);
    if (e.outcome() != Outcome.DENIED || entry == null || before.receivedAt().isEmpty()) {
      return List.of();
    }
    LocalDateTime due = deadlines.currentDue(before, entry);
    LocalDateTime at = judge.local(e.at());
    if (!at.isAfter(due)) {
      return List.of();
    }
    String t = RegulationContext.fmt(at);
    String d = RegulationContext.fmt(due);
    return List.of(ctx.breach(code, basis,
        "Thông báo từ chối giải quyết lúc " + t + " sau thời hạn giải quyết " + d,
        "Denial at " + t + " is after the due date-time " + d));
  }
}
