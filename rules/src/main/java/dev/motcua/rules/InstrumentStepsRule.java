package dev.motcua.rules;

import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.StructuralCode;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationCode;
import java.util.List;

/**
 * The steps one instrument has and another has not, on top of the lifecycle's table (which holds every
 * step of every instrument):
 * <ul>
 *   <li>closing after an unanswered supplement request exists only from Decree 118/2025/NĐ-CP Art 19(5):
 *       under Decree 61/2018 it is {@link StructuralCode#EVENT_NOT_PERMITTED}, citing Decree 61;
 *   <li>under Decree 118 the applicant's "yêu cầu dừng thực hiện thủ tục hành chính" runs from the receipt
 *       slip until the decision or result notice is issued (Art 21(1); form "Thông báo dừng giải quyết hồ
 *       sơ", Circular 03/2025/TT-VPCP Art 7): a withdrawal after the decision is {@link
 *       RegulationCode#WITHDRAWAL_AFTER_DECISION}. Decree 61 keeps
 *       the lifecycle's table (withdrawal from any non-terminal status).
 * </ul>
 * Neither needs the calendar, so neither is skipped outside its range.
 */
final class InstrumentStepsRule implements DossierRule {
  private final RegulationContext judge;

  InstrumentStepsRule(RegulationContext judge) {
    this.judge = judge;
  }

  @Override
  public List<Violation> check(RuleContext ctx) {
    DossierEventType type = ctx.event().type();
    if (type != DossierEventType.CLOSED && type != DossierEventType.WITHDRAWN) {
      return List.of();
    }
    Dossier before = ctx.before().orElse(null);
    if (before == null) {
      return List.of();
    }
    LegalInstrument instrument = judge.instrumentFor(ctx.after(), ctx.event().at());
    if (instrument == null) {
      return List.of();
    }
    String t = judge.fmt(ctx.event().at());
    if (type == DossierEventType.CLOSED) {
      if (RegulationContext.hasDecree118Duties(instrument)) {
        return List.of();
      }
      return List.of(ctx.refusal(StructuralCode.EVENT_NOT_PERMITTED, instrument.citation(StructuralCode.EVENT_NOT_PERMITTED),
          "Đóng hồ sơ lúc " + t + ": " + instrument.nameVi() + " không quy định việc đóng hồ sơ (chỉ có từ Nghị định"
              + " 118/2025/NĐ-CP, Điều 19 khoản 5)",
          "Dossier closed at " + t + ": " + instrument.nameEn() + " has no closing step (only from Decree"
              + " 118/2025/ND-CP, Art 19(5))"));
    }
    if (!RegulationContext.hasDecree118Duties(instrument) || before.status() != DossierStatus.RESOLVED
        || !judge.settings(instrument).isEnabled(RegulationCode.WITHDRAWAL_AFTER_DECISION)) {
      return List.of();
    }
    String r = judge.fmt(before.resolvedAt().orElseThrow());
    return List.of(ctx.refusal(RegulationCode.WITHDRAWAL_AFTER_DECISION,
        instrument.citation(RegulationCode.WITHDRAWAL_AFTER_DECISION),
        "Rút hồ sơ lúc " + t + " sau khi đã có quyết định giải quyết lúc " + r
            + "; chỉ được dừng trước khi ban hành quyết định hoặc thông báo kết quả",
        "Withdrawal at " + t + " after the decision at " + r
            + "; a stop may be asked only before the decision or result notice is issued"));
  }

  @Override
  public String toString() {
    return "INSTRUMENT_STEPS";
  }
}
