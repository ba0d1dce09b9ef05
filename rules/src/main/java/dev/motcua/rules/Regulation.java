package dev.motcua.rules;

import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.deadline.DossierDeadlines;
import dev.motcua.rules.deadline.DossierStanding;
import dev.motcua.format.MalformedInputException;
import java.time.DateTimeException;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.procedure.ProcedureCatalogue;
import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.calendar.WorkingCalendars;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.Replay;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The regulation of the one-stop mechanism (cơ chế một cửa) in force for a dossier: the rules of Decree
 * 61/2018/NĐ-CP (from 21/6/2018) and Decree 118/2025/NĐ-CP (from 1/7/2025), chosen by the dossier's receipt
 * date, with a working calendar, a procedure catalogue and settings for each instrument.
 *
 * <p>The rules, each a {@link DossierRule} with a stable code, cite the articles of the instrument in force
 * on the dossier's receipt date ({@link LegalInstrument#citation}; Decree 61 / Decree 118):
 * <ul>
 *   <li>{@link RegulationCode#INTAKE_NOTICE_REPEATED} (refusal): a second return at intake (Art 15(3), 17(2)(a) /
 *       Art 16(3), 17(1)(c), 17(2)(a));
 *   <li>{@link RegulationCode#SUPPLEMENT_REQUEST_REPEATED} (refusal): a second supplement request by one agency, or for
 *       the dossier, by setting (Art 11(2)(c) of each);
 *   <li>{@link RegulationCode#SUPPLEMENT_NOTICE_LATE} (breach): a supplement request more than 3 working days after the
 *       agency's receipt (Art 19(4) / 19(5));
 *   <li>{@link RegulationCode#TRANSFER_LATE} (breach): the first transfer after the same working day, or after the start of
 *       the next one for a receipt after 15:00 (Art 18(2) of each);
 *   <li>{@link RegulationCode#APPOINTMENT_MISMATCH} (breach): the receipt's appointment differs from the computed due
 *       date-time (Art 17(1)(c) / 17(1)(c), 17(3));
 *   <li>{@link RegulationCode#RESCHEDULE_LATE} (breach), {@link RegulationCode#RESCHEDULE_REPEATED} (refusal), {@link
 *       RegulationCode#RESCHEDULE_NOT_LATER} (breach, {@code [inferred]}): an apology less than 1 day before the
 *       deadline, a second one, a new appointment not after the current one (Art 19(9) / 19(6));
 *   <li>{@link RegulationCode#OVERDUE_WITHOUT_APOLOGY} (breach): resolved after the due date-time with no apology
 *       issued before it (Art 19(9) / 19(6));
 *   <li>{@link RegulationCode#DENIAL_LATE} (breach): a denial after the due date-time (Art 19(8) / 19(3));
 *   <li>{@link RegulationCode#DOSSIER_CODE_DATE_MISMATCH} (breach): the code's date is not the receipt date (Art 26(2),
 *       Circular 01/2018 Art 19 / Art 28(2)(b));
 *   <li>Decree 118 only: {@link RegulationCode#ONLINE_INTAKE_LATE} (breach, 8 working hours, Art 17(2)(c)), {@link
 *       RegulationCode#CLOSED_BEFORE_TIME_LIMIT} (refusal, 15 days after the supplement notice, Art 19(5)), {@link
 *       RegulationCode#WITHDRAWAL_AFTER_DECISION} (refusal, Art 21(1)); under Decree 61 a closing is {@code
 *       EVENT_NOT_PERMITTED};
 *   <li>{@link RegulationCode#RECEIPT_OUTSIDE_RECEPTION_HOURS} (breach): a counter receipt outside the reception windows
 *       (the centre's own regulation, {@link RegulationSettings#centreRegulation()}; Decision 14/2010/QĐ-TTg);
 *   <li>{@link RegulationCode#UNKNOWN_PROCEDURE}, {@link RegulationCode#RECEIVED_BEFORE_DECREE_61}, {@link
 *       RegulationCode#RECEIPT_OUTSIDE_CALENDAR} (breaches, reported once: the history's root cause, after which the
 *       rules that cannot judge it are silent and the lifecycle still checks the rest), {@link
 *       RegulationCode#EVENT_OUTSIDE_CALENDAR}, {@link RegulationCode#CALENDAR_UNAVAILABLE} (refusals): input the
 *       regulation cannot judge.
 * </ul>
 *
 * <p>The processing period restarts from zero when a complete supplement comes back (Art 19(4) / 19(5)); {@link
 * #deadlines(Dossier, Instant)} shows the current due date-time and, for a dossier awaiting a supplement, from
 * when it may be closed. Every result is independent of the JVM's default time zone: local times are those of
 * the calendar's zone.
 *
 * <pre>{@code
 * Regulation regulation = Regulation.vietnam(WorkingCalendars.vietnamCivilService(), catalogue);
 * Replay replay = regulation.validate(events);
 * replay.violations().forEach(v -> log(v.eventIndex(), v.code(), v.legalBasis().en(), v.messageEn()));
 * }</pre>
 *
 * <p>Legal basis: Nghị định 61/2018/NĐ-CP, Điều 15–19; Nghị định 118/2025/NĐ-CP, Điều 16–21, 28 / Decree
 * 61/2018/ND-CP, Art 15–19; Decree 118/2025/ND-CP, Art 16–21, 28.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Regulation {
  private final RegulationContext judge;
  private final List<DossierRule> rules;
  private final DossierLifecycle lifecycle;

  private Regulation(WorkingCalendar calendar, ProcedureCatalogue catalogue,
      Map<LegalInstrument, RegulationSettings> settings) {
    this.judge = new RegulationContext(calendar, catalogue, settings);
    ReceiptRule receipt = new ReceiptRule(judge);
    UnknownProcedureRule unknown = new UnknownProcedureRule(judge);
    EventRangeRule range = new EventRangeRule(judge);
    InstrumentStepsRule steps = new InstrumentStepsRule(judge);
    List<RegulationRule> framed = List.of(
        new IntakeNoticeOnceRule(judge),
        new OnlineIntakeRule(judge),
        new ReceptionHoursRule(judge),
        new AppointmentRule(judge),
        new CodeDateRule(judge),
        new TransferRule(judge),
        new SupplementRequestOnceRule(judge),
        new SupplementNoticeRule(judge),
        new ClosingRule(judge),
        new RescheduleOnceRule(judge),
        new RescheduleLaterRule(judge),
        new RescheduleLeadRule(judge),
        new DenialRule(judge),
        new OverdueApologyRule(judge));
    List<DossierRule> all = new ArrayList<>(List.of(receipt, unknown, range, steps));
    all.addAll(framed);
    this.rules = List.copyOf(all);
    // The lifecycle asks them all, in this order, through one rule (RegulationRules says why).
    this.lifecycle = DossierLifecycle.standard()
        .withRules(List.of(new RegulationRules(judge, receipt, unknown, range, steps, framed))).withCitations((code, receivedAt) -> {
      LegalInstrument instrument = judge.instrumentAt(receivedAt);
      return (instrument == null ? LegalInstrument.DECREE_61_2018 : instrument).citation(code);
    });
  }

  /**
   * Returns the Vietnamese regulation with the default civil-service calendar ({@link
   * WorkingCalendars#vietnamCivilService()}), the host's catalogue and the default settings.
   *
   * @param catalogue the procedures the one-stop unit receives
   * @return the regulation
   */
  public static Regulation vietnam(ProcedureCatalogue catalogue) {
    return vietnam(WorkingCalendars.vietnamCivilService(), catalogue);
  }

  /**
   * Returns the Vietnamese regulation with a calendar, a catalogue and the default settings for both
   * instruments.
   *
   * @param calendar the working calendar
   * @param catalogue the procedures received
   * @return the regulation
   */
  public static Regulation vietnam(WorkingCalendar calendar, ProcedureCatalogue catalogue) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(catalogue, "catalogue");
    Map<LegalInstrument, RegulationSettings> s = new EnumMap<>(LegalInstrument.class);
    for (LegalInstrument i : LegalInstrument.values()) {
      s.put(i, RegulationSettings.defaults());
    }
    return new Regulation(calendar, catalogue, s);
  }

  /**
   * Returns a copy with the same settings for every instrument.
   *
   * @param settings the settings
   * @return the regulation
   */
  public Regulation withSettings(RegulationSettings settings) {
    Objects.requireNonNull(settings, "settings");
    Map<LegalInstrument, RegulationSettings> s = new EnumMap<>(LegalInstrument.class);
    for (LegalInstrument i : LegalInstrument.values()) {
      s.put(i, settings);
    }
    return new Regulation(judge.calendar, judge.catalogue, s);
  }

  /**
   * Returns a copy with other settings for dossiers judged under one instrument.
   *
   * @param instrument the instrument
   * @param settings its settings
   * @return the regulation
   */
  public Regulation withSettings(LegalInstrument instrument, RegulationSettings settings) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(settings, "settings");
    Map<LegalInstrument, RegulationSettings> s = judge.settingsMap();
    s.put(instrument, settings);
    return new Regulation(judge.calendar, judge.catalogue, s);
  }

  /**
   * Returns a copy with settings per instrument, as {@link dev.motcua.rules.json.RegulationSettingsJson} reads
   * them; an instrument not in the map keeps its current settings.
   *
   * @param settings the settings by instrument
   * @return the regulation
   */
  public Regulation withSettings(Map<LegalInstrument, RegulationSettings> settings) {
    Objects.requireNonNull(settings, "settings");
    Map<LegalInstrument, RegulationSettings> s = judge.settingsMap();
    settings.forEach((i, v) -> s.put(Objects.requireNonNull(i, "instrument"), Objects.requireNonNull(v, "settings")));
    return new Regulation(judge.calendar, judge.catalogue, s);
  }

  /**
   * Returns the settings for dossiers judged under an instrument.
   *
   * @param instrument the instrument
   * @return the settings
   */
  public RegulationSettings settings(LegalInstrument instrument) {
    return judge.settings(Objects.requireNonNull(instrument, "instrument"));
  }

  /**
   * Returns the working calendar.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return judge.calendar;
  }

  /**
   * Returns the procedure catalogue.
   *
   * @return the catalogue
   */
  public ProcedureCatalogue catalogue() {
    return judge.catalogue;
  }

  /**
   * Returns the instrument in force at an instant, by its local date in the calendar's zone.
   *
   * @param at the instant, e.g. a receipt
   * @return the instrument, or empty before 21/6/2018
   */
  public Optional<LegalInstrument> instrumentAt(Instant at) {
    return Optional.ofNullable(judge.instrumentAt(Objects.requireNonNull(at, "at")));
  }

  /**
   * Returns the rules, in the order the lifecycle consults them; the order does not change which violations
   * are found.
   *
   * @return an unmodifiable list
   */
  public List<DossierRule> rules() {
    return rules;
  }

  /**
   * Returns the standard lifecycle with every rule of this regulation added: its {@code rules()} is one rule that
   * consults those of {@link #rules()} in their order (finding the instrument in force once per event), so its
   * violations are those of a lifecycle of {@link #rules()} one by one.
   *
   * @return the lifecycle
   */
  public DossierLifecycle lifecycle() {
    return lifecycle;
  }

  /**
   * Validates a whole history (the integrator's entry point): replays it with every rule and reports every
   * violation in order, with the event index, the code, the citation and the messages in Vietnamese and
   * English. Never throws for a rule outcome: a calendar that cannot answer gives a violation too.
   *
   * @param events the events, in order
   * @return the replay; {@link Replay#isValid()} is true when no rule was broken
   * @throws NullPointerException if the list or an event is null
   */
  public Replay validate(Iterable<? extends DossierEvent> events) {
    return lifecycle.replay(events);
  }

  /**
   * Returns the due date-time of a procedure's processing period started at an instant: what the receipt
   * must write as appointment (Art 17(1)(c)), or the restarted deadline after a supplement (Decree 61 Art 19(4),
   * Decree 118 Art 19(5)).
   *
   * @param procedureCode the procedure's code
   * @param start the receipt or the supplement's return
   * @return the due instant
   * @throws IllegalArgumentException if the procedure is not in the catalogue or the start is before
   *     21/6/2018
   * @throws java.time.DateTimeException if the calendar cannot answer for the dates involved
   */
  public Instant dueAt(String procedureCode, Instant start) {
    Objects.requireNonNull(procedureCode, "procedureCode");
    Objects.requireNonNull(start, "start");
    Procedure entry = entry(procedureCode);
    DeadlineCalculator d = judge.deadlines(instrument(start));
    return d.instant(d.due(entry.processingTime(), d.local(start)));
  }

  /**
   * Returns the latest instant for the first transfer (chuyển hồ sơ) of a dossier received at an instant:
   * the close of the receipt's working day if it was received inside working hours not after the transfer
   * cut-off (15:00), else the end of the next-day window (by default the first working period of the next
   * working day) {@code [inferred]}.
   *
   * <p>Legal basis: Decree 61/2018/NĐ-CP Art 18(2); Decree 118/2025/NĐ-CP Art 18(2) (word for word).
   *
   * @param receivedAt the receipt by the one-stop unit
   * @return the deadline, which {@link RegulationCode#TRANSFER_LATE} checks
   * @throws IllegalArgumentException if the receipt is before 21/6/2018
   * @throws java.time.DateTimeException if the calendar cannot answer for the dates involved
   */
  public Instant transferDeadline(Instant receivedAt) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    DeadlineCalculator d = judge.deadlines(instrument(receivedAt));
    return d.instant(d.transferDeadline(receivedAt));
  }

  /**
   * Returns the latest instant for a supplement request (yêu cầu bổ sung hồ sơ) by a unit handling a
   * received dossier: the configured number of working days (3 by default) after the unit received the
   * dossier (its first transfer to that unit, else the receipt by the one-stop unit), or after the complete
   * supplement came back if that is later; counted with the regulation's working-day convention.
   *
   * <p>Legal basis: Decree 61/2018/NĐ-CP Art 19(4); Decree 118/2025/NĐ-CP Art 19(5).
   *
   * @param dossier a received dossier
   * @param unit the requesting unit's identifier
   * @return the deadline, which {@link RegulationCode#SUPPLEMENT_NOTICE_LATE} checks
   * @throws IllegalArgumentException if the dossier was not received, or was received before 21/6/2018
   * @throws java.time.DateTimeException if the calendar cannot answer for the dates involved
   */
  public Instant supplementNoticeDeadline(Dossier dossier, String unit) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(unit, "unit");
    Instant received = dossier.receivedAt().orElseThrow(() -> new IllegalArgumentException(
        "Dossier " + dossier + " has not been received, so it has no supplement notice deadline"));
    DeadlineCalculator d = judge.deadlines(instrument(received));
    return d.instant(d.supplementNoticeDeadline(SupplementNoticeRule.agencyReceipt(dossier, unit)));
  }

  /**
   * Returns the deadlines of a received dossier as of an instant.
   *
   * <p>The dossier is taken as given: cut its history first to see it as of an earlier instant.
   *
   * @param dossier a received dossier
   * @param at the instant for the working time used and left and the overdue flag
   * @return the deadlines
   * @throws IllegalArgumentException if the dossier was not received, its procedure is not in the catalogue
   *     or it was received before 21/6/2018
   * @throws java.time.DateTimeException if the calendar cannot answer for the dates involved
   */
  public DossierDeadlines deadlines(Dossier dossier, Instant at) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(at, "at");
    Instant received = dossier.receivedAt().orElseThrow(() -> new IllegalArgumentException(
        "Dossier " + dossier + " has not been received, so it has no deadline"));
    return judge.deadlines(instrument(received)).deadlines(dossier, entry(dossier.procedureCode()), at);
  }

  /**
   * Returns what a validated history says about its dossier: final status, current due date-time (after
   * restarts and reschedules), timeliness once resolved, working time used and left, and warnings for what the
   * history could not tell. The working time is as of the resolution, else as of the last event: a history
   * carries no clock. Never throws for what the history lacks: each gap is a warning.
   *
   * <pre>{@code
   * Replay replay = regulation.validate(events);
   * DossierStanding s = regulation.standing(replay);
   * s.dueWithOffset();   // Optional[2026-02-27T17:00+07:00]
   * s.timeliness();      // Optional[ON_TIME] once resolved
   * }</pre>
   *
   * <p>Legal basis: Decree 61/2018/NĐ-CP Art 19(4), (9), as carried over by Decree 118/2025/NĐ-CP.
   *
   * @param replay the result of {@link #validate(Iterable)}
   * @return the standing
   */
  public DossierStanding standing(Replay replay) {
    Objects.requireNonNull(replay, "replay");
    DossierStanding.Builder b = DossierStanding.builder().zone(judge.calendar.zone());
    Dossier dossier = replay.dossier().orElse(null);
    if (dossier == null) {
      return b.addWarnings(new DossierStanding.Message(DossierStanding.Warning.NO_EVENT_APPLIED,
          "no event of the " + replay.eventCount() + " was applied, so nothing is known about the dossier")).build();
    }
    b.status(dossier.status());
    if (!replay.refusals().isEmpty()) {
      b.addWarnings(new DossierStanding.Message(DossierStanding.Warning.EVENTS_REFUSED, replay.refusals().size()
          + " refused event(s) left out: the standing is that of the " + dossier.eventCount() + " applied"));
    }
    Instant asOf = dossier.resolvedAt().orElse(dossier.lastAt());
    b.asOf(asOf);
    Instant received = dossier.receivedAt().orElse(null);
    if (received == null) {
      return b.addWarnings(new DossierStanding.Message(DossierStanding.Warning.NOT_RECEIVED,
          "never received (status " + dossier.status() + "), so there is no due date-time")).build();
    }
    LegalInstrument instrument = judge.instrumentAt(received);
    Procedure procedure = judge.catalogue.find(dossier.procedureCode()).orElse(null);
    if (instrument == null) {
      return b.addWarnings(new DossierStanding.Message(DossierStanding.Warning.BEFORE_DECREE_61, "received at "
          + local(received) + ", before Decree 61/2018/ND-CP took effect on 2018-06-21")).build();
    }
    if (procedure == null) {
      return b.addWarnings(new DossierStanding.Message(DossierStanding.Warning.UNKNOWN_PROCEDURE, "procedure "
          + MalformedInputException.quote(dossier.procedureCode()) + " is not in the catalogue, so its due date-time"
          + " is unknown")).build();
    }
    DossierDeadlines d;
    try {
      d = judge.deadlines(instrument).deadlines(dossier, procedure, asOf);
    } catch (DateTimeException e) {
      return b.addWarnings(new DossierStanding.Message(DossierStanding.Warning.CALENDAR_UNAVAILABLE,
          String.valueOf(e.getMessage()))).build();
    }
    b.deadlines(d);
    b.due(currentDue(dossier, d));
    if (dossier.resolvedAt().isEmpty()) {
      if (dossier.status().isTerminal()) {
        b.addWarnings(new DossierStanding.Message(DossierStanding.Warning.ENDED_WITHOUT_RESOLUTION, "ended "
            + dossier.status() + " at " + local(dossier.lastAt()) + " without a resolution, so it has no timeliness"));
      } else {
        b.addWarnings(new DossierStanding.Message(DossierStanding.Warning.AS_OF_LAST_EVENT, "not resolved: the"
            + " working time used and left are as of the last event, " + local(dossier.lastAt())));
      }
    }
    return b.build();
  }

  /** An instant in the calendar's zone with its offset, as the messages show it. */
  private String local(Instant at) {
    return at.atZone(judge.calendar.zone()).toOffsetDateTime().toString();
  }

  /** The period's due date-time, or the new appointment of an apology made after the period started. */
  private static Instant currentDue(Dossier dossier, DossierDeadlines d) {
    Instant due = d.due();
    for (DossierEvent e : dossier.history()) {
      if (e instanceof DossierEvent.Rescheduled r && !r.at().isBefore(d.periodStart())) {
        due = r.newAppointment();
      }
    }
    return due;
  }

  private Procedure entry(String procedureCode) {
    Procedure entry = judge.catalogue.find(procedureCode).orElse(null);
    checkArgument(entry != null, "Procedure %s is not in the catalogue", procedureCode);
    return entry;
  }

  private LegalInstrument instrument(Instant at) {
    LegalInstrument instrument = judge.instrumentAt(at);
    checkArgument(instrument != null, "%s is before Decree 61/2018/ND-CP took effect on 2018-06-21", at);
    return instrument;
  }

  @Override
  public String toString() {
    return "Regulation{" + judge.calendar + ", " + judge.catalogue + ", " + judge.settingsMap() + "}";
  }
}
