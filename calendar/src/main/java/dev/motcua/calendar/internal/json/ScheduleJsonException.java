package dev.motcua.calendar.internal.json;

/**
 * A malformed schedule file: names the field (as a JSON path), the offending value and its position.
 */
public final class ScheduleJsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String field;
  private final String value;
  private final int line;
  private final int column;

  /**
   * Creates an exception.
   *
   * @param problem what is wrong, in sentence case
   * @param field the JSON path of the field
   * @param value the offending value as text
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   */
  public ScheduleJsonException(String problem, String field, String value, int line, int column) {
    super(problem + ": field " + field + ", value " + value + ", at line " + line + ", column " + column);
    this.problem = problem;
    this.field = field;
    this.value = value;
    this.line = line;
    this.column = column;
  }

  /** @return what is wrong, without field, value and position */
  public String problem() {
    return problem;
  }

  /** @return the JSON path of the offending field */
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
