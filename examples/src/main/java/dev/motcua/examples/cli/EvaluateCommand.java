package dev.motcua.examples.cli;

import org.jspecify.annotations.Nullable;
import dev.motcua.rules.evaluation.DossierAttributes;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.evaluation.Evaluation;
import dev.motcua.rules.evaluation.EvaluationGrouping;
import dev.motcua.rules.evaluation.EvaluationHistories;
import dev.motcua.rules.evaluation.EvaluationSettings;
import dev.motcua.rules.evaluation.PointAllocation;
import dev.motcua.rules.evaluation.json.EvaluationJson;
import dev.motcua.rules.report.ReportPeriod;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code motcua evaluate}: the service-quality index of Decision 766/QĐ-TTg and the Circular 01/2018 Art
 * 13–15 scoring of dossiers in a period.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Evaluates the dossiers of a period (Decree 09/2019/NĐ-CP Art 12): the indicators of Decision"
          + " 766/QĐ-TTg that dossiers support (766.2.1 early-or-on-time rate, 766.2.2 average time, 766.3.3"
          + " online share, 766.3.6 online payment, 766.4.3 digitisation, 766.4.5 population data) as exact"
          + " fractions with points, and Circular 01/2018/TT-VPCP Art 13-15 indices c01.1, c01.2, c01.3, c01.7.",
      "The portal's formulas and point tables are third-party sourced (the annex of Decision 766 is not"
          + " available as primary text). An indicator the input cannot support is shown as not computable with"
          + " the reason, never as 0; the total says \"x of y points computable\".",
      "Input: event logs, one per dossier, judged by the regulation; histories it refuses are not counted"
          + " (warning)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "2:usage error or unreadable input"})
final class EvaluateCommand implements Callable<Integer> {

  /** The rows. Lower case: picocli shows the constants as the accepted values. */
  enum By {
    field(EvaluationGrouping.BY_FIELD),
    agency(EvaluationGrouping.BY_AGENCY),
    procedure(EvaluationGrouping.BY_PROCEDURE),
    officer(EvaluationGrouping.BY_OFFICER);

    final EvaluationGrouping grouping;

    By(EvaluationGrouping grouping) {
      this.grouping = grouping;
    }
  }

  /** The output formats of this command: those of {@link OutputFormat} and a self-contained HTML page. */
  enum Format {
    table,
    csv,
    json,
    html
  }

  /** The point allocations, by year. */
  enum Allocation {
    a2022(PointAllocation.DECISION_766_2022, "2022"),
    a2026(PointAllocation.PORTAL_2026, "2026");

    final PointAllocation allocation;
    final String label;

    Allocation(PointAllocation allocation, String label) {
      this.allocation = allocation;
      this.label = label;
    }
  }

  @Spec CommandSpec spec;

  @ParentCommand MotcuaCommand parent;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "2026-05|2026-Q2|2026-H1|2026",
      converter = Converters.ReportPeriodConverter.class,
      description = "The period: month, quarter, half-year, year, or days 2026-01-03..2026-02-07.")
  ReportPeriod period;

  @Option(names = "--by", paramLabel = "field|agency|procedure|officer", defaultValue = "field",
      description = "Rows by field (lĩnh vực, default), agency, procedure or officer.")
  By by;

  @Option(names = "--format", paramLabel = "table|csv|json|html", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}); html is one self-contained page with charts.")
  Format format;

  @Option(names = "--allocation", paramLabel = "2022|2026", defaultValue = "2026",
      converter = AllocationConverter.class,
      description = "Point allocation: 2022 (Decision 766, five groups 18/20/22/22/18) or 2026 (the portal's six"
          + " groups 18/20/12/22/18/10, default).")
  Allocation allocation;

  @Option(names = "--circular01-later",
      description = "Also score dossiers under Decree 118/2025/NĐ-CP by Circular 01/2018 Art 13-15 (by default"
          + " only dossiers under Decree 61/2018/NĐ-CP: whether Circular 03/2025 keeps Art 13-15 is not known).")
  boolean circular01Later;

  @Parameters(index = "0", paramLabel = "<dossiers.json>",
      description = "One event log {\"formatVersion\":1,\"events\":[…]} or a JSON array of them, one per"
          + " dossier, or with --input-format dvcqg the national portal's dossier records; - reads standard input.")
  String input;

  @Option(names = "--input-format", paramLabel = "events|dvcqg", defaultValue = "events",
      description = "events: event logs (default); dvcqg: the national portal's dossier records (DongBoHoSoMC),"
          + " whose flags (HoSoCoThanhPhanSoHoa, TaiKhoanDuocXacThucVoiVNeID, result links) make 766.4.3 and"
          + " 766.4.5 computable.")
  DossierInput.Format inputFormat;

  @Mixin SyncInputOptions sync;

  /** {@code 2022} or {@code 2026}. */
  static final class AllocationConverter implements picocli.CommandLine.ITypeConverter<Allocation> {
    @Override
    public Allocation convert(String value) {
      for (Allocation a : Allocation.values()) {
        if (a.label.equals(value)) {
          return a;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("expected 2022 or 2026 but was '" + value + "'");
    }
  }

  @Mixin ConfigOptions config;

  @Override
  public Integer call() {
    sync.check(spec, inputFormat);
    ConfigOptions.Configuration configuration = config.load(parent.stdin(), input);
    EvaluationSettings settings = EvaluationSettings.defaults().withAllocation(allocation.allocation)
        .withCircular01ForLaterInstruments(circular01Later);
    Regulation regulation = configuration.regulation();
    // Streamed, one dossier at a time into the period's evaluation (and each month's, for the chart), so memory
    // is bounded by the largest dossier, not the input. A sync record's flags reach the evaluation through the
    // dossier being added, the one history the function is asked about.
    Current current = new Current();
    Function<List<? extends DossierEvent>, DossierAttributes> flags =
        h -> h == current.history ? current.flags : DossierAttributes.none();
    Evaluation evaluation;
    List<Evaluation> months = new ArrayList<>();
    long count = 0;
    try (DossierInput in = DossierInput.open(inputFormat, input, sync.progress, sync.lenientSync,
        parent.stdin())) {
      List<Running<?>> running = new ArrayList<>();
      running.add(running(EvaluationHistories.collector(regulation, period, by.grouping, settings, flags)));
      if (format == Format.html) {
        for (ReportPeriod month : months(period)) {
          running.add(running(EvaluationHistories.collector(regulation, month, by.grouping, settings, flags)));
        }
      }
      for (DossierInput.Item item = in.next(); item != null; item = in.next()) {
        List<DossierEvent> events = item.events();
        current.history = events;
        current.flags = item.attributes().map(DossierAttributes::of).orElse(DossierAttributes.none());
        for (Running<?> r : running) {
          r.add(events);
        }
        count++;
      }
      in.warnUnmatchedProgress(spec.commandLine().getErr(), "motcua evaluate");
      evaluation = running.get(0).finish();
      for (Running<?> r : running.subList(1, running.size())) {
        months.add(r.finish());
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, String.valueOf(e.getMessage()));
    }
    String unit = inputFormat == DossierInput.Format.dvcqg ? " dossier record" : " event log";
    String header = "Dossiers: " + InputFiles.name(input) + ", " + count + unit + (count == 1 ? "" : "s")
        + "\nRules: " + configuration.description() + "\n";
    String text = switch (format) {
      case table -> header + "\n" + evaluation.toText();
      case csv -> evaluation.toCsv();
      case json -> EvaluationJson.toJson(evaluation) + "\n";
      case html -> EvaluationHtml.page(evaluation, months, header);
    };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    if (format == Format.csv) {
      evaluation.warnings().forEach(w -> spec.commandLine().getErr().print("motcua evaluate: warning: " + w + "\n"));
      spec.commandLine().getErr().flush();
    }
    return MotcuaCommand.EXIT_OK;
  }

  /** The dossier being added and its flags from the sync record. */
  private static final class Current {
    @Nullable List<DossierEvent> history;
    DossierAttributes flags = DossierAttributes.none();
  }

  /** A collector fed by hand, one history at a time (the histories are read once, for every period). */
  private static final class Running<A> {
    private final Collector<List<? extends DossierEvent>, A, Evaluation> collector;
    private final A accumulation;

    Running(Collector<List<? extends DossierEvent>, A, Evaluation> collector) {
      this.collector = collector;
      this.accumulation = collector.supplier().get();
    }

    void add(List<DossierEvent> history) {
      collector.accumulator().accept(accumulation, history);
    }

    Evaluation finish() {
      return collector.finisher().apply(accumulation);
    }
  }

  private static <A> Running<A> running(Collector<List<? extends DossierEvent>, A, Evaluation> collector) {
    return new Running<>(collector);
  }

  /**
   * The monthly periods (15th to 14th) inside a longer period, for the month-by-month chart; empty if fewer
   * than two fit.
   */
  static List<ReportPeriod> months(ReportPeriod period) {
    List<ReportPeriod> months = new ArrayList<>();
    YearMonth last = YearMonth.from(period.endDateInclusive()).plusMonths(1);
    for (YearMonth ym = YearMonth.from(period.startDate()); !ym.isAfter(last); ym = ym.plusMonths(1)) {
      ReportPeriod m = ReportPeriod.monthly(ym);
      if (!m.startDate().isBefore(period.startDate()) && !m.endDateInclusive().isAfter(period.endDateInclusive())) {
        months.add(m);
      }
    }
    return months.size() < 2 ? List.of() : months;
  }
}
