package dev.motcua.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.motcua.core.lifecycle.Violation;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes {@link Violation}s as JSON, the one form every JSON output of motcua uses:
 *
 * <pre>{@code
 * {"eventIndex":3,"code":"EVENT_NOT_PERMITTED","severity":"REFUSAL",
 *  "legalBasis":{"vi":"Nghị định 61/2018/NĐ-CP, Điều 17–20","en":"Decree 61/2018/ND-CP, Art 17–20"},
 *  "messageVi":"…","messageEn":"…"}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ViolationJson {
  private ViolationJson() {}

  /**
   * Writes one violation as an object at the generator's position (a value of an array or of a field).
   *
   * @param g the generator
   * @param v the violation
   * @throws IOException if the generator fails
   */
  public static void write(JsonGenerator g, Violation v) throws IOException {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(v, "v");
    g.writeStartObject();
    g.writeNumberField("eventIndex", v.eventIndex());
    g.writeStringField("code", v.code().code());
    g.writeStringField("severity", v.severity().name());
    g.writeObjectFieldStart("legalBasis");
    g.writeStringField("vi", v.legalBasis().vi());
    g.writeStringField("en", v.legalBasis().en());
    g.writeEndObject();
    g.writeStringField("messageVi", v.messageVi());
    g.writeStringField("messageEn", v.messageEn());
    g.writeEndObject();
  }

  /**
   * Writes a field holding an array of violations.
   *
   * @param g the generator, inside an object
   * @param field the field name, e.g. {@code "violations"}
   * @param violations the violations, in order
   * @throws IOException if the generator fails
   */
  public static void writeArrayField(JsonGenerator g, String field, Iterable<Violation> violations)
      throws IOException {
    g.writeArrayFieldStart(Objects.requireNonNull(field, "field"));
    for (Violation v : violations) {
      write(g, v);
    }
    g.writeEndArray();
  }
}
