package dev.motcua.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
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
 */
final class StreamedObject {
  private String[] names = new String[8];
  private Object[] values = new Object[8];
  private int size;

  private StreamedObject() {}

  /**
   * Reads the object whose {@code START_OBJECT} is the parser's current token, leaving the parser on its
   * {@code END_OBJECT}.
   */
  static StreamedObject read(JsonParser p, ObjectMapper mapper) throws IOException {
    StreamedObject o = new StreamedObject();
    // In an object the parser yields only FIELD_NAME or END_OBJECT here; anything else is its syntax error.
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      Object value;
      if (v == JsonToken.VALUE_STRING) {
        value = p.getText();
      } else if (v == JsonToken.VALUE_NULL) {
        value = NullNode.getInstance();
      } else if (v == JsonToken.START_OBJECT && isNestedObject(name)) {
        value = read(p, mapper);
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
    }
    names[size] = name;
    values[size] = value;
    size++;
  }

  /** The value of a field, null if the field is absent (a JSON null is a {@code NullNode}). */
  @Nullable Object get(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  int size() {
    return size;
  }

  /** The name of the field at an index, in input order. */
  String name(int index) {
    return names[index];
  }
}
