package dev.motcua.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code motcua} command: the one-stop mechanism (cơ chế một cửa) from the command line.
 *
 * <pre>{@code
 * java -jar examples/target/motcua.jar days-off 2026
 * java -jar examples/target/motcua.jar due --received 2026-02-13T16:30 --working-days 1
 * java -jar examples/target/motcua.jar validate log.json --format json
 * java -jar examples/target/motcua.jar report --period 2026-05 --synthetic 10000 --seed 42
 * java -jar examples/target/motcua.jar evaluate --period 2026-Q2 --by agency dossiers.json --format html
 * java -jar examples/target/motcua.jar form receipt log.json --out receipt.pdf
 * java -jar examples/target/motcua.jar demo
 * }</pre>
 *
 * <p>Exit status: {@value #EXIT_OK} success (for {@code validate}: every log valid); {@value
 * #EXIT_VIOLATIONS} {@code validate} found violations; {@value #EXIT_USAGE} usage error, unreadable input,
 * a date outside the calendar or an output that cannot be written, with a one-line message naming the option,
 * the value or the JSON path; {@value
 * #EXIT_INTERNAL} internal error (a bug).
 *
 * <p>Instances are created per run by {@link #newCommandLine(InputStream)}; they are not thread-safe.
 */
@Command(
    name = "motcua",
    mixinStandardHelpOptions = true,
    versionProvider = MotcuaCommand.Version.class,
    description = {
      "Vietnam's one-stop mechanism (cơ chế một cửa) for administrative-procedure dossiers: working"
          + " calendar, deadlines, dossier lifecycle and reports."
    },
    subcommands = {
      DaysOffCommand.class,
      DueCommand.class,
      EvaluateCommand.class,
      FormCommand.class,
      ReportCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      DemoCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success; for validate: every event log is valid",
      "1:validate found violations",
      "2:usage error, unreadable input, or a date outside the calendar",
      "3:internal error (a bug: please report it)"
    })
public final class MotcuaCommand implements Runnable {

  /** Exit status: success; for {@code validate}, every event log is valid. */
  public static final int EXIT_OK = 0;
  /** Exit status: {@code validate} found violations. */
  public static final int EXIT_VIOLATIONS = 1;
  /** Exit status: usage error, unreadable input, or a date outside the calendar. */
  public static final int EXIT_USAGE = 2;
  /** Exit status: internal error. */
  public static final int EXIT_INTERNAL = 3;

  /** The longest one-line message printed, in characters. */
  private static final int MAX_MESSAGE = 1000;

  @Spec CommandSpec spec;

  private final InputStream stdin;

  private MotcuaCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Runs the command line and exits the JVM with its exit status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // The standard output's own file, not System.out: a PrintStream swallows write errors, so a full disk
    // would end a run with exit 0 and a truncated output.
    int status = run(args, standardInput(), new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
        1 << 16), System.err);
    System.exit(status);
  }

  /**
   * System.in, unless the process was started with its standard input closed ({@code <&-}): then the JVM's
   * first open file took descriptor 0 — its own module image — and reading "standard input" read that file and
   * crashed the JVM (exit 139). Seen through {@code /proc/self/fd/0} where there is one; elsewhere System.in.
   */
  private static InputStream standardInput() {
    try {
      Path fd0 = Path.of("/proc/self/fd/0");
      if (Files.isSymbolicLink(fd0)
          && isJvmFile(Files.readSymbolicLink(fd0), Path.of(System.getProperty("java.home")).toRealPath())) {
        return new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("standard input is closed");
          }
        };
      }
    } catch (IOException | RuntimeException e) {
      // no /proc, or not readable: System.in as it is
    }
    return System.in;
  }

  /** Whether descriptor 0 names a file of the running JVM, so standard input was closed at launch. */
  static boolean isJvmFile(Path fd0Target, Path javaHome) {
    return fd0Target.isAbsolute() && fd0Target.normalize().startsWith(javaHome);
  }

  /**
   * Runs the command line on the given streams, as {@link #main} does, and returns its exit status: an output
   * that cannot be written (a full disk) is a one-line error and {@value #EXIT_USAGE}, whatever the command
   * returned; a reader that closed the pipe early ({@code | head}) is not an error.
   */
  static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    CommandLine cl = newCommandLine(stdin);
    WriteFailure failure = new WriteFailure(stdout);
    // UTF-8 whatever the platform's default: the output is full of Vietnamese diacritics.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(failure, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    cl.setOut(out);
    cl.setErr(err);
    int status;
    try {
      status = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // What was being built is garbage once unwound: enough is left to say so in one line.
      err.print(name(cl) + ": " + outOfMemory() + "\n");
      status = EXIT_USAGE;
    }
    out.flush();
    IOException e = failure.first;
    if (e != null && !isBrokenPipe(e)) {
      err.print(name(cl) + ": cannot write standard output: " + Texts.oneLine(InputFiles.reason(e), MAX_MESSAGE)
          + "; the output is incomplete\n");
      status = EXIT_USAGE;
    }
    err.flush();
    return status;
  }

  // "motcua validate", or "motcua" before a command was parsed
  private static String name(CommandLine cl) {
    CommandLine.ParseResult pr = cl.getParseResult();
    return pr != null && pr.subcommand() != null ? "motcua " + pr.subcommand().commandSpec().name() : "motcua";
  }

  /** The message for an input too large for the heap (an evaluation, a tracking book: what must be held). */
  static String outOfMemory() {
    return "not enough memory for this input with the JVM's heap of " + (Runtime.getRuntime().maxMemory() >> 20)
        + " MB: give java a larger -Xmx, or a smaller input";
  }

  private static boolean isBrokenPipe(IOException e) {
    return e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
  }

  /** The first write error of a stream, kept for the exit status (PrintWriter only keeps a flag). */
  private static final class WriteFailure extends FilterOutputStream {
    @Nullable IOException first;

    WriteFailure(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    private void remember(IOException e) {
      if (first == null) {
        first = e;
      }
    }
  }

  /**
   * Creates a configured command line: case-insensitive enum values, one-line errors without stack traces,
   * the documented exit statuses. Set its writers with {@link CommandLine#setOut} and
   * {@link CommandLine#setErr} before {@link CommandLine#execute}.
   *
   * @param stdin what {@code validate -} reads
   * @return a new command line
   */
  public static CommandLine newCommandLine(InputStream stdin) {
    CommandLine cl = new CommandLine(new MotcuaCommand(Objects.requireNonNull(stdin, "stdin")));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(MotcuaCommand::onParameterException);
    cl.setExecutionExceptionHandler(MotcuaCommand::onExecutionException);
    return cl;
  }

  InputStream stdin() {
    return stdin;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: days-off, due, evaluate, form, report, validate, convert or demo");
  }

  // A usage error: the message (picocli's names the option and the expected form), suggestions for typos and
  // a pointer to --help rather than the whole usage, which would bury the message.
  private static int onParameterException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    // picocli starts some messages with "Error: "; the command's name already says it is one.
    // One line whatever the user typed: picocli quotes values whole (a newline or 5 MB in a value).
    String message = Texts.oneLine(String.valueOf(ex.getMessage()).replaceFirst("^Error: ", ""), MAX_MESSAGE);
    err.print(cmd.getCommandSpec().qualifiedName() + ": " + message + "\n");
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.print("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.\n");
    err.flush();
    return EXIT_USAGE;
  }

  private static int onExecutionException(
      Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof OutputFailed) {
      // stopped early; run() names the write error (nothing for a closed pipe)
      return EXIT_USAGE;
    }
    if (ex instanceof CliException user) {
      err.print(cmd.getCommandSpec().qualifiedName() + ": " + Texts.oneLine(user.getMessage(), MAX_MESSAGE) + "\n");
      err.flush();
      return user.exitCode();
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        // on a worker thread, reached here wrapped
        err.print(cmd.getCommandSpec().qualifiedName() + ": " + outOfMemory() + "\n");
        err.flush();
        return EXIT_USAGE;
      }
    }
    err.print(cmd.getCommandSpec().qualifiedName() + ": internal error, please report it: " + ex + "\n");
    ex.printStackTrace(err);
    err.flush();
    return EXIT_INTERNAL;
  }

  /** The project version, filtered into {@code version.properties} by Maven. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = MotcuaCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"motcua " + p.getProperty("version", "unknown")};
    }
  }
}
