package dev.motcua.examples.cli;

import dev.motcua.calendar.Provenance;
import dev.motcua.calendar.SpecialDay;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.examples.json.CliJson;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code motcua days-off <year>}: the weekdays off and the make-up working days of a year. */
@Command(
    name = "days-off",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every non-working weekday (holiday, compensatory, swapped) and every make-up working day of a"
          + " year on the default calendar (Vietnamese civil service), with names in Vietnamese and English,"
          + " kind, provenance (STATUTE, NOTICE, PROJECTED, HOST) and source document."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "2:usage error or year outside the supported range"})
final class DaysOffCommand implements Callable<Integer> {

  /** The CSV header: {@code working} is true for a make-up working day. */
  static final List<String> CSV_HEADER =
      List.of("date", "working", "kind", "name_vi", "name_en", "provenance", "source");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<year>", description = "The year, for example 2026 (supported: 1990–2100).")
  int year;

  @Option(
      names = "--format",
      paramLabel = "table|csv|json",
      defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}). CSV columns: date,working,kind,name_vi,name_en,"
          + "provenance,source.")
  OutputFormat format;

  private String calendarName = "";

  @ParentCommand MotcuaCommand parent;

  @Mixin ConfigOptions config;

  @Override
  public Integer call() {
    ConfigOptions.Configuration configuration = config.load(parent.stdin(), null);
    WorkingCalendar calendar = configuration.calendar();
    calendarName = config.calendar == null ? "Vietnamese civil service calendar"
        : "Vietnamese civil service calendar with the schedules of " + InputFiles.name(config.calendar);
    if (year < calendar.minDate().getYear() || year > calendar.maxDate().getYear()) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, Texts.f(
          "year %d is outside the supported range %d–%d of the default calendar",
          year, calendar.minDate().getYear(), calendar.maxDate().getYear()));
    }
    List<SpecialDay> days = calendar.specialDays(year);
    String text = switch (format) {
      case table -> table(days);
      case csv -> csv(days);
      case json -> CliJson.daysOff(year, days);
    };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return MotcuaCommand.EXIT_OK;
  }

  static String csv(List<SpecialDay> days) {
    StringBuilder sb = new StringBuilder(Csv.line(CSV_HEADER));
    for (SpecialDay d : days) {
      sb.append(Csv.line(List.of(
          d.date().toString(),
          Boolean.toString(d.isWorking()),
          d.kind().name(),
          d.nameVi(),
          d.nameEn(),
          d.provenance().name(),
          d.source().orElse(""))));
    }
    return sb.toString();
  }

  private String table(List<SpecialDay> days) {
    StringBuilder sb = new StringBuilder();
    sb.append(Texts.f("Days off and make-up working days in %d — %s\n", year, calendarName));
    sb.append("(weekdays off and working Saturdays/Sundays only; every other Saturday and Sunday is off)\n\n");
    sb.append(Texts.f("%-10s  %-3s  %-7s  %-12s  %-10s  %s", "date", "day", "working", "kind", "provenance",
        "name (vi) / name (en)")).append('\n');
    int off = 0;
    int makeUp = 0;
    boolean projected = false;
    for (SpecialDay d : days) {
      sb.append(Texts.f("%-10s  %-3s  %-7s  %-12s  %-10s  %s / %s", d.date(), Texts.day(d.date()),
          d.isWorking() ? "yes" : "no", d.kind(), d.provenance(), d.nameVi(), d.nameEn())).append('\n');
      d.source().ifPresent(s -> sb.append(" ".repeat(12)).append("source: ").append(s).append('\n'));
      if (d.isWorking()) {
        makeUp++;
      } else {
        off++;
      }
      projected |= d.provenance() == Provenance.PROJECTED;
    }
    sb.append('\n').append(Texts.f("%d weekdays off, %d make-up working days.", off, makeUp)).append('\n');
    if (projected) {
      sb.append("PROJECTED days are computed by motcua because no official notice for ").append(year)
          .append(" is bundled [inferred]: check the year's notice.\n");
    }
    return sb.toString();
  }
}
