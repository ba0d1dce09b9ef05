package dev.motcua.rules.procedure;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.rules.internal.Rfc4180;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads and writes a procedure catalogue (danh mục thủ tục hành chính) as CSV: UTF-8, RFC 4180, one procedure a
 * record after the header
 *
 * <pre>{@code
 * code,name,field_code,field_name,agency_code,agency_name,time_unit,time_amount,saturday_reception
 * 1.004227,Cấp giấy phép xây dựng,G12,Xây dựng,000.01.15.H05,Sở Xây dựng,WORKING_DAYS,15,false
 * 2.000908,Chứng thực bản sao từ bản chính,TP,Tư pháp,000.03.15.H05,Sở Tư pháp,SAME_DAY,,false
 * }</pre>
 *
 * <p>{@code time_unit} is one of {@code WORKING_DAYS}, {@code WORKING_HOURS}, {@code CALENDAR_DAYS} (each with a
 * positive {@code time_amount}) and {@code SAME_DAY} (trong ngày, with an empty {@code time_amount});
 * {@code saturday_reception} is {@code true} or {@code false}. The header must be exactly the one above; a
 * missing or blank value, an unknown unit, an amount that is not a positive integer, a code given twice, a
 * record with another number of fields, and anything RFC 4180 does not allow (a quote inside an unquoted field,
 * a quoted field never closed, bytes that are not UTF-8) are errors naming the column, the value, the line and
 * the column number. {@link #write(ProcedureCatalogue)} is the inverse of {@link #read(InputStream)}.
 *
 * <p>The parser is the module's own strict RFC 4180 reader rather than a CSV library: it knows every field's
 * line and column, refuses what the RFC does not allow instead of guessing, and adds no dependency.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcedureCatalogueCsv {

  /** The header, in order. */
  public static final List<String> HEADER = List.of("code", "name", "field_code", "field_name", "agency_code",
      "agency_name", "time_unit", "time_amount", "saturday_reception");

  private ProcedureCatalogueCsv() {}

  /**
   * Reads a catalogue.
   *
   * @param in the UTF-8 CSV, read to its end and not closed
   * @return the catalogue, in file order
   * @throws CatalogueFormatException if the file is malformed, naming the column, the value, line and column
   * @throws UncheckedIOException if reading fails
   */
  public static ProcedureCatalogue read(InputStream in) {
    Objects.requireNonNull(in, "in");
    List<List<Rfc4180.Field>> records;
    try {
      records = Rfc4180.parse(Rfc4180.decode(in));
    } catch (Rfc4180.SyntaxException e) {
      throw new CatalogueFormatException("not RFC 4180 CSV: " + e.problem(), null, null, e.line(), e.column(), e);
    }
    if (records.isEmpty()) {
      throw new CatalogueFormatException("empty file, expected the header " + String.join(",", HEADER), null, null,
          1, 1, null);
    }
    List<Rfc4180.Field> header = records.get(0);
    List<String> names = header.stream().map(Rfc4180.Field::value).toList();
    if (!names.equals(HEADER)) {
      throw new CatalogueFormatException("expected the header " + String.join(",", HEADER), null,
          String.join(",", names), 1, 1, null);
    }
    List<Procedure> procedures = new ArrayList<>(records.size() - 1);
    Map<String, Integer> lineOfCode = new HashMap<>();
    for (List<Rfc4180.Field> r : records.subList(1, records.size())) {
      if (r.size() != HEADER.size()) {
        Rfc4180.Field first = r.get(0);
        throw new CatalogueFormatException("expected " + HEADER.size() + " fields, found " + r.size(), null, null,
            first.line(), first.column(), null);
      }
      Procedure p = procedure(r);
      Integer previous = lineOfCode.putIfAbsent(p.code(), r.get(0).line());
      if (previous != null) {
        throw error(r, 0, "duplicate code, already on line " + previous);
      }
      procedures.add(p);
    }
    return ProcedureCatalogue.of(procedures);
  }

  private static Procedure procedure(List<Rfc4180.Field> r) {
    for (int k = 0; k < HEADER.size(); k++) {
      if (k != 7 && k != 8 && r.get(k).value().isBlank()) {
        throw error(r, k, "must not be blank");
      }
    }
    String unit = r.get(6).value();
    ProcessingTime.Kind kind;
    try {
      kind = ProcessingTime.Kind.valueOf(unit);
    } catch (IllegalArgumentException e) {
      throw error(r, 6, "unknown unit, expected one of " + units());
    }
    String amountText = r.get(7).value();
    ProcessingTime time;
    if (kind == ProcessingTime.Kind.SAME_DAY) {
      if (!amountText.isEmpty()) {
        throw error(r, 7, "must be empty for SAME_DAY");
      }
      time = ProcessingTime.sameDay();
    } else {
      int amount = positive(r, amountText);
      time = switch (kind) {
        case WORKING_DAYS -> ProcessingTime.workingDays(amount);
        case WORKING_HOURS -> ProcessingTime.workingHours(amount);
        case CALENDAR_DAYS -> ProcessingTime.calendarDays(amount);
        case SAME_DAY -> throw new AssertionError(kind);
      };
    }
    String saturday = r.get(8).value();
    if (!saturday.equals("true") && !saturday.equals("false")) {
      throw error(r, 8, "expected true or false");
    }
    return Procedure.builder()
        .code(r.get(0).value())
        .name(r.get(1).value())
        .field(Field.of(r.get(2).value(), r.get(3).value()))
        .competentAgency(Agency.of(r.get(4).value(), r.get(5).value()))
        .processingTime(time)
        .saturdayReception(saturday.equals("true"))
        .build();
  }

  private static int positive(List<Rfc4180.Field> r, String text) {
    boolean digits = !text.isEmpty() && text.length() <= 10;
    for (int i = 0; digits && i < text.length(); i++) {
      digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
    if (!digits) {
      throw error(r, 7, "expected a positive integer");
    }
    long n = Long.parseLong(text);
    if (n < 1 || n > Integer.MAX_VALUE) {
      throw error(r, 7, "expected a positive integer at most " + Integer.MAX_VALUE);
    }
    return (int) n;
  }

  static String units() {
    return Arrays.stream(ProcessingTime.Kind.values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static CatalogueFormatException error(List<Rfc4180.Field> r, int k, String problem) {
    Rfc4180.Field f = r.get(k);
    return new CatalogueFormatException(HEADER.get(k) + ": " + problem, null, f.value(), f.line(), f.column(),
        null);
  }

  /**
   * Writes a catalogue: the header, then one record a procedure, CRLF line ends.
   *
   * @param catalogue the catalogue
   * @return the CSV text
   * @throws IllegalArgumentException if a procedure's processing time fixes a working-day convention, which
   *     the CSV columns cannot say (write JSON instead)
   */
  public static String write(ProcedureCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    StringBuilder sb = new StringBuilder(Rfc4180.line(HEADER));
    for (Procedure p : catalogue.procedures()) {
      ProcessingTime t = p.processingTime();
      if (t.convention().isPresent()) {
        throw new IllegalArgumentException("Procedure " + p.code() + " fixes the working-day convention "
            + t.convention().get() + ", which the CSV columns cannot say; write JSON instead");
      }
      sb.append(Rfc4180.line(List.of(p.code(), p.name(), p.field().code(), p.field().name(),
          p.competentAgency().code(), p.competentAgency().name(), t.kind().name(),
          t.kind() == ProcessingTime.Kind.SAME_DAY ? "" : Integer.toString(t.amount()),
          Boolean.toString(p.saturdayReception()))));
    }
    return sb.toString();
  }
}
