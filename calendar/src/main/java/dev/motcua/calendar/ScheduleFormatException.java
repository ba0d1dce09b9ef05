package dev.motcua.calendar;

import dev.motcua.format.MalformedInputException;
import org.jspecify.annotations.Nullable;

/**
 * A schedule file is malformed: a member of the {@link MalformedInputException} family, naming the field
 * (JSON path), the value and the position (line and column).
 */
public final class ScheduleFormatException extends MalformedInputException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param problem what is wrong
   * @param path the JSON path of the field, e.g. {@code $.years[0].days[3].kind}
   * @param value the offending value, or empty if there is none
   * @param line the 1-based line, 0 or less if unknown
   * @param column the 1-based column, 0 or less if unknown
   * @param cause the underlying error, if any
   */
  public ScheduleFormatException(
      String problem, String path, String value, int line, int column, @Nullable Throwable cause) {
    super(problem, path, value.isEmpty() ? null : value, line, column, cause);
  }
}
