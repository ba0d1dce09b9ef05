package dev.motcua.rules;

import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.util.List;

/** At most one apology with a new appointment: a further one is refused. */
final class RescheduleOnceRule extends RegulationRule {

  RescheduleOnceRule(RegulationContext judge) {
    super(judge, RegulationCode.RESCHEDULE_REPEATED, DossierEventType.RESCHEDULED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    RegulationSettings s = deadlines.settings();
    int count = ctx.after().rescheduleCount();
    int max = s.maxReschedules();
    if (count <= max) {
      return List.of();
    }
    String t = judge.fmt(ctx.event().at());
    return List.of(ctx.refusal(code, basis,
        "Xin lỗi và hẹn lại lần thứ " + count + " lúc " + t + " vượt quá " + max + " lần được phép",
        "Apology and new appointment number " + count + " at " + t + " exceeds the limit of " + max));
  }
}
