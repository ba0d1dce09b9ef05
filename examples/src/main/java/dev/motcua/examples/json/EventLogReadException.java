package dev.motcua.examples.json;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Input that is not an event log or an array of event logs: names the JSON path of the offending element
 * and, when known, its line and column.
 *
 * <p>Instances are immutable; exceptions are not meant to be shared across threads.
 */
public final class EventLogReadException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String jsonPath;
  private final String detail;
  private final @Nullable String position;

  EventLogReadException(String jsonPath, String detail, @Nullable String position) {
    super(jsonPath + ": " + detail + (position == null ? "" : " (" + position + ")"));
    this.jsonPath = jsonPath;
    this.detail = detail;
    this.position = position;
  }

  /**
   * Returns the JSON path of the offending element, for example {@code $.events[3].at} or
   * {@code $[1].events[0].type}; {@code $} for the whole input.
   *
   * @return the path
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * Returns what is wrong, without path or position.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the position in the input, for example {@code line 4, column 12}, when known.
   *
   * @return the position, or empty
   */
  public Optional<String> position() {
    return Optional.ofNullable(position);
  }
}
