package dev.motcua.rules;

import dev.motcua.core.internal.Checks;
import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A dossier received at the counter is received inside the reception windows: the working periods of a
 * working day, or Saturday morning for a procedure designated for Saturday reception.
 */
final class ReceptionHoursRule extends RegulationRule {
  ReceptionHoursRule(RegulationContext judge) {
    super(judge, RegulationCode.RECEIPT_OUTSIDE_RECEPTION_HOURS, DossierEventType.RECEIVED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    RegulationSettings s = deadlines.settings();
    Dossier after = ctx.after();
    Procedure entry = judge.catalogue.find(after.procedureCode()).orElse(null);
    if (after.channel() != Channel.COUNTER || entry == null) {
      return List.of();
    }
    boolean saturday = entry.saturdayReception();
    LocalDateTime at = judge.local(ctx.event().at());
    if (judge.calendar.isReceptionOpen(at, saturday)) {
      return List.of();
    }
    String t = RegulationContext.fmt(at);
    String day = RegulationContext.weekdayVi(at.getDayOfWeek());
    // No decree has an article on reception hours: the centre's own regulation, with Decision 14/2010.
    LegalBasis centre = s.centreRegulation();
    LegalBasis cited = LegalBasis.of(centre.vi() + "; Quyết định 14/2010/QĐ-TTg",
        centre.en() + "; Decision 14/2010/QD-TTg");
    return List.of(ctx.breach(code, cited,
        "Tiếp nhận trực tiếp lúc " + t + " (" + day + ") ngoài giờ tiếp nhận"
            + (saturday ? "" : "; thủ tục " + Checks.shown(entry.code()) + " không tiếp nhận sáng thứ Bảy"),
        "Counter receipt at " + t + " (" + at.getDayOfWeek() + ") is outside the reception hours"
            + (saturday ? "" : "; procedure " + Checks.shown(entry.code()) + " is not received on Saturday mornings")));
  }
}
