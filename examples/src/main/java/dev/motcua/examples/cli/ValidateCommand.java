package dev.motcua.examples.cli;

import dev.motcua.rules.deadline.DossierStanding;
import java.time.Duration;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motcua validate}: replays event logs and prints every violation with its legal basis. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates one event log {\"formatVersion\":1,\"events\":[…]} or a JSON array of them, or the national"
          + " portal's sync records: replays each history and prints every violation (event index, code, legal"
          + " basis, message in Vietnamese then English).",
      "The input is read one dossier at a time, whatever its size; dossiers are validated on every processor"
          + " and printed in input order."
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

  @Parameters(index = "0", paramLabel = "<input.json|->",
      description = "The file, or - for standard input: event logs, or with --input-format dvcqg the national"
          + " portal's dossier records.")
  String input;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin ConfigOptions config;

  @Option(names = "--input-format", paramLabel = "events|dvcqg", defaultValue = "events",
      description = "events: one event log {\"formatVersion\":1,\"events\":[…]} or a JSON array of them"
          + " (default); dvcqg: a JSON array of the national portal's dossier records (DongBoHoSoMC), progress"
          + " records nested as QuaTrinhXuLy or given with --progress.")
  DossierInput.Format inputFormat;

  @Option(names = "--progress", paramLabel = "FILE",
      description = "With --input-format dvcqg: a JSON array of progress records (CapNhatTienDoHoSoMC) matched"
          + " by MaHoSo.")
  @Nullable String progress;

  @Option(names = "--lenient-sync",
      description = "With --input-format dvcqg: repair the known sender rewrites (5, 6 or 8 sent as 9; a"
          + " synthetic received step; a closing 9 at the receipt time) with warning SYNC_REWRITE_SUSPECTED"
          + " instead of refusing them.")
  boolean lenientSync;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Dossiers validated at once, on as many threads besides the one reading the input (default: 0,"
          + " one per processor but the reader's).",
      defaultValue = "0")
  int jobs;

  @Override
  public Integer call() {
    if (inputFormat != DossierInput.Format.dvcqg && (progress != null || lenientSync)) {
      throw new ParameterException(spec.commandLine(),
          (progress != null ? "--progress" : "--lenient-sync") + " applies to --input-format dvcqg only");
    }
    if (jobs < 0) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--jobs': expected 0 (all processors) or more but was " + jobs);
    }
    // The reading thread is busy too (it splits the input and writes the results): on 2 cores one worker beside
    // it ran 7.1 s where two ran 8.7 s (141 MB, 80,000 logs), and one core alone 13.7 s.
    int threads = jobs == 0 ? Math.max(1, Runtime.getRuntime().availableProcessors() - 1) : jobs;
    ConfigOptions.Configuration configuration = config.load(parent.stdin(), input);
    PrintWriter out = spec.commandLine().getOut();
    boolean valid;
    try (DossierInput in = DossierInput.open(inputFormat, input, progress, lenientSync, parent.stdin())) {
      String name = InputFiles.name(input);
      String rules = configuration.description();
      valid = ValidationRun.run(in, format == Format.json ? ValidationRun.json(out, name, rules,
          inputFormat == DossierInput.Format.dvcqg)
          : ValidationRun.text(out, name, rules), out, threads, configuration.regulation());
      out.flush();
      in.warnUnmatchedProgress(spec.commandLine().getErr(), "motcua validate");
    } finally {
      out.flush();
    }
    return valid ? MotcuaCommand.EXIT_OK : MotcuaCommand.EXIT_VIOLATIONS;
  }

  /** The standing under a log: due, timeliness, working time, then the warnings. */
  static void standing(StringBuilder sb, DossierStanding s) {
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
