package dev.motcua.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.motcua.core.json.JsonFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Splits a JSON array of event logs into the bytes of each log with a token scan, without building anything,
 * so that the logs can be parsed and validated on other threads: the scan is several times cheaper than the
 * parse. Memory holds one log's bytes and the parser's read-ahead. The array's form is checked here (well
 * formed, elements are objects, nothing after the array); each log's form is checked by its parser.
 *
 * <p>Not thread-safe.
 */
public final class LogSlices implements Closeable {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Recording in;
  private final JsonParser p;
  private int index;
  private boolean done;

  private LogSlices(Recording in, JsonParser p) {
    this.in = in;
    this.p = p;
  }

  /**
   * Opens an array of logs.
   *
   * @param in the UTF-8 input, positioned before the array; closed with this
   * @return the slices
   * @throws JsonFormatException if the input is not a JSON array
   * @throws IOException if the input cannot be read
   */
  public static LogSlices open(InputStream in) throws IOException {
    Recording r = new Recording(Objects.requireNonNull(in, "in"));
    JsonParser p = FACTORY.createParser(r);
    try {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new JsonFormatException("$", "expected a JSON array of event logs", null, 0, 0, null);
      }
    } catch (JsonProcessingException e) {
      p.close();
      throw JsonFormatException.notWellFormed(e, p);
    }
    return new LogSlices(r, p);
  }

  /**
   * Returns the index the next log will have.
   *
   * @return the number of logs returned so far
   */
  public int count() {
    return index;
  }

  /**
   * Returns the bytes of the next log.
   *
   * @return the UTF-8 bytes of one JSON object, or null after the last
   * @throws JsonFormatException if the array is not well formed, an element is not an object, or text follows
   *     the array
   * @throws IOException if the input cannot be read
   */
  public byte @Nullable [] next() throws IOException {
    if (done) {
      return null;
    }
    try {
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_ARRAY) {
        done = true;
        if (p.nextToken() != null) {
          throw new JsonFormatException("$", "unexpected content after the array of event logs", null,
              p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(), null);
        }
        return null;
      }
      if (t != JsonToken.START_OBJECT) {
        throw new JsonFormatException("$[" + index + "]", "expected an event log {\"formatVersion\":1,\"events\":[…]}",
            null, p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(), null);
      }
      long start = p.currentTokenLocation().getByteOffset();
      in.keepFrom(start);
      p.skipChildren();
      long end = p.currentLocation().getByteOffset();
      index++;
      return in.slice(start, end);
    } catch (JsonProcessingException e) {
      throw JsonFormatException.notWellFormed(e, p);
    }
  }

  @Override
  public void close() throws IOException {
    p.close();
  }

  /** Keeps the bytes read from a given offset on, for slicing. */
  private static final class Recording extends InputStream {
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private long base; // offset of buf[0]
    private int len;

    Recording(InputStream in) {
      this.in = in;
    }

    /** Nothing before {@code offset} is needed any more. */
    void keepFrom(long offset) {
      int drop = (int) Math.min(len, Math.max(0, offset - base));
      if (drop > 0) {
        System.arraycopy(buf, drop, buf, 0, len - drop);
        len -= drop;
        base += drop;
      }
    }

    byte[] slice(long from, long to) {
      return Arrays.copyOfRange(buf, (int) (from - base), (int) (to - base));
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
      int r = in.read(b, off, n);
      if (r > 0) {
        if (len + r > buf.length) {
          buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + r));
        }
        System.arraycopy(b, off, buf, len, r);
        len += r;
      }
      return r;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
