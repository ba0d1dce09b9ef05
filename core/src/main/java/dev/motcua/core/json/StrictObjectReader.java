package dev.motcua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader of one JSON object, given as a tree or as a {@link StreamedObject}: each field read is
 * recorded, so {@link #end()} can reject unknown fields; every error names the JSON path. Both forms give the
 * same values and the same errors.
 */
final class StrictObjectReader {
  // Exactly one of the two is set.
  private final @Nullable JsonNode node;
  private final @Nullable StreamedObject streamed;
  private final String path;
  private final List<String> used = new ArrayList<>(8);

  private StrictObjectReader(@Nullable JsonNode node, @Nullable StreamedObject streamed, String path) {
    this.node = node;
    this.streamed = streamed;
    this.path = path;
  }

  static StrictObjectReader of(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new FormatError(path, "expected an object, was " + describe(node));
    }
    return new StrictObjectReader(node, null, path);
  }

  static StrictObjectReader of(StreamedObject streamed, String path) {
    return new StrictObjectReader(null, streamed, path);
  }

  private static StrictObjectReader of(Object value, String path) {
    return value instanceof StreamedObject s ? of(s, path) : of(node(value), path);
  }

  String path() {
    return path;
  }

  String child(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** A value as read: a tree node, a String or a StreamedObject; null if the field is absent. */
  private @Nullable Object get(String field) {
    return streamed != null ? streamed.get(field) : java.util.Objects.requireNonNull(node).get(field);
  }

  private static boolean isNull(@Nullable Object v) {
    return v == null || v instanceof JsonNode n && n.isNull();
  }

  /** A string value as the tree would hold it, for the checks and messages written against trees. */
  private static JsonNode node(Object v) {
    if (v instanceof JsonNode n) {
      return n;
    }
    if (v instanceof String s) {
      return TextNode.valueOf(s);
    }
    // StreamedObject keeps only actor, filing and applicant as such, and they are read only by obj/optObj.
    throw new IllegalStateException("A nested object where a value was expected");
  }

  private Object required(String field) {
    used.add(field);
    Object v = get(field);
    if (isNull(v)) {
      throw new FormatError(child(field), "missing required field");
    }
    return v;
  }

  private Optional<Object> optional(String field) {
    used.add(field);
    Object v = get(field);
    return isNull(v) ? Optional.empty() : Optional.of(v);
  }

  String text(String field) {
    return text(required(field), child(field));
  }

  Optional<String> optText(String field) {
    Optional<Object> v = optional(field);
    return v.isEmpty() ? Optional.empty() : Optional.of(text(v.get(), child(field)));
  }

  private static String text(Object v, String path) {
    if (v instanceof String s && !s.isBlank()) {
      return s;
    }
    return text(node(v), path);
  }

  static String text(JsonNode v, String path) {
    if (!v.isTextual()) {
      throw new FormatError(path, "expected a string, was " + describe(v));
    }
    if (v.asText().isBlank()) {
      throw new FormatError(path, "must not be blank, was " + v);
    }
    return v.asText();
  }

  Instant instant(String field) {
    return instant(required(field), child(field));
  }

  Optional<Instant> optInstant(String field) {
    Optional<Object> v = optional(field);
    return v.isEmpty() ? Optional.empty() : Optional.of(instant(v.get(), child(field)));
  }

  private static Instant instant(Object v, String path) {
    String s = text(v, path);
    Instant instant = OffsetInstants.parse(s);
    if (instant == null) {
      throw new FormatError(
          path, "expected an ISO-8601 date-time with offset, e.g. 2026-02-13T16:30:00+07:00", s);
    }
    return instant;
  }

  long nonNegativeLong(String field) {
    JsonNode v = node(required(field));
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
      throw new FormatError(child(field), "expected a non-negative integer, was " + describe(v));
    }
    return v.asLong();
  }

  int intValue(String field) {
    JsonNode v = node(required(field));
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new FormatError(child(field), "expected an integer, was " + describe(v));
    }
    return v.asInt();
  }

  JsonNode array(String field) {
    JsonNode v = node(required(field));
    if (!v.isArray()) {
      throw new FormatError(child(field), "expected an array, was " + describe(v));
    }
    return v;
  }

  List<String> texts(String field) {
    JsonNode v = array(field);
    List<String> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(text(v.get(i), child(field) + "[" + i + "]"));
    }
    return out;
  }

  StrictObjectReader obj(String field) {
    return of(required(field), child(field));
  }

  Optional<StrictObjectReader> optObj(String field) {
    Optional<Object> v = optional(field);
    return v.isEmpty() ? Optional.empty() : Optional.of(of(v.get(), child(field)));
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return enumValue(text(field), child(field), type);
  }

  <E extends Enum<E>> Optional<E> optEnum(String field, Class<E> type) {
    return optText(field).map(s -> enumValue(s, child(field), type));
  }

  private static <E extends Enum<E>> E enumValue(String s, String path, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw new FormatError(path, "unknown value \"" + s + "\", expected one of " + names);
  }

  /** Parses a text field with a parser whose IllegalArgumentException becomes a path error. */
  <T> T parsed(String field, Function<String, T> parser) {
    return parse(text(field), child(field), parser);
  }

  <T> Optional<T> optParsed(String field, Function<String, T> parser) {
    return optText(field).map(s -> parse(s, child(field), parser));
  }

  private static <T> T parse(String s, String path, Function<String, T> parser) {
    try {
      return parser.apply(s);
    } catch (IllegalArgumentException e) {
      throw new FormatError(path, e.getMessage());
    }
  }

  /** Rejects the fields that were not read, the first in input order. */
  void end() {
    if (streamed != null) {
      for (int i = 0; i < streamed.size(); i++) {
        rejectUnread(streamed.name(i));
      }
      return;
    }
    Iterator<String> names = java.util.Objects.requireNonNull(node).fieldNames();
    while (names.hasNext()) {
      rejectUnread(names.next());
    }
  }

  private void rejectUnread(String name) {
    if (!used.contains(name)) {
      throw new FormatError(child(name), "unknown field");
    }
  }

  static String describe(JsonNode v) {
    String s = v.toString();
    return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + (s.length() > 60 ? s.substring(0, 60) + "…" : s);
  }
}
