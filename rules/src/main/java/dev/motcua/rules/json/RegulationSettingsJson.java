package dev.motcua.rules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.motcua.calendar.ProcessingTime;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.ViolationCode;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.instrument.SettingsFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the {@link RegulationSettings} of each {@link LegalInstrument} as JSON, format {@value
 * #FORMAT}:
 *
 * <pre>{@code
 * {"format":"motcua-settings/1",
 *  "all":{"transferCutoff":"15:00","disabledRules":["RECEIPT_OUTSIDE_RECEPTION_HOURS"]},
 *  "instruments":{"DECREE_118_2025":{"maxReschedules":2,"nextDayTransferWindow":"PT4H"}}}
 * }</pre>
 *
 * <p>{@code "all"} applies to every instrument; {@code "instruments"} then overrides single values for one
 * instrument ({@code DECREE_61_2018}, {@code DECREE_118_2025}); both are optional and an absent value keeps its
 * legal default. The names are those of the {@code RegulationSettings} attributes, so every attribute can be
 * set and a new attribute is read and written without a change here. Values: integers as JSON integers; enum
 * constants ({@code supplementScope}, {@code convention}) by name; times of day as {@code HH:mm}; durations in
 * ISO-8601 ({@code PT4H}); a citation ({@code centreRegulation}) as {@code {"vi":…,"en":…}}; a processing time
 * as {@code {"unit":"WORKING_DAYS","amount":15}}; {@code convention} {@code null} for the calendar's; {@code
 * disabledRules} as an array of {@link RegulationCode} names. An unknown name, a wrong type, a value out of
 * range (as {@link RegulationSettings.Builder#build()} checks it) and an unknown code are errors naming the
 * JSON path, the value, line and column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegulationSettingsJson {

  /** The format tag. */
  public static final String FORMAT = "motcua-settings/1";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** The attributes of RegulationSettings, by name, with their builder setters: found once by reflection. */
  private static final Map<String, Attribute> ATTRIBUTES = attributes();

  private RegulationSettingsJson() {}

  /** One attribute: its accessor, the builder's setter and the attribute's (generic) type. */
  private record Attribute(String name, Method getter, Method setter, Type type) {}

  private static Map<String, Attribute> attributes() {
    Map<String, Attribute> out = new LinkedHashMap<>();
    List<Method> getters = Arrays.stream(RegulationSettings.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 0 && m.getReturnType() != RegulationSettings.Builder.class)
        .sorted(Comparator.comparing(Method::getName))
        .toList();
    for (Method g : getters) {
      Type type = g.getGenericReturnType();
      Class<?> setterType = type instanceof ParameterizedType pt && pt.getRawType() == Set.class
          ? Iterable.class : g.getReturnType() == Optional.class ? Optional.class : g.getReturnType();
      Method setter;
      try {
        setter = RegulationSettings.Builder.class.getMethod(g.getName(), setterType);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("RegulationSettings." + g.getName() + " has no builder setter", e);
      }
      if (!supported(type)) {
        // fails the first use (and every test of this class) the day an attribute of a new type is added
        throw new IllegalStateException("RegulationSettings." + g.getName() + " has type " + type
            + ", which has no JSON form here yet: add one to convert and writeValue");
      }
      out.put(g.getName(), new Attribute(g.getName(), g, setter, type));
    }
    return Collections.unmodifiableMap(out);
  }

  private static boolean supported(Type type) {
    if (type instanceof ParameterizedType pt) {
      Type arg = pt.getActualTypeArguments()[0];
      return pt.getRawType() == Optional.class && supported(arg)
          || pt.getRawType() == Set.class && arg == ViolationCode.class;
    }
    return type == int.class || type == LocalTime.class || type == Duration.class || type == LegalBasis.class
        || type == ProcessingTime.class || type instanceof Class<?> c && c.isEnum();
  }

  /**
   * Returns the names of the settings a file may give, in alphabetical order.
   *
   * @return the attribute names of {@link RegulationSettings}
   */
  public static Set<String> names() {
    return Collections.unmodifiableSet(new TreeSet<>(ATTRIBUTES.keySet()));
  }

  /**
   * Reads the settings of every instrument.
   *
   * @param in the UTF-8 JSON, read to its end and not closed
   * @return the settings of each instrument, every instrument present
   * @throws SettingsFormatException if the file is malformed, naming the JSON path, the value, line and column
   * @throws UncheckedIOException if reading fails
   */
  public static Map<LegalInstrument, RegulationSettings> read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = MAPPER.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      Map<LegalInstrument, RegulationSettings> out = readFile(p);
      if (p.nextToken() != null) {
        throw error(p.currentTokenLocation(), "$", "unexpected content after the settings", p.getText());
      }
      return out;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new SettingsFormatException("not well-formed JSON: " + e.getOriginalMessage(), "$", null,
          loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<LegalInstrument, RegulationSettings> readFile(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw error(p.currentTokenLocation(), "$", "expected an object", p.currentToken() == null ? null : p.getText());
    }
    boolean format = false;
    Map<String, Located> all = Map.of();
    Map<LegalInstrument, Map<String, Located>> per = new EnumMap<>(LegalInstrument.class);
    JsonLocation allAt = null;
    Map<LegalInstrument, JsonLocation> perAt = new EnumMap<>(LegalInstrument.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      JsonLocation at = p.currentTokenLocation();
      switch (name) {
        case "format" -> {
          if (p.currentToken() != JsonToken.VALUE_STRING || !FORMAT.equals(p.getText())) {
            throw error(at, "$.format", "unsupported format, expected " + FORMAT, p.getText());
          }
          format = true;
        }
        case "all" -> {
          all = values(p, "$.all");
          allAt = at;
        }
        case "instruments" -> {
          if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error(at, "$.instruments", "expected an object", p.getText());
          }
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            LegalInstrument instrument = Arrays.stream(LegalInstrument.values())
                .filter(i -> i.name().equals(key)).findFirst()
                .orElseThrow(() -> error(p.currentTokenLocation(), "$.instruments." + key,
                    "unknown instrument, expected one of " + names(LegalInstrument.values()), key));
            perAt.put(instrument, p.currentTokenLocation());
            per.put(instrument, values(p, "$.instruments." + key));
          }
        }
        default -> throw error(at, "$." + name, "unknown field", null);
      }
    }
    if (!format) {
      throw error(p.currentTokenLocation(), "$.format", "missing field", null);
    }
    Map<LegalInstrument, RegulationSettings> out = new EnumMap<>(LegalInstrument.class);
    for (LegalInstrument i : LegalInstrument.values()) {
      RegulationSettings.Builder b = RegulationSettings.builder();
      for (Map.Entry<String, Located> e : all.entrySet()) {
        set(b, e.getKey(), e.getValue(), "$.all." + e.getKey());
      }
      Map<String, Located> own = per.getOrDefault(i, Map.of());
      for (Map.Entry<String, Located> e : own.entrySet()) {
        set(b, e.getKey(), e.getValue(), "$.instruments." + i.name() + "." + e.getKey());
      }
      try {
        out.put(i, b.build());
      } catch (IllegalArgumentException e) {
        // a range check of RegulationSettings: name the attribute it names (its message has the value), at the
        // value where the file gives it
        String attribute = ATTRIBUTES.keySet().stream().filter(n -> String.valueOf(e.getMessage()).startsWith(n))
            .findFirst().orElse(null);
        boolean ownValue = attribute != null && own.containsKey(attribute);
        String base = ownValue || allAt == null ? "$.instruments." + i.name() : "$.all";
        Located v = attribute == null ? null : ownValue ? own.get(attribute) : all.get(attribute);
        JsonLocation loc = v != null ? v.at() : ownValue ? perAt.get(i) : allAt;
        throw new SettingsFormatException(String.valueOf(e.getMessage()), attribute == null ? base
            : base + "." + attribute, null, loc == null ? 0 : loc.getLineNr(),
            loc == null ? 0 : loc.getColumnNr(), e);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** A value with where it was. */
  private record Located(JsonNode node, JsonLocation at) {}

  private static Map<String, Located> values(JsonParser p, String path) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw error(p.currentTokenLocation(), path, "expected an object", p.getText());
    }
    Map<String, Located> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      JsonLocation at = p.currentTokenLocation();
      if (!ATTRIBUTES.containsKey(name)) {
        throw error(at, path + "." + name, "unknown setting, expected one of " + String.join(", ", names()), null);
      }
      out.put(name, new Located(p.readValueAsTree(), at));
    }
    return out;
  }

  private static void set(RegulationSettings.Builder b, String name, Located v, String path) {
    Attribute a = ATTRIBUTES.get(name);
    Object value = convert(a.type(), v, path);
    try {
      a.setter().invoke(b, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new SettingsFormatException(String.valueOf(cause.getMessage()), path, v.node().toString(),
          v.at().getLineNr(), v.at().getColumnNr(), cause);
    }
  }

  private static Object convert(Type type, Located v, String path) {
    JsonNode n = v.node();
    if (type instanceof ParameterizedType pt) {
      Type arg = pt.getActualTypeArguments()[0];
      if (pt.getRawType() == Optional.class) {
        return n.isNull() ? Optional.empty() : Optional.of(convert(arg, v, path));
      }
      if (pt.getRawType() == Set.class && arg == ViolationCode.class) {
        if (!n.isArray()) {
          throw error(v.at(), path, "expected an array of rule codes", n.toString());
        }
        List<RegulationCode> codes = new ArrayList<>();
        for (int k = 0; k < n.size(); k++) {
          JsonNode c = n.get(k);
          RegulationCode code = c.isTextual() ? Arrays.stream(RegulationCode.values())
              .filter(r -> r.name().equals(c.asText())).findFirst().orElse(null) : null;
          if (code == null) {
            throw error(v.at(), path + "[" + k + "]", "unknown rule code, expected one of "
                + names(RegulationCode.values()), c.toString());
          }
          codes.add(code);
        }
        return codes;
      }
    } else if (type == int.class) {
      if (!n.isInt()) {
        throw error(v.at(), path, "expected an integer", n.toString());
      }
      return n.intValue();
    } else if (type instanceof Class<?> c && c.isEnum()) {
      Object found = n.isTextual() ? Arrays.stream(c.getEnumConstants())
          .filter(k -> ((Enum<?>) k).name().equals(n.asText())).findFirst().orElse(null) : null;
      if (found == null) {
        throw error(v.at(), path, "expected one of " + names((Enum<?>[]) c.getEnumConstants()), n.toString());
      }
      return found;
    } else if (type == LocalTime.class) {
      try {
        return LocalTime.parse(n.isTextual() ? n.asText() : "?");
      } catch (DateTimeParseException e) {
        throw error(v.at(), path, "expected a time of day HH:mm", n.toString());
      }
    } else if (type == Duration.class) {
      try {
        return Duration.parse(n.isTextual() ? n.asText() : "?");
      } catch (DateTimeParseException e) {
        throw error(v.at(), path, "expected an ISO-8601 duration such as PT4H", n.toString());
      }
    } else if (type == LegalBasis.class) {
      if (!n.isObject() || n.size() != 2 || !n.path("vi").isTextual() || !n.path("en").isTextual()) {
        throw error(v.at(), path, "expected {\"vi\":…,\"en\":…}", n.toString());
      }
      try {
        return LegalBasis.of(n.get("vi").asText(), n.get("en").asText());
      } catch (IllegalArgumentException e) {
        throw error(v.at(), path, String.valueOf(e.getMessage()), n.toString());
      }
    } else if (type == ProcessingTime.class) {
      return processingTime(v, path);
    }
    throw new IllegalStateException("No JSON form for settings of type " + type + " (" + path + ")");
  }

  private static ProcessingTime processingTime(Located v, String path) {
    JsonNode n = v.node();
    String unit = n.path("unit").asText("");
    JsonNode amount = n.path("amount");
    Set<String> keys = new TreeSet<>();
    n.fieldNames().forEachRemaining(keys::add);
    try {
      return switch (unit) {
        case "SAME_DAY" -> {
          if (!keys.equals(Set.of("unit"))) {
            throw new IllegalArgumentException("SAME_DAY takes no amount");
          }
          yield ProcessingTime.sameDay();
        }
        case "WORKING_DAYS", "WORKING_HOURS", "CALENDAR_DAYS" -> {
          if (!keys.equals(Set.of("unit", "amount")) || !amount.isInt()) {
            throw new IllegalArgumentException("expected {\"unit\":…,\"amount\":…} with a positive integer amount");
          }
          yield switch (unit) {
            case "WORKING_DAYS" -> ProcessingTime.workingDays(amount.intValue());
            case "WORKING_HOURS" -> ProcessingTime.workingHours(amount.intValue());
            default -> ProcessingTime.calendarDays(amount.intValue());
          };
        }
        default -> throw new IllegalArgumentException(
            "unknown unit, expected one of " + names(ProcessingTime.Kind.values()));
      };
    } catch (IllegalArgumentException e) {
      throw error(v.at(), path, String.valueOf(e.getMessage()), n.toString());
    }
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static SettingsFormatException error(JsonLocation at, String path, String problem, @Nullable String value) {
    return new SettingsFormatException(problem, path, value, at.getLineNr(), at.getColumnNr(), null);
  }

  /**
   * Writes the settings of every instrument: each instrument's values that differ from the legal defaults
   * (none gives {@code {}}), so that {@link #read(InputStream)} of the text returns the same settings.
   *
   * @param settings the settings by instrument; an absent instrument has the defaults
   * @return the JSON text, pretty printed with {@code \n} line ends, ending with a line break
   */
  public static String write(Map<LegalInstrument, RegulationSettings> settings) {
    Objects.requireNonNull(settings, "settings");
    StringWriter w = new StringWriter();
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    RegulationSettings defaults = RegulationSettings.defaults();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(w).setPrettyPrinter(pretty)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeObjectFieldStart("instruments");
      for (LegalInstrument i : LegalInstrument.values()) {
        RegulationSettings s = settings.getOrDefault(i, defaults);
        g.writeObjectFieldStart(i.name());
        for (Attribute a : ATTRIBUTES.values()) {
          Object value = get(a, s);
          if (!value.equals(get(a, defaults))) {
            g.writeFieldName(a.name());
            writeValue(g, value);
          }
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static Object get(Attribute a, RegulationSettings s) {
    try {
      return a.getter().invoke(s);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeValue(JsonGenerator g, @Nullable Object value) throws IOException {
    if (value instanceof Optional<?> o) {
      writeValue(g, o.orElse(null));
    } else if (value == null) {
      g.writeNull();
    } else if (value instanceof Integer n) {
      g.writeNumber(n);
    } else if (value instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (value instanceof LocalTime t) {
      g.writeString(t.toString());
    } else if (value instanceof Duration d) {
      g.writeString(d.toString());
    } else if (value instanceof LegalBasis b) {
      g.writeStartObject();
      g.writeStringField("vi", b.vi());
      g.writeStringField("en", b.en());
      g.writeEndObject();
    } else if (value instanceof ProcessingTime t) {
      g.writeStartObject();
      g.writeStringField("unit", t.kind().name());
      if (t.kind() != ProcessingTime.Kind.SAME_DAY) {
        g.writeNumberField("amount", t.amount());
      }
      g.writeEndObject();
    } else if (value instanceof Set<?> set) {
      g.writeStartArray();
      Iterator<String> names = set.stream().map(c -> ((Enum<?>) c).name()).sorted().iterator();
      while (names.hasNext()) {
        g.writeString(names.next());
      }
      g.writeEndArray();
    } else {
      throw new IllegalStateException("No JSON form for settings value " + value);
    }
  }
}
