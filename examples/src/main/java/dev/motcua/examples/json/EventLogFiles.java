package dev.motcua.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.json.EventLogJson;
import dev.motcua.core.json.JsonFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the input of {@code motcua validate}: one event log in the format of {@link EventLogJson}
 * ({@code {"formatVersion":1,"events":[…]}}) or a JSON array of them.
 *
 * <pre>{@code
 * List<List<DossierEvent>> logs = EventLogFiles.read(Files.readAllBytes(path));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventLogFiles {

  // Jackson writes "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, …]"
  // inside some messages; the position is reported separately, so the source part is noise for users.
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; ");

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private EventLogFiles() {}

  /**
   * Reads one event log or an array of event logs.
   *
   * @param utf8 the input, UTF-8
   * @return the histories, one per log, in input order; a single log gives a list of one
   * @throws EventLogReadException if the input is not well-formed JSON or does not match the format, naming
   *     the JSON path
   */
  public static List<List<DossierEvent>> read(byte[] utf8) throws EventLogReadException {
    Objects.requireNonNull(utf8, "utf8");
    JsonToken first;
    try (JsonParser p = FACTORY.createParser(utf8)) {
      first = p.nextToken();
    } catch (IOException e) {
      throw fromJackson(e, "");
    }
    if (first == JsonToken.START_OBJECT) {
      return List.of(readOne(utf8));
    }
    if (first == JsonToken.START_ARRAY) {
      return readArray(utf8);
    }
    throw new EventLogReadException(
        "$",
        first == null
            ? "empty input, expected an event log {\"formatVersion\":1,\"events\":[…]} or an array of them"
            : "expected an event log {\"formatVersion\":1,\"events\":[…]} or an array of them",
        null);
  }

  private static List<DossierEvent> readOne(byte[] utf8) throws EventLogReadException {
    try {
      return EventLogJson.standard().read(new java.io.ByteArrayInputStream(utf8));
    } catch (IOException e) {
      throw fromJackson(e, "");
    }
  }

  private static List<List<DossierEvent>> readArray(byte[] utf8) throws EventLogReadException {
    JsonNode array;
    try (JsonParser p = FACTORY.createParser(utf8)) {
      array = MAPPER.readTree(p);
    } catch (IOException e) {
      throw fromJackson(e, "");
    }
    List<List<DossierEvent>> logs = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String prefix = "[" + i + "]";
      JsonNode element = array.get(i);
      if (!element.isObject()) {
        throw new EventLogReadException(
            "$" + prefix, "expected an event log {\"formatVersion\":1,\"events\":[…]}", null);
      }
      try {
        // Re-serialising keeps the field order, which EventLogJson needs ("formatVersion" first). Positions
        // would refer to the re-serialised text, so only the path is reported.
        logs.add(EventLogJson.standard().read(MAPPER.writeValueAsString(element)));
      } catch (IOException e) {
        EventLogReadException inner = fromJackson(e, prefix);
        throw new EventLogReadException(inner.jsonPath(), inner.detail(), null);
      }
    }
    return List.copyOf(logs);
  }

  private static EventLogReadException fromJackson(IOException e, String prefix) {
    if (e instanceof JsonFormatException f) {
      return new EventLogReadException(path(prefix, f.jsonPath()), f.detail(), position(f.getLocation()));
    }
    if (e instanceof JsonProcessingException j) {
      String path = "";
      if (j instanceof JsonParseException pe && pe.getProcessor() != null) {
        path = contextPath(pe.getProcessor().getParsingContext());
      }
      String detail = SOURCE.matcher(Objects.requireNonNullElse(j.getOriginalMessage(), "malformed JSON"))
          .replaceAll("[");
      return new EventLogReadException(
          path(prefix, path), "not well-formed JSON: " + firstLine(detail), position(j.getLocation()));
    }
    return new EventLogReadException("$", "cannot read the input: " + e.getMessage(), null);
  }

  /** Joins {@code [1]} and {@code events[3].at} into {@code $[1].events[3].at}. */
  private static String path(String prefix, String inner) {
    String sep = inner.isEmpty() || inner.startsWith("[") ? "" : ".";
    return "$" + prefix + sep + inner;
  }

  /** The path of the element the parser was in, as {@code events[3].at}. */
  private static String contextPath(@Nullable JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
      }
    }
    String joined = String.join("", parts);
    return joined.startsWith(".") ? joined.substring(1) : joined;
  }

  private static @Nullable String position(@Nullable JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return null;
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
