package dev.motcua.rules.report;

import dev.motcua.format.MalformedInputException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a text is not a {@link ReportPeriod}: a member of the {@link MalformedInputException} family,
 * whose {@link #value()} is the text (bounded and escaped) and whose {@link #column()} is the 1-based
 * position of the error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPeriodParseException extends MalformedInputException {
  private static final long serialVersionUID = 1L;

  /** The text that was parsed, as given. */
  private final String parsedString;
  /** The zero-based index of the error. */
  private final int errorIndex;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong
   * @param parsedString the text that was parsed
   * @param errorIndex the zero-based index of the error in the text
   * @param cause the underlying error, or null
   */
  public ReportPeriodParseException(String problem, CharSequence parsedString, int errorIndex,
      @Nullable Throwable cause) {
    super(problem, null, parsedString, 0, errorIndex + 1, cause);
    this.parsedString = parsedString.toString();
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the text that was parsed, as given (see {@link #value()} for a form safe to show).
   *
   * @return the text
   */
  public String getParsedString() {
    return parsedString;
  }

  /**
   * Returns the zero-based index of the error, like {@link java.time.format.DateTimeParseException}.
   *
   * @return the index
   */
  public int getErrorIndex() {
    return errorIndex;
  }
}
