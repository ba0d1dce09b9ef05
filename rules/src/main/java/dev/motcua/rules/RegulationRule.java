package dev.motcua.rules;

import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.DateTimeException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The frame of every rule of a {@link Regulation}: one code, the event type it judges, the instrument in
 * force for the dossier, the settings of that instrument, and no {@link DateTimeException} escaping.
 *
 * <p>Why the frame catches: a calendar that cannot answer (a date outside its range, a year without a
 * published schedule in a strict calendar) must give a clear violation, never an exception out of
 * validation and never a silent pass. Dossiers received before Decree 61 or outside the calendar's range
 * are skipped here, because {@link ReceiptRule} reports their receipt with its own code; an event outside
 * the range is skipped because {@link EventRangeRule} refuses it once, for every rule.
 */
abstract class RegulationRule implements DossierRule {
  final RegulationContext judge;
  final RegulationCode code;
  private final Set<DossierEventType> types;

  RegulationRule(RegulationContext judge, RegulationCode code, DossierEventType type) {
    this(judge, code, EnumSet.of(type));
  }

  RegulationRule(RegulationContext judge, RegulationCode code, Set<DossierEventType> types) {
    this.judge = judge;
    this.code = code;
    this.types = EnumSet.copyOf(types);
  }

  @Override
  public final List<Violation> check(RuleContext ctx) {
    if (!types.contains(ctx.event().type())) {
      return List.of();
    }
    Dossier after = ctx.after();
    LegalInstrument instrument = judge.instrumentFor(after, ctx.event().at());
    if (instrument == null || !judge.inRange(after.receivedAt().orElseGet(after::firstAt))
        || !judge.inRange(ctx.event().at())) {
      return List.of();
    }
    RegulationSettings s = judge.settings(instrument);
    if (!s.isEnabled(code)) {
      return List.of();
    }
    try {
      return judge(ctx, judge.deadlines(instrument), instrument.citation(code));
    } catch (DateTimeException e) {
      if (!s.isEnabled(RegulationCode.CALENDAR_UNAVAILABLE)) {
        return List.of();
      }
      return List.of(ctx.refusal(RegulationCode.CALENDAR_UNAVAILABLE, instrument.citation(RegulationCode.CALENDAR_UNAVAILABLE),
          "Lịch làm việc không tính được thời hạn cho quy tắc " + code + ": " + e.getMessage(),
          "The working calendar cannot compute the deadline of rule " + code + ": " + e.getMessage()));
    }
  }

  /** Judges an event of the rule's type under an instrument in force; may throw DateTimeException. */
  abstract List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis);

  @Override
  public String toString() {
    return code.code();
  }
}
