package dev.motcua.examples.cli;

import java.io.PrintWriter;

/**
 * The output can no longer be written (a full disk, a reader that closed the pipe): a command that streams stops
 * instead of working through the rest of a large input for nobody. {@link MotcuaCommand} says which, from the
 * write error.
 */
final class OutputFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many items between two checks of the output (a check flushes it). */
  static final int CHECK_EVERY = 256;

  OutputFailed() {
    super("the output cannot be written", null, false, false);
  }

  /** Whether the output, checked after every {@value #CHECK_EVERY}th item, has failed. */
  static boolean due(long written, PrintWriter out) {
    return written % CHECK_EVERY == 0 && out.checkError();
  }
}
