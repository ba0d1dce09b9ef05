package dev.motcua.rules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingDayConvention;
import dev.motcua.rules.procedure.Agency;
import dev.motcua.rules.procedure.CatalogueFormatException;
import dev.motcua.rules.procedure.Field;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.procedure.ProcedureCatalogue;
import dev.motcua.rules.procedure.ProcedureCatalogueCsv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a procedure catalogue (danh mục thủ tục hành chính) as JSON, format {@value #FORMAT}:
 *
 * <pre>{@code
 * {"format":"motcua-procedures/1","procedures":[
 *   {"code":"1.004227","name":"Cấp giấy phép xây dựng","field":{"code":"G12","name":"Xây dựng"},
 *    "agency":{"code":"000.01.15.H05","name":"Sở Xây dựng"},
 *    "processingTime":{"unit":"WORKING_DAYS","amount":15},"saturdayReception":false}]}
 * }</pre>
 *
 * <p>{@code unit} is one of {@code WORKING_DAYS}, {@code WORKING_HOURS}, {@code CALENDAR_DAYS} (each with a
 * positive integer {@code amount}) and {@code SAME_DAY} (trong ngày, no amount); a working-days time may fix
 * its convention ({@code "convention":"CIVIL_CODE"} or {@code "EIGHT_HOURS_PER_DAY"}); {@code
 * saturdayReception} is optional (default false). Unknown or missing fields, a wrong type, a blank text, an
 * unknown unit, a non-positive amount and a code given twice are errors naming the JSON path (such as {@code
 * $.procedures[3].code}), the value, line and column. {@link #write(ProcedureCatalogue)} is the inverse of
 * {@link #read(InputStream)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcedureCatalogueJson {

  /** The format tag. */
  public static final String FORMAT = "motcua-procedures/1";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private ProcedureCatalogueJson() {}

  /**
   * Reads a catalogue in JSON.
   *
   * @param in the UTF-8 JSON, read to its end and not closed
   * @return the catalogue, in file order
   * @throws CatalogueFormatException if the file is malformed, naming the JSON path, value, line and column
   * @throws UncheckedIOException if reading fails
   */
  public static ProcedureCatalogue read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = FACTORY.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      ProcedureCatalogue c = readFile(p);
      if (p.nextToken() != null) {
        throw error(p, "$", "unexpected content after the catalogue", p.getText());
      }
      return c;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new CatalogueFormatException("not well-formed JSON: " + e.getOriginalMessage(), "$", null,
          loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalogue in JSON or in CSV ({@link ProcedureCatalogueCsv}), told apart by content: JSON starts
   * with an opening brace or bracket after optional white space (and byte-order mark); anything else is read as
   * CSV.
   *
   * @param in the input, read to its end and not closed
   * @return the catalogue
   * @throws CatalogueFormatException if the input is malformed in the format it was taken for
   * @throws UncheckedIOException if reading fails
   */
  public static ProcedureCatalogue readJsonOrCsv(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return isJson(bytes) ? read(new ByteArrayInputStream(bytes))
        : ProcedureCatalogueCsv.read(new ByteArrayInputStream(bytes));
  }

  private static boolean isJson(byte[] b) {
    int i = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i < b.length && (b[i] == '{' || b[i] == '[');
  }

  private static ProcedureCatalogue readFile(JsonParser p) throws IOException {
    expect(p, p.nextToken(), JsonToken.START_OBJECT, "$");
    boolean format = false;
    List<Procedure> procedures = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "format" -> {
          expect(p, t, JsonToken.VALUE_STRING, "$.format");
          if (!FORMAT.equals(p.getText())) {
            throw error(p, "$.format", "unsupported format, expected " + FORMAT, p.getText());
          }
          format = true;
        }
        case "procedures" -> {
          expect(p, t, JsonToken.START_ARRAY, "$.procedures");
          procedures = new ArrayList<>();
          Map<String, String> seen = new HashMap<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            String path = "$.procedures[" + procedures.size() + "]";
            JsonLocation start = p.currentTokenLocation();
            Procedure proc = procedure(p, path);
            String previous = seen.putIfAbsent(proc.code(), path);
            if (previous != null) {
              throw new CatalogueFormatException("duplicate code, already at " + previous, path + ".code",
                  proc.code(), start.getLineNr(), start.getColumnNr(), null);
            }
            procedures.add(proc);
          }
        }
        default -> throw error(p, "$." + name, "unknown field", null);
      }
    }
    if (!format) {
      throw error(p, "$.format", "missing field", null);
    }
    if (procedures == null) {
      throw error(p, "$.procedures", "missing field", null);
    }
    return ProcedureCatalogue.of(procedures);
  }

  private static Procedure procedure(JsonParser p, String path) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT, path);
    String code = null;
    String name = null;
    String[] field = null;
    String[] agency = null;
    ProcessingTime time = null;
    boolean saturday = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      String at = path + "." + key;
      JsonToken t = p.nextToken();
      switch (key) {
        case "code" -> code = text(p, t, at);
        case "name" -> name = text(p, t, at);
        case "field" -> field = codeAndName(p, t, at);
        case "agency" -> agency = codeAndName(p, t, at);
        case "processingTime" -> time = processingTime(p, t, at);
        case "saturdayReception" -> {
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw error(p, at, "expected true or false", p.getText());
          }
          saturday = t == JsonToken.VALUE_TRUE;
        }
        default -> throw error(p, at, "unknown field", null);
      }
    }
    String missing = code == null ? "code" : name == null ? "name" : field == null ? "field"
        : agency == null ? "agency" : time == null ? "processingTime" : null;
    if (missing != null) {
      throw error(p, path + "." + missing, "missing field", null);
    }
    return Procedure.builder().code(code).name(name).field(Field.of(field[0], field[1]))
        .competentAgency(Agency.of(agency[0], agency[1])).processingTime(time).saturdayReception(saturday).build();
  }

  private static String[] codeAndName(JsonParser p, JsonToken t, String path) throws IOException {
    expect(p, t, JsonToken.START_OBJECT, path);
    String code = null;
    String name = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      switch (key) {
        case "code" -> code = text(p, v, path + ".code");
        case "name" -> name = text(p, v, path + ".name");
        default -> throw error(p, path + "." + key, "unknown field", null);
      }
    }
    if (code == null || name == null) {
      throw error(p, path + (code == null ? ".code" : ".name"), "missing field", null);
    }
    return new String[] {code, name};
  }

  private static ProcessingTime processingTime(JsonParser p, JsonToken t, String path) throws IOException {
    expect(p, t, JsonToken.START_OBJECT, path);
    ProcessingTime.Kind unit = null;
    Integer amount = null;
    JsonLocation amountAt = null;
    WorkingDayConvention convention = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      String at = path + "." + key;
      JsonToken v = p.nextToken();
      switch (key) {
        case "unit" -> {
          String s = text(p, v, at);
          unit = Arrays.stream(ProcessingTime.Kind.values()).filter(k -> k.name().equals(s)).findFirst()
              .orElseThrow(() -> error(p, at, "unknown unit, expected one of " + names(ProcessingTime.Kind.values()),
                  s));
        }
        case "amount" -> {
          amountAt = p.currentTokenLocation();
          if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
              || p.getIntValue() < 1) {
            throw error(p, at, "expected a positive integer at most " + Integer.MAX_VALUE, p.getText());
          }
          amount = p.getIntValue();
        }
        case "convention" -> {
          String s = text(p, v, at);
          convention = Arrays.stream(WorkingDayConvention.values()).filter(k -> k.name().equals(s)).findFirst()
              .orElseThrow(() -> error(p, at, "unknown convention, expected one of "
                  + names(WorkingDayConvention.values()), s));
        }
        default -> throw error(p, at, "unknown field", null);
      }
    }
    if (unit == null) {
      throw error(p, path + ".unit", "missing field", null);
    }
    if (unit == ProcessingTime.Kind.SAME_DAY) {
      if (amount != null) {
        throw new CatalogueFormatException("SAME_DAY takes no amount", path + ".amount", amount.toString(),
            amountAt.getLineNr(), amountAt.getColumnNr(), null);
      }
    } else if (amount == null) {
      throw error(p, path + ".amount", "missing field", null);
    }
    if (convention != null && unit != ProcessingTime.Kind.WORKING_DAYS) {
      throw error(p, path + ".convention", "a convention applies to WORKING_DAYS only", convention.name());
    }
    return switch (unit) {
      case WORKING_DAYS -> convention == null ? ProcessingTime.workingDays(amount)
          : ProcessingTime.workingDays(amount, convention);
      case WORKING_HOURS -> ProcessingTime.workingHours(amount);
      case CALENDAR_DAYS -> ProcessingTime.calendarDays(amount);
      case SAME_DAY -> ProcessingTime.sameDay();
    };
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String text(JsonParser p, JsonToken t, String path) throws IOException {
    expect(p, t, JsonToken.VALUE_STRING, path);
    String s = p.getText();
    if (s.isBlank()) {
      throw error(p, path, "must not be blank", s);
    }
    return s;
  }

  private static void expect(JsonParser p, @Nullable JsonToken actual, JsonToken expected, String path)
      throws IOException {
    if (actual != expected) {
      String what = switch (expected) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        default -> expected.toString();
      };
      throw error(p, path, "expected " + what, actual == null ? "end of input" : p.getText());
    }
  }

  private static CatalogueFormatException error(JsonParser p, String path, String problem, @Nullable String value) {
    JsonLocation loc = p.currentTokenLocation();
    return new CatalogueFormatException(problem, path, value, loc.getLineNr(), loc.getColumnNr(), null);
  }

  /**
   * Writes a catalogue in JSON, pretty printed with {@code \n} line ends, one procedure after another.
   *
   * @param catalogue the catalogue
   * @return the JSON text, ending with a line break
   */
  public static String write(ProcedureCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    StringWriter w = new StringWriter();
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = FACTORY.createGenerator(w).setPrettyPrinter(pretty)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeArrayFieldStart("procedures");
      for (Procedure proc : catalogue.procedures()) {
        g.writeStartObject();
        g.writeStringField("code", proc.code());
        g.writeStringField("name", proc.name());
        g.writeObjectFieldStart("field");
        g.writeStringField("code", proc.field().code());
        g.writeStringField("name", proc.field().name());
        g.writeEndObject();
        g.writeObjectFieldStart("agency");
        g.writeStringField("code", proc.competentAgency().code());
        g.writeStringField("name", proc.competentAgency().name());
        g.writeEndObject();
        ProcessingTime t = proc.processingTime();
        g.writeObjectFieldStart("processingTime");
        g.writeStringField("unit", t.kind().name());
        if (t.kind() != ProcessingTime.Kind.SAME_DAY) {
          g.writeNumberField("amount", t.amount());
        }
        if (t.convention().isPresent()) {
          g.writeStringField("convention", t.convention().get().name());
        }
        g.writeEndObject();
        g.writeBooleanField("saturdayReception", proc.saturdayReception());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }
}
