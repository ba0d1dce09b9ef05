package dev.motcua.core.json;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.OptionalInt;

import java.util.Optional;

import java.time.ZoneId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.testing.Events;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventLogJsonTest {
  // The golden files are written as a Vietnamese host writes them: in the one-stop unit's zone.
  private static final EventLogJson JSON = EventLogJson.standard().withOutputZone(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final ObjectMapper TREES = new ObjectMapper();
  /** Set -Dmotcua.golden.update=true to rewrite the golden files after a deliberate format change. */
  private static final boolean UPDATE = Boolean.getBoolean("motcua.golden.update");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** The full history of the golden file: online filing, return at intake, receipt, supplement, denial. */
  static List<DossierEvent> fullHistory() {
    Instant t = Events.TUE_2026_02_10_0800;
    List<DossierEvent> events = new ArrayList<>();
    events.add(
        new DossierEvent.Submitted(
            t,
            Events.PORTAL,
            new dev.motcua.core.dossier.Filing(
                "1.001234", dev.motcua.core.dossier.Channel.ONLINE, Events.FILING.applicant(), "000.00.15.H05")));
    events.add(Events.of(DossierEventType.RETURNED_AT_INTAKE, t.plus(Duration.ofHours(2)), false));
    events.add(Events.of(DossierEventType.RESUBMITTED, t.plus(Duration.ofDays(1)), false));
    events.add(new DossierEvent.Received(t.plus(Duration.ofDays(1).plusHours(1)), Events.OFFICER, DossierCode.parse("000.00.15.H05-260211-0007"), Instant.parse("2026-02-25T10:00:00Z")));
    events.add(Events.of(DossierEventType.TRANSFERRED, t.plus(Duration.ofDays(1).plusHours(3)), false));
    events.add(Events.of(DossierEventType.SUPPLEMENT_REQUESTED, t.plus(Duration.ofDays(2)), false));
    events.add(Events.of(DossierEventType.SUPPLEMENTED, t.plus(Duration.ofDays(4)), false));
    events.add(Events.of(DossierEventType.PAYMENT_REQUESTED, t.plus(Duration.ofDays(5)), false));
    events.add(Events.of(DossierEventType.PAID, t.plus(Duration.ofDays(5).plusHours(2)), false));
    events.add(Events.of(DossierEventType.RESCHEDULED, t.plus(Duration.ofDays(6)), false));
    events.add(DossierEvent.Resolved.denied(t.plus(Duration.ofDays(8)), Events.OFFICER, "Không đủ điều kiện cấp phép"));
    events.add(Events.of(DossierEventType.RESULT_RETURNED, t.plus(Duration.ofDays(9)), false));
    return events;
  }

  private static void golden(String name, String actualJson) throws IOException {
    Path file = GOLDEN.resolve(name);
    JsonNode actual = TREES.readTree(actualJson);
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, TREES.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
    }
    assertTrue(Files.exists(file), () -> "missing golden file " + file + "; run with -Dmotcua.golden.update=true");
    assertEquals(TREES.readTree(Files.readString(file)), actual, name);
  }

  @ParameterizedTest
  @EnumSource(DossierEventType.class)
  void writeEvent_eachType_matchesGoldenAndReadsBack(DossierEventType type) throws IOException {
    boolean first = Events.pathTo(DossierStatus.RECEIVED).get(0) == type || type == DossierEventType.REFUSED;
    DossierEvent event = Events.of(type, Events.TUE_2026_02_10_0800, first);
    String json = JSON.writeEvent(event);
    golden("events/" + type.jsonName() + ".json", json);
    assertEquals(event, JSON.readEvent(Files.readString(GOLDEN.resolve("events/" + type.jsonName() + ".json"))));
  }

  @Test
  void write_fullHistory_matchesGoldenAndReplays() throws IOException {
    String json = JSON.write(fullHistory());
    golden("history-full.json", json);
    List<DossierEvent> read = JSON.read(Files.readString(GOLDEN.resolve("history-full.json")));
    assertEquals(fullHistory(), read);
    assertTrue(DossierLifecycle.standard().replay(read).isValid());
    assertTrue(json.contains("\"at\":\"2026-02-10T08:00:00+07:00\""), json);
  }

  @Test
  void writeDossier_fullHistory_matchesGoldenAndReadsBack() throws IOException {
    Dossier d = DossierLifecycle.standard().replay(fullHistory()).orElseThrow();
    String json = JSON.writeDossier(d);
    golden("dossier-full.json", json);
    assertEquals(d, JSON.readDossier(json));
  }

  @Test
  void readEvent_paidWithAndWithoutChannel_channelOptional() throws IOException {
    String old = "{\"type\":\"paid\",\"at\":\"2026-02-10T08:00:00+07:00\",\"actor\":{\"kind\":\"system\",\"name\":\"Cổng\"}}";
    DossierEvent.Paid before = (DossierEvent.Paid) JSON.readEvent(old);
    assertEquals(Optional.empty(), before.channel());
    DossierEvent.Paid online = (DossierEvent.Paid) JSON.readEvent(old.replace("}}", "},\"channel\":\"OTHER_ONLINE_GATEWAY\"}"));
    assertEquals(Optional.of(dev.motcua.core.dossier.PaymentChannel.OTHER_ONLINE_GATEWAY), online.channel());
    assertEquals(online, JSON.readEvent(JSON.writeEvent(online)));
    assertTrue(JSON.writeEvent(online).replace(" ", "").contains("\"channel\":\"OTHER_ONLINE_GATEWAY\""));
  }

  static Stream<Arguments> data_malformed() {
    String ok = "{\"type\":\"paid\",\"at\":\"2026-02-10T08:00:00+07:00\",\"actor\":{\"kind\":\"system\",\"name\":\"Cổng\"}}";
    return Stream.of(
        // wrong instant format: no offset (DESIGN: ISO date-times with an offset)
        Arguments.of(ok.replace("2026-02-10T08:00:00+07:00", "2026-02-10T08:00:00"), "$.events[1].at"),
        // impossible date
        Arguments.of(ok.replace("2026-02-10", "2026-13-10"), "$.events[1].at"),
        // unknown event type: closed list
        Arguments.of(ok.replace("\"paid\"", "\"approved\""), "$.events[1].type"),
        // unknown field
        Arguments.of(ok.replace("}}", "},\"extra\":1}"), "$.events[1].extra"),
        // missing field
        Arguments.of(ok.replace(",\"at\":\"2026-02-10T08:00:00+07:00\"", ""), "$.events[1].at"),
        // unknown payment channel: closed list
        Arguments.of(ok.replace("}}", "},\"channel\":\"CASH\"}"), "$.events[1].channel"),
        // unknown actor kind
        Arguments.of(ok.replace("\"system\"", "\"robot\""), "$.events[1].actor.kind"),
        // class names are not a discriminator
        Arguments.of(ok.replace("\"paid\"", "\"dev.motcua.core.dossier.DossierEvent$Paid\""), "$.events[1].type"),
        // malformed dossier code in a received event
        Arguments.of("{\"type\":\"supplemented\",\"at\":\"2026-02-10T08:00:00+07:00\",\"actor\":{\"kind\":\"system\",\"name\":\"Cổng\"},\"code\":\"000.00.15.H05-261310-0001\"}", "$.events[1].code"),
        // wrong JSON type
        Arguments.of("{\"type\":\"payment_requested\",\"at\":\"2026-02-10T08:00:00+07:00\",\"actor\":{\"kind\":\"system\",\"name\":\"Cổng\"},\"amountVnd\":\"100\"}", "$.events[1].amountVnd"),
        // blank text
        Arguments.of("{\"type\":\"stopped\",\"at\":\"2026-02-10T08:00:00+07:00\",\"actor\":{\"kind\":\"system\",\"name\":\"Cổng\"},\"reason\":\" \"}", "$.events[1].reason"),
        // empty list of missing items
        Arguments.of("{\"type\":\"returned_at_intake\",\"at\":\"2026-02-10T08:00:00+07:00\",\"actor\":{\"kind\":\"system\",\"name\":\"Cổng\"},\"missingItems\":[],\"reason\":\"x\"}", "$.events[1].missingItems"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("data_malformed")
  void read_malformedSecondEvent_errorNamesPath(String badEvent, String path) {
    String good = JSON.writeEvent(Events.of(DossierEventType.RECEIVED, Events.TUE_2026_02_10_0800, true));
    String log = "{\"formatVersion\":1,\"events\":[" + good + ",\n" + badEvent + "]}";
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.read(log));
    assertEquals(Optional.of(path), e.path(), e.getMessage());
    assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
    assertEquals(OptionalInt.of(2), e.line(), e.getMessage());
    assertTrue(e.column().isPresent(), e.getMessage());
  }

  @Test
  void read_instantsInOtherIsoForms_sameInstantsAsTheWrittenForm() throws IOException {
    // The reader takes the written form (2026-02-10T08:00:00+07:00) from the parser's characters; any other
    // form ISO_OFFSET_DATE_TIME accepts is read by the formatter, to the same instant.
    String written = JSON.writeEvent(Events.of(DossierEventType.RECEIVED, Events.TUE_2026_02_10_0800, true));
    String log = "{\"formatVersion\":1,\"events\":[" + written + "]}";
    Instant at = JSON.read(log).get(0).at();
    for (String other : List.of("2026-02-10T08:00+07:00", "2026-02-10T01:00:00.000Z", "2026-02-10T08:00:00.0+07:00")) {
      String changed = log.replace("\"at\":\"2026-02-10T08:00:00+07:00\"", "\"at\":\"" + other + "\"");
      assertTrue(!changed.equals(log), changed);
      assertEquals(at, JSON.read(changed).get(0).at(), other);
    }
  }

  static Stream<Arguments> data_fieldErrors() {
    String actor = "\"actor\":{\"kind\":\"system\",\"name\":\"Cổng\"}";
    String at = "\"at\":\"2026-02-10T08:00:00+07:00\"";
    return Stream.of(
        // the type last: the fields are checked after the whole event is read
        Arguments.of("{" + at + "," + actor + ",\"type\":\"approved\"}", "$.events[1].type",
            "unknown event type \"approved\", expected one of " + Arrays.stream(DossierEventType.values()).map(DossierEventType::jsonName).toList()),
        // a field given twice: not well-formed, at the second one
        Arguments.of("{\"type\":\"paid\"," + at + "," + at + "," + actor + "}", "$.events[1].at",
            "not well-formed JSON: Duplicate field 'at'"),
        Arguments.of("{\"type\":\"paid\"," + at + "," + actor.replace("}", ",\"name\":\"B\"}") + "}", "$.events[1].actor.name",
            "not well-formed JSON: Duplicate field 'name'"),
        // ... anywhere in the event, even inside a value that is wrong anyway
        Arguments.of("{\"type\":\"stopped\"," + at + "," + actor + ",\"reason\":{\"vi\":\"x\",\"vi\":\"y\"}}", "$.events[1].reason.vi",
            "not well-formed JSON: Duplicate field 'vi'"),
        // an instant in another form than the written one goes to the formatter, which quotes it
        Arguments.of("{\"type\":\"paid\",\"at\":\"2026-02-30T08:00:00+07:00\"," + actor + "}", "$.events[1].at",
            "expected an ISO-8601 date-time with offset"),
        // wrong JSON types: the value is named with its kind
        Arguments.of("{\"type\":\"paid\",\"at\":5," + actor + "}", "$.events[1].at", "expected a string, was number 5"),
        Arguments.of("{\"type\":\"paid\"," + at + ",\"actor\":\"x\"}", "$.events[1].actor", "expected an object, was string \"x\""),
        Arguments.of("{\"type\":\"paid\"," + at + ",\"actor\":[1]}", "$.events[1].actor", "expected an object, was array [1]"),
        Arguments.of("{\"type\":true," + at + "," + actor + "}", "$.events[1].type", "expected a string, was boolean true"),
        Arguments.of("{\"type\":\"stopped\"," + at + "," + actor + ",\"reason\":{\"vi\":\"x\"}}", "$.events[1].reason",
            "expected a string, was object {\"vi\":\"x\"}"),
        Arguments.of("{\"type\":\"returned_at_intake\"," + at + "," + actor + ",\"missingItems\":\"x\",\"reason\":\"x\"}",
            "$.events[1].missingItems", "expected an array, was string \"x\""),
        Arguments.of("{\"type\":\"returned_at_intake\"," + at + "," + actor + ",\"missingItems\":[\"a\",2],\"reason\":\"x\"}",
            "$.events[1].missingItems[1]", "expected a string, was number 2"),
        Arguments.of("{\"type\":\"payment_requested\"," + at + "," + actor + ",\"amountVnd\":-1}", "$.events[1].amountVnd",
            "expected a non-negative integer, was number -1"),
        Arguments.of("{\"type\":\"payment_requested\"," + at + "," + actor + ",\"amountVnd\":1.5}", "$.events[1].amountVnd",
            "expected a non-negative integer, was number 1.5"),
        // null is missing for a required field, and an unknown field even when null
        Arguments.of("{\"type\":\"submitted\"," + at + "," + actor + ",\"filing\":null}", "$.events[1].filing", "missing required field"),
        Arguments.of("{\"type\":null," + at + "," + actor + "}", "$.events[1].type", "missing required field"),
        Arguments.of("{\"type\":\"paid\"," + at + "," + actor + ",\"code\":null}", "$.events[1].code", "unknown field"),
        // the first unknown field in input order, after every other check
        Arguments.of("{\"b\":1,\"type\":\"paid\"," + at + "," + actor + ",\"a\":2}", "$.events[1].b", "unknown field"),
        Arguments.of("{\"type\":\"paid\"," + at + ",\"actor\":{\"name\":\"Cổng\",\"x\":1,\"kind\":\"system\"}}", "$.events[1].actor.x",
            "unknown field"));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("data_fieldErrors")
  void read_fieldErrors_sameProblemPathAndEventLocation(String badEvent, String path, String problem) {
    String good = JSON.writeEvent(Events.of(DossierEventType.RECEIVED, Events.TUE_2026_02_10_0800, true));
    String log = "{\"formatVersion\":1,\"events\":[" + good + ",\n  " + badEvent + "]}";
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.read(log));
    assertEquals(Optional.of(path), e.path(), e.getMessage());
    assertTrue(e.problem().startsWith(problem), e.getMessage());
    assertEquals(OptionalInt.of(2), e.line(), e.getMessage());
  }

  @Test
  void read_fieldsInAnyOrder_sameEvents() throws IOException {
    List<DossierEvent> events = fullHistory();
    List<String> reversed = new ArrayList<>();
    for (DossierEvent e : events) {
      reversed.add(reversedFields(TREES.readTree(JSON.writeEvent(e))).toString());
    }
    assertTrue(reversed.get(0).endsWith("\"type\":\"submitted\"}"), reversed.get(0));
    assertEquals(events, JSON.read("{\"formatVersion\":1,\"events\":[" + String.join(",", reversed) + "]}"));
  }

  private static JsonNode reversedFields(JsonNode node) {
    if (!node.isObject()) {
      return node;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    var out = TREES.createObjectNode();
    for (int i = names.size() - 1; i >= 0; i--) {
      out.set(names.get(i), reversedFields(node.get(names.get(i))));
    }
    return out;
  }

  @Test
  void read_nullOptionalFields_absent() throws IOException {
    String actor = "\"actor\":{\"kind\":\"system\",\"name\":\"Cổng\"}";
    String paid = "{\"type\":\"paid\",\"at\":\"2026-02-10T08:00:00+07:00\"," + actor + ",\"channel\":null}";
    DossierEvent.Paid p = (DossierEvent.Paid) JSON.read("{\"formatVersion\":1,\"events\":[" + paid + "]}").get(0);
    assertEquals(Optional.empty(), p.channel());
  }

  @Test
  void read_header_errors() {
    assertEquals(Optional.of("$.formatVersion"), assertThrows(JsonFormatException.class, () -> JSON.read("{\"formatVersion\":2,\"events\":[]}")).path());
    assertEquals(Optional.of("$.events"), assertThrows(JsonFormatException.class, () -> JSON.read("{\"formatVersion\":1}")).path());
    assertEquals(Optional.of("$.extra"), assertThrows(JsonFormatException.class, () -> JSON.read("{\"formatVersion\":1,\"events\":[],\"extra\":true}")).path());
    assertEquals(Optional.of("$.events"), assertThrows(JsonFormatException.class, () -> JSON.read("{\"formatVersion\":1,\"events\":{}}")).path());
    assertEquals(Optional.of("$"), assertThrows(JsonFormatException.class, () -> JSON.read("[]")).path());
    assertEquals(List.of(), assertDoesNotThrowRead("{\"formatVersion\":1,\"events\":[]}"));
  }

  private static List<DossierEvent> assertDoesNotThrowRead(String json) {
    try {
      return JSON.read(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void readDossier_summaryMismatch_errorNamesField() throws IOException {
    Dossier d = DossierLifecycle.standard().replay(fullHistory()).orElseThrow();
    String json = JSON.writeDossier(d).replace("\"status\":\"RETURNED\"", "\"status\":\"RESOLVED\"");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.readDossier(json));
    assertEquals(Optional.of("$.status"), e.path());
  }

  @Test
  void readDossier_refusedEvent_errorNamesEvent() throws IOException {
    List<DossierEvent> events = new ArrayList<>(fullHistory());
    events.add(Events.of(DossierEventType.PAID, Events.TUE_2026_02_10_0800.plus(Duration.ofDays(20)), false));
    String log = JSON.write(events);
    String json = "{\"formatVersion\":1,\"status\":\"RETURNED\"," + log.substring(log.indexOf("\"events\""));
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.readDossier(json));
    assertEquals(Optional.of("$.events[12]"), e.path());
    assertTrue(e.getMessage().contains("TERMINAL_STATUS"), e.getMessage());
  }

  @Test
  void stream_largeLog_readsLazily() throws IOException {
    // 200,000 events ≈ 40 MB of JSON generated on the fly: the reader must pull events one at a time.
    int n = 200_000;
    byte[] header = "{\"formatVersion\":1,\"events\":[".getBytes(StandardCharsets.UTF_8);
    byte[] first = JSON.writeEvent(Events.of(DossierEventType.RECEIVED, Events.TUE_2026_02_10_0800, true)).getBytes(StandardCharsets.UTF_8);
    byte[] transfer = ("," + JSON.writeEvent(Events.of(DossierEventType.TRANSFERRED, Events.TUE_2026_02_10_0800, false))).getBytes(StandardCharsets.UTF_8);
    byte[] footer = "]}".getBytes(StandardCharsets.UTF_8);
    AtomicInteger produced = new AtomicInteger();
    InputStream in = new GeneratedInput(header, first, transfer, footer, n - 1, produced);
    try (Stream<DossierEvent> events = JSON.stream(in)) {
      var it = events.iterator();
      it.next();
      it.next();
      assertTrue(produced.get() < 1000, "read ahead " + produced.get() + " events");
      long rest = 2;
      while (it.hasNext()) {
        it.next();
        rest++;
      }
      assertEquals(n, rest);
    }
  }

  @Test
  void stream_errorMidway_uncheckedWithPath() throws IOException {
    String log = "{\"formatVersion\":1,\"events\":[" + JSON.writeEvent(Events.of(DossierEventType.RECEIVED, Events.TUE_2026_02_10_0800, true)) + ",{\"type\":\"nope\"}]}";
    try (Stream<DossierEvent> events = JSON.stream(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)))) {
      // A malformed event is the caller's input error: unchecked, the same family, not an I/O failure.
      JsonFormatException e = assertThrows(JsonFormatException.class, () -> events.forEach(x -> { }));
      assertEquals(Optional.of("$.events[1].type"), e.path());
    }
  }

  @Test
  void module_objectMapper_roundTripsEventsAndDossier() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new CoreJsonModule(ZoneId.of("Asia/Ho_Chi_Minh"))).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    for (DossierEvent e : fullHistory()) {
      String json = mapper.writeValueAsString(e);
      assertEquals(e, mapper.readValue(json, DossierEvent.class));
      assertEquals(e, mapper.readValue(json, e.getClass()));
    }
    Dossier d = DossierLifecycle.standard().replay(fullHistory()).orElseThrow();
    assertEquals(d, mapper.readValue(mapper.writeValueAsString(d), Dossier.class));
    DossierCode code = DossierCode.parse("000.00.15.H05-181023-0001");
    assertEquals("\"000.00.15.H05-181023-0001\"", mapper.writeValueAsString(code));
    assertEquals(code, mapper.readValue("\"000.00.15.H05-181023-0001\"", DossierCode.class));
    // Through Jackson, a JsonMappingException (a deserializer's contract) whose cause is the family member.
    JsonMappingException m =
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"type\":\"paid\",\"at\":\"x\"}", DossierEvent.class));
    assertEquals(Optional.of("$.at"), assertInstanceOf(JsonFormatException.class, m.getCause()).path());
    JsonMappingException wrongType = assertThrows(JsonMappingException.class,
        () -> mapper.readValue(mapper.writeValueAsString(fullHistory().get(0)), DossierEvent.Paid.class));
    assertInstanceOf(JsonFormatException.class, wrongType.getCause());
  }

  /** An input stream producing header, first, then {@code count} copies of item, then footer. */
  private static final class GeneratedInput extends InputStream {
    private final byte[][] parts;
    private final int count;
    private final AtomicInteger produced;
    private int part;
    private int pos;
    private int repeats;

    GeneratedInput(byte[] header, byte[] first, byte[] item, byte[] footer, int count, AtomicInteger produced) {
      this.parts = new byte[][] {header, first, item, footer};
      this.count = count;
      this.produced = produced;
    }

    @Override
    public int read() {
      byte[] b = new byte[1];
      return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      while (part < parts.length && pos == parts[part].length) {
        pos = 0;
        if (part == 2 && ++repeats < count) {
          produced.incrementAndGet();
          continue;
        }
        part++;
        if (part == 2) {
          produced.incrementAndGet();
        }
      }
      if (part >= parts.length) {
        return -1;
      }
      int k = Math.min(len, parts[part].length - pos);
      System.arraycopy(parts[part], pos, b, off, k);
      pos += k;
      return k;
    }
  }

  @Test
  void eventTypes_jsonNamesUnique() {
    assertEquals(DossierEventType.values().length, Arrays.stream(DossierEventType.values()).map(DossierEventType::jsonName).distinct().count());
  }

  @Test
  void standard_writesUtc_withOutputZoneWritesLocalOffset() throws Exception {
    DossierEvent e = fullHistory().get(0);
    String utc = EventLogJson.standard().writeEvent(e);
    assertTrue(utc.contains("Z\""), utc);
    assertEquals(e, EventLogJson.standard().readEvent(utc));
    assertTrue(JSON.writeEvent(e).contains("+07:00"), JSON.writeEvent(e));
    assertSame(JSON, JSON.withOutputZone(ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  @Test
  void read_notWellFormed_sameFamilyAtTheParsersPath() {
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.read("{\"formatVersion\":1,\n\"events\":[}"));
    // The parser was inside the events array when the stray '}' came.
    assertEquals(Optional.of("$.events[0]"), e.path());
    assertEquals(OptionalInt.of(2), e.line());
    assertTrue(e.problem().startsWith("not well-formed JSON"), e.getMessage());
    assertInstanceOf(dev.motcua.format.MalformedInputException.class, e);
  }

  @Test
  void read_contentAfterTheLog_rejected() {
    // One log per input: a second object after it is an error, not silently ignored.
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> JSON.read("{\"formatVersion\":1,\"events\":[]} {}"));
    assertEquals(Optional.of("$"), e.path());
    assertTrue(e.problem().contains("after the event log"), e.getMessage());
  }
}
