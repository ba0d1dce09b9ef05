package dev.motcua.examples.cli;

import dev.motcua.core.json.EventLogJson;
import dev.motcua.examples.ConfiguredRules;
import dev.motcua.rules.portal.SyncWarning;
import dev.motcua.rules.portal.SyncWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code motcua convert}: event logs to the national portal's sync records and back, one dossier at a time.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Converts between motcua event logs and the national portal's sync records (DVCQG DongBoHoSoMC dossier"
          + " records with their CapNhatTienDoHoSoMC progress records nested as QuaTrinhXuLy), one dossier at a"
          + " time, to standard output.",
      "--to dvcqg: the input is one event log or a JSON array of them; events the portal has no status for (a"
          + " return at intake, a resubmission, a reschedule) are left out with a warning on standard error. A"
          + " dossier never received has no code: its MaHoSo is NO-CODE-<n>, n its 1-based position.",
      "--to events: the input is a JSON array of dossier records; the output a JSON array of event logs."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:converted (warnings on standard error)", "2:usage error or unreadable input"})
final class ConvertCommand implements Callable<Integer> {

  /** Output formats. Lower case: picocli shows the constants as the accepted values. */
  enum To {
    dvcqg,
    events
  }

  @ParentCommand MotcuaCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<input.json|->", description = "The file, or - for standard input.")
  String input;

  @Option(names = "--to", required = true, paramLabel = "dvcqg|events",
      description = "dvcqg: event logs to sync records; events: sync records to event logs.")
  To to;

  @Option(names = "--progress", paramLabel = "FILE",
      description = "With --to events: a JSON array of progress records matched by MaHoSo.")
  @Nullable String progress;

  @Option(names = "--lenient-sync",
      description = "With --to events: repair the known sender rewrites, with warning SYNC_REWRITE_SUSPECTED.")
  boolean lenientSync;

  @Override
  public Integer call() {
    if (to == To.dvcqg && (progress != null || lenientSync)) {
      throw new ParameterException(spec.commandLine(),
          (progress != null ? "--progress" : "--lenient-sync") + " applies to --to events only");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DossierInput.Format from = to == To.dvcqg ? DossierInput.Format.events : DossierInput.Format.dvcqg;
    try (DossierInput in = DossierInput.open(from, input, progress, lenientSync, parent.stdin())) {
      if (to == To.dvcqg) {
        toRecords(in, out, err);
      } else {
        toEvents(in, out, err);
        out.flush();
        in.warnUnmatchedProgress(err, "motcua convert");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to the command's writers does not fail
    } finally {
      out.flush();
      err.flush();
    }
    return MotcuaCommand.EXIT_OK;
  }

  private void toRecords(DossierInput in, PrintWriter out, PrintWriter err) throws IOException {
    // Closed only when every log is written: closing ends the array, and a failed conversion must not leave a
    // well-formed (shorter) array on the output for a pipeline to take as the whole.
    SyncWriter.Output records = SyncWriter.of(ConfiguredRules.regulation().calendar().zone()).open(out);
    long n = 0;
    for (DossierInput.Item item = in.next(); item != null; item = in.next()) {
      if (OutputFailed.due(++n, out)) {
        throw new OutputFailed();
      }
      List<SyncWarning> warnings;
      try {
        warnings = records.write(item.events(), "NO-CODE-" + (item.index() + 1));
      } catch (IllegalArgumentException e) {
        throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot convert log " + (item.index() + 1) + " of "
            + InputFiles.name(input) + ": " + e.getMessage());
      }
      warn(err, warnings);
    }
    records.close();
  }

  private void toEvents(DossierInput in, PrintWriter out, PrintWriter err) {
    EventLogJson json = EventLogJson.standard().withOutputZone(ConfiguredRules.regulation().calendar().zone());
    out.print('[');
    boolean first = true;
    long n = 0;
    for (DossierInput.Item item = in.next(); item != null; item = in.next()) {
      if (OutputFailed.due(++n, out)) {
        throw new OutputFailed();
      }
      out.print(first ? "\n" : ",\n");
      out.print(json.write(item.events()));
      first = false;
      warn(err, item.warnings());
    }
    out.print("\n]\n");
  }

  private static void warn(PrintWriter err, List<SyncWarning> warnings) {
    for (SyncWarning w : warnings) {
      err.print("motcua convert: warning: " + w + "\n");
    }
  }
}
