package dev.motcua.examples.cli;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.examples.ConfiguredRules;
import dev.motcua.examples.json.EventLogFiles;
import dev.motcua.examples.json.EventLogReadException;
import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.ReportGrouping;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.report.json.ProcessingReportJson;
import dev.motcua.rules.report.synthetic.SyntheticWorkload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
      "Input: a JSON array of event logs, one per dossier, or --synthetic N --seed S: N seeded synthetic"
          + " dossiers arriving on the weekdays of the period (holidays not modelled)."
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

  @Spec CommandSpec spec;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "2026-05|2026-Q2|2026-H1|2026",
      converter = Converters.ReportPeriodConverter.class,
      description = "The period: month, quarter, half-year, year, or days 2026-01-03..2026-02-07.")
  ReportPeriod period;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "<dossiers.json>",
      description = "A JSON array of event logs {\"formatVersion\":1,\"events\":[…]}, one per dossier.")
  @Nullable Path dossiers;

  @Option(names = "--synthetic", paramLabel = "N", description = "Report on N synthetic dossiers instead.")
  @Nullable Long synthetic;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the synthetic workload (default: ${DEFAULT-VALUE}); same seed, same report.")
  long seed;

  @Option(names = "--by", paramLabel = "field|agency|procedure", defaultValue = "field",
      description = "Rows by field (lĩnh vực, default), agency or procedure.")
  By by;

  @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    String header;
    ProcessingReport report;
    if (dossiers != null && synthetic != null) {
      throw new ParameterException(spec.commandLine(),
          "Give either <dossiers.json> or --synthetic N, not both");
    } else if (dossiers != null) {
      if (spec.commandLine().getParseResult().hasMatchedOption("--seed")) {
        throw new ParameterException(spec.commandLine(), "--seed applies to --synthetic only");
      }
      List<List<DossierEvent>> logs = fromDossiers(dossiers);
      header = "Dossiers: " + dossiers + ", " + logs.size() + (logs.size() == 1 ? " event log" : " event logs")
          + "\nRules: " + ConfiguredRules.description() + "\n";
      report = ConfiguredRules.report(logs.stream(), period, by.grouping);
    } else if (synthetic != null) {
      if (synthetic < 1) {
        throw new ParameterException(spec.commandLine(),
            "Invalid value for option '--synthetic': expected at least 1 but was " + synthetic);
      }
      SyntheticWorkload workload = workload(period, synthetic, seed);
      header = Texts.f("Synthetic workload: %d dossiers, seed %d, arriving on weekdays from %s (SyntheticWorkload;"
          + " holidays not modelled)\n", synthetic, seed, workload.firstDay());
      report = workload.stream(synthetic).collect(ProcessingReport.collector(period, by.grouping));
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

  /**
   * A workload whose N dossiers arrive evenly on the weekdays of the period, from its first day, so that the
   * report has something to count whatever the period.
   */
  static SyntheticWorkload workload(ReportPeriod period, long count, long seed) {
    long weekdays = 0;
    for (LocalDate d = period.startDate(); !d.isAfter(period.endDateInclusive()); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        weekdays++;
      }
    }
    long perDay = Math.max(1, (count + weekdays - 1) / Math.max(1, weekdays));
    return SyntheticWorkload.builder()
        .seed(seed)
        .firstDay(period.startDate())
        .dossiersPerWorkingDay((int) Math.min(Integer.MAX_VALUE, perDay))
        .build();
  }

  // The dossiers.json path: event logs → the regulation's report adapter (ConfiguredRules.report).
  private List<List<DossierEvent>> fromDossiers(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + file + ": " + e);
    }
    List<List<DossierEvent>> logs;
    try {
      logs = EventLogFiles.read(bytes);
    } catch (EventLogReadException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, file + ": " + e.getMessage());
    }
    return logs;
  }
}
