package dev.motcua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.motcua.core.internal.Checks;
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
  // Paths are built only for a message: a valid log of 100 000 events needs none of them. A streamed
  // object's reader is reused with its pooled object (StreamedObject.reader), so these three are reset.
  private @Nullable StrictObjectReader parent;
  private String field;
  private @Nullable String path;
  // An event's reader without a path yet: where it is in the log.
  private @Nullable String logPrefix;
  private int eventIndex;
  // The fields read of a tree; a StreamedObject marks its own.
  private @Nullable List<String> used;

  private StrictObjectReader(@Nullable JsonNode node, @Nullable StreamedObject streamed, @Nullable String path) {
    this.node = node;
    this.streamed = streamed;
    this.parent = null;
    this.field = "";
    this.path = path;
  }

  /** The reader of a pooled streamed object, made once with it and reset for each use. */
  static StrictObjectReader forStreamed(StreamedObject streamed) {
    return new StrictObjectReader(null, streamed, null);
  }

  private StrictObjectReader reset(@Nullable StrictObjectReader parent, String field, @Nullable String logPrefix,
      int eventIndex) {
    this.parent = parent;
    this.field = field;
    this.path = null;
    this.logPrefix = logPrefix;
    this.eventIndex = eventIndex;
    return this;
  }

  static StrictObjectReader of(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new FormatError(path, "expected an object, was " + describe(node));
    }
    return new StrictObjectReader(node, null, path);
  }

  /**
   * The reader of an event of a log: its path ({@link EventLogJson#eventPath}) is built only for a message, as
   * a valid log of 100 000 events needs none.
   */
  static StrictObjectReader ofEvent(StreamedObject streamed, String logPrefix, int index) {
    return streamed.reader().reset(null, "", logPrefix, index);
  }

  private StrictObjectReader nested(Object value, String field) {
    return value instanceof StreamedObject s ? s.reader().reset(this, field, null, 0) : of(node(value), child(field));
  }

  String path() {
    if (path == null) {
      path = parent != null ? parent.child(field) : EventLogJson.eventPath(java.util.Objects.requireNonNull(logPrefix), eventIndex);
    }
    return path;
  }

  String child(String field) {
    String p = path();
    return p.isEmpty() ? field : p + "." + field;
  }

  /** A value as read: a tree node, a String or a StreamedObject; null if the field is absent. */
  private @Nullable Object get(String field) {
    return streamed != null ? streamed.get(field) : java.util.Objects.requireNonNull(node).get(field);
  }

  private static boolean isNull(@Nullable Object v) {
    return v == null || !(v instanceof String) && v instanceof JsonNode n && n.isNull();
  }

  /** A string value as the tree would hold it, for the checks and messages written against trees. */
  private static JsonNode node(Object v) {
    if (v instanceof JsonNode n) {
      return n;
    }
    if (v instanceof String s) {
      return TextNode.valueOf(s);
    }
    // StreamedObject keeps only actor, filing and applicant as such, read only by obj/optObj, and instants
    // only for the fields read only by instant/optInstant.
    throw new IllegalStateException("A nested object or an instant where a value was expected");
  }

  private void use(String field) {
    if (streamed == null) {
      if (used == null) {
        used = new ArrayList<>(8);
      }
      used.add(field);
    }
  }

  private Object required(String field) {
    use(field);
    Object v = get(field);
    if (isNull(v)) {
      throw new FormatError(child(field), "missing required field");
    }
    return v;
  }

  /** The value of an optional field, null if absent or JSON null. */
  private @Nullable Object optional(String field) {
    use(field);
    Object v = get(field);
    return isNull(v) ? null : v;
  }

  String text(String field) {
    return text(required(field), field);
  }

  Optional<String> optText(String field) {
    Object v = optional(field);
    return v == null ? Optional.empty() : Optional.of(text(v, field));
  }

  private String text(Object v, String field) {
    if (v instanceof String s && !Checks.isBlank(s)) {
      return s;
    }
    return text(node(v), child(field));
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
    return instant(required(field), field);
  }

  Optional<Instant> optInstant(String field) {
    Object v = optional(field);
    return v == null ? Optional.empty() : Optional.of(instant(v, field));
  }

  private Instant instant(Object v, String field) {
    if (v instanceof Instant read) {
      // read by StreamedObject from the parser's characters
      return read;
    }
    String s = text(v, field);
    Instant instant = OffsetInstants.parse(s);
    if (instant == null) {
      throw new FormatError(
          child(field), "expected an ISO-8601 date-time with offset, e.g. 2026-02-13T16:30:00+07:00", s);
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
      JsonNode item = v.get(i);
      out.add(item.isTextual() && !item.asText().isBlank() ? item.asText() : text(item, child(field) + "[" + i + "]"));
    }
    return out;
  }

  StrictObjectReader obj(String field) {
    return nested(required(field), field);
  }

  Optional<StrictObjectReader> optObj(String field) {
    Object v = optional(field);
    return v == null ? Optional.empty() : Optional.of(nested(v, field));
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return enumValue(text(field), field, type);
  }

  <E extends Enum<E>> Optional<E> optEnum(String field, Class<E> type) {
    Optional<String> s = optText(field);
    return s.isEmpty() ? Optional.empty() : Optional.of(enumValue(s.get(), field, type));
  }

  private <E extends Enum<E>> E enumValue(String s, String field, Class<E> type) {
    try {
      // not a loop over getEnumConstants(), which copies the constants on every call
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException unknown) {
      // named below with the constants
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw new FormatError(child(field), "unknown value \"" + s + "\", expected one of " + names);
  }

  /** Parses a text field with a parser whose IllegalArgumentException becomes a path error. */
  <T> T parsed(String field, Function<String, T> parser) {
    return parse(text(field), field, parser);
  }

  <T> Optional<T> optParsed(String field, Function<String, T> parser) {
    Optional<String> s = optText(field);
    return s.isEmpty() ? Optional.empty() : Optional.of(parse(s.get(), field, parser));
  }

  private <T> T parse(String s, String field, Function<String, T> parser) {
    try {
      return parser.apply(s);
    } catch (IllegalArgumentException e) {
      throw new FormatError(child(field), e.getMessage());
    }
  }

  /** Rejects the fields that were not read, the first in input order. */
  void end() {
    if (streamed != null) {
      String unread = streamed.firstUnread();
      if (unread != null) {
        throw new FormatError(child(unread), "unknown field");
      }
      return;
    }
    Iterator<String> names = java.util.Objects.requireNonNull(node).fieldNames();
    while (names.hasNext()) {
      rejectUnread(names.next());
    }
  }

  private void rejectUnread(String name) {
    if (used == null || !used.contains(name)) {
      throw new FormatError(child(name), "unknown field");
    }
  }

  static String describe(JsonNode v) {
    String s = v.toString();
    return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + (s.length() > 60 ? s.substring(0, 60) + "…" : s);
  }
}
