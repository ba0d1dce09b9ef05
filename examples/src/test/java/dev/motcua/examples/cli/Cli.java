package dev.motcua.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** Runs {@code motcua} in-process, capturing what it writes; never touches the process's streams. */
final class Cli {

  /**
   * One run.
   *
   * @param args the arguments
   * @param status the exit status
   * @param out what was written to standard output
   * @param err what was written to standard error
   */
  record Run(List<String> args, int status, String out, String err) {
    /** The run as a golden transcript: command, exit status, then both streams. */
    String transcript() {
      return "$ motcua " + String.join(" ", args) + "\n"
          + "exit status: " + status + "\n"
          + "--- stdout\n" + out
          + "--- stderr\n" + err;
    }
  }

  private Cli() {}

  static Run run(String... args) {
    return runWithInput("", args);
  }

  static Run runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = MotcuaCommand.newCommandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    // No colours, whatever the environment says: golden files hold plain text.
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
    int status = cl.execute(args);
    return new Run(List.of(args), status, out.toString(), err.toString());
  }
}
