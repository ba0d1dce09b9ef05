package dev.motcua.rules;

import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The first transfer after receipt the same working day, or at the start of the next working day if the
 * dossier was received after 15:00; see {@link RegulationContext#transferDeadline}.
 */
final class TransferRule extends RegulationRule {
  TransferRule(RegulationContext judge) {
    super(judge, RegulationCode.TRANSFER_LATE, DossierEventType.TRANSFERRED);
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    RegulationSettings s = deadlines.settings();
    Dossier before = ctx.before().orElseThrow();
    if (!before.unitReceipts().isEmpty() || before.receivedAt().isEmpty()) {
      return List.of();
    }
    Instant received = before.receivedAt().get();
    LocalDateTime deadline = deadlines.transferDeadline(received);
    LocalDateTime at = judge.local(ctx.event().at());
    if (!at.isAfter(deadline)) {
      return List.of();
    }
    String t = RegulationContext.fmt(at);
    String d = RegulationContext.fmt(deadline);
    String r = judge.fmt(received);
    String cutoff = s.transferCutoff().toString();
    return List.of(ctx.breach(code, basis,
        "Chuyển hồ sơ lúc " + t + " quá hạn " + d + " (tiếp nhận lúc " + r + "; chuyển trong ngày, hoặc đầu ngày làm"
            + " việc tiếp theo nếu tiếp nhận sau " + cutoff + ")",
        "Transfer at " + t + " is after the deadline " + d + " (received at " + r + "; transfer the same working day,"
            + " or at the start of the next one if received after " + cutoff + ")"));
  }
}
