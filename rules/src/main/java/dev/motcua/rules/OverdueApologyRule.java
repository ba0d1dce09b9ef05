package dev.motcua.rules;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.Outcome;
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
 * A dossier resolved after its due date-time must have had its apology and new appointment before that due
 * date-time: "Đối với hồ sơ dự kiến quá hạn giải quyết, trong thời hạn chậm nhất 01 ngày trước ngày hết hạn
 * … gửi văn bản xin lỗi tổ chức, cá nhân" (Decree 118/2025/NĐ-CP Art 19(6); Decree 61/2018/NĐ-CP Art 19(9)
 * for "hồ sơ quá hạn"). The due date-time is that of the current period (restarted after a supplement); an
 * apology counts if it was issued in that period before it. How early the apology came is {@link
 * RescheduleLeadRule}'s question; a late denial is {@link DenialRule}'s (one root cause, one violation).
 */
final class OverdueApologyRule extends RegulationRule {

  OverdueApologyRule(RegulationContext judge) {
    super(judge, RegulationCode.OVERDUE_WITHOUT_APOLOGY, DossierEventType.RESOLVED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    Dossier before = ctx.before().orElseThrow();
    Procedure entry = judge.catalogue.find(before.procedureCode()).orElse(null);
    if (entry == null || before.receivedAt().isEmpty()
        || ((DossierEvent.Resolved) ctx.event()).outcome() == Outcome.DENIED) {
      return List.of();
    }
    LocalDateTime due = deadlines.currentDue(before, entry);
    LocalDateTime at = judge.local(ctx.event().at());
    if (!at.isAfter(due)) {
      return List.of();
    }
    Instant periodStart = DeadlineCalculator.periodStart(before);
    Instant dueInstant = judge.instant(due);
    for (DossierEvent e : before.history()) {
      if (e instanceof DossierEvent.Rescheduled r && !r.at().isBefore(periodStart) && r.at().isBefore(dueInstant)) {
        return List.of();
      }
    }
    String t = RegulationContext.fmt(at);
    String d = RegulationContext.fmt(due);
    return List.of(ctx.breach(code, basis,
        "Có kết quả lúc " + t + ", quá hạn giải quyết " + d + " mà không có văn bản xin lỗi và hẹn lại trước hạn",
        "Resolved at " + t + ", after the due date-time " + d
            + " with no apology and new appointment issued before it"));
  }
}
