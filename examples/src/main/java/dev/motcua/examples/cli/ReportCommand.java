package dev.motcua.examples.cli;

import dev.motcua.calendar.CalendarRangeException;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.report.DossierReports;
import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.ReportGrouping;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.report.json.ProcessingReportJson;
import dev.motcua.rules.testing.SyntheticDossiers;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motcua report}: the periodic report of form II.06a on dossiers or on a synthetic workload. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reports on the handling of dossiers in a period of Decree 09/2019/NĐ-CP Art 12 (monthly = 15th of the"
          + " previous month to the 14th), with the columns of form II.06a (Circular 01/2020/TT-VPCP).",
      "Input: event logs, one per dossier (or the national portal's sync records, --input-format dvcqg), or"
          + " --synthetic N --seed S: the histories of N seeded synthetic dossiers that respect the regulation,"
          + " arriving on the working days from 3 weeks before the period to its end. All are judged by the"
          + " regulation; histories it refuses are not counted (warning"
          + " INVALID_HISTORY)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "2:usage error or unreadable input"})
final class ReportCommand implements Callable<Integer> {

  /** The rows of the report. Lower case: picocli shows the constants as the accepted values. */
  enum By {
    field(ReportGrouping.BY_FIELD),
    agency(ReportGrouping.BY_AGENCY),
    procedure(ReportGrouping.BY_PROCEDURE);

    final ReportGrouping grouping;

    By(ReportGrouping grouping) {
      this.grouping = grouping;
    }
  }

  /** Synthetic arrivals start this many working days before the period. */
  static final int LEAD_WORKING_DAYS = 15;

  @Spec CommandSpec spec;

  @ParentCommand MotcuaCommand parent;

  @Mixin ConfigOptions config;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "2026-05|2026-Q2|2026-H1|2026",
      converter = Converters.ReportPeriodConverter.class,
      description = "The period: month, quarter, half-year, year, or days 2026-01-03..2026-02-07; letters in any"
          + " case (2026-q2).")
  ReportPeriod period;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "<dossiers.json|->",
      description = "One event log {\"formatVersion\":1,\"events\":[…]} or a JSON array of them, one per"
          + " dossier, or with --input-format dvcqg the national portal's dossier records; - for standard input.")
  @Nullable Path dossiers;

  @Option(names = "--input-format", paramLabel = "events|dvcqg", defaultValue = "events",
      description = "events: event logs (default); dvcqg: the national portal's dossier records (DongBoHoSoMC),"
          + " read as validate reads them.")
  DossierInput.Format inputFormat;

  @Mixin SyncInputOptions sync;

  /** The most synthetic dossiers of one run (about half an hour on one core). */
  static final long MAX_SYNTHETIC = 100_000_000L;
  /** From this many synthetic dossiers on, a progress line is written to standard error every so many. */
  static final long PROGRESS_EVERY = 1_000_000L;

  @Option(names = "--synthetic", paramLabel = "N",
      description = "Report on N synthetic dossiers instead, 1 to 100000000; from 1000000 on, progress is written"
          + " to standard error every 1000000.")
  @Nullable Long synthetic;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the synthetic dossiers (default: ${DEFAULT-VALUE}); same seed, same report.")
  long seed;

  @Option(names = "--by", paramLabel = "field|agency|procedure", defaultValue = "field",
      description = "Rows by field (lĩnh vực, default), agency or procedure.")
  By by;

  @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    sync.check(spec, inputFormat);
    if (dossiers == null && spec.commandLine().getParseResult().hasMatchedOption("--input-format")) {
      throw new ParameterException(spec.commandLine(), "--input-format applies to <dossiers.json> only");
    }
    String header;
    ProcessingReport report;
    ConfigOptions.Configuration configuration = config.load(parent.stdin(), dossiers == null ? null : dossiers.toString());
    Regulation regulation = configuration.regulation();
    if (dossiers != null && synthetic != null) {
      throw new ParameterException(spec.commandLine(),
          "Give either <dossiers.json> or --synthetic N, not both");
    } else if (dossiers != null) {
      if (spec.commandLine().getParseResult().hasMatchedOption("--seed")) {
        throw new ParameterException(spec.commandLine(), "--seed applies to --synthetic only");
      }
      // Streamed: one log at a time, so the report's memory is bounded by the largest dossier.
      int[] count = {0};
      try (DossierInput in = DossierInput.open(inputFormat, dossiers.toString(), sync.progress, sync.lenientSync,
          parent.stdin())) {
        Stream<List<DossierEvent>> logs = Stream.iterate(in.next(), Objects::nonNull, x -> in.next())
            .map(item -> {
              count[0]++;
              return item.events();
            });
        report = logs.collect(DossierReports.historyCollector(regulation, period, by.grouping));
        in.warnUnmatchedProgress(spec.commandLine().getErr(), "motcua report");
      }
      String unit = inputFormat == DossierInput.Format.dvcqg ? " dossier record" : " event log";
      header = "Dossiers: " + InputFiles.name(dossiers.toString()) + ", " + count[0] + unit
          + (count[0] == 1 ? "" : "s") + "\nRules: " + configuration.description() + "\n";
    } else if (synthetic != null) {
      if (synthetic < 1 || synthetic > MAX_SYNTHETIC) {
        throw new ParameterException(spec.commandLine(),
            "Invalid value for option '--synthetic': expected 1 to " + MAX_SYNTHETIC + " but was " + synthetic);
      }
      Arrivals arrivals;
      try {
        arrivals = arrivals(regulation.calendar(), period, synthetic);
      } catch (CalendarRangeException e) {
        throw new CliException(MotcuaCommand.EXIT_USAGE, "--period " + period + ": the synthetic arrivals fall"
            + " outside the calendar's supported range " + e.min() + ".." + e.max());
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new CliException(MotcuaCommand.EXIT_USAGE, String.valueOf(e.getMessage()));
      }
      SyntheticDossiers generator = SyntheticDossiers.of(regulation, seed, arrivals.firstDay())
          .withDossiersPerWorkingDay(arrivals.perWorkingDay());
      header = Texts.f("Synthetic dossiers: %d histories, seed %d, %d a working day from %s (SyntheticDossiers:"
          + " every history respects the regulation)\nRules: %s\n", synthetic, seed, arrivals.perWorkingDay(),
          arrivals.firstDay(), configuration.description());
      // The same path as a dossiers file: each history is read as of the cut-off and judged by the regulation.
      report = progress(generator.histories(synthetic).parallel(), synthetic)
          .collect(DossierReports.historyCollector(regulation, period, by.grouping));
    } else {
      throw new ParameterException(spec.commandLine(),
          "Missing input: give <dossiers.json> or --synthetic N [--seed S]");
    }
    String text = switch (format) {
      case table -> header + "\n" + report.toText();
      case csv -> report.toCsv();
      case json -> ProcessingReportJson.toJson(report) + "\n";
    };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    if (format == OutputFormat.csv) {
      // CSV has no place for them; the table prints them below the rows and JSON has a "warnings" array.
      report.warnings().forEach(w -> spec.commandLine().getErr().print("motcua report: warning: " + w + "\n"));
      spec.commandLine().getErr().flush();
    }
    return MotcuaCommand.EXIT_OK;
  }

  /** When the synthetic dossiers arrive: from the first day, so many a working day. */
  record Arrivals(LocalDate firstDay, int perWorkingDay) {}

  /**
   * Spreads N arrivals evenly over the working days from {@value #LEAD_WORKING_DAYS} working days before the
   * period to its last day, so that the report has something to count whatever the period, and dossiers
   * received before the period are carried over into it (the longest working-day processing time of the
   * example catalogue is 15 working days). Fewer dossiers than working days arrive one a day, with a lead
   * shortened in proportion so that most of them still arrive in the period. Arrivals never start before
   * Decree 61/2018/NĐ-CP took effect.
   *
   * @throws IllegalArgumentException if the period ends before Decree 61/2018/NĐ-CP took effect
   * @throws java.time.DateTimeException if the period is outside the calendar's range
   */
  static Arrivals arrivals(WorkingCalendar calendar, ReportPeriod period, long count) {
    LocalDate decree61 = LegalInstrument.DECREE_61_2018.effectiveFrom();
    LocalDate end = period.endDateInclusive().plusDays(1);
    if (!end.isAfter(decree61)) {
      throw new IllegalArgumentException("Synthetic dossiers arrive from " + decree61 + ", when Decree"
          + " 61/2018/ND-CP took effect; the period " + period + " ends before");
    }
    LocalDate leadStart = latest(calendar.plusWorkingDays(period.startDate(), -LEAD_WORKING_DAYS), decree61);
    long days = Math.max(1, calendar.workingDaysBetween(leadStart, end));
    if (count >= days) {
      return new Arrivals(leadStart, (int) Math.min(Integer.MAX_VALUE, (count + days - 1) / days));
    }
    int lead = (int) (LEAD_WORKING_DAYS * count / days);
    return new Arrivals(latest(calendar.plusWorkingDays(period.startDate(), -lead), decree61), 1);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** The histories, with a line on standard error every {@value #PROGRESS_EVERY} for a long run. */
  private Stream<List<DossierEvent>> progress(Stream<List<DossierEvent>> histories, long total) {
    if (total < PROGRESS_EVERY) {
      return histories;
    }
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    java.io.PrintWriter err = spec.commandLine().getErr();
    return histories.peek(h -> {
      long n = done.incrementAndGet();
      if (n % PROGRESS_EVERY == 0) {
        synchronized (err) {
          err.print("motcua report: " + n + " of " + total + " synthetic dossiers\n");
          err.flush();
        }
      }
    });
  }
}
