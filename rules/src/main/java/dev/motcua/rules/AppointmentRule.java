package dev.motcua.rules;

import dev.motcua.rules.procedure.Procedure;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The appointment written on the receipt equals the due date-time computed from the receipt and the
 * procedure's processing time, compared to the minute in the calendar's zone.
 */
final class AppointmentRule extends RegulationRule {
  AppointmentRule(Judge judge) {
    super(judge, RegulationCode.APPOINTMENT_MISMATCH, DossierEventType.RECEIVED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, RegulationSettings s, LegalBasis basis) {
    DossierEvent.Received e = (DossierEvent.Received) ctx.event();
    Procedure entry = judge.catalogue.find(ctx.after().procedureCode()).orElse(null);
    if (entry == null || e.appointment().isEmpty()) {
      return List.of();
    }
    LocalDateTime received = judge.local(e.at());
    LocalDateTime due = judge.due(entry.processingTime(), received, s).truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime written = judge.local(e.appointment().get()).truncatedTo(ChronoUnit.MINUTES);
    if (written.equals(due)) {
      return List.of();
    }
    String a = Judge.fmt(written);
    String d = Judge.fmt(due);
    String r = Judge.fmt(received);
    String p = entry.code();
    return List.of(ctx.breach(code, basis,
        "Ngày hẹn trả " + a + " ghi trên giấy tiếp nhận khác thời hạn giải quyết " + d + " (thủ tục " + p + ", "
            + Judge.describeVi(entry.processingTime()) + ", tiếp nhận lúc " + r + ")",
        "Appointment " + a + " on the receipt differs from the due date-time " + d + " (procedure " + p + ", "
            + Judge.describeEn(entry.processingTime()) + ", received at " + r + ")"));
  }
}
