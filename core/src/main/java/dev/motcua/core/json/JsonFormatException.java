package dev.motcua.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when JSON does not match a motcua format: names the JSON path (for example {@code events[3].at})
 * and the offending value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonFormatException extends JsonMappingException {
  private final String jsonPath;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param jsonPath the path of the offending element, for example {@code events[3].at}; empty for the root
   * @param detail what is wrong, naming the value
   * @param location where in the input, if known
   */
  public JsonFormatException(String jsonPath, String detail, @Nullable JsonLocation location) {
    super(null, (jsonPath.isEmpty() ? "$" : jsonPath) + ": " + detail, location);
    this.jsonPath = jsonPath;
    this.detail = detail;
  }

  /**
   * Returns what is wrong, without the path.
   *
   * @return the detail, naming the value
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the JSON path of the offending element.
   *
   * @return the path, for example {@code events[3].at}; empty for the root
   */
  public String jsonPath() {
    return jsonPath;
  }
}
