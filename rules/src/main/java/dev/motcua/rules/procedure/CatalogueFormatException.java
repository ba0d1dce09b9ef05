package dev.motcua.rules.procedure;

import dev.motcua.format.MalformedInputException;
import org.jspecify.annotations.Nullable;

/**
 * A procedure catalogue file (danh mục thủ tục hành chính) is malformed: a member of the {@link
 * MalformedInputException} family naming what is wrong, where (a JSON path such as {@code
 * $.procedures[3].code} for JSON; the CSV column's name for CSV; line and column for both) and the offending
 * value, bounded and escaped.
 *
 * <p>This class is immutable apart from the stack trace.
 */
public final class CatalogueFormatException extends MalformedInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param problem what is wrong
   * @param path the JSON path, or null for CSV input (the problem then names the column)
   * @param value the offending value as given, or null if there is none
   * @param line the 1-based line, 0 if unknown
   * @param column the 1-based column, 0 if unknown
   * @param cause the underlying error, or null
   */
  public CatalogueFormatException(String problem, @Nullable String path, @Nullable CharSequence value, int line,
      int column, @Nullable Throwable cause) {
    super(problem, path, value, line, column, cause);
  }
}
