package dev.motcua.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import dev.motcua.core.internal.Checks;
import dev.motcua.format.MalformedInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * JSON that does not match a motcua format (an event log, a dossier, an event): a member of the {@link
 * MalformedInputException} family naming the JSON path ({@code $.events[3].at}), the problem, the value where
 * one is at fault, and the line and column in the input where known. JSON that is not well formed at all is
 * reported the same way, at the path {@code $}.
 *
 * <p>Unchecked: it is a caller's input error, not an I/O failure.
 */
public final class JsonFormatException extends MalformedInputException {
  private static final long serialVersionUID = 1L;
  // Jackson writes "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, …]"
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; ");

  /**
   * Creates an exception.
   *
   * @param path the JSON path, {@code $} for the root
   * @param problem what is wrong
   * @param value the offending value as given, or null
   * @param line the 1-based line, 0 if unknown
   * @param column the 1-based column, 0 if unknown
   * @param cause the underlying error, or null
   */
  public JsonFormatException(String path, String problem, @Nullable String value, int line, int column,
      @Nullable Throwable cause) {
    super(problem, path, value, line, column, cause);
    // Kept for inArrayElement, cut as the message cuts it (one character more, for its "…"), so a 5 MB value
    // is not held twice.
    this.given = value == null || value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH + 1);
  }

  /** The offending value as given, cut after {@link #MAX_VALUE_LENGTH} + 1 characters, or null. */
  private final @Nullable String given;

  /** From a reader's internal path ({@code ""}, {@code events[3].at}) and the parser's location. */
  static JsonFormatException at(String internalPath, String problem, @Nullable JsonLocation location) {
    return at(internalPath, problem, null, location);
  }

  /** The same, with the offending value. */
  static JsonFormatException at(String internalPath, String problem, @Nullable String value,
      @Nullable JsonLocation location) {
    return new JsonFormatException(path(internalPath), problem, value,
        location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(), null);
  }

  /**
   * Reports JSON that is not well formed (a Jackson parse error) as a member of the family, at the path
   * {@code $}, with the parser's line and column.
   *
   * @param e the parse error
   * @return the exception
   */
  public static JsonFormatException notWellFormed(JsonProcessingException e) {
    return notWellFormed(e, null);
  }

  /**
   * The same, for an error thrown while {@code parser} was reading: where the error does not say its place (a
   * limit exceeded: a name, a number or a string too long, nesting too deep), the parser's path, line and
   * column at the error are given.
   *
   * @param e the parse error
   * @param parser the parser that was reading, or null
   * @return the exception
   */
  public static JsonFormatException notWellFormed(JsonProcessingException e, @Nullable JsonParser parser) {
    String path = "";
    JsonLocation l = e.getLocation();
    if (e instanceof JsonParseException pe && pe.getProcessor() != null) {
      path = contextPath(pe.getProcessor().getParsingContext());
    } else if (parser != null) {
      JsonStreamContext c = parser.getParsingContext();
      // a name too long is the object's next name: the context still names the one before it
      boolean atName = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Name length");
      path = contextPath(atName && c != null && c.inObject() ? c.getParent() : c);
      if (l == null) {
        l = parser.currentLocation();
      }
    }
    // Jackson's own message may name a source and repeat the location; keep its first line, without them.
    String detail = SOURCE.matcher(Objects.requireNonNullElse(e.getOriginalMessage(), "malformed JSON"))
        .replaceAll("[");
    int nl = detail.indexOf('\n');
    return new JsonFormatException(path(path),
        "not well-formed JSON: " + withoutInternals(nl < 0 ? detail : detail.substring(0, nl)),
        null, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), e);
  }

  // Jackson names its own settings in some messages ("from `StreamReadConstraints.getMaxStringLength()`",
  // "enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"): a reader of motcua's messages cannot act
  // on them, so they go; what is left is bounded and has no control characters, to stay on one line.
  private static final Pattern FROM_SETTING = Pattern.compile(",? from `[^`]*`");
  private static final Pattern ENABLE_SETTING = Pattern.compile(":? ?enable `[^`]*` to allow");
  private static final Pattern FEATURE_NOTE = Pattern.compile(" ?\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");
  private static final Pattern ANY_SETTING = Pattern.compile("`[^`]*(Feature|Constraints)[^`]*`");
  private static final int MAX_DETAIL = 300;

  static String withoutInternals(String detail) {
    String d = FROM_SETTING.matcher(detail).replaceAll("");
    d = ENABLE_SETTING.matcher(d).replaceAll(" (not allowed in JSON)");
    d = FEATURE_NOTE.matcher(d).replaceAll("");
    d = ANY_SETTING.matcher(d).replaceAll("a limit");
    return Checks.cell(d, MAX_DETAIL);
  }

  // A path of many levels keeps its first and last ones, so that the problem after it stays on the line.
  private static final int PATH_HEAD = 12;
  private static final int PATH_TAIL = 6;

  /** The path of the element the parser was in, as {@code events[3].at}. */
  private static String contextPath(@Nullable JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.add("." + c.getCurrentName());
      }
    }
    Collections.reverse(parts);
    if (parts.size() > PATH_HEAD + PATH_TAIL + 1) {
      int left = parts.size() - PATH_HEAD - PATH_TAIL;
      List<String> shown = new ArrayList<>(parts.subList(0, PATH_HEAD));
      shown.add("…(" + left + " levels)…");
      shown.addAll(parts.subList(parts.size() - PATH_TAIL, parts.size()));
      parts = shown;
    }
    String joined = String.join("", parts);
    return joined.startsWith(".") ? joined.substring(1) : joined;
  }

  /** The one path syntax: {@code $}, {@code $.events[3].at}, {@code $[2].events}. */
  static String path(String internalPath) {
    if (internalPath.isEmpty()) {
      return "$";
    }
    return internalPath.startsWith("[") ? "$" + internalPath : "$." + internalPath;
  }

  /**
   * Returns the same error inside element {@code index} of a JSON array of such values: its path gains the
   * prefix {@code $[index]}, the offending value is kept; line and column are dropped, since they were counted
   * in the element alone.
   *
   * @param index the zero-based index of the element
   * @return the error as seen from the array
   */
  public JsonFormatException inArrayElement(int index) {
    String p = path().orElse("$");
    return new JsonFormatException("$[" + index + "]" + p.substring(1), problem(), given, 0, 0, this);
  }
}
