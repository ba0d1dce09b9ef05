package dev.motcua.rules.portal.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import dev.motcua.core.internal.FieldNumbers;
import dev.motcua.core.internal.OtherFields;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.motcua.core.json.JsonFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON array of sync records with Jackson's streaming parser, one record at a time: memory is bounded
 * by the largest record, not by the input. Text after the array is an error. Not public API.
 *
 * <p>Instances are not thread-safe.
 */
public final class RawRecordReader implements Closeable {
  // Without the parser's duplicate detection: record() checks a record's own fields, skipStrictly switches
  // the detection on inside the values it skips.
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String STEPS = "QuaTrinhXuLy";
  private static final String RESULTS = "DanhSachGiayToKetQua";
  private static final String LINK = "DuongDanTepTinKetQua";
  // Fields the mapping never reads: a nested step's own MaHoSo (the dossier record gives the code; a progress
  // record given apart keeps its, which matches it to its dossier) and the procedure's name (the catalogue's).
  // One each, for the two largest texts a record repeats: decoding them was a tenth of reading. Found by
  // number: SyncFields.MA_HO_SO in a step, SyncFields.TEN_TTHC in a record.

  private final JsonParser p;
  // The records' field names, the mapping's first (SyncFields), then numbered as they come: the same two dozen
  // in every record.
  private final FieldNumbers numbers = new FieldNumbers(SyncFields.NAMES);
  private final String what;
  private int index;
  private boolean done;

  private RawRecordReader(JsonParser p, String what) {
    this.p = p;
    this.what = what;
  }

  /**
   * Opens an array of records and reads its first token.
   *
   * @param in the UTF-8 input, closed by {@link #close()}
   * @param what what the array holds, for messages ("dossier records")
   * @return the reader
   * @throws JsonFormatException if the input is not a JSON array
   * @throws IOException if the input cannot be read
   */
  public static RawRecordReader open(InputStream in, String what) throws IOException {
    Objects.requireNonNull(in, "in");
    JsonParser p = FACTORY.createParser(in);
    RawRecordReader r = new RawRecordReader(p, what);
    try {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        throw error("$", t == null ? "empty input, expected a JSON array of " + what
            : "expected a JSON array of " + what, null, p.currentTokenLocation());
      }
    } catch (JsonProcessingException e) {
      p.close();
      throw JsonFormatException.notWellFormed(e, p);
    } catch (IOException | RuntimeException e) {
      p.close();
      throw e;
    }
    return r;
  }

  /**
   * Reads the next record.
   *
   * @return the record, or null after the last one
   * @throws JsonFormatException if the input is not well formed or a record is not an object
   * @throws IOException if the input cannot be read
   */
  public @Nullable RawRecord next() throws IOException {
    if (done) {
      return null;
    }
    try {
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_ARRAY) {
        done = true;
        if (p.nextToken() != null) {
          throw error("$", "unexpected content after the array of " + what, null, p.currentTokenLocation());
        }
        return null;
      }
      if (t != JsonToken.START_OBJECT) {
        throw error("$[" + index + "]", "expected a record object", null, p.currentTokenLocation());
      }
      RawRecord r = record(index, true);
      index++;
      return r;
    } catch (JsonProcessingException e) {
      throw JsonFormatException.notWellFormed(e, p);
    }
  }

  // a top-level record's path, $[3], is built only for a message
  private RawRecord record(int at, boolean top) throws IOException {
    @Nullable String[] values = new String[Math.max(8, numbers.count())];
    long present = 0;
    @Nullable OtherFields others = null;
    List<RawRecord> steps = null;
    List<String> links = List.of();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      // The parser leaves duplicate detection to this loop (the record's own names, a bit each) and to
      // skipStrictly (the values it skips): the same error as the parser's, without a hash set for every record.
      int number = numbers.ofOrNew(name);
      if (number >= 0 ? (present & (1L << number)) != 0 : others != null && others.indexOf(name) >= 0) {
        throw new JsonParseException(p, "Duplicate field '" + name + "'");
      }
      if (number >= values.length) {
        values = Arrays.copyOf(values, FieldNumbers.NUMBERED);
      }
      @Nullable String value = null;
      if (number == (top ? SyncFields.TEN_TTHC : SyncFields.MA_HO_SO)) {
        // a value never read is not decoded (the parser still checks it as it skips it)
        JsonToken v = p.nextToken();
        if (v.isStructStart()) {
          skipStrictly();
        }
        value = v == JsonToken.VALUE_NULL ? null : RawRecord.NOT_READ;
      } else {
        // nextTextValue: the parser's shortcut for a string value
        String text = p.nextTextValue();
        JsonToken v = p.currentToken();
        if (text != null) {
          value = text;
        } else if (v.isScalarValue()) {
          if (v != JsonToken.VALUE_NULL) {
            value = p.getText();
          }
        } else if (top && name.equals(STEPS) && v == JsonToken.START_ARRAY) {
          steps = new ArrayList<>();
          int i = 0;
          for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e != JsonToken.START_OBJECT) {
              throw error("$[" + at + "]." + STEPS + "[" + i + "]", "expected a progress record object", null,
                  p.currentTokenLocation());
            }
            steps.add(record(i, false));
            i++;
          }
        } else if (top && name.equals(STEPS)) {
          throw error("$[" + at + "]." + STEPS, "expected an array of progress records", null,
              p.currentTokenLocation());
        } else if (top && name.equals(RESULTS) && v == JsonToken.START_ARRAY) {
          p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
          try {
            links = results();
          } finally {
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
          }
        } else {
          skipStrictly();
          value = RawRecord.STRUCTURED;
        }
      }
      if (number >= 0) {
        values[number] = value;
        present |= 1L << number;
      } else {
        if (others == null) {
          others = new OtherFields();
        }
        others.add(name, value);
      }
    }
    return new RawRecord(at, numbers, values, present, others,
        steps == null ? null : Collections.unmodifiableList(steps), links);
  }

  /** Skips the object or array just started, reporting a field given twice anywhere inside it. */
  private void skipStrictly() throws IOException {
    p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try {
      p.skipChildren();
    } finally {
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
  }

  private List<String> results() throws IOException {
    List<String> links = new ArrayList<>(2);
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      if (e != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        boolean link = p.currentName().equals(LINK);
        JsonToken v = p.nextToken();
        if (link && v == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
          links.add(p.getText());
        } else {
          p.skipChildren();
        }
      }
    }
    return List.copyOf(links);
  }

  private static JsonFormatException error(String path, String problem, @Nullable String value,
      @Nullable JsonLocation l) {
    return new JsonFormatException(path, problem, value, l == null ? 0 : l.getLineNr(),
        l == null ? 0 : l.getColumnNr(), null);
  }

  @Override
  public void close() throws IOException {
    p.close();
  }
}
