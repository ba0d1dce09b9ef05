package dev.motcua.rules;

import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The apology and new appointment at least 1 day before the deadline ("chậm nhất 01 ngày trước ngày hết
 * hạn"): its local date is at the latest the due date minus the lead in calendar days. The deadline is the
 * due date-time of the current period, not an earlier rescheduled appointment.
 */
final class RescheduleLeadRule extends RegulationRule {
  RescheduleLeadRule(RegulationContext judge) {
    super(judge, RegulationCode.RESCHEDULE_LATE, DossierEventType.RESCHEDULED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    RegulationSettings s = deadlines.settings();
    Dossier before = ctx.before().orElseThrow();
    Procedure entry = judge.catalogue.find(before.procedureCode()).orElse(null);
    if (entry == null || before.receivedAt().isEmpty()) {
      return List.of();
    }
    LocalDateTime due = deadlines.currentDue(before, entry);
    int lead = s.rescheduleMinLeadDays();
    LocalDate latest = due.toLocalDate().minusDays(lead);
    LocalDateTime at = judge.local(ctx.event().at());
    if (!at.toLocalDate().isAfter(latest)) {
      return List.of();
    }
    String t = RegulationContext.fmt(at);
    String d = RegulationContext.fmt(due);
    return List.of(ctx.breach(code, basis,
        "Văn bản xin lỗi và hẹn lại lúc " + t + " không sớm hơn hạn giải quyết " + d + " ít nhất " + lead
            + " ngày (chậm nhất ngày " + RegulationContext.fmt(latest)
            + ")",
        "Apology and new appointment at " + t + " is not at least " + lead + " day(s) before the due date-time " + d
            + " (latest on " + RegulationContext.fmt(latest) + ")"));
  }
}
