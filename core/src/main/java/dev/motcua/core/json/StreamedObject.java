package dev.motcua.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motcua.core.internal.FieldNumbers;
import dev.motcua.core.internal.OtherFields;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one JSON object read from a parser in one pass, in input order, for {@link StrictObjectReader}:
 * a string value as a {@code String} (an event's date-times as {@code Instant}s when in the written form), the
 * nested objects of the event formats ({@code actor}, {@code filing}, {@code applicant}) as {@code
 * StreamedObject}s, anything else (numbers, arrays, other objects, null) as a tree.
 *
 * <p>Why: a tree per event (an {@code ObjectNode} with its map and a {@code TextNode} per value) costs several
 * times the parse itself on a large log, while the strings are the values the records keep. The whole object
 * is read before any field is checked, as with a tree, so a JSON syntax error anywhere in an event is reported
 * before a format error in it, and the checks see fields in any order.
 *
 * <p>A field given twice is a syntax error at its second name, as Jackson's strict duplicate detection
 * reports it; the event parser leaves that detection to this class, which has it for a bit per field name
 * ({@link FieldNumbers}) where Jackson builds a hash set for every object.
 */
final class StreamedObject {
  // Fields by the number of their name in the pool's table, with a bit per number: most names recur on every
  // event, so a field is stored and found with one probe and no scan of the object's names.
  private final FieldNumbers numbers;
  private Object[] values = new Object[FieldNumbers.NUMBERED];
  private long present;
  private long read;
  // The numbers in input order, for the first field not read; -1 for a name beyond the numbered ones, kept
  // with its value in others.
  private int[] order = new int[8];
  private int size;
  private final OtherFields others = new OtherFields();
  private @Nullable StrictObjectReader reader;

  private StreamedObject(FieldNumbers numbers) {
    this.numbers = numbers;
  }

  /**
   * The objects of one event, handed out in reading order and all free again once the event is built (an
   * event and its actor, filing and applicant are read in one pass and kept by nothing): a reader of a large
   * log allocates them once, not four times an event. Not thread-safe: one pool per parser.
   */
  static final class Pool {
    // The formats' names first, so that EventJsonFormat's numbers are theirs.
    private final FieldNumbers numbers = new FieldNumbers(EventJsonFormat.FIELD_NAMES);
    private StreamedObject[] objects = new StreamedObject[4];
    private int next;

    /** Frees every object handed out, for the next event. */
    void reset() {
      next = 0;
    }

    StreamedObject take() {
      if (next == objects.length) {
        objects = Arrays.copyOf(objects, next * 2);
      }
      StreamedObject o = objects[next];
      if (o == null) {
        o = new StreamedObject(numbers);
        objects[next] = o;
      } else {
        o.clear();
      }
      next++;
      return o;
    }
  }

  private void clear() {
    // the values of numbered fields stay until overwritten: present says which are this object's
    present = 0;
    read = 0;
    size = 0;
    others.clear();
  }

  /**
   * Reads the object whose {@code START_OBJECT} is the parser's current token, leaving the parser on its
   * {@code END_OBJECT}, into objects of the pool.
   */
  static StreamedObject read(JsonParser p, Pool pool) throws IOException {
    return read(p, pool, true);
  }

  private static StreamedObject read(JsonParser p, Pool pool, boolean event) throws IOException {
    StreamedObject o = pool.take();
    // In an object the parser yields only a name or the object's end here; anything else is its syntax error.
    // nextFieldName and nextTextValue are the parser's shortcuts for a name and a string value.
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      int number = o.numbers.ofOrNew(name);
      if (number >= 0 ? (o.present & (1L << number)) != 0 : o.others.indexOf(name) >= 0) {
        throw new JsonParseException(p, "Duplicate field '" + name + "'");
      }
      Object value;
      if (event && isInstantField(number)) {
        JsonToken v = p.nextToken();
        value = v == JsonToken.VALUE_STRING ? instantOrText(p) : other(p, v, number, pool);
      } else {
        String text = p.nextTextValue();
        value = text != null ? text : other(p, p.currentToken(), number, pool);
      }
      o.add(number, name, value);
    }
    return o;
  }

  private static Object other(JsonParser p, JsonToken v, int number, Pool pool) throws IOException {
    if (v == JsonToken.VALUE_NULL) {
      return NullNode.getInstance();
    } else if (v == JsonToken.START_OBJECT && isNestedObject(number)) {
      return read(p, pool, false);
    }
    return tree(p);
  }

  /**
   * The instant of a date-time in the form motcua writes, read from the parser's characters without making a
   * String (two or three a event: a tenth of the strings read); any other text stays a String, for the
   * formatter to decide on and for the message to quote.
   */
  private static Object instantOrText(JsonParser p) throws IOException {
    Instant at = OffsetInstants.parseWritten(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return at != null ? at : p.getText();
  }

  // An event's fields that the event formats read only as instants (StrictObjectReader.instant).
  static boolean isInstantField(int number) {
    return number == EventJsonFormat.AT || number == EventJsonFormat.APPOINTMENT
        || number == EventJsonFormat.NEW_APPOINTMENT;
  }

  /**
   * The value at the parser's current token as a tree, as {@code ObjectMapper.readTree} builds it (the same node
   * types), leaving the parser on the value's last token. Built here because the mapper looks up its tree
   * deserializer in a concurrent map on every call, a twentieth of reading a log whose events carry amounts
   * and item lists. The parser bounds the nesting depth, so the recursion is bounded too. A field given twice
   * in a nested object is an error here as everywhere in an event.
   */
  static JsonNode tree(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          if (o.has(name)) {
            throw new JsonParseException(p, "Duplicate field '" + name + "'");
          }
          p.nextToken();
          o.set(name, tree(p));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(tree(p));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
            ? NODES.numberNode(p.getDecimalValue())
            : NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        // END_* or a name: the parser reports malformed JSON before a tree builder can see these.
        throw new JsonParseException(p, "Unexpected token " + t);
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // The fields the event formats read only as objects: a value of theirs is never quoted in a message.
  static boolean isNestedObject(int number) {
    return number == EventJsonFormat.ACTOR || number == EventJsonFormat.FILING
        || number == EventJsonFormat.APPLICANT;
  }

  void add(int number, String name, Object value) {
    if (size == order.length) {
      order = Arrays.copyOf(order, size * 2);
    }
    order[size++] = number;
    if (number >= 0) {
      values[number] = value;
      present |= 1L << number;
    } else {
      others.add(name, value);
    }
  }

  /**
   * The value of a field, marked as read; null if the field is absent (a JSON null is a {@code NullNode}).
   */
  @Nullable Object get(String name) {
    int number = numbers.of(name);
    if (number >= 0) {
      long bit = 1L << number;
      if ((present & bit) == 0) {
        return null;
      }
      read |= bit;
      return values[number];
    }
    int i = others.indexOf(name);
    return i < 0 ? null : others.read(i);
  }

  /**
   * The fields present, a bit per number of {@link EventJsonFormat#FIELD_NAMES}, for the reading of a regular
   * object by number ({@link EventJsonFormat#regularEvent}); nothing is marked read.
   */
  long present() {
    return present;
  }

  /** Whether a field beyond the numbered names is present (never one of the formats'). */
  boolean hasOthers() {
    return others.size() != 0;
  }

  /** The value of a field present, by number; not marked read. */
  Object value(int number) {
    return values[number];
  }

  /** The reader of this object, made once and reused with it from the pool. */
  StrictObjectReader reader() {
    if (reader == null) {
      reader = StrictObjectReader.forStreamed(this);
    }
    return reader;
  }

  /** The name of the first field in input order that {@link #get} did not read, null if all were. */
  @Nullable String firstUnread() {
    if ((present & ~read) == 0 && others.size() == 0) {
      return null;
    }
    for (int i = 0, other = 0; i < size; i++) {
      int number = order[i];
      if (number >= 0) {
        if ((read & (1L << number)) == 0) {
          return numbers.name(number);
        }
      } else if (!others.isRead(other++)) {
        return others.name(other - 1);
      }
    }
    return null;
  }
}
