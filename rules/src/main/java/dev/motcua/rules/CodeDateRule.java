package dev.motcua.rules;

import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import java.time.LocalDate;
import java.util.List;

/**
 * The dossier code's {@code YYMMDD} is the receipt date in the calendar's zone: "Dãy số tự nhiên gồm ngày,
 * tháng, năm tiếp nhận, số thứ tự hồ sơ tiếp nhận trong ngày" (Decree 118/2025/NĐ-CP Art 28(2)(b); Circular
 * 01/2018/TT-VPCP Art 19 under Decree 61).
 */
final class CodeDateRule extends RegulationRule {

  CodeDateRule(RegulationContext judge) {
    super(judge, RegulationCode.DOSSIER_CODE_DATE_MISMATCH, DossierEventType.RECEIVED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    DossierCode c = ctx.after().code().orElse(null);
    if (c == null) {
      return List.of();
    }
    LocalDate received = judge.local(ctx.event().at()).toLocalDate();
    if (c.date().equals(received)) {
      return List.of();
    }
    String r = RegulationContext.fmt(received);
    String d = RegulationContext.fmt(c.date());
    return List.of(ctx.breach(code, basis,
        "Mã số hồ sơ " + c + " ghi ngày " + d + ", khác ngày tiếp nhận " + r,
        "Dossier code " + c + " carries the date " + d + ", not the receipt date " + r));
  }
}
