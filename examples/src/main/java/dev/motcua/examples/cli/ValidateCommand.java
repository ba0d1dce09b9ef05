package dev.motcua.examples.cli;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.examples.ConfiguredRules;
import dev.motcua.examples.json.CliJson;
import dev.motcua.examples.json.EventLogFiles;
import dev.motcua.core.json.JsonFormatException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
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

  @Override
  public Integer call() {
    List<List<DossierEvent>> logs;
    try {
      logs = EventLogFiles.read(read());
    } catch (JsonFormatException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + name() + ": " + e.getMessage());
    }
    Function<List<DossierEvent>, Replay> validator = ConfiguredRules.validator();
    List<Replay> replays = logs.stream().map(validator).toList();
    String text = format == Format.json
        ? CliJson.validation(name(), ConfiguredRules.description(), replays)
        : text(name(), replays);
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

  static String text(String input, List<Replay> replays) {
    StringBuilder sb = new StringBuilder();
    sb.append("Input: ").append(input).append(", ").append(replays.size())
        .append(replays.size() == 1 ? " event log\n" : " event logs\n");
    sb.append("Rules: ").append(ConfiguredRules.description()).append("\n\n");
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
        continue;
      }
      invalidLogs++;
      violations += r.violations().size();
      if (r.violations().isEmpty()) {
        sb.append(" — invalid: no event was applied\n");
        continue;
      }
      sb.append(" — ").append(r.violations().size())
          .append(r.violations().size() == 1 ? " violation\n" : " violations\n");
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
}
