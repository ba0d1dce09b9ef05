package dev.motcua.rules;

import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationCode;
import java.time.Instant;
import java.util.List;

/**
 * Never a silent pass: an event dated outside the working calendar's range cannot be judged by any rule that
 * needs the calendar, so it is refused once, naming the range, rather than skipped by each. The receipt has
 * its own code ({@link RegulationCode#RECEIPT_OUTSIDE_CALENDAR}); once a dossier's receipt is outside the
 * range, that one violation is its root cause and later events are not reported again.
 */
final class EventRangeRule implements DossierRule {
  private final RegulationContext judge;

  EventRangeRule(RegulationContext judge) {
    this.judge = judge;
  }

  @Override
  public List<Violation> check(RuleContext ctx) {
    if (ctx.event().type() == DossierEventType.RECEIVED) {
      return List.of();
    }
    Instant at = ctx.event().at();
    if (judge.inRange(at)) {
      return List.of();
    }
    Dossier after = ctx.after();
    Instant anchor = RegulationRule.anchor(after);
    if (!anchor.equals(at) && !judge.inRange(anchor)) {
      return List.of();
    }
    LegalInstrument instrument = judge.instrumentFor(after, at);
    LegalInstrument cited = instrument == null ? LegalInstrument.DECREE_61_2018 : instrument;
    if (!judge.settings(cited).isEnabled(RegulationCode.EVENT_OUTSIDE_CALENDAR)) {
      return List.of();
    }
    String t = judge.fmt(at);
    String range = RegulationContext.fmt(judge.calendar.minDate()) + "–" + RegulationContext.fmt(judge.calendar.maxDate());
    return List.of(ctx.refusal(RegulationCode.EVENT_OUTSIDE_CALENDAR, cited.citation(RegulationCode.EVENT_OUTSIDE_CALENDAR),
        ctx.event().type().labelVi() + " lúc " + t + ", ngoài phạm vi lịch làm việc " + range
            + "; không quy tắc nào về thời hạn xét được",
        ctx.event().type().labelEn() + " at " + t + ", outside the working calendar's range " + range
            + "; no deadline rule can judge it"));
  }

  @Override
  public String toString() {
    return RegulationCode.EVENT_OUTSIDE_CALENDAR.code();
  }
}
