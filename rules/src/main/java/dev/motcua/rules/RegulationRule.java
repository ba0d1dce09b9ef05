package dev.motcua.rules;

import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.RuleContext;
import dev.motcua.core.lifecycle.Violation;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
  // By instrument ordinal: whether the code is enabled in its settings, and its citation. A regulation's
  // settings never change, so they are looked up once and not on every event.
  private final boolean[] enabled;
  private final @Nullable LegalBasis[] citations;

  RegulationRule(RegulationContext judge, RegulationCode code, DossierEventType type) {
    this(judge, code, EnumSet.of(type));
  }

  RegulationRule(RegulationContext judge, RegulationCode code, Set<DossierEventType> types) {
    this.judge = judge;
    this.code = code;
    this.types = Collections.unmodifiableSet(EnumSet.copyOf(types));
    LegalInstrument[] instruments = LegalInstrument.values();
    this.enabled = new boolean[instruments.length];
    this.citations = new LegalBasis[instruments.length];
    for (LegalInstrument i : instruments) {
      enabled[i.ordinal()] = judge.settings(i).isEnabled(code);
      citations[i.ordinal()] = citationOrNull(i, code);
    }
  }

  @Override
  public final Set<DossierEventType> eventTypes() {
    return types;
  }

  @Override
  public final List<Violation> check(RuleContext ctx) {
    if (!types.contains(ctx.event().type())) {
      return List.of();
    }
    LegalInstrument instrument = instrumentJudging(judge, ctx);
    return instrument == null ? List.of() : judgeUnder(ctx, instrument);
  }

  /**
   * The instrument that judges an event (null: no rule of this frame judges it): none before Decree 61, and
   * none for an event or a dossier outside the calendar's range. The same for every rule of an event, so
   * {@link RegulationRules} asks once for all of them.
   */
  static @Nullable LegalInstrument instrumentJudging(RegulationContext judge, RuleContext ctx) {
    Dossier after = ctx.after();
    Instant at = ctx.event().at();
    LegalInstrument instrument = judge.instrumentFor(after, at);
    if (instrument == null || !judge.inRange(at) || !judge.inRange(anchor(after))) {
      return null;
    }
    return instrument;
  }

  /** The dossier's receipt, or its first event before it (no method reference made on every event). */
  static Instant anchor(Dossier d) {
    Optional<Instant> received = d.receivedAt();
    return received.isPresent() ? received.get() : d.firstAt();
  }

  /** Judges an event of the rule's types under the instrument that judges it, if the code is enabled there. */
  final List<Violation> judgeUnder(RuleContext ctx, LegalInstrument instrument) {
    if (!enabled[instrument.ordinal()]) {
      return List.of();
    }
    try {
      LegalBasis basis = citations[instrument.ordinal()];
      return judge(ctx, judge.deadlines(instrument), basis != null ? basis : instrument.citation(code));
    } catch (DateTimeException e) {
      if (!judge.settings(instrument).isEnabled(RegulationCode.CALENDAR_UNAVAILABLE)) {
        return List.of();
      }
      return List.of(ctx.refusal(RegulationCode.CALENDAR_UNAVAILABLE, instrument.citation(RegulationCode.CALENDAR_UNAVAILABLE),
          "Lịch làm việc không tính được thời hạn cho quy tắc " + code + ": " + e.getMessage(),
          "The working calendar cannot compute the deadline of rule " + code + ": " + e.getMessage()));
    }
  }

  // An instrument without a citation of the code fails when it judges a dossier, as it always did, not here.
  private static @Nullable LegalBasis citationOrNull(LegalInstrument instrument, RegulationCode code) {
    try {
      return instrument.citation(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Judges an event of the rule's type under an instrument in force; may throw DateTimeException. */
  abstract List<Violation> judge(RuleContext ctx, DeadlineCalculator deadlines, LegalBasis basis);

  @Override
  public String toString() {
    return code.code();
  }
}
