package dev.motcua.rules.report;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.deadline.DossierDeadlines;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.deadline.Timeliness;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Feeds real dossiers into the report engine: turns a dossier's history into {@link DossierFacts} as of a
 * report's cut-off, judged by a {@link Regulation}, and collects dossiers into a {@link ProcessingReport}.
 *
 * <p>How a history is read, as of the cut-off {@code end} of the period:
 * <ul>
 *   <li>events at or after the cut-off are ignored, as if they had not happened yet;
 *   <li>the rest is validated with the regulation's rules; a history with a refused event (for example a
 *       second supplement request, an event not permitted) is <em>invalid</em>: it is not counted, and the
 *       report carries an {@link ReportWarning.Code#INVALID_HISTORY} warning with the number of such
 *       histories by the code of their first refusal. Breaches (a late transfer…) are facts: such
 *       dossiers are counted;
 *   <li>a procedure not in the catalogue is not a refusal here: the dossier is counted with no field, agency
 *       or procedure code, so the engine puts it in the {@link ReportRow#UNKNOWN} row with a warning, and its
 *       due instant is the appointment written on its receipt;
 *   <li>otherwise the field and the agency come from the catalogue, the due instant is the due date-time
 *       of the last period start (receipt or last complete supplement), never a rescheduled appointment,
 *       and the timeliness is that of {@link Regulation#deadlines}; the working time to resolve is the
 *       calendar's working time from receipt to resolution.
 * </ul>
 *
 * <pre>{@code
 * ProcessingReport report = dossiers.parallelStream()
 *     .collect(DossierReports.collector(Regulation.vietnam(), ReportPeriod.parse("2026-05"),
 *         ReportGrouping.BY_FIELD));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierReports {
  private DossierReports() {}

  /**
   * Reads one history as of a cut-off.
   *
   * @param regulation the regulation that judges the history
   * @param history the events, in order
   * @param cutOff the instant from which events are ignored
   * @return the facts, nothing yet, or invalid with the refusals
   * @throws NullPointerException if an argument or an event is null
   */
  public static HistoryReading facts(Regulation regulation, List<? extends DossierEvent> history, Instant cutOff) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(cutOff, "cutOff");
    return new Reader(regulation).read(history, cutOff);
  }

  /**
   * Returns a collector of dossiers into a report; each dossier's history is read as of the period's
   * cut-off.
   *
   * @param regulation the regulation that judges the histories
   * @param period the reporting period
   * @param grouping what the rows stand for
   * @return an unordered collector, mergeable like {@link ProcessingReport#collector}
   */
  public static Collector<Dossier, ?, ProcessingReport> collector(
      Regulation regulation, ReportPeriod period, ReportGrouping grouping) {
    Collector<List<? extends DossierEvent>, Acc, ProcessingReport> c = typed(regulation, period, grouping);
    return Collector.of(c.supplier(), (acc, d) -> acc.add(d.history()), c.combiner(), c.finisher(),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns a collector of event histories (for example read with {@code EventLogJson}) into a report.
   *
   * @param regulation the regulation that judges the histories
   * @param period the reporting period
   * @param grouping what the rows stand for
   * @return an unordered collector
   */
  public static Collector<List<? extends DossierEvent>, ?, ProcessingReport> historyCollector(
      Regulation regulation, ReportPeriod period, ReportGrouping grouping) {
    return typed(regulation, period, grouping);
  }

  private static Collector<List<? extends DossierEvent>, Acc, ProcessingReport> typed(
      Regulation regulation, ReportPeriod period, ReportGrouping grouping) {
    Objects.requireNonNull(grouping, "grouping");
    Reader reader = new Reader(regulation);
    // The period's days are those of the one-stop unit: its calendar's zone.
    ReportPeriod local = Objects.requireNonNull(period, "period").atZone(regulation.calendar().zone());
    Instant cutOff = local.end();
    return Collector.of(() -> new Acc(reader, cutOff, ReportAccumulator.of(local, grouping)), Acc::add,
        Acc::merge, Acc::toReport, Collector.Characteristics.UNORDERED);
  }

  /**
   * The mutable, mergeable state of the collectors: the report's accumulator and the count of invalid
   * histories by the code of their first refusal. Mutable; a collector gives each thread its own.
   */
  static final class Acc {
    private final Reader reader;
    private final Instant cutOff;
    private final ReportAccumulator report;
    private final TreeMap<String, Long> invalid = new TreeMap<>();

    Acc(Reader reader, Instant cutOff, ReportAccumulator report) {
      this.reader = reader;
      this.cutOff = cutOff;
      this.report = report;
    }

    void add(List<? extends DossierEvent> history) {
      HistoryReading f = reader.read(history, cutOff);
      if (!f.isValid()) {
        invalid.merge(f.refusals().get(0).code().code(), 1L, Long::sum);
      } else {
        f.facts().ifPresent(report::add);
      }
    }

    Acc merge(Acc other) {
      report.merge(other.report);
      other.invalid.forEach((k, v) -> invalid.merge(k, v, Long::sum));
      return this;
    }

    ProcessingReport toReport() {
      ProcessingReport r = report.toReport();
      if (invalid.isEmpty()) {
        return r;
      }
      long count = invalid.values().stream().mapToLong(Long::longValue).sum();
      StringBuilder codes = new StringBuilder();
      for (Map.Entry<String, Long> e : invalid.entrySet()) {
        codes.append(codes.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
      }
      List<ReportWarning> warnings = new ArrayList<>(r.warnings());
      warnings.add(new ReportWarning(ReportWarning.Code.INVALID_HISTORY, String.format(
          "%d %s failed validation and %s not counted (first refusal: %s)",
          count, count == 1 ? "dossier history" : "dossier histories", count == 1 ? "is" : "are", codes)));
      return new ProcessingReport(r.period(), r.grouping(), r.rows(), r.total(), warnings);
    }
  }

  /** Reads histories with a copy of the regulation that does not refuse unknown procedures. */
  static final class Reader {
    private final Regulation regulation;
    private final ZoneId zone;

    Reader(Regulation regulation) {
      Objects.requireNonNull(regulation, "regulation");
      Regulation lenient = regulation;
      for (LegalInstrument i : LegalInstrument.values()) {
        lenient = lenient.withSettings(i,
            regulation.settings(i).toBuilder().disable(RegulationCode.UNKNOWN_PROCEDURE).build());
      }
      this.regulation = lenient;
      this.zone = regulation.calendar().zone();
    }

    HistoryReading read(List<? extends DossierEvent> history, Instant cutOff) {
      int n = 0;
      while (n < history.size() && history.get(n).at().isBefore(cutOff)) {
        n++;
      }
      if (n == 0) {
        return HistoryReading.nothingYet();
      }
      Replay replay = regulation.validate(history.subList(0, n));
      List<Violation> refusals = replay.refusals();
      if (!refusals.isEmpty()) {
        return HistoryReading.invalid(refusals);
      }
      return facts(replay.dossier().orElseThrow(), cutOff);
    }

    private HistoryReading facts(Dossier d, Instant cutOff) {
      DossierFacts.Builder b = DossierFacts.builder().channel(d.channel());
      Optional<Procedure> procedure = regulation.catalogue().find(d.procedureCode());
      procedure.ifPresent(p -> b.field(p.field().code(), p.field().name())
          .agency(p.competentAgency().code(), p.competentAgency().name())
          .procedure(p.code(), p.name()));
      Optional<Instant> received = d.receivedAt();
      if (received.isEmpty()) {
        if (d.status() != DossierStatus.REFUSED) {
          return HistoryReading.nothingYet();
        }
        return HistoryReading.counted(b.refusedAt(d.lastAt()).build());
      }
      b.receivedAt(received.get());
      Optional<Instant> resolved = d.resolvedAt();
      Instant due;
      Timeliness timeliness = null;
      if (procedure.isPresent()) {
        DossierDeadlines deadlines = regulation.deadlines(d, cutOff);
        due = deadlines.due();
        timeliness = deadlines.timeliness().orElse(null);
      } else {
        due = d.originalAppointment().orElseThrow();
        if (resolved.isPresent()) {
          timeliness = Timeliness.of(local(resolved.get()), local(due));
        }
      }
      b.dueAt(due);
      if (resolved.isPresent()) {
        b.resolvedAt(resolved.get(), Objects.requireNonNull(timeliness));
        b.workingTimeToResolve(regulation.calendar().workingTimeBetween(local(received.get()),
            local(resolved.get())));
      } else if (d.status() == DossierStatus.WITHDRAWN) {
        b.withdrawnAt(d.lastAt());
      } else if (d.status() == DossierStatus.STOPPED || d.status() == DossierStatus.CLOSED) {
        // A dossier closed for want of its supplement (Decree 118 Art 19(5)) ended without a result, like a
        // stopped one; the report form has no column of its own for it [inferred].
        b.stoppedAt(d.lastAt());
      }
      return HistoryReading.counted(b.build());
    }

    private LocalDateTime local(Instant at) {
      return LocalDateTime.ofInstant(at, zone);
    }

  }
}
