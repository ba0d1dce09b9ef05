package dev.motcua.rules;

import dev.motcua.core.internal.Checks;
import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.SupplementScope;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.util.List;

/**
 * During appraisal, at most one supplement request per agency (or per dossier, by setting): a further
 * request is refused.
 */
final class SupplementRequestOnceRule extends RegulationRule {
  SupplementRequestOnceRule(RegulationContext judge) {
    super(judge, RegulationCode.SUPPLEMENT_REQUEST_REPEATED, DossierEventType.SUPPLEMENT_REQUESTED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    RegulationSettings s = deadlines.settings();
    DossierEvent.SupplementRequested e = (DossierEvent.SupplementRequested) ctx.event();
    Dossier after = ctx.after();
    boolean perAgency = s.supplementScope() == SupplementScope.PER_AGENCY;
    int count;
    if (perAgency) {
      count = after.supplementRequestCount(e.requestingUnit());
    } else {
      count = 0;
      for (int c : after.supplementRequests().values()) {
        count += c;
      }
    }
    int max = s.maxSupplementRequests();
    if (count <= max) {
      return List.of();
    }
    String at = judge.fmt(e.at());
    return List.of(ctx.refusal(code, basis,
        "Yêu cầu bổ sung hồ sơ lần thứ " + count + (perAgency ? " của cơ quan " + Checks.shown(e.requestingUnit()) : " của hồ sơ")
            + " lúc " + at + " vượt quá " + max + " lần được phép",
        "Supplement request number " + count + (perAgency ? " by unit " + Checks.shown(e.requestingUnit()) : " for the dossier")
            + " at " + at + " exceeds the limit of " + max + (perAgency ? " per agency" : " per dossier")));
  }
}
