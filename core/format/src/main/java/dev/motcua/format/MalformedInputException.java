package dev.motcua.format;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Input that does not match its format (dữ liệu sai định dạng): the base type of every parse error of
 * motcua, so that a host catches one type and reads the same facts from each — what is wrong, where (a
 * JSON path in one syntax, {@code $.events[3].at}; line and column where known) and the offending value
 * (bounded to {@value #MAX_VALUE_LENGTH} characters and escaped, safe to log or show).
 *
 * <p>The message reads {@code "$.events[3].at: expected an ISO-8601 date-time with offset, was
 * \"29/04/2026\" (line 4, column 12)"}; parts that are unknown are left out.
 *
 * <p>Subclasses are immutable apart from the stack trace.
 */
public abstract class MalformedInputException extends IllegalArgumentException {
  /** The longest offending value kept, in characters; longer values are cut and end with {@code …}. */
  public static final int MAX_VALUE_LENGTH = 80;

  private static final long serialVersionUID = 1L;

  /** What is wrong, e.g. {@code "expected an ISO-8601 date-time with offset"}. */
  private final String problem;
  /** The JSON path, or null when the input is not JSON (a dossier code, a period). */
  private final @Nullable String path;
  /** The offending value, bounded and escaped, or null when there is none (a missing field). */
  private final @Nullable String value;
  /** The 1-based line, or 0 if unknown. */
  private final int line;
  /** The 1-based column, or 0 if unknown. */
  private final int column;

  /**
   * Creates an exception.
   *
   * @param problem what is wrong, not blank
   * @param path the JSON path ({@code $} for the root, {@code $.events[3].at}), or null if the input is not JSON
   * @param value the offending value as given (it is bounded and escaped here), or null if there is none
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param cause the underlying error, or null
   */
  protected MalformedInputException(String problem, @Nullable String path, @Nullable CharSequence value,
      int line, int column, @Nullable Throwable cause) {
    super(message(problem, path, value == null ? null : quote(value), line, column), cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.path = path;
    this.value = value == null ? null : quote(value);
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
  }

  /**
   * Returns what is wrong, without the position and the value.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the JSON path of the offending field, {@code $} for the root, e.g. {@code $.events[3].at}.
   *
   * @return the path, empty if the input is not JSON
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * Returns the offending value, in double quotes, escaped ({@code \"}, {@code \\}, control characters as
   * {@code \}{@code uXXXX}) and bounded to {@link #MAX_VALUE_LENGTH} characters.
   *
   * @return the value, empty if there is none (for example a missing field)
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the 1-based line of the offending input.
   *
   * @return the line, empty if unknown
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the 1-based column of the offending input (for a one-line input such as a dossier code, the
   * position of the first wrong character).
   *
   * @return the column, empty if unknown
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Quotes a value for a message: double quotes around it, {@code "} and {@code \} escaped, control and
   * invisible characters as {@code \}{@code uXXXX}, at most {@link #MAX_VALUE_LENGTH} characters of it.
   *
   * @param value the value
   * @return the quoted value
   */
  public static String quote(CharSequence value) {
    StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_VALUE_LENGTH) + 8).append('"');
    int n = Math.min(value.length(), MAX_VALUE_LENGTH);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT
          || Character.isSurrogate(c) && !validSurrogate(value, i, n)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      b.append('…');
    }
    return b.append('"').toString();
  }

  // A surrogate is kept only as half of a pair that lies wholly inside the kept prefix.
  private static boolean validSurrogate(CharSequence s, int i, int n) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static String message(String problem, @Nullable String path, @Nullable String quoted, int line,
      int column) {
    StringBuilder b = new StringBuilder();
    if (path != null) {
      b.append(path).append(": ");
    }
    b.append(problem);
    if (quoted != null) {
      b.append(", was ").append(quoted);
    }
    if (line > 0 && column > 0) {
      b.append(" (line ").append(line).append(", column ").append(column).append(')');
    } else if (column > 0) {
      b.append(" (at character ").append(column).append(')');
    }
    return b.toString();
  }
}
