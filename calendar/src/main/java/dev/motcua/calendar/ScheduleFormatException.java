package dev.motcua.calendar;

/**
 * A schedule file is malformed: names the field (JSON path), the value and the position (line and column).
 */
public final class ScheduleFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the field. */
  private final String field;
  /** The offending value as text. */
  private final String value;
  /** The 1-based line, -1 if unknown. */
  private final int line;
  /** The 1-based column, -1 if unknown. */
  private final int column;

  /**
   * Creates an exception.
   *
   * @param problem what is wrong
   * @param field the JSON path of the field
   * @param value the offending value
   * @param line the 1-based line, -1 if unknown
   * @param column the 1-based column, -1 if unknown
   * @param cause the underlying error, if any
   */
  public ScheduleFormatException(
      String problem, String field, String value, int line, int column, @org.jspecify.annotations.Nullable Throwable cause) {
    super(problem + ": field " + field + ", value " + value + ", at line " + line + ", column " + column, cause);
    this.field = field;
    this.value = value;
    this.line = line;
    this.column = column;
  }

  /** @return the JSON path of the field, e.g. {@code $.years[0].days[3].kind} */
  public String field() {
    return field;
  }

  /** @return the offending value as text */
  public String value() {
    return value;
  }

  /** @return the 1-based line */
  public int line() {
    return line;
  }

  /** @return the 1-based column */
  public int column() {
    return column;
  }
}
