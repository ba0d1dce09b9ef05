package dev.motcua.rules;

import dev.motcua.core.internal.Checks;
import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A supplement request within 3 working days of the agency's receipt of the dossier.
 *
 * <p>The agency's receipt is the dossier's first arrival at the requesting unit ({@link
 * Dossier#unitReceipts()}), else its receipt by the one-stop unit; after a complete supplement the
 * agency receives the dossier again, so the later of the two counts. "Within N working days" is the due
 * date-time of N working days from that receipt with the regulation's working-day convention (by default
 * {@code civil-code}: the close of the Nth working day after the day of receipt, Civil Code 2015 Art 147–148).
 */
final class SupplementNoticeRule extends RegulationRule {
  SupplementNoticeRule(RegulationContext judge) {
    super(judge, RegulationCode.SUPPLEMENT_NOTICE_LATE, DossierEventType.SUPPLEMENT_REQUESTED);
  }

  /** The instant the requesting unit received the dossier, as this rule reads it. */
  static Instant agencyReceipt(Dossier before, String unit) {
    Instant receipt = before.unitReceipts().get(unit);
    if (receipt == null) {
      receipt = RegulationRule.anchor(before);
    }
    Instant supplemented = before.lastSupplementedAt().orElse(null);
    return supplemented != null && supplemented.isAfter(receipt) ? supplemented : receipt;
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    RegulationSettings s = deadlines.settings();
    DossierEvent.SupplementRequested e = (DossierEvent.SupplementRequested) ctx.event();
    Dossier before = ctx.before().orElseThrow();
    Instant receipt = agencyReceipt(before, e.requestingUnit());
    int days = s.supplementNoticeWorkingDays();
    LocalDateTime deadline = deadlines.supplementNoticeDeadline(receipt);
    LocalDateTime at = judge.local(e.at());
    if (!at.isAfter(deadline)) {
      return List.of();
    }
    String r = judge.fmt(receipt);
    String d = RegulationContext.fmt(deadline);
    String t = RegulationContext.fmt(at);
    return List.of(ctx.breach(code, basis,
        "Yêu cầu bổ sung hồ sơ lúc " + t + " quá hạn " + d + " (" + days + " ngày làm việc kể từ khi "
            + Checks.shown(e.requestingUnit())
            + " nhận hồ sơ lúc " + r + ")",
        "Supplement request at " + t + " is after the deadline " + d + " (" + days + " working days from receipt by unit "
            + Checks.shown(e.requestingUnit()) + " at " + r + ")"));
  }
}
