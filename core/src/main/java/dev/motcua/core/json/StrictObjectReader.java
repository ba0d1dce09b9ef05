package dev.motcua.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A strict reader of one JSON object: each field read is recorded, so {@link #end()} can reject unknown
 * fields; every error names the JSON path.
 */
final class StrictObjectReader {
  private final JsonNode node;
  private final String path;
  private final List<String> used = new ArrayList<>(8);

  private StrictObjectReader(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static StrictObjectReader of(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new FormatError(path, "expected an object, was " + describe(node));
    }
    return new StrictObjectReader(node, path);
  }

  String path() {
    return path;
  }

  String child(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private JsonNode required(String field) {
    used.add(field);
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new FormatError(child(field), "missing required field");
    }
    return v;
  }

  private Optional<JsonNode> optional(String field) {
    used.add(field);
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  String text(String field) {
    return text(required(field), child(field));
  }

  Optional<String> optText(String field) {
    return optional(field).map(v -> text(v, child(field)));
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
    return optional(field).map(v -> instant(v, child(field)));
  }

  private static Instant instant(JsonNode v, String path) {
    String s = text(v, path);
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new FormatError(
          path, "expected an ISO-8601 date-time with offset, e.g. 2026-02-13T16:30:00+07:00", s);
    }
  }

  long nonNegativeLong(String field) {
    JsonNode v = required(field);
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
      throw new FormatError(child(field), "expected a non-negative integer, was " + describe(v));
    }
    return v.asLong();
  }

  int intValue(String field) {
    JsonNode v = required(field);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new FormatError(child(field), "expected an integer, was " + describe(v));
    }
    return v.asInt();
  }

  JsonNode array(String field) {
    JsonNode v = required(field);
    if (!v.isArray()) {
      throw new FormatError(child(field), "expected an array, was " + describe(v));
    }
    return v;
  }

  List<String> texts(String field) {
    JsonNode v = required(field);
    if (!v.isArray()) {
      throw new FormatError(child(field), "expected an array, was " + describe(v));
    }
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
    return optional(field).map(v -> of(v, child(field)));
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

  /** Rejects the fields that were not read. */
  void end() {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!used.contains(name)) {
        throw new FormatError(child(name), "unknown field");
      }
    }
  }

  static String describe(JsonNode v) {
    String s = v.toString();
    return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + (s.length() > 60 ? s.substring(0, 60) + "…" : s);
  }
}
