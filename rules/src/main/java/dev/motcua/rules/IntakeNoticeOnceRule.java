package dev.motcua.rules;

import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.util.List;

/**
 * At intake, one complete notice of what to supplement (hướng dẫn một lần, đầy đủ): a further return at
 * intake is refused.
 */
final class IntakeNoticeOnceRule extends RegulationRule {
  IntakeNoticeOnceRule(RegulationContext judge) {
    super(judge, RegulationCode.INTAKE_NOTICE_REPEATED, DossierEventType.RETURNED_AT_INTAKE);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    RegulationSettings s = deadlines.settings();
    int count = ctx.after().intakeNoticeCount();
    int max = s.maxIntakeNotices();
    if (count <= max) {
      return List.of();
    }
    String at = judge.fmt(ctx.event().at());
    return List.of(ctx.refusal(code, basis,
        "Hướng dẫn bổ sung hồ sơ tại khâu tiếp nhận lần thứ " + count + " lúc " + at + " vượt quá " + max
            + " lần được phép (phải hướng dẫn đầy đủ, một lần)",
        "Intake notice number " + count + " at " + at + " exceeds the limit of " + max
            + " (one complete notice)"));
  }
}
