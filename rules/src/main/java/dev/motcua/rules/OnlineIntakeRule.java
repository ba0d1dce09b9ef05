package dev.motcua.rules;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationCode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * An online dossier is received, sent back with one complete notice, or refused "không muộn hơn 08 (tám) giờ
 * làm việc kể từ khi Hệ thống thông tin giải quyết thủ tục hành chính tiếp nhận hồ sơ" (Decree
 * 118/2025/NĐ-CP Art 17(2)(c)): the limit runs from the latest submission (a resubmission is a new one), in
 * working hours of the dossier's calendar. Only dossiers submitted from 1/7/2025 are judged: Decree 61 had no
 * such limit.
 */
final class OnlineIntakeRule extends RegulationRule {

  OnlineIntakeRule(RegulationContext judge) {
    super(judge, RegulationCode.ONLINE_INTAKE_LATE,
        EnumSet.of(DossierEventType.RECEIVED, DossierEventType.RETURNED_AT_INTAKE, DossierEventType.REFUSED));
  }

  @Override
  List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis) {
    Dossier before = ctx.before().orElse(null);
    if (before == null || before.status() != DossierStatus.SUBMITTED || before.channel() != Channel.ONLINE) {
      return List.of();
    }
    Instant submitted = before.lastSubmittedAt().isPresent() ? before.lastSubmittedAt().get() : before.firstAt();
    LegalInstrument atSubmission = judge.instrumentAt(submitted);
    if (atSubmission == null || !RegulationContext.hasDecree118Duties(atSubmission) || !judge.inRange(submitted)) {
      return List.of();
    }
    ProcessingTime limit = judge.settings(atSubmission).onlineIntakeLimit();
    LocalDateTime due = judge.deadlines(atSubmission).due(limit, judge.local(submitted));
    LocalDateTime at = judge.local(ctx.event().at());
    if (!at.isAfter(due)) {
      return List.of();
    }
    String t = RegulationContext.fmt(at);
    String s = RegulationContext.fmt(judge.local(submitted));
    String d = RegulationContext.fmt(due);
    String what = switch (ctx.event().type()) {
      case RECEIVED -> "Tiếp nhận";
      case RETURNED_AT_INTAKE -> "Yêu cầu bổ sung";
      default -> "Từ chối tiếp nhận";
    };
    return List.of(ctx.breach(code, basis,
        what + " hồ sơ trực tuyến lúc " + t + ", quá " + RegulationContext.describeVi(limit) + " kể từ khi hệ thống tiếp nhận lúc "
            + s + " (hạn " + d + ")",
        "Online dossier " + ctx.event().type().labelEn().toLowerCase(java.util.Locale.ROOT) + " at " + t + ", more than "
            + RegulationContext.describeEn(limit) + " after the system received it at " + s + " (limit " + d + ")"));
  }
}
