package dev.motcua.rules;

import dev.motcua.rules.internal.LocalTimes;
import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The appointment written on the receipt equals the due date-time computed from the receipt and the
 * procedure's processing time, compared to the minute in the calendar's zone.
 */
final class AppointmentRule extends RegulationRule {
  AppointmentRule(RegulationContext judge) {
    super(judge, RegulationCode.APPOINTMENT_MISMATCH, DossierEventType.RECEIVED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    RegulationSettings s = deadlines.settings();
    DossierEvent.Received e = (DossierEvent.Received) ctx.event();
    Procedure entry = judge.catalogue.find(ctx.after().procedureCode()).orElse(null);
    if (entry == null || e.appointment().isEmpty()) {
      return List.of();
    }
    LocalDateTime received = judge.local(e.at());
    LocalDateTime due = LocalTimes.toMinute(deadlines.due(entry.processingTime(), received));
    LocalDateTime written = LocalTimes.toMinute(judge.local(e.appointment().get()));
    if (written.equals(due)) {
      return List.of();
    }
    String a = RegulationContext.fmt(written);
    String d = RegulationContext.fmt(due);
    String r = RegulationContext.fmt(received);
    String p = entry.code();
    return List.of(ctx.breach(code, basis,
        "Ngày hẹn trả " + a + " ghi trên giấy tiếp nhận khác thời hạn giải quyết " + d + " (thủ tục " + p + ", "
            + RegulationContext.describeVi(entry.processingTime()) + ", tiếp nhận lúc " + r + ")",
        "Appointment " + a + " on the receipt differs from the due date-time " + d + " (procedure " + p + ", "
            + RegulationContext.describeEn(entry.processingTime()) + ", received at " + r + ")"));
  }
}
