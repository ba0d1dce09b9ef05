package dev.motcua.rules;

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
  static final Citation CITATION = Citation.of("Điều 15 khoản 3, Điều 17 khoản 2 điểm a",
      "Art 15(3), 17(2)(a)", "Quyết định 221/QĐ-UBND tỉnh Bạc Liêu (2018), Điều 8 khoản 3 điểm c",
      "Bạc Liêu Decision 221/QD-UBND (2018), Art 8(3)(c)");

  IntakeNoticeOnceRule(Judge judge) {
    super(judge, Regulation.INTAKE_NOTICE_REPEATED, DossierEventType.RETURNED_AT_INTAKE, CITATION);
  }

  @Override
  List<Violation> judge(RuleContext ctx, RegulationSettings s, LegalBasis basis) {
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
