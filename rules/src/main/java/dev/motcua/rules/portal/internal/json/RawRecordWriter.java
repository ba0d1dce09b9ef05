package dev.motcua.rules.portal.internal.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a JSON array of records one record at a time. A record is a map, in field order, whose values are
 * strings, lists of such maps, or lists of strings. Not public API.
 *
 * <p>Instances are not thread-safe.
 */
public final class RawRecordWriter implements Closeable {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final JsonGenerator g;

  private RawRecordWriter(JsonGenerator g) {
    this.g = g;
  }

  /**
   * Opens the array.
   *
   * @param out the UTF-8 output; not closed by {@link #close()}
   * @return the writer
   * @throws IOException if the output cannot be written
   */
  public static RawRecordWriter open(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartArray();
    return new RawRecordWriter(g);
  }

  /**
   * Opens the array on a character output.
   *
   * @param out the output; not closed by {@link #close()}
   * @return the writer
   * @throws IOException if the output cannot be written
   */
  public static RawRecordWriter open(java.io.Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartArray();
    return new RawRecordWriter(g);
  }

  /**
   * Writes one record on a line of its own.
   *
   * @param record the fields in order
   * @throws IOException if the output cannot be written
   */
  public void write(Map<String, ?> record) throws IOException {
    g.writeRaw('\n');
    object(record);
  }

  private void object(Map<String, ?> record) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, ?> e : record.entrySet()) {
      g.writeFieldName(e.getKey());
      value(e.getValue());
    }
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private void value(Object v) throws IOException {
    if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Map<?, ?> m) {
      object((Map<String, ?>) m);
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) {
        value(o);
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("Unsupported record value " + v.getClass().getSimpleName());
    }
  }

  /** Ends the array and flushes; the output stays open. */
  @Override
  public void close() throws IOException {
    g.writeRaw('\n');
    g.writeEndArray();
    g.writeRaw('\n');
    g.close();
  }
}
