package dev.motcua.rules;

import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.Instant;
import java.util.List;

/**
 * A receipt the regulation can judge: on or after 21/6/2018, when Decree 61/2018/NĐ-CP took effect, and
 * inside the working calendar's range. Either failure is reported once with a clear code; the receipt is
 * applied, so the lifecycle still checks the rest of the history, and the regulation's rules, which cannot
 * judge the dossier, are silent for it.
 */
final class ReceiptRule implements DossierRule {
  private final RegulationContext judge;

  ReceiptRule(RegulationContext judge) {
    this.judge = judge;
  }

  @Override
  public List<Violation> check(RuleContext ctx) {
    if (ctx.event().type() != DossierEventType.RECEIVED) {
      return List.of();
    }
    Instant at = ctx.event().at();
    LegalInstrument instrument = judge.instrumentAt(at);
    if (instrument == null) {
      if (!judge.settings(LegalInstrument.DECREE_61_2018).isEnabled(RegulationCode.RECEIVED_BEFORE_DECREE_61)) {
        return List.of();
      }
      String t = judge.fmt(at);
      return List.of(ctx.breach(RegulationCode.RECEIVED_BEFORE_DECREE_61, LegalInstrument.DECREE_61_2018.citation(RegulationCode.RECEIVED_BEFORE_DECREE_61),
          "Hồ sơ tiếp nhận lúc " + t + ", trước ngày 21/06/2018 Nghị định 61/2018/NĐ-CP có hiệu lực; quy định này"
              + " không áp dụng",
          "Dossier received at " + t + ", before Decree 61/2018/ND-CP took effect on 21/06/2018; this regulation"
              + " does not apply"));
    }
    if (judge.inRange(at) || !judge.settings(instrument).isEnabled(RegulationCode.RECEIPT_OUTSIDE_CALENDAR)) {
      return List.of();
    }
    String t = judge.fmt(at);
    String range = RegulationContext.fmt(judge.calendar.minDate()) + "–" + RegulationContext.fmt(judge.calendar.maxDate());
    return List.of(ctx.breach(RegulationCode.RECEIPT_OUTSIDE_CALENDAR, instrument.citation(RegulationCode.RECEIPT_OUTSIDE_CALENDAR),
        "Hồ sơ tiếp nhận lúc " + t + ", ngoài phạm vi lịch làm việc " + range + "; không tính được thời hạn",
        "Dossier received at " + t + ", outside the working calendar's range " + range
            + "; no deadline can be computed"));
  }

  @Override
  public String toString() {
    return "RECEIPT_IN_FORCE_AND_RANGE";
  }
}
