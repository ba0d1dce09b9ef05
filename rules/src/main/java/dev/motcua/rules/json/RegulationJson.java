package dev.motcua.rules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.json.EventLogJson;
import dev.motcua.core.json.JsonFormatException;
import dev.motcua.core.json.ViolationJson;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.Regulation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Validates event logs in JSON against a {@link Regulation}, and writes validation results as JSON.
 *
 * <p>Input: one event log in the format of {@link EventLogJson} ({@code {"formatVersion":1,"events":[…]}}),
 * or a JSON array of such logs. Output of {@link #toJson(Replay)}, format version 1:
 *
 * <pre>{@code
 * {"formatVersion":1,"valid":false,"eventCount":2,"violations":[
 *   {"eventIndex":1,"code":"TRANSFER_LATE","severity":"BREACH",
 *    "legalBasis":{"vi":"Nghị định 61/2018/NĐ-CP, Điều 18 khoản 2","en":"Decree 61/2018/ND-CP, Art 18(2)"},
 *    "messageVi":"Chuyển hồ sơ lúc …","messageEn":"Transfer at …"}]}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegulationJson {
  /** The format version of the validation result. */
  public static final int FORMAT_VERSION = 1;

  // Text after the array is an error, not ignored.
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RegulationJson() {}

  /**
   * Validates one event log, reading one event at a time, so a long log is never in memory at once.
   *
   * @param regulation the regulation
   * @param in the UTF-8 event log; not closed
   * @return the replay with every violation
   * @throws JsonFormatException if the input does not match the event log format, naming the path
   * @throws IOException if the input cannot be read
   */
  public static Replay validate(Regulation regulation, InputStream in) throws IOException {
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(in, "in");
    Stream<DossierEvent> events = EventLogJson.standard().stream(new NonClosing(in));
    try (events) {
      return regulation.validate(events::iterator);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Validates one event log, or each log of a JSON array of logs.
   *
   * @param regulation the regulation
   * @param in the UTF-8 input; not closed
   * @return one replay per log, in input order
   * @throws JsonFormatException if a log does not match the format, naming the path (prefixed with the log's
   *     array index)
   * @throws IOException if the input cannot be read
   */
  public static List<Replay> validateAll(Regulation regulation, InputStream in) throws IOException {
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(in, "in");
    JsonNode root;
    try {
      root = MAPPER.readTree(new NonClosing(in));
    } catch (JsonProcessingException e) {
      throw JsonFormatException.notWellFormed(e);
    }
    if (root == null || !root.isArray()) {
      String text = root == null ? "" : MAPPER.writeValueAsString(root);
      return List.of(regulation.validate(EventLogJson.standard().read(text)));
    }
    List<Replay> out = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      List<DossierEvent> events;
      try {
        events = EventLogJson.standard().read(MAPPER.writeValueAsString(root.get(i)));
      } catch (JsonFormatException e) {
        throw e.inArrayElement(i);
      }
      out.add(regulation.validate(events));
    }
    return List.copyOf(out);
  }

  /**
   * Writes a validation result as JSON (format version 1, see the class documentation).
   *
   * @param replay the result of a validation
   * @return the JSON text
   */
  public static String toJson(Replay replay) {
    Objects.requireNonNull(replay, "replay");
    StringWriter w = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeBooleanField("valid", replay.isValid());
      g.writeNumberField("eventCount", replay.eventCount());
      ViolationJson.writeArrayField(g, "violations", replay.violations());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Keeps the caller's stream open: the caller opened it, the caller closes it. */
  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller closes the underlying stream
    }
  }
}
