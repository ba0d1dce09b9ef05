package dev.motcua.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.DossierEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link EventLogJson#batch}: one log or an array of them, one log and one event at a time. */
class EventLogBatchTest {
  static final EventLogJson JSON = EventLogJson.standard();

  static String log() {
    return JSON.write(EventLogJsonTest.fullHistory());
  }

  static List<List<DossierEvent>> all(String input) throws IOException {
    List<List<DossierEvent>> logs = new ArrayList<>();
    try (EventLogJson.Batch b = JSON.batch(new ByteArrayInputStream(input.getBytes(UTF_8)))) {
      for (Iterator<DossierEvent> it = b.next(); it != null; it = b.next()) {
        List<DossierEvent> events = new ArrayList<>();
        it.forEachRemaining(events::add);
        logs.add(events);
      }
    }
    return logs;
  }

  @Test
  void batch_array_eachLogInOrder() throws IOException {
    List<DossierEvent> full = EventLogJsonTest.fullHistory();
    assertEquals(List.of(full, List.of(), full), all("[" + log() + ",{\"formatVersion\":1,\"events\":[]}," + log() + "]"));
    assertEquals(List.of(), all(" [ ] "));
  }

  @Test
  void batch_singleLog_oneLogAndIsNotAnArray() throws IOException {
    assertEquals(List.of(EventLogJsonTest.fullHistory()), all(log()));
    try (EventLogJson.Batch b = JSON.batch(new ByteArrayInputStream(log().getBytes(UTF_8)))) {
      assertFalse(b.isArray());
    }
  }

  @Test
  void batch_errorInThirdLog_pathHasTheArrayIndexAndLine() {
    String bad = "{\"formatVersion\":1,\"events\":[\n{\"type\":\"paid\",\"at\":\"yesterday\"}]}";
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> all("[" + log() + "," + log() + "," + bad + "]"));
    assertTrue(e.path().orElseThrow().startsWith("$[2].events[0]"), e.getMessage());
    assertTrue(e.line().isPresent(), e.getMessage());
  }

  @Test
  void batch_headerErrorInElement_pathHasTheIndex() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> all("[" + log() + ",{\"formatVersion\":2,\"events\":[]}]"));
    assertEquals(Optional.of("$[1].formatVersion"), e.path());
    assertEquals(Optional.of("$[1]"), assertThrows(JsonFormatException.class, () -> all("[" + log() + ",7]")).path());
  }

  @Test
  void batch_contentAfterTheArrayOrTheLog_rejected() {
    JsonFormatException array = assertThrows(JsonFormatException.class, () -> all("[" + log() + "] []"));
    assertTrue(array.problem().contains("after the array"), array.getMessage());
    JsonFormatException one = assertThrows(JsonFormatException.class, () -> all(log() + " " + log()));
    assertTrue(one.problem().contains("after the event log"), one.getMessage());
  }

  @Test
  void batch_notALog_rejectedAtOnce() {
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.batch(
        new ByteArrayInputStream("\"text\"".getBytes(UTF_8))));
    assertEquals(Optional.of("$"), e.path());
    assertTrue(assertThrows(JsonFormatException.class, () -> JSON.batch(new ByteArrayInputStream(new byte[0])))
        .problem().contains("empty input"));
  }

  @Test
  void batch_nextBeforeTheLogIsRead_illegalState() throws IOException {
    try (EventLogJson.Batch b = JSON.batch(new ByteArrayInputStream(("[" + log() + "," + log() + "]").getBytes(UTF_8)))) {
      b.next();
      assertThrows(IllegalStateException.class, b::next);
    }
  }

  @Test
  void batch_singleLogAfterEnd_null() throws IOException {
    try (EventLogJson.Batch b = JSON.batch(new ByteArrayInputStream(log().getBytes(UTF_8)))) {
      b.next().forEachRemaining(e -> { });
      assertNull(b.next());
      assertEquals(1, b.count());
    }
  }

  @Test
  void notWellFormed_jacksonSettingNames_leftOut() {
    // A string longer than Jackson's limit: the message says so without naming Jackson's settings.
    String huge = "{\"formatVersion\":1,\"events\":[{\"type\":\"" + "a".repeat(20_000_001) + "\"}]}";
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> all(huge));
    assertTrue(e.problem().contains("exceeds the maximum allowed"), e.getMessage());
    assertFalse(e.getMessage().contains("StreamReadConstraints"), e.getMessage());
    assertFalse(e.getMessage().contains("`"), e.getMessage());
    JsonFormatException nan = assertThrows(JsonFormatException.class,
        () -> all("{\"formatVersion\":NaN,\"events\":[]}"));
    assertFalse(nan.getMessage().contains("JsonReadFeature"), nan.getMessage());
    assertEquals(OptionalInt.of(1), nan.line());
  }

  @Test
  void limitExceeded_namesThePathAndPlaceOfTheValue() {
    // Jackson's limit errors carry no place of their own: the reader's path, line and column are given.
    String number = "{\"formatVersion\":1,\"events\":[{\"type\":\"received\",\"x\":" + "1".repeat(2_000) + "}]}";
    JsonFormatException n = assertThrows(JsonFormatException.class, () -> all(number));
    assertEquals(Optional.of("$.events[0].x"), n.path(), n.getMessage());
    assertTrue(n.problem().contains("Number value length (2000) exceeds the maximum allowed"), n.getMessage());
    assertEquals(OptionalInt.of(1), n.line());
    JsonFormatException inArray = assertThrows(JsonFormatException.class, () -> all("[" + log() + "," + number + "]"));
    assertEquals(Optional.of("$[1].events[0].x"), inArray.path(), inArray.getMessage());
    // a name too long is the next name of the object: the path is the object's, not the field's before it
    String name = "{\"formatVersion\":1,\"events\":[{\"type\":\"received\",\"" + "n".repeat(60_000) + "\":1}]}";
    JsonFormatException nm = assertThrows(JsonFormatException.class, () -> all(name));
    assertEquals(Optional.of("$.events[0]"), nm.path(), nm.getMessage());
    assertTrue(nm.problem().contains("Name length (60000)"), nm.getMessage());
  }

  @Test
  void deepPath_keepsItsEndsAndTheProblemOnTheLine() {
    String deep = "{\"formatVersion\":1,\"events\":[{\"type\":\"received\",\"x\":" + "[".repeat(1_100) + "]".repeat(1_100) + "}]}";
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> all(deep));
    String path = e.path().orElseThrow();
    assertTrue(path.startsWith("$.events[0].x[0][0]"), path);
    assertTrue(path.contains("…(983 levels)…"), path);
    assertTrue(path.length() < 120, path);
    assertTrue(e.problem().contains("nesting depth (1001) exceeds the maximum allowed (1000)"), e.getMessage());
    String bad = "{\"formatVersion\":1,\"events\":[{\"type\":\"received\",\"x\":" + "[".repeat(900) + "x" + "]".repeat(900) + "}]}";
    JsonFormatException b = assertThrows(JsonFormatException.class, () -> all(bad));
    assertTrue(b.path().orElseThrow().contains("…(885 levels)…"), b.getMessage());
    assertTrue(b.getMessage().length() < 400, b.getMessage());
  }

  @Test
  void withoutInternals_controlCharactersEscapedAndBounded() {
    String d = JsonFormatException.withoutInternals("bad\ntoken " + "x".repeat(1000));
    assertFalse(d.contains("\n"), d);
    assertTrue(d.contains("\\u000a"), d);
    assertTrue(d.length() <= 302, d);
  }
}
