package dev.motcua.examples.cli;

import dev.motcua.calendar.ScheduleFormatException;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.calendar.WorkingCalendars;
import dev.motcua.examples.ConfiguredRules;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.instrument.SettingsFormatException;
import dev.motcua.rules.json.ProcedureCatalogueJson;
import dev.motcua.rules.json.RegulationSettingsJson;
import dev.motcua.rules.procedure.CatalogueFormatException;
import dev.motcua.rules.procedure.ProcedureCatalogue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The host's configuration files, shared by every command that judges or counts ({@code validate}, {@code
 * report}, {@code due}, {@code days-off}, and any later one) as a picocli {@code @Mixin}: {@code --procedures}
 * (a catalogue in JSON {@code motcua-procedures/1} or CSV, told apart by content), {@code --calendar} (a schedule
 * file {@code motcua-schedule/2}: official years or additions) and {@code --settings} (regulation settings
 * {@code motcua-settings/1}); {@code -} reads standard input, for one of them or the command's own input.
 *
 * <p>Without {@code --procedures} the examples' made-up catalogue is used, and the description printed by the
 * commands says so. A malformed file is a usage error (exit 2) naming the option, the file and the path, line
 * and column.
 */
final class ConfigOptions {

  @Option(names = "--procedures", paramLabel = "FILE|-",
      description = "Procedure catalogue: JSON (motcua-procedures/1) or CSV (code,name,field_code,field_name,"
          + "agency_code,agency_name,time_unit,time_amount,saturday_reception), told apart by content. Default:"
          + " the examples' made-up catalogue.")
  @Nullable String procedures;

  @Option(names = "--calendar", paramLabel = "FILE|-",
      description = "Schedule file (motcua-schedule/2): per year OFFICIAL (the complete official schedule) or"
          + " ADDITIONS (days off and make-up days added to the official or projected year).")
  @Nullable String calendar;

  @Option(names = "--settings", paramLabel = "FILE|-",
      description = "Regulation settings (motcua-settings/1): values for all instruments or per instrument, and"
          + " the rule codes to disable.")
  @Nullable String settings;

  /**
   * The configuration the options give.
   *
   * @param regulation the regulation on the calendar, catalogue and settings
   * @param description one line saying what it is, printed by the commands
   * @param exampleCatalogue whether the catalogue is the examples' (no {@code --procedures})
   */
  record Configuration(Regulation regulation, String description, boolean exampleCatalogue) {
    WorkingCalendar calendar() {
      return regulation.calendar();
    }
  }

  /**
   * Reads the files and builds the configuration.
   *
   * @param stdin standard input, for an option given {@code -}
   * @param input the command's own input argument, if it has one ({@code -} counts as standard input too)
   * @throws CliException (exit 2) if a file cannot be read or is malformed, or standard input is asked twice
   */
  Configuration load(InputStream stdin, @Nullable String input) {
    Objects.requireNonNull(stdin, "stdin");
    List<String> dashes = new ArrayList<>();
    if ("-".equals(input)) {
      dashes.add("the input");
    }
    for (String[] o : new String[][] {{"--procedures", procedures}, {"--calendar", calendar},
        {"--settings", settings}}) {
      if ("-".equals(o[1])) {
        dashes.add(o[0]);
      }
    }
    if (dashes.size() > 1) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "standard input (-) can be read once, but "
          + String.join(" and ", dashes) + " both ask for it");
    }
    WorkingCalendar cal = WorkingCalendars.vietnamCivilService();
    if (calendar != null) {
      byte[] bytes = read("--calendar", calendar, stdin);
      try {
        cal = WorkingCalendars.builder().addSchedules(new ByteArrayInputStream(bytes)).build();
      } catch (ScheduleFormatException e) {
        throw new CliException(MotcuaCommand.EXIT_USAGE, "--calendar " + InputFiles.name(calendar) + ": "
            + e.getMessage());
      }
    }
    boolean example = procedures == null;
    ProcedureCatalogue catalogue = ConfiguredRules.regulation().catalogue();
    if (procedures != null) {
      byte[] bytes = read("--procedures", procedures, stdin);
      try {
        catalogue = ProcedureCatalogueJson.readJsonOrCsv(new ByteArrayInputStream(bytes));
      } catch (CatalogueFormatException e) {
        throw new CliException(MotcuaCommand.EXIT_USAGE, "--procedures " + InputFiles.name(procedures) + ": "
            + e.getMessage());
      }
    }
    Regulation regulation = Regulation.vietnam(cal, catalogue);
    if (settings != null) {
      byte[] bytes = read("--settings", settings, stdin);
      Map<LegalInstrument, RegulationSettings> s;
      try {
        s = RegulationSettingsJson.read(new ByteArrayInputStream(bytes));
      } catch (SettingsFormatException e) {
        throw new CliException(MotcuaCommand.EXIT_USAGE, "--settings " + InputFiles.name(settings) + ": "
            + e.getMessage());
      }
      regulation = regulation.withSettings(s);
    }
    if (calendar == null && procedures == null && settings == null) {
      return new Configuration(regulation, ConfiguredRules.description(), true);
    }
    String description = ConfiguredRules.RULES
        + ", civil-service calendar" + (calendar == null ? "" : " with the schedules of " + InputFiles.name(calendar))
        + ", " + (example ? ConfiguredRules.EXAMPLE_CATALOGUE
            : catalogue.size() + (catalogue.size() == 1 ? " procedure" : " procedures") + " from "
                + InputFiles.name(procedures))
        + (settings == null ? "" : ", settings from " + InputFiles.name(settings));
    return new Configuration(regulation, description, example);
  }

  /** Reads an option's file, naming the option when it cannot be read. */
  private static byte[] read(String option, String file, InputStream stdin) {
    try {
      return InputFiles.read(file, stdin);
    } catch (CliException e) {
      throw new CliException(e.exitCode(), option + ": " + e.getMessage());
    }
  }
}
