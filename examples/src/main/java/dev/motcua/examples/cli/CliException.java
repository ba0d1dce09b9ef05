package dev.motcua.examples.cli;

/**
 * A user error found while running a command (unreadable input, unsupported year…): printed as one line
 * naming the command, never with a stack trace, and turned into the exit status it carries.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
