package dev.motcua.examples.cli;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.deadline.DossierStanding;
import java.time.Duration;
import dev.motcua.examples.json.CliJson;
import dev.motcua.examples.json.EventLogFiles;
import dev.motcua.core.json.JsonFormatException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motcua validate}: replays event logs and prints every violation with its legal basis. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates one event log {\"formatVersion\":1,\"events\":[…]} or a JSON array of them: replays each"
          + " history and prints every violation (event index, code, legal basis, message in Vietnamese then"
          + " English)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every event log is valid",
      "1:violations found",
      "2:usage error, or the input cannot be read (the message names the JSON path)"
    })
final class ValidateCommand implements Callable<Integer> {

  /** Output formats. Lower case: picocli shows the constants as the accepted values. */
  enum Format {
    text,
    json
  }

  @ParentCommand MotcuaCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<event-log.json|->", description = "The file, or - for standard input.")
  String input;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin ConfigOptions config;

  @Override
  public Integer call() {
    ConfigOptions.Configuration configuration = config.load(parent.stdin(), input);
    List<List<DossierEvent>> logs;
    try {
      logs = EventLogFiles.read(read());
    } catch (JsonFormatException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + name() + ": " + e.getMessage());
    }
    Regulation regulation = configuration.regulation();
    List<Replay> replays = logs.stream().map(regulation::validate).toList();
    List<DossierStanding> standings = replays.stream().map(regulation::standing).toList();
    String text = format == Format.json
        ? CliJson.validation(name(), configuration.description(), replays, standings)
        : text(name(), configuration.description(), replays, standings);
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return replays.stream().allMatch(Replay::isValid) ? MotcuaCommand.EXIT_OK : MotcuaCommand.EXIT_VIOLATIONS;
  }

  private String name() {
    return InputFiles.name(input);
  }

  private byte[] read() {
    return InputFiles.read(input, parent.stdin());
  }

  static String text(String input, String rules, List<Replay> replays, List<DossierStanding> standings) {
    StringBuilder sb = new StringBuilder();
    sb.append("Input: ").append(input).append(", ").append(replays.size())
        .append(replays.size() == 1 ? " event log\n" : " event logs\n");
    sb.append("Rules: ").append(rules).append("\n\n");
    int violations = 0;
    int invalidLogs = 0;
    for (int i = 0; i < replays.size(); i++) {
      Replay r = replays.get(i);
      Optional<Dossier> d = r.dossier();
      sb.append("Log ").append(i + 1).append(" of ").append(replays.size()).append(": ");
      d.flatMap(Dossier::code).ifPresent(code -> sb.append(code).append(", "));
      sb.append(r.eventCount()).append(r.eventCount() == 1 ? " event" : " events");
      d.ifPresent(x -> sb.append(", final status ").append(x.status()));
      if (r.isValid()) {
        sb.append(" — valid\n");
        standing(sb, standings.get(i));
        continue;
      }
      invalidLogs++;
      violations += r.violations().size();
      if (r.violations().isEmpty()) {
        sb.append(" — invalid: no event was applied\n");
        standing(sb, standings.get(i));
        continue;
      }
      sb.append(" — ").append(r.violations().size())
          .append(r.violations().size() == 1 ? " violation\n" : " violations\n");
      standing(sb, standings.get(i));
      for (Violation v : r.violations()) {
        sb.append("  events[").append(v.eventIndex()).append("]  ").append(v.code()).append("  (")
            .append(v.isRefusal() ? "refusal: the event is not applied" : "breach: the event is applied")
            .append(")\n");
        sb.append("    Căn cứ: ").append(v.legalBasis().vi()).append('\n');
        sb.append("    Basis:  ").append(v.legalBasis().en()).append('\n');
        sb.append("    vi: ").append(v.messageVi()).append('\n');
        sb.append("    en: ").append(v.messageEn()).append('\n');
      }
    }
    sb.append('\n');
    if (invalidLogs == 0) {
      sb.append("Result: valid\n");
    } else {
      sb.append("Result: ").append(violations).append(violations == 1 ? " violation in " : " violations in ")
          .append(invalidLogs).append(" of ").append(replays.size())
          .append(replays.size() == 1 ? " event log\n" : " event logs\n");
    }
    return sb.toString();
  }

  /** The standing under a log: due, timeliness, working time, then the warnings. */
  private static void standing(StringBuilder sb, DossierStanding s) {
    sb.append("  due ").append(s.dueWithOffset().map(d -> d + " (" + Texts.day(d.toLocalDate()) + ")").orElse("—"))
        .append(", timeliness ").append(s.timeliness().map(Enum::name).orElse("—"))
        .append(", working time used ").append(s.workingTimeUsed().map(ValidateCommand::hours).orElse("—"))
        .append(", left ").append(s.workingTimeLeft().map(ValidateCommand::hours).orElse("—")).append('\n');
    for (DossierStanding.Message m : s.warnings()) {
      sb.append("  warning ").append(m.code()).append(": ").append(m.message()).append('\n');
    }
  }

  /** {@code 16 h 30 min}, {@code -2 h}: working time in hours and minutes. */
  static String hours(Duration d) {
    long minutes = d.toMinutes();
    String sign = minutes < 0 ? "-" : "";
    long abs = Math.abs(minutes);
    return sign + (abs / 60) + " h" + (abs % 60 == 0 ? "" : " " + (abs % 60) + " min");
  }
}
