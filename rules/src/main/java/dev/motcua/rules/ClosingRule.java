package dev.motcua.rules;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.procedure.Procedure;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Closing a dossier whose supplement did not come (đóng hồ sơ) only once the time limit after the supplement
 * notice has passed: "Sau 15 ngày kể từ khi thông báo hoặc theo thời hạn quy định của pháp luật chuyên ngành,
 * nếu tổ chức, cá nhân không hoàn thành việc hoàn thiện hồ sơ, cán bộ … Bộ phận Một cửa thực hiện đóng hồ
 * sơ" (Decree 118/2025/NĐ-CP Art 19(5)). Decree 61/2018 has no such step: {@link InstrumentStepsRule} refuses
 * it there.
 */
final class ClosingRule extends RegulationRule {

  ClosingRule(RegulationContext judge) {
    super(judge, RegulationCode.CLOSED_BEFORE_TIME_LIMIT, DossierEventType.CLOSED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    if (!RegulationContext.hasDecree118Duties(deadlines.instrument())) {
      return List.of();
    }
    Dossier before = ctx.before().orElseThrow();
    Instant notice = before.lastSupplementRequestedAt().orElse(null);
    Procedure entry = judge.catalogue.find(before.procedureCode()).orElse(null);
    if (notice == null || entry == null) {
      return List.of();
    }
    ProcessingTime limit = deadlines.supplementWaitLimit(entry);
    LocalDateTime from = deadlines.closableFrom(before, entry).orElseThrow();
    LocalDateTime at = judge.local(ctx.event().at());
    if (!at.isBefore(from)) {
      return List.of();
    }
    String t = RegulationContext.fmt(at);
    String n = RegulationContext.fmt(judge.local(notice));
    String f = RegulationContext.fmt(from);
    return List.of(ctx.refusal(code, basis,
        "Đóng hồ sơ lúc " + t + " trước thời hạn " + RegulationContext.describeVi(limit) + " kể từ thông báo bổ sung lúc "
            + n + "; được đóng từ " + f,
        "Dossier closed at " + t + " before the " + RegulationContext.describeEn(limit) + " after the supplement notice at "
            + n + " had passed; it may be closed from " + f));
  }
}
