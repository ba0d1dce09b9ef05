package dev.motcua.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that shape how {@code report}, {@code evaluate} and {@code form} read the national portal's sync
 * records ({@code --input-format dvcqg}), as {@code validate} does: the progress records given apart and the
 * lenient reading of the known sender rewrites.
 */
final class SyncInputOptions {
  @Option(names = "--progress", paramLabel = "FILE",
      description = "With --input-format dvcqg: progress records (CapNhatTienDoHoSoMC) matched by MaHoSo.")
  @Nullable String progress;

  @Option(names = "--lenient-sync",
      description = "With --input-format dvcqg: repair the known sender rewrites, as validate does.")
  boolean lenientSync;

  /** Refuses the options with event logs, naming the one given. */
  void check(CommandSpec spec, DossierInput.Format format) {
    if (format != DossierInput.Format.dvcqg && (progress != null || lenientSync)) {
      throw new ParameterException(spec.commandLine(),
          (progress != null ? "--progress" : "--lenient-sync") + " applies to --input-format dvcqg only");
    }
  }
}
