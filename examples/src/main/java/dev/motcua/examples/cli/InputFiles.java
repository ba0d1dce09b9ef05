package dev.motcua.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a command's input file (or {@code -} for standard input) to be streamed, whatever its size, and says
 * in words what is wrong with a path or a read, without exception class names.
 */
final class InputFiles {
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

  /**
   * Reads a small input whole (a configuration file: catalogue, calendar, settings), within a bound set by the
   * heap, so that {@code /dev/zero} or a huge file is a usage error in words, never an {@code OutOfMemoryError}.
   */
  static byte[] read(String input, InputStream stdin) {
    // 64 MB holds a catalogue of half a million procedures; a smaller heap lowers the bound.
    long limit = Math.max(1 << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8));
    try (InputStream in = open(input, stdin)) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > limit) {
          throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + name(input) + ": larger than "
              + (limit >> 20) + " MB, the most a configuration file may hold");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw readFailure(input, e);
    }
  }

  /** A failure while reading, in words: the system's reason, never an exception class name. */
  static CliException readFailure(String input, IOException e) {
    return new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + name(input) + ": "
        + dev.motcua.format.MalformedInputException.quote(reason(e)).replaceAll("^\"|\"$", ""));
  }

  /** The system's reason for a failed read or write, "input/output error" when it gives none. */
  static String reason(IOException e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? "input/output error" : e.getMessage();
  }
}
