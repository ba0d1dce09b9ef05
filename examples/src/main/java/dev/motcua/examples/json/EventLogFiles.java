package dev.motcua.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.json.EventLogJson;
import dev.motcua.core.json.JsonFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  // Text after the array is an error, not ignored.
  private static final ObjectMapper MAPPER =
      new ObjectMapper(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private EventLogFiles() {}

  /**
   * Reads one event log or an array of event logs.
   *
   * @param utf8 the input, UTF-8
   * @return the histories, one per log, in input order; a single log gives a list of one
   * @throws JsonFormatException if the input is not well-formed JSON or does not match the format, naming
   *     the JSON path
   */
  public static List<List<DossierEvent>> read(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8");
    JsonToken first;
    try (JsonParser p = FACTORY.createParser(utf8)) {
      first = p.nextToken();
    } catch (JsonProcessingException e) {
      throw JsonFormatException.notWellFormed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a byte array does not fail
    }
    if (first == JsonToken.START_OBJECT) {
      return List.of(readOne(utf8));
    }
    if (first == JsonToken.START_ARRAY) {
      return readArray(utf8);
    }
    throw new JsonFormatException(
        "$",
        first == null
            ? "empty input, expected an event log {\"formatVersion\":1,\"events\":[…]} or an array of them"
            : "expected an event log {\"formatVersion\":1,\"events\":[…]} or an array of them",
        null, 0, 0, null);
  }

  private static List<DossierEvent> readOne(byte[] utf8) {
    try {
      return EventLogJson.standard().read(new java.io.ByteArrayInputStream(utf8));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a byte array does not fail
    }
  }

  private static List<List<DossierEvent>> readArray(byte[] utf8) {
    JsonNode array;
    try {
      array = MAPPER.readTree(utf8);
    } catch (JsonProcessingException e) {
      throw JsonFormatException.notWellFormed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<DossierEvent>> logs = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String prefix = "[" + i + "]";
      JsonNode element = array.get(i);
      if (!element.isObject()) {
        throw new JsonFormatException(
            "$" + prefix, "expected an event log {\"formatVersion\":1,\"events\":[…]}", null, 0, 0, null);
      }
      try {
        // Re-serialising keeps the field order, which EventLogJson needs ("formatVersion" first). Positions
        // would refer to the re-serialised text, so only the path is reported.
        logs.add(EventLogJson.standard().read(MAPPER.writeValueAsString(element)));
      } catch (JsonFormatException e) {
        throw e.inArrayElement(i);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(logs);
  }
}
