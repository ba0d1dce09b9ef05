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
import dev.motcua.rules.deadline.DossierStanding;
import java.io.FilterInputStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
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

  /**
   * Writes a validation result as JSON with what it says about the dossier: the fields of {@link
   * #toJson(Replay)} followed by those of {@link #writeStandingFields(JsonGenerator, DossierStanding)}.
   *
   * <pre>{@code
   * {"formatVersion":1,"valid":true,"eventCount":4,"violations":[],"status":"RESOLVED",
   *  "due":"2026-02-27T17:00:00+07:00","timeliness":"ON_TIME","workingTimeUsed":"PT16H",
   *  "workingTimeLeft":"PT2H","warnings":[]}
   * }</pre>
   *
   * @param regulation the regulation the replay was validated with
   * @param replay the result of a validation
   * @return the JSON text
   */
  public static String toJson(Regulation regulation, Replay replay) {
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(replay, "replay");
    StringWriter w = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeBooleanField("valid", replay.isValid());
      g.writeNumberField("eventCount", replay.eventCount());
      ViolationJson.writeArrayField(g, "violations", replay.violations());
      writeStandingFields(g, regulation.standing(replay));
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes the fields of a dossier's standing into the current object: {@code "status"} (final status),
   * {@code "due"} (the current due date-time, ISO-8601 with the calendar's offset, after restarts and
   * reschedules), {@code "timeliness"} ({@code EARLY}, {@code ON_TIME}, {@code LATE} once resolved),
   * {@code "workingTimeUsed"} and {@code "workingTimeLeft"} (ISO-8601 durations, {@code -PT2H} once past due),
   * each {@code null} when unknown, and {@code "warnings"}: {@code [{"code":…,"message":…}]}, what the history
   * could not tell (not violations).
   *
   * @param g the generator, inside an object
   * @param standing the standing
   * @throws IOException if writing fails
   */
  public static void writeStandingFields(JsonGenerator g, DossierStanding standing) throws IOException {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(standing, "standing");
    writeNullable(g, "status", standing.status().map(Enum::name));
    writeNullable(g, "due", standing.dueWithOffset().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format));
    writeNullable(g, "timeliness", standing.timeliness().map(Enum::name));
    writeNullable(g, "workingTimeUsed", standing.workingTimeUsed().map(Duration::toString));
    writeNullable(g, "workingTimeLeft", standing.workingTimeLeft().map(Duration::toString));
    g.writeArrayFieldStart("warnings");
    for (DossierStanding.Message m : standing.warnings()) {
      g.writeStartObject();
      g.writeStringField("code", m.code().name());
      g.writeStringField("message", m.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeNullable(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
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
