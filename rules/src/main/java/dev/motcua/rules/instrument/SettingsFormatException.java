package dev.motcua.rules.instrument;

import dev.motcua.format.MalformedInputException;
import org.jspecify.annotations.Nullable;

/**
 * A regulation settings file (cấu hình quy định) is malformed: a member of the {@link
 * MalformedInputException} family naming what is wrong, where (a JSON path such as {@code
 * $.instruments.DECREE_118_2025.maxReschedules}, line and column) and the offending value, bounded and escaped.
 *
 * <p>This class is immutable apart from the stack trace.
 */
public final class SettingsFormatException extends MalformedInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param problem what is wrong
   * @param path the JSON path
   * @param value the offending value as given, or null if there is none
   * @param line the 1-based line, 0 if unknown
   * @param column the 1-based column, 0 if unknown
   * @param cause the underlying error, or null
   */
  public SettingsFormatException(String problem, String path, @Nullable CharSequence value, int line,
      int column, @Nullable Throwable cause) {
    super(problem, path, value, line, column, cause);
  }
}
