package dev.motcua.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.testing.Events;
import dev.motcua.testkit.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Law: a log's events are read as the tree reader reads each event alone ({@link
 * EventJsonFormat#readEvent(JsonNode, String)}): the same event, or the same error (path, problem, value), at the
 * event's line. Inputs: every golden event with a field removed, set to null or to a value of the wrong kind,
 * fields reordered (the type last), fields of other types added, and random mixes of these.
 */
class StreamedEventPropertyTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final EventLogJson JSON = EventLogJson.standard();
  private static final Path EVENTS = Path.of("src/test/resources/golden/events");
  // Every field name of the event formats, so that one type's field appears where another type is read.
  private static final List<String> NAMES = List.of("type", "at", "actor", "filing", "missingItems", "reason",
      "code", "appointment", "fromUnit", "toUnit", "requestingUnit", "amountVnd", "channel", "newAppointment",
      "outcome", "kind", "id", "name", "unit", "procedureCode", "applicant", "receivingUnit", "idNumber", "phone",
      "email", "address", "extra");

  static List<ObjectNode> goldenEvents() {
    List<ObjectNode> out = new ArrayList<>();
    for (DossierEventType t : DossierEventType.values()) {
      try {
        out.add((ObjectNode) TREES.readTree(Files.readString(EVENTS.resolve(t.jsonName() + ".json"))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Values of every JSON kind, and texts near the valid ones. */
  private static List<JsonNode> oddValues() {
    List<JsonNode> v = new ArrayList<>();
    v.add(NODES.nullNode());
    v.add(NODES.numberNode(5));
    v.add(NODES.numberNode(-1));
    v.add(NODES.numberNode(1.5));
    v.add(NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")));
    v.add(NODES.booleanNode(true));
    v.add(NODES.textNode(""));
    v.add(NODES.textNode(" \t"));
    v.add(NODES.textNode("x"));
    v.add(NODES.textNode("x\ny".repeat(200)));
    v.add(NODES.textNode("officer"));
    v.add(NODES.textNode("COUNTER"));
    v.add(NODES.textNode("OTHER_ONLINE_GATEWAY"));
    v.add(NODES.textNode("DENIED"));
    v.add(NODES.textNode("received"));
    v.add(NODES.textNode("2026-02-10T08:00:00+07:00"));
    v.add(NODES.textNode("2026-02-10t08:00+0700"));
    v.add(NODES.textNode("2026-02-30T08:00:00Z"));
    v.add(NODES.textNode("000.00.15.H05-260210-0001"));
    v.add(NODES.arrayNode());
    v.add(NODES.arrayNode().add("a").add(" "));
    v.add(NODES.arrayNode().add("a").add(3));
    v.add(NODES.objectNode());
    v.add(NODES.objectNode().put("kind", "system").put("name", "Cổng"));
    v.add(NODES.objectNode().put("a", 1));
    return v;
  }

  /** Systematic variants: each field of each event and of its actor, filing and applicant, changed alone. */
  static List<ObjectNode> variants() {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode e : goldenEvents()) {
      out.add(e);
      out.add(reversed(e));
      for (String name : NAMES) {
        ObjectNode added = e.deepCopy();
        added.set(name, NODES.textNode("x"));
        out.add(added);
      }
      for (ObjectNode target : objectsOf(e)) {
        List<String> fields = new ArrayList<>();
        target.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
          out.add(changed(e, target, f, null));
          for (JsonNode v : oddValues()) {
            out.add(changed(e, target, f, v));
          }
        }
      }
    }
    return out;
  }

  // The event and its nested objects, found by identity in a copy later.
  private static List<ObjectNode> objectsOf(ObjectNode e) {
    List<ObjectNode> out = new ArrayList<>();
    out.add(e);
    for (String f : List.of("actor", "filing")) {
      if (e.get(f) instanceof ObjectNode o) {
        out.add(o);
        if (o.get("applicant") instanceof ObjectNode a) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /** A copy of the event with field f of the target object removed (null) or set. */
  private static ObjectNode changed(ObjectNode event, ObjectNode target, String f, JsonNode value) {
    ObjectNode copy = event.deepCopy();
    ObjectNode t = copy;
    if (target != event) {
      t = (ObjectNode) (event.get("actor") == target ? copy.get("actor")
          : event.get("filing") == target ? copy.get("filing") : copy.get("filing").get("applicant"));
    }
    if (value == null) {
      t.remove(f);
    } else {
      t.set(f, value);
    }
    return copy;
  }

  private static ObjectNode reversed(ObjectNode e) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    e.fields().forEachRemaining(fields::add);
    ObjectNode out = NODES.objectNode();
    for (int i = fields.size() - 1; i >= 0; i--) {
      JsonNode v = fields.get(i).getValue();
      out.set(fields.get(i).getKey(), v instanceof ObjectNode o ? reversed(o) : v);
    }
    return out;
  }

  /** A random mix: a golden event with up to four random changes, at random depths, fields shuffled. */
  static ObjectNode randomVariant(Random r) {
    List<ObjectNode> golden = goldenEvents();
    List<JsonNode> odd = oddValues();
    ObjectNode e = golden.get(r.nextInt(golden.size())).deepCopy();
    for (int k = r.nextInt(5); k > 0; k--) {
      List<ObjectNode> objects = objectsOf(e);
      ObjectNode target = objects.get(r.nextInt(objects.size()));
      String f = NAMES.get(r.nextInt(NAMES.size()));
      if (r.nextInt(4) == 0) {
        target.remove(f);
      } else {
        target.set(f, r.nextBoolean() ? odd.get(r.nextInt(odd.size())) : golden.get(r.nextInt(golden.size())).path(f));
      }
    }
    return shuffled(e, r);
  }

  private static ObjectNode shuffled(ObjectNode e, Random r) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    e.fields().forEachRemaining(fields::add);
    java.util.Collections.shuffle(fields, r);
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> f : fields) {
      out.set(f.getKey(), f.getValue() instanceof ObjectNode o ? shuffled(o, r) : f.getValue());
    }
    return out;
  }

  /** The law, for one event given as the second of a log, on line 2. */
  private static void assertReadsAsTree(ObjectNode event) throws IOException {
    String text = TREES.writeValueAsString(event);
    String good = JSON.writeEvent(Events.of(DossierEventType.RECEIVED, Events.TUE_2026_02_10_0800, true));
    String log = "{\"formatVersion\":1,\"events\":[" + good + ",\n " + text + "]}";
    Object expected;
    try {
      expected = EventJsonFormat.readEvent(TREES.readTree(text), "events[1]");
    } catch (FormatError e) {
      expected = e;
    }
    Object actual = readSecond(log);
    if (expected instanceof FormatError want) {
      assertTrue(actual instanceof JsonFormatException, () -> text + " read as " + actual + ", expected " + want.getMessage());
      JsonFormatException got = (JsonFormatException) actual;
      JsonFormatException w = want.toException(null);
      assertEquals(w.path(), got.path(), text);
      assertEquals(w.problem(), got.problem(), text);
      assertEquals(w.value(), got.value(), text);
      assertEquals(OptionalInt.of(2), got.line(), text);
      assertEquals(OptionalInt.of(2), got.column(), text);
    } else {
      assertEquals((DossierEvent) expected, actual, text);
    }
  }

  private static Object readSecond(String log) throws IOException {
    try {
      return JSON.read(log).get(1);
    } catch (JsonFormatException e) {
      return e;
    }
  }

  @Test
  void read_eachFieldChanged_sameAsTree() throws IOException {
    List<ObjectNode> all = variants();
    assertTrue(all.size() > 3_000, "variants: " + all.size());
    for (Iterator<ObjectNode> it = all.iterator(); it.hasNext(); ) {
      assertReadsAsTree(it.next());
    }
  }

  /**
   * The regular reading by number ({@link EventJsonFormat#regularEvent}) answers for every golden event of the
   * types it covers (item lists and amounts are the strict reader's), and whenever it answers, for any variant,
   * it answers the tree's event: it never accepts what the strict reader refuses, never builds another event.
   */
  @Test
  void regularEvent_answersAsTheTree_orLeavesItToTheStrictReader() throws IOException {
    java.util.Set<DossierEventType> strictOnly = java.util.EnumSet.of(DossierEventType.RETURNED_AT_INTAKE,
        DossierEventType.SUPPLEMENT_REQUESTED, DossierEventType.PAYMENT_REQUESTED);
    for (ObjectNode e : goldenEvents()) {
      DossierEventType type = DossierEventType.ofJsonName(e.get("type").asText()).orElseThrow();
      assertEquals(!strictOnly.contains(type), regular(e) != null, () -> "read by number: " + e);
    }
    int answered = 0;
    List<ObjectNode> all = variants();
    for (ObjectNode e : all) {
      DossierEvent regular = regular(e);
      if (regular != null) {
        answered++;
        assertEquals(EventJsonFormat.readEvent(TREES.readTree(TREES.writeValueAsString(e)), ""), regular,
            e::toString);
      }
    }
    // the golden events, reversed ones, and changes a regular event allows (another non-blank text, an enum)
    assertTrue(answered > 500, "answered for " + answered + " of " + all.size());
  }

  private static DossierEvent regular(ObjectNode e) throws IOException {
    try (com.fasterxml.jackson.core.JsonParser p = TREES.getFactory().createParser(TREES.writeValueAsString(e))) {
      p.nextToken();
      return EventJsonFormat.regularEvent(StreamedObject.read(p, new StreamedObject.Pool()));
    }
  }

  @Test
  void read_randomChanges_sameAsTree() {
    Property.forAll("streamed event reads as its tree", StreamedEventPropertyTest::randomVariant).trials(5_000)
        .verify(e -> {
          try {
            assertReadsAsTree(e);
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
  }
}
