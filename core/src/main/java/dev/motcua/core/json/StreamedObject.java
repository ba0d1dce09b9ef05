package dev.motcua.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.motcua.core.internal.FieldNames;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one JSON object read from a parser in one pass, in input order, for {@link StrictObjectReader}:
 * a string value as a {@code String}, the nested objects of the event formats ({@code actor}, {@code filing},
 * {@code applicant}) as {@code StreamedObject}s, anything else (numbers, arrays, other objects, null) as a tree.
 *
 * <p>Why: a tree per event (an {@code ObjectNode} with its map and a {@code TextNode} per value) costs several
 * times the parse itself on a large log, while the strings are the values the records keep. The whole object
 * is read before any field is checked, as with a tree, so a JSON syntax error anywhere in an event is reported
 * before a format error in it, and the checks see fields in any order.
 *
 * <p>A field given twice is a syntax error at its second name, as Jackson's strict duplicate detection
 * reports it; the event parser leaves that detection to this class, whose few names per object are checked
 * by identity (the parser interns field names) for less than Jackson's hash set costs on every object.
 */
final class StreamedObject {
  private String[] names = new String[8];
  private Object[] values = new Object[8];
  private boolean[] read = new boolean[8];
  private int size;
  private long mask;

  private StreamedObject() {}

  /**
   * The objects of one event, handed out in reading order and all free again once the event is built (an
   * event and its actor, filing and applicant are read in one pass and kept by nothing): a reader of a large
   * log allocates them once, not four times an event. Not thread-safe: one pool per parser.
   */
  static final class Pool {
    private StreamedObject[] objects = new StreamedObject[4];
    private int next;

    /** Frees every object handed out, for the next event. */
    void reset() {
      next = 0;
    }

    private StreamedObject take() {
      if (next == objects.length) {
        objects = Arrays.copyOf(objects, next * 2);
      }
      StreamedObject o = objects[next];
      if (o == null) {
        o = new StreamedObject();
        objects[next] = o;
      } else {
        o.clear();
      }
      next++;
      return o;
    }
  }

  private void clear() {
    Arrays.fill(names, 0, size, null);
    Arrays.fill(values, 0, size, null);
    Arrays.fill(read, 0, size, false);
    size = 0;
    mask = 0;
  }



  /**
   * Reads the object whose {@code START_OBJECT} is the parser's current token, leaving the parser on its
   * {@code END_OBJECT}, into objects of the pool.
   */
  static StreamedObject read(JsonParser p, ObjectMapper mapper, Pool pool) throws IOException {
    StreamedObject o = pool.take();
    // In an object the parser yields only a name or the object's end here; anything else is its syntax error.
    // nextFieldName and nextTextValue are the parser's shortcuts for a name and a string value.
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      if (o.indexOf(name) >= 0) {
        throw new JsonParseException(p, "Duplicate field '" + name + "'");
      }
      String text = p.nextTextValue();
      JsonToken v = p.currentToken();
      Object value;
      if (text != null) {
        value = text;
      } else if (v == JsonToken.VALUE_NULL) {
        value = NullNode.getInstance();
      } else if (v == JsonToken.START_OBJECT && isNestedObject(name)) {
        value = read(p, mapper, pool);
      } else {
        value = mapper.readTree(p);
      }
      o.add(name, value);
    }
    return o;
  }

  // The fields the event formats read only as objects: a value of theirs is never quoted in a message.
  private static boolean isNestedObject(String name) {
    return name.equals("actor") || name.equals("filing") || name.equals("applicant");
  }

  private void add(String name, Object value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
      read = Arrays.copyOf(read, size * 2);
    }
    names[size] = name;
    values[size] = value;
    mask |= FieldNames.bit(name);
    size++;
  }

  private int indexOf(String name) {
    return FieldNames.indexOf(names, size, mask, name);
  }


  /**
   * The value of a field, marked as read; null if the field is absent (a JSON null is a {@code NullNode}).
   */
  @Nullable Object get(String name) {
    int i = indexOf(name);
    if (i < 0) {
      return null;
    }
    read[i] = true;
    return values[i];
  }

  /** The name of the first field in input order that {@link #get} did not read, null if all were. */
  @Nullable String firstUnread() {
    for (int i = 0; i < size; i++) {
      if (!read[i]) {
        return names[i];
      }
    }
    return null;
  }

}
