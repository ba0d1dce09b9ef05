package dev.motcua.core.dossier;

/**
 * Thrown when a text is not a valid {@link DossierCode} or agency identifier; gives the position of the
 * first error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierCodeParseException extends IllegalArgumentException {
  private final String parsedString;
  private final int errorIndex;

  /**
   * Creates the exception.
   *
   * @param message the message, naming the value and the position
   * @param parsedString the text that was parsed
   * @param errorIndex the zero-based index of the first error in the text
   */
  public DossierCodeParseException(String message, CharSequence parsedString, int errorIndex) {
    super(message);
    this.parsedString = parsedString.toString();
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the text that was parsed.
   *
   * @return the text
   */
  public String getParsedString() {
    return parsedString;
  }

  /**
   * Returns the zero-based index of the first error in the parsed text.
   *
   * @return the index
   */
  public int getErrorIndex() {
    return errorIndex;
  }
}
