package dev.motcua.calendar.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a schedule file with Jackson's streaming parser, so that every error can name its line and column.
 *
 * <p>Format ({@code "format": "motcua-schedule/2"}):
 * <pre>{@code
 * {"format": "motcua-schedule/2",
 *  "years": [{"year": 2024, "scope": "OFFICIAL", "days": [
 *    {"date": "2024-04-29", "kind": "SWAPPED", "nameVi": "…", "nameEn": "…", "source": "…"}]}]}
 * }</pre>
 * Each year of format 2 says its {@code scope}: {@code OFFICIAL} (the complete official schedule of the year) or
 * {@code ADDITIONS} (days added on top of the official or projected year). Format {@code motcua-schedule/1} has no
 * {@code scope}: each of its years is official. Unknown fields, a missing field, a wrong date, an unknown kind or
 * scope, a date listed twice in the file, or a date more than one year away from its year are errors.
 */
public final class ScheduleJsonReader {

  /** The format tag of schedules whose years say their scope. */
  public static final String FORMAT = "motcua-schedule/2";

  /** The earlier format tag, still read: every year is an official schedule. */
  public static final String FORMAT_1 = "motcua-schedule/1";

  /** The scopes a year may have in format 2. */
  public static final Set<String> SCOPES = Set.of("OFFICIAL", "ADDITIONS");

  /** The kinds a schedule entry may have. */
  public static final Set<String> KINDS = Set.of("HOLIDAY", "COMPENSATORY", "SWAPPED", "CLOSURE", "MAKE_UP");

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private ScheduleJsonReader() {}

  /**
   * Reads a whole file.
   *
   * @param in the stream, read to its end, not closed
   * @return the records
   * @throws ScheduleJsonException if the file is malformed
   * @throws UncheckedIOException if reading fails
   */
  public static ScheduleRecords.File read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = FACTORY.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      ScheduleRecords.File file = readFile(p);
      if (p.nextToken() != null) {
        throw error(p, "Unexpected content after the schedule", "$", p.getText());
      }
      return file;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new ScheduleJsonException(
          "Malformed JSON (" + e.getOriginalMessage() + ")",
          "$",
          "",
          loc == null ? -1 : loc.getLineNr(),
          loc == null ? -1 : loc.getColumnNr());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ScheduleRecords.File readFile(JsonParser p) throws IOException {
    expect(p, p.nextToken(), JsonToken.START_OBJECT, "$");
    String format = null;
    List<ScheduleRecords.Year> years = null;
    List<String> scopes = new ArrayList<>();
    Map<LocalDate, String> seen = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "format" -> {
          expect(p, t, JsonToken.VALUE_STRING, "$.format");
          format = p.getText();
          if (!FORMAT.equals(format) && !FORMAT_1.equals(format)) {
            throw error(p, "Unsupported format, expected " + FORMAT + " (or " + FORMAT_1 + ")", "$.format", format);
          }
        }
        case "years" -> {
          expect(p, t, JsonToken.START_ARRAY, "$.years");
          years = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            String[] scope = new String[1];
            years.add(readYear(p, "$.years[" + years.size() + "]", seen, scope));
            scopes.add(scope[0]);
          }
        }
        default -> throw error(p, "Unknown field", "$." + name, p.getText());
      }
    }
    if (format == null) {
      throw error(p, "Missing field", "$.format", "");
    }
    if (years == null) {
      throw error(p, "Missing field", "$.years", "");
    }
    List<ScheduleRecords.Year> out = new ArrayList<>(years.size());
    Map<String, String> yearSeen = new HashMap<>();
    for (int i = 0; i < years.size(); i++) {
      ScheduleRecords.Year y = years.get(i);
      String scope = scopes.get(i);
      String previous = yearSeen.putIfAbsent(y.year() + " " + scope, y.path());
      if (previous != null) {
        throw new ScheduleJsonException("Year listed twice with the same scope, already at " + previous,
            y.path() + ".year", Integer.toString(y.year()), y.line(), y.column());
      }
      if (FORMAT_1.equals(format) && scope != null) {
        throw new ScheduleJsonException("A scope needs format " + FORMAT, y.path() + ".scope", scope, y.line(),
            y.column());
      }
      if (FORMAT.equals(format) && scope == null) {
        throw new ScheduleJsonException("Missing field: say whether the year is OFFICIAL (its complete schedule)"
            + " or ADDITIONS (days added to it)", y.path() + ".scope", "", y.line(), y.column());
      }
      out.add(new ScheduleRecords.Year(y.year(), "ADDITIONS".equals(scope), y.days(), y.path(), y.line(),
          y.column()));
    }
    return new ScheduleRecords.File(out);
  }

  private static ScheduleRecords.Year readYear(JsonParser p, String path, Map<LocalDate, String> seen,
      String[] scope) throws IOException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT, path);
    JsonLocation start = p.currentTokenLocation();
    Integer year = null;
    List<ScheduleRecords.Day> days = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "year" -> {
          if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
              || p.getIntValue() < 1 || p.getIntValue() > 9999) {
            throw error(p, "Year must be an integer from 1 to 9999", path + ".year", p.getText());
          }
          year = p.getIntValue();
        }
        case "scope" -> {
          expect(p, t, JsonToken.VALUE_STRING, path + ".scope");
          if (!SCOPES.contains(p.getText())) {
            throw error(p, "Unknown scope, expected OFFICIAL or ADDITIONS", path + ".scope", p.getText());
          }
          scope[0] = p.getText();
        }
        case "days" -> {
          expect(p, t, JsonToken.START_ARRAY, path + ".days");
          days = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            days.add(readDay(p, path + ".days[" + days.size() + "]", seen));
          }
        }
        default -> throw error(p, "Unknown field", path + "." + name, p.getText());
      }
    }
    if (year == null) {
      throw error(p, "Missing field", path + ".year", "");
    }
    if (days == null) {
      throw error(p, "Missing field", path + ".days", "");
    }
    for (ScheduleRecords.Day d : days) {
      if (Math.abs(d.date().getYear() - year) > 1) {
        throw new ScheduleJsonException(
            "Date more than one year away from its year " + year, d.path() + ".date", d.date().toString(),
            d.line(), d.column());
      }
    }
    return new ScheduleRecords.Year(year, false, days, path, start.getLineNr(), start.getColumnNr());
  }

  private static ScheduleRecords.Day readDay(JsonParser p, String path, Map<LocalDate, String> seen)
      throws IOException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT, path);
    JsonLocation start = p.currentTokenLocation();
    LocalDate date = null;
    String kind = null;
    String nameVi = null;
    String nameEn = null;
    String source = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String field = path + "." + name;
      JsonToken t = p.nextToken();
      switch (name) {
        case "date" -> {
          expect(p, t, JsonToken.VALUE_STRING, field);
          String text = p.getText();
          try {
            date = LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            throw error(p, "Invalid date, expected an existing date as yyyy-MM-dd", field, text);
          }
          String previous = seen.putIfAbsent(date, field);
          if (previous != null) {
            throw error(p, "Duplicate date, already listed at " + previous, field, text);
          }
        }
        case "kind" -> {
          expect(p, t, JsonToken.VALUE_STRING, field);
          kind = p.getText();
          if (!KINDS.contains(kind)) {
            throw error(p, "Unknown kind, expected one of " + new java.util.TreeSet<>(KINDS), field, kind);
          }
        }
        case "nameVi" -> nameVi = text(p, t, field);
        case "nameEn" -> nameEn = text(p, t, field);
        case "source" -> source = text(p, t, field);
        default -> throw error(p, "Unknown field", field, p.getText());
      }
    }
    String missing = date == null ? "date" : kind == null ? "kind" : nameVi == null ? "nameVi"
        : nameEn == null ? "nameEn" : source == null ? "source" : null;
    if (missing != null) {
      throw error(p, "Missing field", path + "." + missing, "");
    }
    return new ScheduleRecords.Day(
        date, kind, nameVi, nameEn, source, path, start.getLineNr(), start.getColumnNr());
  }

  private static String text(JsonParser p, JsonToken t, String field) throws IOException {
    expect(p, t, JsonToken.VALUE_STRING, field);
    String s = p.getText();
    if (s.isBlank()) {
      throw error(p, "Blank text", field, s);
    }
    return s;
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String field)
      throws IOException {
    if (actual != expected) {
      throw error(p, "Expected " + describe(expected), field,
          actual == null ? "end of input" : p.getText());
    }
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      default -> t.toString();
    };
  }

  private static ScheduleJsonException error(JsonParser p, String problem, String field, String value) {
    JsonLocation loc = p.currentTokenLocation();
    return new ScheduleJsonException(problem, field, value, loc.getLineNr(), loc.getColumnNr());
  }
}
