package dev.motcua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.motcua.core.dossier.DossierEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reader of event logs straight from their UTF-8 bytes, for the regular part of a large input: the log's
 * header and separators, and events whose every field is one of the formats' names with a plain string value
 * (no escape), a date-time in the written form, an integer, an array of plain strings or one of the nested
 * objects. An event with anything else that is well formed (an escape, a fraction, a null) is read by Jackson
 * from its bytes alone. On an error of any kind (an unknown field, a duplicate, a value the event refuses,
 * malformed JSON, a truncated input) it throws {@link Unsure} and produces nothing: the caller reads the input
 * again with Jackson from the same place (the readers of {@link EventLogJson} rewind it), so every error, path,
 * line and column is Jackson's and the strict reader's as before.
 *
 * <p>Why: a token scan by Jackson alone took a third of reading a log, and building each event's fields from
 * the tokens two thirds again (the name canonicalizer, the text buffer, a string per value, the token state):
 * one pass over the bytes, which knows the format's names and makes the strings straight from the bytes, does
 * both for about the cost of the scan ({@code InterleavedRatios}).
 *
 * <p>The events it builds are {@link EventJsonFormat#regularEvent}'s from the same fields, so they are exactly
 * the events of the Jackson path ({@code ByteEventsPropertyTest} holds the two paths to each other, on random and
 * on mutated logs).
 *
 * <p>Memory: a buffer of {@value #CHUNK} bytes, grown to hold an event of at most {@value #LONGEST_EVENT}
 * bytes; a longer event is left to Jackson. Not thread-safe: one per input.
 */
final class ByteEvents {
  /** The bytes cannot be read here: read them with Jackson from the same place. Carries no stack trace. */
  static final class Unsure extends Exception {
    private static final long serialVersionUID = 1L;

    private Unsure() {
      super("read with Jackson", null, false, false);
    }
  }

  // The buffer ran out inside an event: refill and read the event again.
  private static final class More extends Exception {
    private static final long serialVersionUID = 1L;

    private More() {
      super("more bytes", null, false, false);
    }
  }

  private static final Unsure UNSURE = new Unsure();
  private static final More MORE = new More();

  static final int CHUNK = 1 << 16;
  static final int LONGEST_EVENT = 1 << 20;

  private static final byte[] FORMAT_VERSION = quoted("formatVersion");
  private static final byte[] EVENTS = quoted("events");

  /** Reads one event that is not regular, from its bytes alone, as the Jackson path reads it. */
  interface Irregular {
    /**
     * Reads the event that is exactly the given bytes.
     *
     * @return the event, or null if anything follows it in the bytes
     * @throws IOException or a runtime exception for anything wrong in it: the caller falls back
     */
    @Nullable DossierEvent read(byte[] bytes, int offset, int length) throws IOException;
  }

  // What a byte is inside a string: 0 plain ASCII, 1 part of a multi-byte character, 2 the closing quote, 3 an
  // escape or a control character (unsure).
  private static final byte[] IN_STRING = new byte[256];

  static {
    for (int b = 0; b < 256; b++) {
      IN_STRING[b] = (byte) (b < ' ' || b == '\\' ? 3 : b == '"' ? 2 : b >= 0x80 ? 1 : 0);
    }
  }

  // The formats' names by a key of their length, first and last bytes: one candidate, compared byte by byte.
  private static final int NAME_SLOTS = 128;
  private static final byte[][] NAME_BY_KEY = new byte[NAME_SLOTS][];
  private static final int[] NUMBER_BY_KEY = new int[NAME_SLOTS];

  static {
    for (int i = 0; i < EventJsonFormat.FIELD_NAMES.length; i++) {
      byte[] name = EventJsonFormat.FIELD_NAMES[i].getBytes(StandardCharsets.US_ASCII);
      int key = nameKey(name.length, name[0], name[name.length - 1]);
      if (NAME_BY_KEY[key] != null) {
        throw new ExceptionInInitializerError("field names " + EventJsonFormat.FIELD_NAMES[i] + " and "
            + new String(NAME_BY_KEY[key], StandardCharsets.US_ASCII) + " share a key");
      }
      NAME_BY_KEY[key] = name;
      NUMBER_BY_KEY[key] = i;
    }
  }

  private static int nameKey(int length, byte first, byte last) {
    return (length + first * 5 + last * 3) & (NAME_SLOTS - 1);
  }

  private final InputStream in;
  private final StreamedObject.Pool pool;
  private final Irregular irregular;
  // whether the string stringEnd last passed over is all ASCII
  private boolean ascii;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private final char[] instant = new char[25];

  ByteEvents(InputStream in, StreamedObject.Pool pool, Irregular irregular) {
    this.in = in;
    this.pool = pool;
    this.irregular = irregular;
    // A log of an array read alone is a few kilobytes: its buffer is its size (a byte array's or a file's
    // stream knows what is left), not a chunk made and dropped for every log.
    int left;
    try {
      left = in.available();
    } catch (IOException unknown) {
      left = CHUNK;
    }
    this.buf = new byte[Math.max(64, Math.min(CHUNK, left))];
  }

  /** An input that can be read again from where it was when first seen. */
  interface Rewind {
    /**
     * Returns the input, back where it was.
     *
     * @return the same stream, rewound
     * @throws IOException if it cannot be rewound
     */
    InputStream rewind() throws IOException;
  }

  /**
   * The rewind of a stream that has one: a byte array's stream (mark and reset), a file's (its channel's
   * position); null for any other (a pipe, standard input from a terminal, a wrapped stream), which Jackson
   * reads as before.
   */
  static @Nullable Rewind rewindable(InputStream in) {
    if (in.getClass() == java.io.ByteArrayInputStream.class) {
      in.mark(0);
      return () -> {
        in.reset();
        return in;
      };
    }
    if (in.getClass() == java.io.FileInputStream.class) {
      java.nio.channels.FileChannel channel = ((java.io.FileInputStream) in).getChannel();
      long start;
      try {
        start = channel.position();
      } catch (IOException notSeekable) {
        return null;
      }
      return () -> {
        channel.position(start);
        return in;
      };
    }
    return null;
  }

  /** The reason to fall back, thrown by the batch where it is unsure for the same reasons as this reader. */
  static Unsure unsure() {
    return UNSURE;
  }

  /**
   * A whole log, read to the end of the input; null if unsure of anything in it (the input is then partly
   * read: the caller rewinds it).
   */
  static @Nullable List<DossierEvent> log(InputStream in, Irregular irregular) throws IOException {
    ByteEvents r = new ByteEvents(in, new StreamedObject.Pool(), irregular);
    try {
      r.header();
      List<DossierEvent> events = new ArrayList<>();
      if (r.peek() == ']') {
        r.skip();
      } else {
        events.add(r.event());
        while (r.peek() == ',') {
          r.skip();
          events.add(r.event());
        }
        r.expect(']');
      }
      r.expect('}');
      return r.peek() == -1 ? List.copyOf(events) : null;
    } catch (Unsure unsure) {
      return null;
    }
  }

  /** Closes the input. */
  void close() throws IOException {
    in.close();
  }

  private static byte[] quoted(String name) {
    return ("\"" + name + "\"").getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The next byte after white space, not consumed; -1 at the end of the input. Any other byte below a space
   * is returned as it is, for the caller to find unexpected.
   */
  int peek() throws IOException {
    for (;;) {
      if (pos == limit && !fill(pos)) {
        return -1;
      }
      int b = buf[pos] & 0xFF;
      if (!isSpace(b)) {
        return b;
      }
      pos++;
    }
  }

  /** Consumes the byte {@link #peek()} returned. */
  void skip() {
    pos++;
  }

  /** Consumes white space and the given byte. */
  void expect(int b) throws IOException, Unsure {
    if (peek() != b) {
      throw UNSURE;
    }
    pos++;
  }

  /** Consumes {@code {"formatVersion":1,"events":[}, white space anywhere between the tokens. */
  void header() throws IOException, Unsure {
    expect('{');
    literal(FORMAT_VERSION);
    expect(':');
    expect('1');
    // "1" alone: not 10, 1.0 or 1e0
    int after = peekRaw();
    if (after != ',' && !isSpace(after)) {
      throw UNSURE;
    }
    expect(',');
    literal(EVENTS);
    expect(':');
    expect('[');
  }

  // The next byte, white space included, not consumed; -1 at the end.
  private int peekRaw() throws IOException {
    if (pos == limit && !fill(pos)) {
      return -1;
    }
    return buf[pos] & 0xFF;
  }

  private void literal(byte[] bytes) throws IOException, Unsure {
    if (peek() != bytes[0]) {
      throw UNSURE;
    }
    for (byte b : bytes) {
      if (peekRaw() != (b & 0xFF)) {
        throw UNSURE;
      }
      pos++;
    }
  }

  /** Reads the event whose {@code {}} is the next byte after white space. */
  DossierEvent event() throws IOException, Unsure {
    if (peek() != '{') {
      throw UNSURE;
    }
    for (;;) {
      int start = pos;
      try {
        pool.reset();
        StreamedObject o;
        try {
          o = object(true);
        } catch (Unsure notRead) {
          return irregular(start);
        }
        DossierEvent e = EventJsonFormat.regularEvent(o);
        return e != null ? e : strict(o);
      } catch (More more) {
        pos = start;
        if (!fill(start)) {
          throw UNSURE;
        }
      }
    }
  }

  /**
   * An event read here that is not regular (an item list, an amount, an absent optional): the strict reader's,
   * as on the Jackson path; an error there is reported by the Jackson path, where the event is in the input.
   */
  private static DossierEvent strict(StreamedObject o) throws Unsure {
    try {
      return EventJsonFormat.readEvent(StrictObjectReader.ofEvent(o, "", 0));
    } catch (RuntimeException wrong) {
      throw UNSURE;
    }
  }

  /**
   * An event with an escape or anything else the reader does not read itself: its
   * bytes, found by their brackets, read by Jackson alone. Only a well-formed event read without error comes
   * back; for an error the caller reads the input again from its start, so that Jackson reports it where it is
   * in the input, and not in these bytes.
   */
  private DossierEvent irregular(int start) throws More, Unsure {
    int end = end(start);
    DossierEvent e;
    try {
      e = irregular.read(buf, start, end - start);
    } catch (IOException | RuntimeException wrong) {
      throw UNSURE;
    }
    if (e == null) {
      throw UNSURE;
    }
    pos = end;
    return e;
  }

  // The index after the bracket that closes the one at start, counted outside strings; not a check of form.
  private int end(int start) throws More {
    int depth = 0;
    for (int i = start; ; i++) {
      byte b = at(i);
      if (b == '"') {
        for (i++; (b = at(i)) != '"'; i++) {
          if (b == '\\') {
            i++;
          }
        }
      } else if (b == '{' || b == '[') {
        depth++;
      } else if ((b == '}' || b == ']') && --depth == 0) {
        return i + 1;
      }
    }
  }

  /**
   * Keeps the bytes from {@code keep} on, moved to the buffer's start, and reads more after them; false at the
   * end of the input, or when an event would not fit in {@value #LONGEST_EVENT} bytes.
   */
  private boolean fill(int keep) throws IOException {
    if (eof) {
      return false;
    }
    int kept = limit - keep;
    if (kept == buf.length) {
      if (buf.length >= LONGEST_EVENT) {
        return false;
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    System.arraycopy(buf, keep, buf, 0, kept);
    pos -= keep;
    limit = kept;
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  private byte at(int i) throws More {
    if (i >= limit) {
      throw MORE;
    }
    return buf[i];
  }

  // The index of the first byte from i on that is not plain ASCII inside a string (it may be the buffer's end).
  private int plain(int i) {
    byte[] b = buf;
    int end = limit;
    while (i < end && IN_STRING[b[i] & 0xFF] == 0) {
      i++;
    }
    return i;
  }

  private int ws(int i) throws More {
    while (isSpace(at(i))) {
      i++;
    }
    return i;
  }

  // JSON's white space: nothing else may stand between tokens.
  private static boolean isSpace(int b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  // The object at pos ('{'), into an object of the pool; pos after its '}'. As StreamedObject.read fills it.
  private StreamedObject object(boolean event) throws More, Unsure {
    StreamedObject o = pool.take();
    int i = ws(pos + 1);
    if (at(i) == '}') {
      pos = i + 1;
      return o;
    }
    for (;;) {
      if (at(i) != '"') {
        throw UNSURE;
      }
      int nameStart = i + 1;
      int nameEnd = plain(nameStart);
      // the formats' names are plain ASCII: anything else is not one of them
      if (IN_STRING[at(nameEnd) & 0xFF] != 2) {
        throw UNSURE;
      }
      int number = number(nameStart, nameEnd - nameStart);
      if (number < 0 || (o.present() & (1L << number)) != 0) {
        throw UNSURE;
      }
      i = ws(nameEnd + 1);
      if (at(i) != ':') {
        throw UNSURE;
      }
      i = ws(i + 1);
      byte first = at(i);
      Object value;
      if (first == '"') {
        int start = i + 1;
        int end = stringEnd(start);
        value = event && StreamedObject.isInstantField(number)
            ? instant(start, end - start) : text(start, end - start, ascii);
        i = end + 1;
      } else if (first == '{' && StreamedObject.isNestedObject(number)) {
        pos = i;
        value = object(false);
        i = pos;
      } else if (first == '[') {
        pos = i;
        value = strings();
        i = pos;
      } else if (first == '-' || (first >= '0' && first <= '9')) {
        pos = i;
        value = integer();
        i = pos;
      } else {
        throw UNSURE;
      }
      o.add(number, EventJsonFormat.FIELD_NAMES[number], value);
      i = nextMember(i, (byte) '}');
      if (i < 0) {
        return o;
      }
    }
  }

  /**
   * After a member or an element ending before {@code i}: the index of the next one, its comma passed; or -1,
   * pos after the closing byte.
   */
  private int nextMember(int i, byte close) throws More, Unsure {
    i = ws(i);
    byte next = at(i);
    if (next == ',') {
      return ws(i + 1);
    } else if (next == close) {
      pos = i + 1;
      return -1;
    }
    throw UNSURE;
  }

  // An array of plain strings at pos ('['), as the tree Jackson's path makes of it; pos after its ']'.
  private JsonNode strings() throws More, Unsure {
    ArrayNode a = NODES.arrayNode();
    int i = ws(pos + 1);
    if (at(i) == ']') {
      pos = i + 1;
      return a;
    }
    for (;;) {
      if (at(i) != '"') {
        throw UNSURE;
      }
      int start = i + 1;
      int end = stringEnd(start);
      a.add(NODES.textNode(text(start, end - start, ascii)));
      i = nextMember(end + 1, (byte) ']');
      if (i < 0) {
        return a;
      }
    }
  }

  // An integer at pos of at most 18 digits, as the tree Jackson's path makes of it (an int if it fits); pos
  // after it. A fraction, an exponent, a leading zero or a longer number: unsure.
  private JsonNode integer() throws More, Unsure {
    int i = pos;
    boolean negative = at(i) == '-';
    if (negative) {
      i++;
    }
    int first = i;
    long v = 0;
    for (byte b = at(i); b >= '0' && b <= '9'; b = at(++i)) {
      v = v * 10 + (b - '0');
    }
    int digits = i - first;
    byte after = at(i);
    if (digits == 0 || digits > 18 || (digits > 1 && buf[first] == '0') || after == '.' || after == 'e'
        || after == 'E') {
      throw UNSURE;
    }
    pos = i;
    v = negative ? -v : v;
    return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The end quote of the string whose first byte is at start, {@link #ascii} saying whether it has only ASCII;
   * unsure of an escape or a control character.
   */
  private int stringEnd(int start) throws More, Unsure {
    int end = plain(start);
    boolean plainAscii = true;
    for (int kind = IN_STRING[at(end) & 0xFF]; kind != 2; kind = IN_STRING[at(end) & 0xFF]) {
      if (kind == 3) {
        throw UNSURE;
      }
      plainAscii = false;
      end = plain(end + 1);
    }
    ascii = plainAscii;
    return end;
  }

  private int number(int start, int length) {
    if (length == 0) {
      return -1;
    }
    int key = nameKey(length, buf[start], buf[start + length - 1]);
    byte[] name = NAME_BY_KEY[key];
    if (name == null || name.length != length) {
      return -1;
    }
    for (int k = 1; k < length - 1; k++) {
      if (name[k] != buf[start + k]) {
        return -1;
      }
    }
    return NUMBER_BY_KEY[key];
  }

  // A date-time in the written form; any other text is the strict reader's to judge.
  private Instant instant(int start, int length) throws Unsure {
    if (length != 20 && length != 25) {
      throw UNSURE;
    }
    for (int k = 0; k < length; k++) {
      instant[k] = (char) (buf[start + k] & 0xFF);
    }
    @Nullable Instant at = OffsetInstants.parseWritten(instant, 0, length);
    if (at == null) {
      throw UNSURE;
    }
    return at;
  }

  private String text(int start, int length, boolean ascii) throws Unsure {
    if (ascii) {
      return new String(buf, start, length, StandardCharsets.ISO_8859_1);
    }
    String s = new String(buf, start, length, StandardCharsets.UTF_8);
    // The decoder replaces what is not well-formed UTF-8; Jackson reports it: its message, not ours.
    if (s.indexOf('\uFFFD') >= 0) {
      throw UNSURE;
    }
    return s;
  }
}
