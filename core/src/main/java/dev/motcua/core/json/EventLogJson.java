package dev.motcua.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.Outcome;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads and writes the versioned JSON formats of event logs and dossiers.
 *
 * <p>Event log, format version 1 ({@code "formatVersion"} must come first, so that a log can be streamed):
 *
 * <pre>{@code
 * {"formatVersion":1,"events":[
 *   {"type":"received","at":"2026-02-10T08:00:00+07:00",
 *    "actor":{"kind":"officer","id":"cb-001","name":"Trần Thị B","unit":"000.00.15.H05"},
 *    "filing":{"procedureCode":"1.001234","channel":"COUNTER",
 *              "applicant":{"name":"Nguyễn Văn A"},"receivingUnit":"000.00.15.H05"},
 *    "code":"000.00.15.H05-260210-0001","appointment":"2026-02-20T17:00:00+07:00"}]}
 * }</pre>
 *
 * <p>Dossier, format version 1: the same {@code "events"} plus a summary of derived fields ({@code
 * "status"} required; {@code "code"}, {@code "procedureCode"}, {@code "channel"}, {@code "receivedAt"},
 * {@code "appointment"}, {@code "outcome"} written when known). Reading replays the events with {@link
 * DossierLifecycle#standard()} and checks that the summary matches them.
 *
 * <p>Instants are written in the output zone and read with any offset. The core module knows no zone:
 * {@link #standard()} writes UTC ({@code Z}); a host writes local times with {@link #withOutputZone(ZoneId)},
 * usually its working calendar's {@code zone()} ({@code +07:00} for Vietnam). Errors are {@link JsonFormatException}s naming the JSON path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventLogJson {
  /** The format version written and read. */
  public static final int FORMAT_VERSION = 1;

  private static final EventLogJson STANDARD = new EventLogJson(ZoneOffset.UTC);

  private final EventJsonFormat codec;
  private final ObjectMapper mapper;
  private final JsonFactory factory;

  private EventLogJson(ZoneId offset) {
    this.codec = new EventJsonFormat(offset);
    this.factory =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    this.mapper = new ObjectMapper(factory);
  }

  /**
   * Returns the standard instance, writing instants in UTC.
   *
   * @return the standard instance
   */
  public static EventLogJson standard() {
    return STANDARD;
  }

  /**
   * Returns an instance that writes instants with the offset of a zone at each instant (for example the
   * working calendar's {@code zone()}); reading accepts any offset.
   *
   * @param zone the output zone, or a fixed offset
   * @return the instance
   */
  public EventLogJson withOutputZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return zone.equals(codec.offset()) ? this : new EventLogJson(zone);
  }

  /**
   * Writes an event log to a string.
   *
   * @param events the events
   * @return the JSON text
   */
  public String write(List<? extends DossierEvent> events) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(w)) {
      writeLog(g, events);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes an event log to a stream in UTF-8; the stream is not closed.
   *
   * @param events the events
   * @param out the output stream
   * @throws IOException if writing fails
   */
  public void write(List<? extends DossierEvent> events, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      writeLog(g, events);
    }
  }

  private void writeLog(JsonGenerator g, List<? extends DossierEvent> events) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeArrayFieldStart("events");
    for (DossierEvent e : events) {
      codec.writeEvent(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Reads a whole event log.
   *
   * @param json the JSON text
   * @return the events, unmodifiable
   * @throws JsonFormatException if the text does not match the format, naming the path
   * @throws IOException if the text cannot be read
   */
  public List<DossierEvent> read(String json) throws IOException {
    Objects.requireNonNull(json, "json");
    JsonParser p = events(factory.createParser(json));
    try (p) {
      return collect(new LogIterator(p));
    } catch (JsonProcessingException e) {
      throw JsonFormatException.notWellFormed(e, p);
    }
  }

  /**
   * Reads a whole event log from a stream; the stream is not closed.
   *
   * <p>A {@code ByteArrayInputStream} or a {@code FileInputStream} is read faster, straight from its bytes; where
   * that reading is not sure of something (an escape, an unknown field, an error) the stream is rewound (reset,
   * or its channel set back to its position) and read again by the general reader, so the events and the errors
   * are the same for every kind of stream.
   *
   * @param in the UTF-8 input
   * @return the events, unmodifiable
   * @throws JsonFormatException if the input does not match the format, naming the path
   * @throws IOException if the input cannot be read
   */
  public List<DossierEvent> read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    ByteEvents.Rewind rewind = ByteEvents.rewindable(in);
    if (rewind != null) {
      List<DossierEvent> fast = ByteEvents.log(in, irregular(new StreamedObject.Pool()));
      if (fast != null) {
        return fast;
      }
      // Jackson reads it all again, and says what is wrong
      in = rewind.rewind();
    }
    JsonParser p = events(factory.createParser(in)).disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    try (p) {
      return collect(new LogIterator(p));
    } catch (JsonProcessingException e) {
      throw JsonFormatException.notWellFormed(e, p);
    }
  }


  private static List<DossierEvent> collect(LogIterator it) throws IOException {
    List<DossierEvent> out = new ArrayList<>();
    try {
      while (it.hasNext()) {
        out.add(it.next());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return List.copyOf(out);
  }

  /**
   * Streams the events of a log, reading one event at a time, so a large log is never in memory at once.
   *
   * <p>The header is read before this method returns. A malformed event met while streaming is thrown as
   * the unchecked {@link JsonFormatException}; an I/O failure as {@link UncheckedIOException}. Closing the
   * stream closes the input.
   *
   * <pre>{@code
   * try (Stream<DossierEvent> events = EventLogJson.standard().stream(in)) {
   *   Replay replay = DossierLifecycle.standard().replay(events::iterator);
   * }
   * }</pre>
   *
   * @param in the UTF-8 input, closed with the stream
   * @return a sequential, ordered stream of events
   * @throws JsonFormatException if the header does not match the format
   * @throws IOException if the input cannot be read
   */
  public Stream<DossierEvent> stream(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    JsonParser p = events(factory.createParser(in));
    LogIterator it;
    try {
      it = new LogIterator(p);
    } catch (JsonProcessingException e) {
      p.close();
      throw JsonFormatException.notWellFormed(e, p);
    } catch (IOException | RuntimeException e) {
      p.close();
      throw e;
    }
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(
            () -> {
              try {
                p.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * Opens a batch of event logs: one log {@code {"formatVersion":1,"events":[…]}} or a JSON array of them, read
   * one log at a time and, within a log, one event at a time, so that memory is bounded by the largest log and
   * not by the input. Text after the log or the array is an error.
   *
   * <p>A {@code ByteArrayInputStream} or a {@code FileInputStream} is read faster, straight from its bytes, as
   * {@link #read(InputStream)} says; from the first thing that reading is not sure of, the stream is rewound and
   * the general reader goes on from the same log and event, so the logs, events and errors (with their paths,
   * lines and columns) are the same for every kind of stream.
   *
   * <pre>{@code
   * try (EventLogJson.Batch batch = EventLogJson.standard().batch(in)) {
   *   for (Iterator<DossierEvent> log = batch.next(); log != null; log = batch.next()) {
   *     Iterator<DossierEvent> events = log;
   *     Replay replay = regulation.validate(() -> events);
   *   }
   * }
   * }</pre>
   *
   * @param in the UTF-8 input, closed with the batch
   * @return the batch
   * @throws JsonFormatException if the input is neither a log nor an array, naming the path
   * @throws IOException if the input cannot be read
   */
  public Batch batch(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    ByteEvents.Rewind rewind = ByteEvents.rewindable(in);
    if (rewind != null) {
      StreamedObject.Pool pool = new StreamedObject.Pool();
      ByteEvents fast = new ByteEvents(in, pool, irregular(pool));
      try {
        int first = fast.peek();
        if (first == '[' || first == '{') {
          if (first == '[') {
            fast.skip();
          }
          return new Batch(fast, rewind, pool, first == '[');
        }
        // anything else is Jackson's to report
        in = rewind.rewind();
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    }
    JsonParser p = events(factory.createParser(in));
    try {
      return new Batch(p, array(p));
    } catch (JsonProcessingException e) {
      p.close();
      throw JsonFormatException.notWellFormed(e, p);
    } catch (IOException | RuntimeException e) {
      p.close();
      throw e;
    }
  }

  // Reads the first token of a batch: true for an array of logs, false for a log.
  private static boolean array(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
      throw JsonFormatException.at("", first == null
          ? "empty input, expected an event log {\"formatVersion\":1,\"events\":[…]} or an array of them"
          : "expected an event log {\"formatVersion\":1,\"events\":[…]} or an array of them",
          p.currentTokenLocation());
    }
    return first == JsonToken.START_ARRAY;
  }

  /**
   * An open batch of event logs, from {@link #batch(InputStream)}: each {@link #next()} is one log's events, to
   * be read to the end before the next log is asked for. A malformed event is thrown as {@link
   * JsonFormatException} by the iterator, with the path in the batch ({@code $[2].events[3].at}); an I/O
   * failure as {@link UncheckedIOException}.
   *
   * <p>Not thread-safe.
   */
  public final class Batch implements java.io.Closeable {
    // Jackson's parser, or null while the bytes are read by the fast reader, until it is unsure
    private @org.jspecify.annotations.Nullable JsonParser p;
    private @org.jspecify.annotations.Nullable ByteEvents fast;
    private final ByteEvents.@org.jspecify.annotations.Nullable Rewind rewind;
    // One pool for every log of the batch: a log has few events.
    private final StreamedObject.Pool pool;
    private final boolean array;
    private int index;
    private @org.jspecify.annotations.Nullable Iterator<DossierEvent> current;
    private boolean done;

    private Batch(JsonParser p, boolean array) {
      this.p = p;
      this.fast = null;
      this.rewind = null;
      this.pool = new StreamedObject.Pool();
      this.array = array;
    }

    /** Read by the fast reader, which has consumed the array's {@code [} if there is one. */
    private Batch(ByteEvents fast, ByteEvents.Rewind rewind, StreamedObject.Pool pool, boolean array) {
      this.fast = fast;
      this.rewind = rewind;
      this.pool = pool;
      this.array = array;
    }

    /**
     * Checks whether the input is a JSON array of logs, rather than one log.
     *
     * @return true for an array
     */
    public boolean isArray() {
      return array;
    }

    /**
     * Returns the number of logs started so far.
     *
     * @return the count
     */
    public int count() {
      return index;
    }

    /**
     * Starts the next log.
     *
     * @return an iterator over its events, read as it advances; null after the last log
     * @throws IllegalStateException if the previous log's events were not all read
     * @throws JsonFormatException if the next log's header does not match the format
     * @throws IOException if the input cannot be read
     */
    public @org.jspecify.annotations.Nullable Iterator<DossierEvent> next() throws IOException {
      if (current != null && current.hasNext()) {
        throw new IllegalStateException("Read log " + (index - 1) + " to its end before the next one");
      }
      if (done) {
        return null;
      }
      if (fast != null) {
        try {
          return fastNext(fast);
        } catch (ByteEvents.Unsure unsure) {
          // Jackson reads from the start of this log (or the array's end) on, and says what is wrong
          toJackson(false, 0);
        }
      }
      JsonParser p = Objects.requireNonNull(this.p);
      try {
        if (!array) {
          done = true;
          if (index > 0) {
            return null;
          }
          index++;
          LogIterator log = new LogIterator(p, "", true, pool);
          current = log;
          return new SingleLog(log);
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          done = true;
          if (p.nextToken() != null) {
            throw JsonFormatException.at("", "unexpected content after the array of event logs",
                p.currentTokenLocation());
          }
          return null;
        }
        String prefix = "[" + index + "]";
        if (t != JsonToken.START_OBJECT) {
          throw JsonFormatException.at(prefix, "expected an event log {\"formatVersion\":1,\"events\":[…]}",
              p.currentTokenLocation());
        }
        index++;
        LogIterator log = new LogIterator(p, prefix, true, pool);
        current = log;
        return log;
      } catch (JsonProcessingException e) {
        throw JsonFormatException.notWellFormed(e, p);
      }
    }

    // The next log's start as the fast reader sees it; unsure of anything but a regular header.
    private @org.jspecify.annotations.Nullable Iterator<DossierEvent> fastNext(ByteEvents fast)
        throws IOException, ByteEvents.Unsure {
      if (array) {
        int b = fast.peek();
        if (b == ']') {
          fast.skip();
          if (fast.peek() != -1) {
            throw ByteEvents.unsure();
          }
          done = true;
          return null;
        }
        if (index > 0) {
          fast.expect(',');
        }
      } else if (index > 0) {
        done = true;
        return null;
      }
      fast.header();
      boolean ready = fast.peek() == '{';
      if (!ready && fast.peek() != ']') {
        throw ByteEvents.unsure();
      }
      index++;
      FastLog log = new FastLog(fast, ready);
      current = log;
      return log;
    }

    /**
     * After an event: true if the next token is an event's {@code {} (its comma consumed), false if it is the
     * events' {@code ]}; unsure of anything else.
     */
    private boolean afterValue(ByteEvents fast) throws IOException, ByteEvents.Unsure {
      int b = fast.peek();
      if (b == ',') {
        fast.skip();
        if (fast.peek() == '{') {
          return true;
        }
      } else if (b == ']') {
        return false;
      }
      throw ByteEvents.unsure();
    }

    /**
     * Leaves the fast reader for Jackson, from the start of the input on: the logs before this one are
     * skipped, and, {@code inLog}, this log's header and its first {@code eventsRead} events, so the parser and
     * its paths, lines and columns are where a parser from the start would be.
     *
     * @return the rest of the current log, if {@code inLog}
     */
    private @org.jspecify.annotations.Nullable Iterator<DossierEvent> toJackson(boolean inLog, int eventsRead)
        throws IOException {
      fast = null;
      JsonParser p = events(factory.createParser(Objects.requireNonNull(rewind).rewind()));
      this.p = p;
      try {
        p.nextToken();
        int before = inLog ? index - 1 : index;
        if (array) {
          for (int i = 0; i < before; i++) {
            p.nextToken();
            p.skipChildren();
          }
        }
        if (!inLog) {
          return null;
        }
        if (array) {
          p.nextToken();
        }
        LogIterator log = new LogIterator(p, array ? "[" + (index - 1) + "]" : "", true, pool);
        log.skip(eventsRead);
        return array ? log : new SingleLog(log);
      } catch (JsonProcessingException e) {
        throw JsonFormatException.notWellFormed(e, p);
      }
    }

    /**
     * A log read by the fast reader, until it is unsure: then the same log by Jackson, from the same event.
     * Jackson's log reader reads the token after the header and after each event with it, so an error there
     * comes with that event; here too: an event whose next token is not the next event's {@code {} (after its
     * comma) or the events' {@code ]} is left to Jackson.
     */
    private final class FastLog implements Iterator<DossierEvent> {
      private final ByteEvents bytes;
      private int read;
      // the next byte is the next event's '{', its comma consumed; else it is the events' ']'
      private boolean ready;
      private boolean ended;
      private @org.jspecify.annotations.Nullable Iterator<DossierEvent> slow;

      /** With the header read, and the next byte a '{' ({@code ready}) or the events' ']'. */
      FastLog(ByteEvents bytes, boolean ready) {
        this.bytes = bytes;
        this.ready = ready;
      }

      @Override
      public boolean hasNext() {
        if (slow != null) {
          return slow.hasNext();
        }
        if (ready) {
          return true;
        }
        if (ended) {
          return false;
        }
        try {
          bytes.expect(']');
          bytes.expect('}');
          if (!array && bytes.peek() != -1) {
            throw ByteEvents.unsure();
          }
          ended = true;
          return false;
        } catch (ByteEvents.Unsure unsure) {
          return jackson().hasNext();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public DossierEvent next() {
        if (!hasNext()) {
          throw new NoSuchElementException(array ? "No more events after events[" + (read - 1) + "]" : "No more events");
        }
        if (slow != null) {
          return slow.next();
        }
        try {
          DossierEvent e = bytes.event();
          ready = afterValue(bytes);
          read++;
          return e;
        } catch (ByteEvents.Unsure unsure) {
          return jackson().next();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      private Iterator<DossierEvent> jackson() {
        try {
          slow = Objects.requireNonNull(toJackson(true, read));
          current = this;
          return slow;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /** A log alone: after its end, nothing but white space may follow. */
    private final class SingleLog implements Iterator<DossierEvent> {
      private final LogIterator log;

      SingleLog(LogIterator log) {
        this.log = log;
      }

      @Override
      public boolean hasNext() {
        if (log.hasNext()) {
          return true;
        }
        JsonParser p = Objects.requireNonNull(Batch.this.p);
        try {
          if (p.nextToken() != null) {
            throw JsonFormatException.at("", "unexpected content after the event log", p.currentTokenLocation());
          }
        } catch (JsonProcessingException e) {
          throw JsonFormatException.notWellFormed(e, p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return false;
      }

      @Override
      public DossierEvent next() {
        if (!hasNext()) {
          throw new NoSuchElementException("No more events");
        }
        return log.next();
      }
    }

    /**
     * Closes the input.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
      if (p != null) {
        p.close();
      } else if (fast != null) {
        fast.close();
      }
    }
  }

  /** Reads {"formatVersion":1,"events":[ ... ]} one event at a time. */
  private final class LogIterator implements Iterator<DossierEvent> {
    private final JsonParser p;
    private int index;
    private boolean done;
    private JsonToken next;

    /** Path prefix of an element of an array of logs, {@code [3]}; empty for a log alone. */
    private final String prefix;
    /** An element of an array of logs: what follows it is the array's business. */
    private final boolean nested;
    private final StreamedObject.Pool pool;

    LogIterator(JsonParser p) throws IOException {
      this(p, "", false, new StreamedObject.Pool());
    }

    /** Passes over the next {@code n} events unread, as a reader that has read them would be after them. */
    void skip(int n) throws IOException {
      for (int i = 0; i < n; i++) {
        p.skipChildren();
        index++;
        next = p.nextToken();
      }
    }

    /** With the parser on the log's START_OBJECT if {@code nested}, before it otherwise. */
    LogIterator(JsonParser p, String prefix, boolean nested, StreamedObject.Pool pool) throws IOException {
      this.p = p;
      this.pool = pool;
      this.prefix = prefix;
      this.nested = nested;
      expectHeader();
      next = p.nextToken();
    }

    private String at(String path) {
      return prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
    }

    private void expectHeader() throws IOException {
      if (!nested && p.nextToken() != JsonToken.START_OBJECT) {
        throw JsonFormatException.at(at(""), "expected an event log object {\"formatVersion\":1,\"events\":[…]}", p.currentTokenLocation());
      }
      if (p.nextToken() != JsonToken.FIELD_NAME || !p.currentName().equals("formatVersion")) {
        throw JsonFormatException.at(
            at(p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : ""),
            "expected \"formatVersion\" as the first field",
            p.currentTokenLocation());
      }
      JsonToken v = p.nextToken();
      if (v != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != FORMAT_VERSION) {
        throw JsonFormatException.at(
            at("formatVersion"), "unsupported format version " + p.getText() + ", expected " + FORMAT_VERSION, p.currentTokenLocation());
      }
      JsonToken f = p.nextToken();
      if (f != JsonToken.FIELD_NAME || !p.currentName().equals("events")) {
        throw JsonFormatException.at(
            at(f == JsonToken.FIELD_NAME ? p.currentName() : "events"),
            f == JsonToken.FIELD_NAME ? "unknown field, expected \"events\"" : "missing required field",
            p.currentTokenLocation());
      }
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw JsonFormatException.at(at("events"), "expected an array", p.currentTokenLocation());
      }
    }

    @Override
    public boolean hasNext() {
      if (done) {
        return false;
      }
      if (next == JsonToken.END_ARRAY) {
        try {
          JsonToken t = p.nextToken();
          if (t == JsonToken.FIELD_NAME) {
            throw JsonFormatException.at(at(p.currentName()), "unknown field", p.currentTokenLocation());
          }
          if (t != JsonToken.END_OBJECT) {
            throw JsonFormatException.at(at(""), "expected the end of the event log", p.currentTokenLocation());
          }
          // One log per input: text after it is not silently ignored.
          if (!nested && p.nextToken() != null) {
            throw JsonFormatException.at("", "unexpected content after the event log", p.currentTokenLocation());
          }
        } catch (JsonProcessingException e) {
          throw JsonFormatException.notWellFormed(e, p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        done = true;
        return false;
      }
      return true;
    }

    @Override
    public DossierEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException("No more events after events[" + (index - 1) + "]");
      }
      JsonLocation location = p.currentTokenLocation();
      try {
        DossierEvent e;
        try {
          e = readEventAt(p, prefix, index, pool);
        } catch (FormatError ex) {
          throw ex.toException(location);
        }
        index++;
        next = p.nextToken();
        return e;
      } catch (JsonProcessingException ex) {
        throw JsonFormatException.notWellFormed(ex, p);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  /**
   * A parser of event logs: the events' fields are checked for duplicates by {@link StreamedObject}, at the
   * same name and with the same message as the parser's own detection, which is cheaper to leave off here;
   * the header's two fields are checked in order by the log reader, and a value read as a tree is never
   * valid as an object, so no duplicate goes unreported.
   */
  private static JsonParser events(JsonParser p) {
    return p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /** Reads the event at the parser's current token, leaving the parser on its last token. */
  private DossierEvent readEventAt(JsonParser p, String prefix, int index, StreamedObject.Pool pool)
      throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      pool.reset();
      StreamedObject o = StreamedObject.read(p, pool);
      DossierEvent regular = EventJsonFormat.regularEvent(o);
      return regular != null ? regular : EventJsonFormat.readEvent(StrictObjectReader.ofEvent(o, prefix, index));
    }
    // Not an object: the tree reader says so, quoting the value.
    return EventJsonFormat.readEvent(mapper.readTree(p), eventPath(prefix, index));
  }

  /** How the fast reader reads an event it does not read itself: as the Jackson path does, from its bytes. */
  private ByteEvents.Irregular irregular(StreamedObject.Pool pool) {
    return (bytes, offset, length) -> {
      try (JsonParser p = events(factory.createParser(bytes, offset, length))) {
        p.nextToken();
        DossierEvent e = readEventAt(p, "", 0, pool);
        return p.nextToken() == null ? e : null;
      }
    };
  }

  /** The path of an event: {@code events[2]}, or {@code [3].events[2]} in an array of logs. */
  static String eventPath(String logPrefix, int index) {
    String event = "events[" + index + "]";
    return logPrefix.isEmpty() ? event : logPrefix + "." + event;
  }

  /**
   * Reads one event.
   *
   * @param json the JSON object of the event
   * @return the event
   * @throws JsonFormatException if the text does not match the format, naming the path
   * @throws IOException if the text cannot be read
   */
  public DossierEvent readEvent(String json) throws IOException {
    Objects.requireNonNull(json, "json");
    try {
      return EventJsonFormat.readEvent(mapper.readTree(json), "");
    } catch (FormatError e) {
      throw e.toException(null);
    } catch (JsonProcessingException e) {
      throw JsonFormatException.notWellFormed(e);
    }
  }

  /**
   * Writes one event.
   *
   * @param event the event
   * @return the JSON object of the event
   */
  public String writeEvent(DossierEvent event) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(w)) {
      codec.writeEvent(g, event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes a dossier: its summary and its events.
   *
   * @param dossier the dossier
   * @return the JSON text
   */
  public String writeDossier(Dossier dossier) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(w)) {
      writeDossier(g, dossier);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  void writeDossier(JsonGenerator g, Dossier d) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    if (d.code().isPresent()) {
      g.writeStringField("code", d.code().get().toString());
    }
    g.writeStringField("status", d.status().name());
    g.writeStringField("procedureCode", d.procedureCode());
    g.writeStringField("channel", d.channel().name());
    if (d.receivedAt().isPresent()) {
      codec.writeInstant(g, "receivedAt", d.receivedAt().get());
    }
    if (d.appointment().isPresent()) {
      codec.writeInstant(g, "appointment", d.appointment().get());
    }
    if (d.outcome().isPresent()) {
      g.writeStringField("outcome", d.outcome().get().name());
    }
    g.writeArrayFieldStart("events");
    for (DossierEvent e : d.history()) {
      codec.writeEvent(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Reads a dossier: replays its events with the standard lifecycle and checks its summary.
   *
   * @param json the JSON text
   * @return the dossier
   * @throws JsonFormatException if the text does not match the format, an event is refused by the
   *     lifecycle, or the summary does not match the events, naming the path
   * @throws IOException if the text cannot be read
   */
  public Dossier readDossier(String json) throws IOException {
    Objects.requireNonNull(json, "json");
    try {
      return readDossier(mapper.readTree(json), "");
    } catch (FormatError e) {
      throw e.toException(null);
    } catch (JsonProcessingException e) {
      throw JsonFormatException.notWellFormed(e);
    }
  }

  static Dossier readDossier(JsonNode node, String path) {
    StrictObjectReader o = StrictObjectReader.of(node, path);
    int version = o.intValue("formatVersion");
    if (version != FORMAT_VERSION) {
      throw new FormatError(o.child("formatVersion"), "unsupported format version " + version + ", expected " + FORMAT_VERSION);
    }
    Optional<String> code = o.optText("code");
    DossierStatus status = o.enumValue("status", DossierStatus.class);
    Optional<String> procedureCode = o.optText("procedureCode");
    Optional<Channel> channel = o.optEnum("channel", Channel.class);
    Optional<java.time.Instant> receivedAt = o.optInstant("receivedAt");
    Optional<java.time.Instant> appointment = o.optInstant("appointment");
    Optional<Outcome> outcome = o.optEnum("outcome", Outcome.class);
    JsonNode array = o.array("events");
    List<DossierEvent> events = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      events.add(EventJsonFormat.readEvent(array.get(i), o.child("events") + "[" + i + "]"));
    }
    o.end();
    Replay replay = DossierLifecycle.standard().replay(events);
    List<Violation> refusals = replay.refusals();
    if (!refusals.isEmpty()) {
      Violation v = refusals.get(0);
      throw new FormatError(
          o.child("events") + "[" + v.eventIndex() + "]", "refused by the lifecycle: " + v);
    }
    Dossier d =
        replay.dossier().orElseThrow(() -> new FormatError(o.child("events"), "must not be empty"));
    check(o, "status", Optional.of(status), Optional.of(d.status()));
    check(o, "code", code, d.code().map(Object::toString));
    check(o, "procedureCode", procedureCode, Optional.of(d.procedureCode()));
    check(o, "channel", channel, Optional.of(d.channel()));
    check(o, "receivedAt", receivedAt, d.receivedAt());
    check(o, "appointment", appointment, d.appointment());
    check(o, "outcome", outcome, d.outcome());
    return d;
  }

  // A summary field may be omitted; if given, it must equal the value derived from the events.
  private static void check(StrictObjectReader o, String field, Optional<?> given, Optional<?> derived) {
    if (given.isPresent() && !given.equals(derived)) {
      throw new FormatError(
          o.child(field),
          "summary value " + given.get() + " does not match the events, which give "
              + derived.map(Object::toString).orElse("none"));
    }
  }

  EventJsonFormat codec() {
    return codec;
  }
}
