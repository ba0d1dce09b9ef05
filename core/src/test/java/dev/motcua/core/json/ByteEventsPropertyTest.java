package dev.motcua.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.testkit.Property;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Law: the fast reader of bytes ({@link ByteEvents}, taken for a byte array's stream or a file's) reads every
 * input as the Jackson path alone does (taken for any other stream): the same logs and events, or the same
 * error (path, problem, value, line, column) after the same events. Inputs: logs of the golden events and
 * their variants (every field changed, removed, of another kind), arrays of them, and the bytes of such inputs
 * mutated at random (a byte deleted, inserted, replaced, a run repeated, the input cut), so that escapes,
 * malformed UTF-8, numbers, syntax errors and truncations fall anywhere, at a buffer's edge too.
 */
class ByteEventsPropertyTest {
  private static final EventLogJson JSON = EventLogJson.standard();
  private static final ObjectMapper TREES = new ObjectMapper();

  /** What a batch gave: each log's events, then the error that stopped it, if any. */
  private static List<Object> batch(Function<byte[], InputStream> open, byte[] input) {
    List<Object> out = new ArrayList<>();
    try (EventLogJson.Batch b = JSON.batch(open.apply(input))) {
      out.add(b.isArray());
      for (Iterator<DossierEvent> it = b.next(); it != null; it = b.next()) {
        List<DossierEvent> events = new ArrayList<>();
        out.add(events);
        while (it.hasNext()) {
          events.add(it.next());
        }
      }
    } catch (JsonFormatException e) {
      out.add(describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Object read(Function<byte[], InputStream> open, byte[] input) {
    try {
      return JSON.read(open.apply(input));
    } catch (JsonFormatException e) {
      return describe(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(JsonFormatException e) {
    return e.getMessage() + " @" + e.line() + ":" + e.column();
  }

  private static InputStream fast(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  // A wrapped stream cannot be rewound: read by Jackson alone, as before the fast reader.
  private static InputStream jackson(byte[] b) {
    return new BufferedInputStream(new ByteArrayInputStream(b));
  }

  private static void assertSameAsJackson(byte[] input) {
    String text = new String(input, UTF_8);
    assertEquals(batch(ByteEventsPropertyTest::jackson, input), batch(ByteEventsPropertyTest::fast, input),
        () -> "batch of " + cut(text));
    assertEquals(read(ByteEventsPropertyTest::jackson, input), read(ByteEventsPropertyTest::fast, input),
        () -> "read of " + cut(text));
  }

  private static String cut(String s) {
    return s.length() <= 2_000 ? s : s.substring(0, 2_000) + "…";
  }

  private static String log(List<ObjectNode> events) {
    StringBuilder b = new StringBuilder("{\"formatVersion\":1,\"events\":[");
    for (int i = 0; i < events.size(); i++) {
      b.append(i == 0 ? "\n" : ",\n").append(events.get(i).toString());
    }
    return b.append("]}").toString();
  }

  @Test
  void everyVariant_asTheSecondEventOfALog_sameAsJackson() {
    List<ObjectNode> golden = StreamedEventPropertyTest.goldenEvents();
    List<ObjectNode> variants = StreamedEventPropertyTest.variants();
    assertTrue(variants.size() > 3_000, "variants: " + variants.size());
    for (ObjectNode v : variants) {
      assertSameAsJackson(log(List.of(golden.get(2), v, golden.get(3))).getBytes(UTF_8));
    }
  }

  /** Arrays of logs of random variants, with a log of every golden event first. */
  private static byte[] randomInput(Random r) {
    List<ObjectNode> golden = StreamedEventPropertyTest.goldenEvents();
    StringBuilder b = new StringBuilder(r.nextBoolean() ? "[" : " [\n");
    b.append(log(golden));
    for (int logs = r.nextInt(4); logs > 0; logs--) {
      List<ObjectNode> events = new ArrayList<>();
      for (int n = r.nextInt(4); n > 0; n--) {
        events.add(r.nextInt(3) == 0 ? StreamedEventPropertyTest.randomVariant(r)
            : golden.get(r.nextInt(golden.size())));
      }
      b.append(r.nextBoolean() ? "," : " ,\n ").append(log(events));
    }
    return b.append(r.nextBoolean() ? "]" : "]\n").toString().getBytes(UTF_8);
  }

  // Bytes that change what a reader must do: structure, quotes and escapes, digits, white space and control
  // characters, the lead and continuation bytes of UTF-8 (and bytes UTF-8 never has).
  private static final byte[] INTERESTING = {'{', '}', '[', ']', '"', ',', ':', '\\', 'u', '0', '1', '9', '-', '.',
    'e', ' ', '\n', '\t', 0, 1, 0x1F, 'a', 'Z', (byte) 0xC3, (byte) 0xA9, (byte) 0x80, (byte) 0xE1, (byte) 0xBB,
    (byte) 0xF0, (byte) 0xFF, (byte) 0xED};

  private static byte[] mutated(Random r, byte[] input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] b = input;
    for (int k = 1 + r.nextInt(3); k > 0; k--) {
      int at = r.nextInt(b.length);
      out.reset();
      switch (r.nextInt(5)) {
        case 0 -> { // delete a byte
          out.write(b, 0, at);
          out.write(b, at + 1, b.length - at - 1);
        }
        case 1 -> { // insert one
          out.write(b, 0, at);
          out.write(INTERESTING[r.nextInt(INTERESTING.length)]);
          out.write(b, at, b.length - at);
        }
        case 2 -> { // replace one
          out.write(b, 0, at);
          out.write(INTERESTING[r.nextInt(INTERESTING.length)]);
          out.write(b, at + 1, b.length - at - 1);
        }
        case 3 -> { // repeat a run
          int len = Math.min(b.length - at, 1 + r.nextInt(40));
          out.write(b, 0, at + len);
          out.write(b, at, b.length - at);
        }
        default -> out.write(b, 0, at); // cut
      }
      b = out.toByteArray();
      if (b.length == 0) {
        return b;
      }
    }
    return b;
  }

  @Test
  void randomInputs_sameAsJackson() {
    Property.forAll("fast reader reads random inputs as Jackson", ByteEventsPropertyTest::randomInput)
        .trials(400)
        .verify(ByteEventsPropertyTest::assertSameAsJackson);
  }

  @Test
  void mutatedInputs_sameAsJackson() {
    Property.forAll("fast reader reads mutated inputs as Jackson", r -> mutated(r, randomInput(r)))
        .trials(3_000)
        .verify(ByteEventsPropertyTest::assertSameAsJackson);
  }

  /** An input larger than the reader's buffer: events cut by the buffer's edge, read again after a refill. */
  @Test
  void largeInput_eventsAcrossTheBuffersEdge_sameAsJackson() {
    Random r = new Random(Property.seed("fast reader, large input"));
    StringBuilder b = new StringBuilder("[");
    List<ObjectNode> golden = StreamedEventPropertyTest.goldenEvents();
    for (int i = 0; b.length() < 3 * ByteEvents.CHUNK; i++) {
      b.append(i == 0 ? "" : ",").append(log(List.of(golden.get(r.nextInt(golden.size())),
          golden.get(r.nextInt(golden.size())))));
    }
    byte[] input = b.append("]").toString().getBytes(UTF_8);
    assertSameAsJackson(input);
    // and an error far into it, after a refill: Jackson's line and column, counted from the start
    for (int k = 0; k < 20; k++) {
      assertSameAsJackson(mutated(r, input));
    }
  }

  /** An event longer than the reader will hold is Jackson's: the same events. */
  @Test
  void eventLongerThanTheBuffer_readByJackson() throws IOException {
    ObjectNode e = StreamedEventPropertyTest.goldenEvents().get(0).deepCopy();
    ((ObjectNode) e.get("actor")).put("name", "Nguyễn Văn A ".repeat(ByteEvents.LONGEST_EVENT / 10));
    assertSameAsJackson(("[" + log(List.of(e, e)) + "]").getBytes(UTF_8));
  }

  /** A file's stream is rewound by its channel: read as Jackson reads it, from where the stream was. */
  @Test
  void fileInput_fromItsPosition_sameAsJackson(@TempDir Path dir) throws IOException {
    Random r = new Random(Property.seed("fast reader, files"));
    for (int k = 0; k < 30; k++) {
      byte[] input = k == 0 ? randomInput(r) : mutated(r, randomInput(r));
      Path file = dir.resolve("in-" + k + ".json");
      byte[] withHeader = new byte[input.length + 3];
      withHeader[0] = 'x';
      withHeader[1] = 'y';
      withHeader[2] = 'z';
      System.arraycopy(input, 0, withHeader, 3, input.length);
      Files.write(file, withHeader);
      List<Object> fromFile = batch(bytes -> {
        try {
          java.io.FileInputStream in = new java.io.FileInputStream(file.toFile());
          assertEquals(3, in.skip(3));
          return in;
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      }, input);
      assertEquals(batch(ByteEventsPropertyTest::jackson, input), fromFile, () -> new String(input, UTF_8));
    }
  }

  /** The fast reader's events are the tree reader's, so a log written and read again is the same log. */
  @Test
  void goldenEvents_readFast_asTheTreeReads() throws IOException {
    List<ObjectNode> golden = StreamedEventPropertyTest.goldenEvents();
    List<DossierEvent> expected = new ArrayList<>();
    for (ObjectNode e : golden) {
      expected.add(EventJsonFormat.readEvent(TREES.readTree(e.toString()), ""));
    }
    assertEquals(expected, JSON.read(fast(log(golden).getBytes(UTF_8))));
  }
}
