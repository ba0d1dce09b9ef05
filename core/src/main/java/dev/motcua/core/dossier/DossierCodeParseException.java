package dev.motcua.core.dossier;

import dev.motcua.format.MalformedInputException;

/**
 * Thrown when a text is not a valid {@link DossierCode} or agency identifier: a member of the {@link
 * MalformedInputException} family, whose {@link #value()} is the text (bounded and escaped) and whose {@link
 * #column()} is the 1-based position of the first error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierCodeParseException extends MalformedInputException {
  private static final long serialVersionUID = 1L;

  /** The text that was parsed, as given. */
  private final String parsedString;
  /** The zero-based index of the error. */
  private final int errorIndex;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, naming the position
   * @param parsedString the text that was parsed
   * @param errorIndex the zero-based index of the first error in the text
   */
  public DossierCodeParseException(String problem, CharSequence parsedString, int errorIndex) {
    super(problem, null, parsedString, 0, errorIndex + 1, null);
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
   * Returns the zero-based index of the first error, like {@link java.time.format.DateTimeParseException}.
   *
   * @return the index
   */
  public int getErrorIndex() {
    return errorIndex;
  }
}
