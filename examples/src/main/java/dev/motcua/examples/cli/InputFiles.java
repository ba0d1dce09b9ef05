package dev.motcua.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a command's input file (or {@code -} for standard input) whole, within a bound set by the heap, so
 * that a huge or endless input ({@code /dev/zero}) ends in a usage error naming the limit, never in an
 * {@code OutOfMemoryError}; and says in words what is wrong with a path, without exception class names.
 */
final class InputFiles {
  // The parsed event logs take several times the input's size; an eighth of the heap leaves room for them.
  private static final long LIMIT = Math.min(Runtime.getRuntime().maxMemory() / 8, Integer.MAX_VALUE - 8);

  private InputFiles() {}

  /** The input's name in messages. */
  static String name(String input) {
    return input.equals("-") ? "standard input" : input;
  }

  /**
   * Opens an input to stream it, whatever its size: a missing file, a directory or an unreadable file is a
   * usage error in words. Reading errors later surface as {@link java.io.UncheckedIOException} or {@link
   * IOException}; {@link #readFailure} words them.
   */
  static InputStream open(String input, InputStream stdin) {
    if (input.equals("-")) {
      return new java.io.BufferedInputStream(stdin, 1 << 16);
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + input + ": it is a directory, not a file");
    }
    try {
      return new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + input + ": no such file");
    } catch (AccessDeniedException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + input + ": permission denied");
    } catch (IOException e) {
      throw readFailure(input, e);
    }
  }

  /** A failure while reading, in words: the system's reason, never an exception class name. */
  static CliException readFailure(String input, IOException e) {
    String reason = e.getMessage() == null || e.getMessage().isBlank() ? "input/output error" : e.getMessage();
    return new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + name(input) + ": "
        + dev.motcua.format.MalformedInputException.quote(reason).replaceAll("^\"|\"$", ""));
  }

  static byte[] read(String input, InputStream stdin) {
    if (input.equals("-")) {
      return bounded(stdin, input);
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + input + ": it is a directory, not a file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return bounded(in, input);
    } catch (NoSuchFileException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + input + ": no such file");
    } catch (AccessDeniedException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + input + ": permission denied");
    } catch (IOException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + input + ": " + e.getMessage());
    }
  }

  private static byte[] bounded(InputStream in, String input) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(LIMIT + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > LIMIT) {
        throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + name(input) + ": it is larger than "
            + (LIMIT >> 20) + " MB, the most this command reads with the memory it was given (java -Xmx…)");
      }
      return bytes;
    } catch (IOException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + name(input) + ": " + e.getMessage());
    }
  }
}
