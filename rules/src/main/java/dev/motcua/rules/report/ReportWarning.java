package dev.motcua.rules.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something a report's reader should know: data that the report counted in a way that needs a look.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportWarning {

  /** The stable code of a warning. */
  public enum Code {
    /** Dossiers without the grouping's code, counted in the {@link ReportRow#UNKNOWN} row. */
    UNKNOWN_GROUP,
    /** One group code seen with more than one name; the report shows the first in sort order. */
    GROUP_NAME_CONFLICT,
    /** Resolved dossiers without a working time, left out of the average working time. */
    MISSING_WORKING_TIME,
    /**
     * Dossier histories that failed validation against the regulation (a refused event), not counted; see
     * {@link DossierReports}.
     */
    INVALID_HISTORY
  }

  private final Code code;
  private final String message;

  ReportWarning(Code code, String message) {
    this.code = code;
    this.message = message;
  }

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }

  /**
   * Returns the message in English, naming the values.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ReportWarning other && code == other.code && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message);
  }
}
