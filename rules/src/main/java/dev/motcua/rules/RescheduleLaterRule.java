package dev.motcua.rules;

import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.Instant;
import java.util.List;

/** A new appointment (hẹn lại) must be after the current one. */
final class RescheduleLaterRule extends RegulationRule {

  RescheduleLaterRule(RegulationContext judge) {
    super(judge, RegulationCode.RESCHEDULE_NOT_LATER, DossierEventType.RESCHEDULED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    RegulationSettings s = deadlines.settings();
    DossierEvent.Rescheduled e = (DossierEvent.Rescheduled) ctx.event();
    Instant current = ctx.before().orElseThrow().appointment().orElse(null);
    if (current == null || e.newAppointment().isAfter(current)) {
      return List.of();
    }
    String n = judge.fmt(e.newAppointment());
    String c = judge.fmt(current);
    return List.of(ctx.breach(code, basis,
        "Ngày hẹn lại " + n + " không sau ngày hẹn hiện tại " + c,
        "New appointment " + n + " is not after the current appointment " + c));
  }
}
