package dev.motcua.rules.evaluation;

import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Officer;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.deadline.Timeliness;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.report.ReportPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Feeds event histories into the evaluation: reads a history as {@link EvaluationFacts} as of a cut-off,
 * judged by a {@link Regulation}, and collects histories into an {@link Evaluation}.
 *
 * <p>How a history is read, as of the cut-off:
 * <ul>
 *   <li>events at or after the cut-off are ignored; the rest is validated by the regulation, except that a
 *       procedure missing from the catalogue and a repeated supplement request are not refusals here (the
 *       first puts the dossier in the {@link EvaluationRow#UNKNOWN} row, the second is what indicator 2.1
 *       counts as late). A history with another refused event is invalid and not counted; the evaluation
 *       warns with the count by the code of the first refusal;
 *   <li>the end is the resolution (a returned result was resolved first), the withdrawal or the stop;
 *       the appointment is the one on the receipt; the supplement requests are paired with the next
 *       complete dossier;
 *   <li>the dossier is credited to the officer who resolved it, else to the last officer who acted
 *       [inferred];
 *   <li>the resolution time is the calendar's working time (elapsed time for calendar-day procedures)
 *       from receipt to resolution, less that of each answered supplement request;
 *   <li>the timeliness against the legal limit is the regulation's ({@link Regulation#deadlines}).
 * </ul>
 *
 * <pre>{@code
 * Evaluation e = histories.parallelStream().collect(EvaluationHistories.collector(Regulation.vietnam(),
 *     ReportPeriod.parse("2026-05"), EvaluationGrouping.BY_FIELD, EvaluationSettings.defaults()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationHistories {
  private EvaluationHistories() {}

  /**
   * Reads one history as of a cut-off, with flags from another input.
   *
   * @param regulation the regulation that judges the history
   * @param history the events, in order
   * @param cutOff the instant from which events are ignored
   * @param attributes the dossier's flags, {@link DossierAttributes#none()} if unknown
   * @return the facts, nothing, or invalid with the refusals
   */
  public static EvaluationReading read(Regulation regulation, List<? extends DossierEvent> history,
      Instant cutOff, DossierAttributes attributes) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(cutOff, "cutOff");
    Objects.requireNonNull(attributes, "attributes");
    return new Reader(regulation).read(history, cutOff, attributes);
  }

  /**
   * Returns a collector of event histories into an evaluation, each read as of the period's cut-off (in the
   * calendar's zone) with no flags.
   *
   * @param regulation the regulation that judges the histories
   * @param period the period
   * @param grouping what the rows stand for
   * @param settings the point allocation and the choices
   * @return an unordered collector
   */
  public static Collector<List<? extends DossierEvent>, ?, Evaluation> collector(Regulation regulation,
      ReportPeriod period, EvaluationGrouping grouping, EvaluationSettings settings) {
    return collector(regulation, period, grouping, settings, h -> DossierAttributes.none());
  }

  /**
   * Returns a collector of event histories into an evaluation, with each dossier's flags from a function
   * (for example a lookup in the portal's sync records by dossier code).
   *
   * @param regulation the regulation that judges the histories
   * @param period the period
   * @param grouping what the rows stand for
   * @param settings the point allocation and the choices
   * @param attributes the flags of a history's dossier
   * @return an unordered collector
   */
  public static Collector<List<? extends DossierEvent>, ?, Evaluation> collector(Regulation regulation,
      ReportPeriod period, EvaluationGrouping grouping, EvaluationSettings settings,
      Function<? super List<? extends DossierEvent>, DossierAttributes> attributes) {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(attributes, "attributes");
    Reader reader = new Reader(regulation);
    ReportPeriod local = Objects.requireNonNull(period, "period").atZone(regulation.calendar().zone());
    return Collector.<List<? extends DossierEvent>, Acc, Evaluation>of(
        () -> new Acc(reader, local.end(), attributes, EvaluationAccumulator.of(local, grouping, settings)),
        Acc::add, Acc::merge, Acc::finish, Collector.Characteristics.UNORDERED);
  }

  /** The accumulator and the count of invalid histories by the code of their first refusal. */
  static final class Acc {
    private final Reader reader;
    private final Instant cutOff;
    private final Function<? super List<? extends DossierEvent>, DossierAttributes> attributes;
    private final EvaluationAccumulator evaluation;
    private final TreeMap<String, Long> invalid = new TreeMap<>();

    Acc(Reader reader, Instant cutOff, Function<? super List<? extends DossierEvent>, DossierAttributes> attributes,
        EvaluationAccumulator evaluation) {
      this.reader = reader;
      this.cutOff = cutOff;
      this.attributes = attributes;
      this.evaluation = evaluation;
    }

    void add(List<? extends DossierEvent> history) {
      EvaluationReading r = reader.read(history, cutOff, Objects.requireNonNull(attributes.apply(history)));
      if (!r.isValid()) {
        invalid.merge(r.refusals().get(0).code().code(), 1L, Long::sum);
      } else {
        r.facts().ifPresent(evaluation::add);
      }
    }

    Acc merge(Acc other) {
      evaluation.merge(other.evaluation);
      other.invalid.forEach((k, v) -> invalid.merge(k, v, Long::sum));
      return this;
    }

    Evaluation finish() {
      if (invalid.isEmpty()) {
        return evaluation.toEvaluation();
      }
      long count = invalid.values().stream().mapToLong(Long::longValue).sum();
      StringBuilder codes = new StringBuilder();
      for (Map.Entry<String, Long> e : invalid.entrySet()) {
        codes.append(codes.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
      }
      return evaluation.toEvaluation(List.of(String.format(Locale.ROOT,
          "%d %s failed validation and %s not counted (first refusal: %s)", count,
          count == 1 ? "dossier history" : "dossier histories", count == 1 ? "is" : "are", codes)));
    }
  }

  /** Reads histories with a copy of the regulation that lets unknown procedures and repeated requests by. */
  static final class Reader {
    private final Regulation regulation;
    private final WorkingCalendar calendar;
    private final ZoneId zone;

    Reader(Regulation regulation) {
      Objects.requireNonNull(regulation, "regulation");
      Regulation lenient = regulation;
      for (LegalInstrument i : LegalInstrument.values()) {
        lenient = lenient.withSettings(i, regulation.settings(i).toBuilder()
            .disable(RegulationCode.UNKNOWN_PROCEDURE)
            .disable(RegulationCode.SUPPLEMENT_REQUEST_REPEATED)
            .build());
      }
      this.regulation = lenient;
      this.calendar = regulation.calendar();
      this.zone = calendar.zone();
    }

    EvaluationReading read(List<? extends DossierEvent> history, Instant cutOff, DossierAttributes attributes) {
      int n = 0;
      while (n < history.size() && history.get(n).at().isBefore(cutOff)) {
        n++;
      }
      if (n == 0) {
        return EvaluationReading.nothing();
      }
      List<? extends DossierEvent> events = history.subList(0, n);
      Replay replay = regulation.validate(events);
      List<Violation> refusals = replay.refusals();
      if (!refusals.isEmpty()) {
        return EvaluationReading.invalid(refusals);
      }
      Dossier d = replay.dossier().orElseThrow();
      Optional<Instant> received = d.receivedAt();
      if (received.isEmpty()) {
        return EvaluationReading.nothing();
      }
      return EvaluationReading.counted(facts(d, events, received.get(), cutOff, attributes));
    }

    private EvaluationFacts facts(Dossier d, List<? extends DossierEvent> events, Instant received, Instant cutOff,
        DossierAttributes attributes) {
      Instant appointment = d.originalAppointment().orElseThrow(() -> new IllegalStateException(
          "A valid history has an appointment on its receipt: " + d));
      EvaluationFacts.Builder b = EvaluationFacts.builder().channel(d.channel()).receivedAt(received)
          .appointment(appointment).intakeNotices(d.intakeNoticeCount()).attributes(attributes);
      regulation.instrumentAt(received).ifPresent(b::instrument);
      Optional<Procedure> procedure = regulation.catalogue().find(d.procedureCode());
      procedure.ifPresent(p -> b.field(p.field().code(), p.field().name())
          .agency(p.competentAgency().code(), p.competentAgency().name())
          .procedure(p.code(), p.name()));
      // Each request with the complete dossier that answered it: {requestedAt, suppliedAt or null}.
      List<@Nullable Instant[]> supplements = new ArrayList<>();
      @Nullable Officer lastOfficer = null;
      @Nullable Officer resolver = null;
      @Nullable Instant feeRequested = null;
      for (DossierEvent e : events) {
        if (e.actor() instanceof Officer o) {
          lastOfficer = o;
        }
        if (e instanceof DossierEvent.SupplementRequested) {
          supplements.add(new Instant[] {e.at(), null});
        } else if (e instanceof DossierEvent.Supplemented && !supplements.isEmpty()) {
          Instant[] last = supplements.get(supplements.size() - 1);
          if (last[1] == null) {
            last[1] = e.at();
          }
        } else if (e instanceof DossierEvent.PaymentRequested p && p.amountVnd() > 0 && feeRequested == null) {
          feeRequested = p.at();
          b.feeRequestedAt(feeRequested);
        } else if (e instanceof DossierEvent.Paid p) {
          b.paid(p.at(), p.channel().orElse(null));
        } else if (e instanceof DossierEvent.Resolved && e.actor() instanceof Officer o) {
          resolver = o;
        }
      }
      for (Instant[] s : supplements) {
        b.supplement(s[0], s[1]);
      }
      Officer credited = resolver != null ? resolver : lastOfficer;
      if (credited != null) {
        b.officer(credited.id(), credited.name());
      }
      Instant resolved = switch (d.status()) {
        case RESOLVED, RETURNED -> d.resolvedAt().orElseThrow();
        case WITHDRAWN -> {
          b.withdrawnAt(d.lastAt());
          yield null;
        }
        // A dossier closed for want of its supplement (Decree 118 Art 19(5)) ended without a result at the close,
        // as the II.06a report counts it (with the stopped ones); its unanswered request still ends the agency's
        // time at the request.
        case STOPPED, CLOSED -> {
          b.stoppedAt(d.lastAt());
          yield null;
        }
        case SUBMITTED, RETURNED_AT_INTAKE, REFUSED, RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT, AWAITING_PAYMENT ->
            null;
      };
      if (resolved != null) {
        Timeliness timeliness = procedure.isPresent()
            ? regulation.deadlines(d, cutOff).timeliness().orElseThrow()
            : Timeliness.of(local(resolved), local(appointment));
        b.resolvedAt(resolved, timeliness);
        procedure.ifPresent(p -> {
          ResolutionUnit unit = ResolutionUnit.of(p.processingTime().kind());
          Duration time = between(unit, received, resolved);
          for (Instant[] s : supplements) {
            if (s[1] != null && !s[1].isAfter(resolved)) {
              time = time.minus(between(unit, s[0], s[1]));
            }
          }
          b.resolutionTime(time.isNegative() ? Duration.ZERO : time, unit);
        });
      }
      return b.build();
    }

    private Duration between(ResolutionUnit unit, Instant from, Instant to) {
      return unit.isWorkingTime() ? calendar.workingTimeBetween(local(from), local(to)) : Duration.between(from, to);
    }

    private LocalDateTime local(Instant at) {
      return LocalDateTime.ofInstant(at, zone);
    }
  }
}
