package dev.motcua.examples.cli;

import dev.motcua.calendar.CalendarRangeException;
import dev.motcua.calendar.DayKind;
import dev.motcua.calendar.DayOff;
import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.calendar.WorkingDayConvention;
import dev.motcua.format.MalformedInputException;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.procedure.ProcedureCatalogue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code motcua due}: the official receipt time and the due date-time (ngày hẹn trả) of a dossier, and why. */
@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Computes the official receipt time and the due date-time (ngày hẹn trả) of a dossier on the default"
          + " calendar (Vietnamese civil service: Monday to Friday, 07:00–11:00 and 13:00–17:00 in"
          + " Asia/Ho_Chi_Minh) or the one --calendar adds to, and lists the days off skipped between receipt and"
          + " due. The processing time is given, or that of --procedure CODE in the catalogue."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "2:usage error or date outside the supported range 1990–2100"})
final class DueCommand implements Callable<Integer> {

  /** Exactly one processing time. */
  static final class Period {
    @Option(names = "--working-days", paramLabel = "N", description = "N working days (ngày làm việc).")
    @Nullable Integer workingDays;

    @Option(names = "--working-hours", paramLabel = "N", description = "N working hours.")
    @Nullable Integer workingHours;

    @Option(names = "--same-day", description = "Same day (trong ngày): before 15:00, else the next working day.")
    boolean sameDay;

    @Option(names = "--calendar-days", paramLabel = "N", description = "N calendar days.")
    @Nullable Integer calendarDays;
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--received",
      required = true,
      paramLabel = "yyyy-MM-ddTHH:mm",
      converter = Converters.LocalDateTimeConverter.class,
      description = "When the dossier was received, local time in Asia/Ho_Chi_Minh, e.g. 2026-02-13T16:30.")
  LocalDateTime received;

  @ArgGroup(exclusive = true, multiplicity = "0..1",
      heading = "Processing time (exactly one, or --procedure):%n")
  @Nullable Period period;

  @Option(names = "--procedure", paramLabel = "CODE",
      description = "Take the processing time and Saturday reception of this procedure in the catalogue"
          + " (--procedures FILE, else the examples' catalogue).")
  @Nullable String procedure;

  @ParentCommand MotcuaCommand parent;

  @Mixin ConfigOptions config;

  @Option(
      names = "--convention",
      paramLabel = "civil-code|eight-hours-per-day",
      converter = Converters.WorkingDayConventionConverter.class,
      description = "For --working-days: civil-code (default) = Civil Code 2015 Art 147–148, the day of receipt is"
          + " not counted, due at the close of the Nth working day after it; eight-hours-per-day = N × 8 working"
          + " hours from the official receipt time. A and B are deprecated aliases of the two.")
  @Nullable WorkingDayConvention convention;

  @Option(
      names = "--saturday-reception",
      description = "The procedure is also received on Saturday 07:00–11:00 (Decision 14/2010/QĐ-TTg); such a"
          + " receipt counts from the next working period.")
  boolean saturdayReception;

  @Override
  public Integer call() {
    if ((period == null) == (procedure == null)) {
      throw new ParameterException(spec.commandLine(), period == null
          ? "Missing processing time: give one of --working-days, --working-hours, --same-day, --calendar-days,"
              + " or --procedure CODE"
          : "Give a processing time or --procedure CODE, not both");
    }
    if (procedure != null && saturdayReception) {
      throw new ParameterException(spec.commandLine(),
          "--saturday-reception comes from the catalogue with --procedure");
    }
    ConfigOptions.Configuration configuration = config.load(parent.stdin(), null);
    String heading = "";
    ProcessingTime time;
    boolean saturday = saturdayReception;
    if (procedure != null) {
      ProcedureCatalogue catalogue = configuration.regulation().catalogue();
      Procedure p = catalogue.find(procedure).orElseThrow(() -> new CliException(MotcuaCommand.EXIT_USAGE,
          "--procedure " + MalformedInputException.quote(procedure) + ": not in the catalogue"
              + (config.procedures == null ? ", the examples' made-up one; give --procedures FILE for your own"
                  : " of " + InputFiles.name(config.procedures))));
      time = p.processingTime();
      saturday = p.saturdayReception();
      // a catalogue's name may hold a line break (a quoted CSV field): the heading stays one line
      heading = "Procedure:              " + Texts.oneLine(p.code() + " " + p.name(), 300) + "\n"
          + "Rules:                  " + configuration.description() + "\n";
      if (convention != null && time.kind() != ProcessingTime.Kind.WORKING_DAYS) {
        throw new ParameterException(spec.commandLine(), "--convention applies to working days only, and "
            + p.code() + " has " + time);
      }
    } else {
      time = processingTime();
      if (config.calendar != null || config.settings != null) {
        heading = "Rules:                  " + configuration.description() + "\n";
      }
    }
    WorkingCalendar cal = configuration.calendar();
    WorkingDayConvention conv = convention != null ? convention
        : configuredConvention(configuration, time, received).orElse(WorkingDayConvention.CIVIL_CODE);
    LocalDateTime official;
    LocalDateTime due;
    try {
      official = cal.officialReceiptTime(received);
      due = time.dueFrom(cal, received, conv);
    } catch (CalendarRangeException e) {
      LocalDate day = received.toLocalDate();
      // the library names its parameter (receivedAt); the command line names its option
      throw new CliException(MotcuaCommand.EXIT_USAGE, "--received " + received + ": "
          + (day.isBefore(e.min()) || day.isAfter(e.max()) ? "" : "the due date-time after " + time + " is ")
          + "outside the calendar's supported range " + e.min() + ".." + e.max());
    } catch (DateTimeException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "--received " + received + ": " + e.getMessage());
    }
    spec.commandLine().getOut().print(heading + explain(cal, received, saturday, time, conv, official, due));
    spec.commandLine().getOut().flush();
    return MotcuaCommand.EXIT_OK;
  }

  /** The settings' convention for the instrument in force on the receipt date, else the procedure's own. */
  private static Optional<WorkingDayConvention> configuredConvention(ConfigOptions.Configuration configuration,
      ProcessingTime time, LocalDateTime received) {
    Optional<LegalInstrument> instrument = LegalInstrument.inForceOn(received.toLocalDate());
    Optional<WorkingDayConvention> fromSettings = instrument.flatMap(i -> configuration.regulation().settings(i)
        .convention());
    return fromSettings.isPresent() ? fromSettings : time.convention();
  }

  private ProcessingTime processingTime() {
    Period period = Objects.requireNonNull(this.period, "period");
    if (convention != null && period.workingDays == null) {
      throw new ParameterException(spec.commandLine(), "--convention applies to --working-days only");
    }
    if (period.workingDays != null) {
      return ProcessingTime.workingDays(atLeastOne("--working-days", period.workingDays));
    }
    if (period.workingHours != null) {
      return ProcessingTime.workingHours(atLeastOne("--working-hours", period.workingHours));
    }
    if (period.calendarDays != null) {
      return ProcessingTime.calendarDays(atLeastOne("--calendar-days", period.calendarDays));
    }
    return ProcessingTime.sameDay();
  }

  private int atLeastOne(String option, int n) {
    if (n < 1) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '" + option + "': expected at least 1 but was " + n);
    }
    return n;
  }

  static String explain(WorkingCalendar cal, LocalDateTime received, boolean saturdayReception,
      ProcessingTime time, WorkingDayConvention conv, LocalDateTime official, LocalDateTime due) {
    ZoneId zone = cal.zone();
    StringBuilder sb = new StringBuilder();
    sb.append("Received:               ").append(Texts.dateTime(received, zone)).append('\n');
    sb.append("Official receipt time:  ").append(Texts.dateTime(official, zone));
    if (official.equals(received)) {
      sb.append("  inside working hours\n");
    } else {
      sb.append("  start of the next working period\n");
    }
    if (!cal.isReceptionOpen(received, saturdayReception)) {
      sb.append("                        note: the one-stop unit does not receive")
          .append(saturdayReception ? "" : " this procedure")
          .append(" at that time\n");
    } else if (!official.equals(received)) {
      sb.append("                        (Saturday reception, Decision 14/2010/QĐ-TTg: counts from the next"
          + " working period [inferred])\n");
    }
    sb.append("Processing time:        ").append(describe(time, conv)).append('\n');
    sb.append("                        ").append(rule(time, conv, official, due)).append('\n');
    sb.append("Due:                    ").append(Texts.dateTime(due, zone)).append('\n');

    StringBuilder skipped = new StringBuilder();
    int offDays = 0;
    int weekly = 0;
    StringBuilder makeUps = new StringBuilder();
    for (LocalDate d = received.toLocalDate(); !d.isAfter(due.toLocalDate()); d = d.plusDays(1)) {
      Optional<DayOff> off = cal.dayOff(d);
      if (off.isPresent() && off.get().kind() == DayKind.WEEKLY_REST) {
        weekly++;
      } else if (off.isPresent()) {
        offDays++;
        skipped.append(Texts.f("  %s  %s  %-12s  %s / %s\n", d, Texts.day(d), off.get().kind(),
            off.get().nameVi(), off.get().nameEn()));
      } else if (d.getDayOfWeek().getValue() >= 6) {
        makeUps.append("  ").append(d).append("  ").append(Texts.day(d)).append("  make-up working day\n");
      }
    }
    sb.append('\n');
    String weekends = weekly == 0 ? "" : Texts.f(" (besides %d weekly rest day%s)", weekly, weekly == 1 ? "" : "s");
    if (offDays == 0) {
      sb.append("No holiday or other day off between receipt and due").append(weekends).append(".\n");
    } else {
      sb.append("Days off skipped between receipt and due").append(weekends).append(":\n");
      sb.append(skipped);
    }
    if (makeUps.length() > 0) {
      sb.append("Make-up working days counted as working days:\n").append(makeUps);
    }
    sb.append("Times are local to ").append(zone).append(".\n");
    return sb.toString();
  }

  private static String describe(ProcessingTime time, WorkingDayConvention conv) {
    int n = time.amount();
    return switch (time.kind()) {
      case WORKING_DAYS -> n + " working day" + (n == 1 ? "" : "s") + ", convention " + conv.label();
      case WORKING_HOURS -> n + " working hour" + (n == 1 ? "" : "s");
      case SAME_DAY -> "same day (trong ngày)";
      case CALENDAR_DAYS -> n + " calendar day" + (n == 1 ? "" : "s");
    };
  }

  private static String rule(
      ProcessingTime time, WorkingDayConvention conv, LocalDateTime official, LocalDateTime due) {
    return switch (time.kind()) {
      case WORKING_DAYS -> conv == WorkingDayConvention.CIVIL_CODE
          ? "the day of receipt is not counted; due at the close of the " + ordinal(time.amount())
              + " working day after it (Civil Code 2015 Art 147–148)"
          : time.amount() + " × 8 working hours from the official receipt time, skipping lunch, nights and days"
              + " off (convention " + conv.label() + ")";
      case WORKING_HOURS -> "working hours from the official receipt time, skipping lunch, nights and days off";
      case SAME_DAY -> (due.toLocalDate().equals(official.toLocalDate())
          ? "officially received before the 15:00 cut-off: due at the close of that working day"
          : "officially received at or after the 15:00 cut-off: due at the close of the next working day")
          + " (Decree 23/2015/NĐ-CP Art 7; Decree 99/2022/NĐ-CP Art 16)";
      case CALENDAR_DAYS -> "due at the close of business of the " + ordinal(time.amount())
          + " day after the day of receipt, or of the next working day if that day is off (Civil Code 2015"
          + " Art 147–148; close of business rather than 24:00 [inferred])";
    };
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }
}
