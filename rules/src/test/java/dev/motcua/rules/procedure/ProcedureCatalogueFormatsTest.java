package dev.motcua.rules.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingDayConvention;
import dev.motcua.rules.json.ProcedureCatalogueJson;
import dev.motcua.testkit.Property;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Procedure catalogues from and to JSON ({@code motcua-procedures/1}) and CSV (RFC 4180). */
class ProcedureCatalogueFormatsTest {

  // The issue's example: construction permit 1.004227, 15 working days.
  private static final String JSON = """
      {"format":"motcua-procedures/1","procedures":[
        {"code":"1.004227","name":"Cấp giấy phép xây dựng","field":{"code":"G12","name":"Xây dựng"},
         "agency":{"code":"000.01.15.H05","name":"Sở Xây dựng"},
         "processingTime":{"unit":"WORKING_DAYS","amount":15},"saturdayReception":false},
        {"code":"2.000908","name":"Chứng thực bản sao","field":{"code":"TP","name":"Tư pháp"},
         "agency":{"code":"000.03.15.H05","name":"Sở Tư pháp"},
         "processingTime":{"unit":"SAME_DAY"}}]}
      """;

  private static final String HEADER =
      "code,name,field_code,field_name,agency_code,agency_name,time_unit,time_amount,saturday_reception\r\n";

  private static ProcedureCatalogue json(String s) {
    return ProcedureCatalogueJson.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static ProcedureCatalogue csv(String s) {
    return ProcedureCatalogueCsv.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static ProcedureCatalogue detected(String s) {
    return ProcedureCatalogueJson.readJsonOrCsv(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readJson_issueExample_readsEveryAttribute() {
    ProcedureCatalogue c = json(JSON);
    assertEquals(2, c.size());
    Procedure p = c.find("1.004227").orElseThrow();
    assertEquals("Cấp giấy phép xây dựng", p.name());
    assertEquals(Field.of("G12", "Xây dựng"), p.field());
    assertEquals(Agency.of("000.01.15.H05", "Sở Xây dựng"), p.competentAgency());
    assertEquals(ProcessingTime.workingDays(15), p.processingTime());
    assertFalse(p.saturdayReception());
    assertEquals(ProcessingTime.sameDay(), c.find("2.000908").orElseThrow().processingTime());
  }

  @Test
  void readCsv_sameCatalogueAsJson() {
    String text = HEADER
        + "1.004227,Cấp giấy phép xây dựng,G12,Xây dựng,000.01.15.H05,Sở Xây dựng,WORKING_DAYS,15,false\r\n"
        + "2.000908,Chứng thực bản sao,TP,Tư pháp,000.03.15.H05,Sở Tư pháp,SAME_DAY,,false\r\n";
    assertEquals(json(JSON).procedures(), csv(text).procedures());
    assertEquals(json(JSON).procedures(), detected(text).procedures());
    assertEquals(json(JSON).procedures(), detected("\uFEFF  " + JSON).procedures());
  }

  @Test
  void readCsv_quotedFieldsWithCommaQuoteAndLineBreak_areUnquoted() {
    ProcedureCatalogue c = csv(HEADER.replace("\r\n", "\n")
        + "X-1,\"Cấp, đổi \"\"giấy\"\"\nphép\",F,Field,A,Agency,WORKING_HOURS,4,true\n");
    Procedure p = c.find("X-1").orElseThrow();
    assertEquals("Cấp, đổi \"giấy\"\nphép", p.name());
    assertEquals(ProcessingTime.workingHours(4), p.processingTime());
    assertTrue(p.saturdayReception());
  }

  static Stream<Arguments> data_badJson() {
    return Stream.of(
        // the unit is not one of the four
        Arguments.of(JSON.replace("\"WORKING_DAYS\"", "\"WORKDAYS\""), "$.procedures[0].processingTime.unit",
            "unknown unit", 4),
        // zero and negative amounts
        Arguments.of(JSON.replace("\"amount\":15", "\"amount\":0"), "$.procedures[0].processingTime.amount",
            "positive integer", 4),
        Arguments.of(JSON.replace("\"amount\":15", "\"amount\":-3"), "$.procedures[0].processingTime.amount",
            "positive integer", 4),
        Arguments.of(JSON.replace("\"amount\":15", "\"amount\":1.5"), "$.procedures[0].processingTime.amount",
            "positive integer", 4),
        // SAME_DAY has no amount
        Arguments.of(JSON.replace("{\"unit\":\"SAME_DAY\"}", "{\"unit\":\"SAME_DAY\",\"amount\":1}"),
            "$.procedures[1].processingTime.amount", "no amount", 7),
        // the second procedure repeats the first's code
        Arguments.of(JSON.replace("2.000908", "1.004227"), "$.procedures[1].code", "duplicate code", 5),
        // unknown field, blank name, wrong format tag, missing agency
        Arguments.of(JSON.replace("\"saturdayReception\":false", "\"saturday\":false"),
            "$.procedures[0].saturday", "unknown field", 4),
        Arguments.of(JSON.replace("\"Cấp giấy phép xây dựng\"", "\" \""), "$.procedures[0].name", "blank", 2),
        Arguments.of(JSON.replace("motcua-procedures/1", "motcua-procedures/9"), "$.format", "unsupported", 1),
        Arguments.of(JSON.replace("\"agency\":{\"code\":\"000.03.15.H05\",\"name\":\"Sở Tư pháp\"},", ""),
            "$.procedures[1].agency", "missing field", 7),
        // not JSON at all after the start
        Arguments.of("{\"format\":", "$", "not well-formed JSON", 1));
  }

  @ParameterizedTest
  @MethodSource("data_badJson")
  void readJson_malformed_namesPathAndLine(String text, String path, String problem, int line) {
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> json(text));
    assertEquals(path, e.path().orElseThrow(), e.getMessage());
    assertTrue(e.problem().contains(problem), e.getMessage());
    assertEquals(line, e.line().orElseThrow(), e.getMessage());
    assertTrue(e.column().isPresent(), e.getMessage());
  }

  static Stream<Arguments> data_badCsv() {
    String ok = "A-1,Name,F,Field,AG,Agency,WORKING_DAYS,3,false\r\n";
    return Stream.of(
        // unknown unit, column 7 of line 2 (after "A-1,Name,F,Field,AG,Agency,")
        Arguments.of(HEADER + ok.replace("WORKING_DAYS", "DAYS"), "time_unit: unknown unit", 2, 28),
        // zero, negative and missing amounts
        Arguments.of(HEADER + ok.replace(",3,", ",0,"), "time_amount: expected a positive integer", 2, 41),
        Arguments.of(HEADER + ok.replace(",3,", ",-2,"), "time_amount: expected a positive integer", 2, 41),
        Arguments.of(HEADER + ok.replace(",3,", ",,"), "time_amount: expected a positive integer", 2, 41),
        Arguments.of(HEADER + ok.replace("WORKING_DAYS,3", "SAME_DAY,3"), "time_amount: must be empty", 2, 37),
        // the code of line 3 repeats line 2's
        Arguments.of(HEADER + ok + ok, "code: duplicate code, already on line 2", 3, 1),
        // a blank name, a wrong boolean, a short record
        Arguments.of(HEADER + ok.replace("Name", " "), "name: must not be blank", 2, 5),
        Arguments.of(HEADER + ok.replace("false", "no"), "saturday_reception: expected true or false", 2, 43),
        Arguments.of(HEADER + "A-1,Name\r\n", "expected 9 fields, found 2", 2, 1),
        // a wrong header, RFC 4180 violations, an empty file
        Arguments.of(HEADER.replace("time_unit", "unit") + ok, "expected the header", 1, 1),
        Arguments.of(HEADER + ok.replace("Name", "Na\"me"), "quote inside an unquoted field", 2, 7),
        Arguments.of(HEADER + ok.replace("Name", "\"Name\"x"), "text after the closing quote", 2, 11),
        Arguments.of(HEADER + ok.replace("Name", "\"Name"), "not closed", 2, 5),
        Arguments.of("", "empty file", 1, 1));
  }

  @ParameterizedTest
  @MethodSource("data_badCsv")
  void readCsv_malformed_namesColumnLineAndColumn(String text, String problem, int line, int column) {
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> csv(text));
    assertTrue(e.problem().contains(problem), e.getMessage());
    assertEquals(line, e.line().orElseThrow(), e.getMessage());
    assertEquals(column, e.column().orElseThrow(), e.getMessage());
  }

  @Test
  void readCsv_notUtf8_isAnError() {
    byte[] bytes = (HEADER + "A-1,N").getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    bad[bytes.length] = (byte) 0xff;
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
        () -> ProcedureCatalogueCsv.read(new ByteArrayInputStream(bad)));
    assertTrue(e.problem().contains("UTF-8"), e.getMessage());
    assertEquals(2, e.line().orElseThrow());
  }

  @Test
  void writeCsv_convention_isRefusedNamingTheProcedure() {
    ProcedureCatalogue c = ProcedureCatalogue.of(List.of(Procedure.builder().from(random(new Random(1), 0))
        .processingTime(ProcessingTime.workingDays(2, WorkingDayConvention.EIGHT_HOURS_PER_DAY)).build()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProcedureCatalogueCsv.write(c));
    assertTrue(e.getMessage().contains("P-0"), e.getMessage());
    assertEquals(c.procedures(), json(ProcedureCatalogueJson.write(c)).procedures());
  }

  private static final String ALPHABET = "aAđĐ ơ,\"\n\r;xyzỹ1.-";

  private static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    String s = sb.toString();
    return s.isBlank() ? s + "x" : s;
  }

  private static Procedure random(Random r, int i) {
    ProcessingTime t = switch (r.nextInt(4)) {
      case 0 -> ProcessingTime.workingDays(1 + r.nextInt(60));
      case 1 -> ProcessingTime.workingHours(1 + r.nextInt(100));
      case 2 -> ProcessingTime.calendarDays(1 + r.nextInt(90));
      default -> ProcessingTime.sameDay();
    };
    return Procedure.builder().code("P-" + i + (r.nextBoolean() ? text(r) : "")).name(text(r))
        .field(Field.of(text(r), text(r))).competentAgency(Agency.of(text(r), text(r))).processingTime(t)
        .saturdayReception(r.nextBoolean()).build();
  }

  static ProcedureCatalogue randomCatalogue(Random r) {
    List<Procedure> ps = new ArrayList<>();
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) {
      ps.add(random(r, i));
    }
    return ProcedureCatalogue.of(ps);
  }

  @Test
  void write_read_roundTripsInBothFormats() {
    Property.forAll("catalogue round trip", ProcedureCatalogueFormatsTest::randomCatalogue).trials(500).verify(c -> {
      assertEquals(c.procedures(), json(ProcedureCatalogueJson.write(c)).procedures(), "JSON of " + c.procedures());
      assertEquals(c.procedures(), csv(ProcedureCatalogueCsv.write(c)).procedures(), "CSV of " + c.procedures());
      assertEquals(c.procedures(), detected(ProcedureCatalogueCsv.write(c)).procedures());
      assertEquals(c.procedures(), detected(ProcedureCatalogueJson.write(c)).procedures());
    });
  }
}
