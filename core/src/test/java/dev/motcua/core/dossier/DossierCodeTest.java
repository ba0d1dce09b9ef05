package dev.motcua.core.dossier;

import dev.motcua.format.MalformedInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DossierCodeTest {

  @Test
  void parse_designExample_givesParts() {
    // DESIGN §5 example: unit 000.00.15.H05, received Tue 2018-10-23, first receipt of the day.
    DossierCode code = DossierCode.parse("000.00.15.H05-181023-0001");
    assertEquals("000.00.15.H05", code.agencyId());
    assertEquals(LocalDate.of(2018, 10, 23), code.date());
    assertEquals(1, code.sequence());
    assertEquals("000.00.15.H05-181023-0001", code.toString());
  }

  @Test
  void of_parts_formatsCanonically() {
    DossierCode code = DossierCode.of("000.00.15.H05", LocalDate.of(2026, 2, 13), 42);
    assertEquals("000.00.15.H05-260213-0042", code.toString());
    assertEquals(code, DossierCode.parse(code.toString()));
    assertEquals(code.hashCode(), DossierCode.parse(code.toString()).hashCode());
  }

  static Stream<Arguments> data_malformed() {
    return Stream.of(
        Arguments.of("", 0), // empty: first V position
        Arguments.of("000.00.15.h05-181023-0001", 10), // M must be an upper-case letter (Circular 10/2016 form)
        Arguments.of("000.00.15.HX5-181023-0001", 11), // X1 must be a digit
        Arguments.of("000-00.15.H05-181023-0001", 3), // dot after V1V2V3
        Arguments.of("000.00.15.H05/181023-0001", 13), // separator before the date
        Arguments.of("000.00.15.H05-18102a-0001", 19), // date digits
        Arguments.of("000.00.15.H05-181323-0001", 14), // month 13: error at the date's start
        Arguments.of("000.00.15.H05-180230-0001", 14), // 30 February
        Arguments.of("000.00.15.H05-181023-0000", 21), // sequence 0 (must be 1–9999, DESIGN §5)
        Arguments.of("000.00.15.H05-181023-001", 24), // too short
        Arguments.of("000.00.15.H05-181023-00012", 25)); // trailing text
  }

  @ParameterizedTest(name = "{0} → index {1}")
  @MethodSource("data_malformed")
  void parse_malformed_errorIndexAndValueInMessage(String text, int index) {
    DossierCodeParseException e = assertThrows(DossierCodeParseException.class, () -> DossierCode.parse(text));
    assertEquals(index, e.getErrorIndex(), e.getMessage());
    assertEquals(text, e.getParsedString());
    assertTrue(e.getMessage().contains(MalformedInputException.quote(text)), e.getMessage());
    assertTrue(e.getMessage().contains("index " + index), e.getMessage());
    assertEquals(java.util.Optional.of(MalformedInputException.quote(text)), e.value());
    assertEquals(java.util.OptionalInt.of(index + 1), e.column());
  }

  @Test
  void parse_hostileInput_valueBoundedAndEscaped() {
    // A megabyte of input with a control character: the message stays short and printable.
    String hostile = "\u0000" + "9".repeat(1_000_000);
    DossierCodeParseException e = assertThrows(DossierCodeParseException.class, () -> DossierCode.parse(hostile));
    assertTrue(e.getMessage().length() < 400, e.getMessage());
    assertTrue(e.getMessage().contains("\\u0000"), e.getMessage());
  }

  @Test
  void of_sequenceOutOfRange_throws() {
    LocalDate d = LocalDate.of(2026, 2, 13);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DossierCode.of("000.00.15.H05", d, 10000));
    assertTrue(e.getMessage().contains("10000"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DossierCode.of("000.00.15.H05", d, 0));
    assertThrows(IllegalArgumentException.class, () -> DossierCode.of("000.00.15.H05", LocalDate.of(1999, 12, 31), 1));
    assertThrows(DossierCodeParseException.class, () -> DossierCode.of("000.00.15.H05X", d, 1));
    assertThrows(DossierCodeParseException.class, () -> DossierCode.of("505", d, 1));
    assertThrows(DossierCodeParseException.class, () -> DossierCode.of("H05..01", d, 1));
  }

  @Test
  void isAgencyIdentifier_forms() {
    assertTrue(DossierCode.isAgencyIdentifier("000.00.15.H05"));
    assertTrue(DossierCode.isAgencyIdentifier("G01.A2.00.G07")); // letters allowed in V, Z, Y [inferred]
    assertFalse(DossierCode.isAgencyIdentifier("000.00.15.505"));
    assertFalse(DossierCode.isAgencyIdentifier("000.00.15.H05.1"));
    // Decision 20/2020/QĐ-TTg electronic identifiers: level 1 MX1X2 first, M a letter A–Y, at most 35 characters.
    assertTrue(DossierCode.isAgencyIdentifier("H56"));
    assertTrue(DossierCode.isAgencyIdentifier("H56.01.10"));
    assertTrue(DossierCode.isAgencyIdentifier("G01.105.20"));
    assertFalse(DossierCode.isAgencyIdentifier("Z01.105.20")); // M is A–Y
    assertFalse(DossierCode.isAgencyIdentifier("H5.01"));
    assertFalse(DossierCode.isAgencyIdentifier("H56.01."));
    assertFalse(DossierCode.isAgencyIdentifier("H56." + "1".repeat(32))); // 36 characters
  }

  @Test
  void compareTo_ordersByAgencyDateSequence() {
    DossierCode a = DossierCode.parse("000.00.15.H05-181023-0002");
    DossierCode b = DossierCode.parse("000.00.15.H05-181024-0001");
    DossierCode c = DossierCode.parse("000.00.16.H05-170101-0001");
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(c) < 0);
  }

  // Decree 118/2025 Art 28(2): "a) Mã định danh của cơ quan có thẩm quyền giải quyết thủ tục hành chính …
  // b) Dãy số tự nhiên gồm ngày, tháng, năm tiếp nhận, số thứ tự hồ sơ tiếp nhận trong ngày."
  // Circular 03/2025 Art 13(3): MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX, "tối thiểu gồm 04 ký tự".
  static Stream<Arguments> data_layouts() {
    return Stream.of(
        Arguments.of("000.00.15.H05-260302-0001", DossierCode.Layout.RECEIVING_UNIT_2018, "000.00.15.H05", -1, 1),
        Arguments.of("H56.01.10-260302-0001", DossierCode.Layout.RESOLVING_AGENCY_2025, "H56.01.10", -1, 1),
        Arguments.of("H56.01.10-260302-12345", DossierCode.Layout.RESOLVING_AGENCY_2025, "H56.01.10", -1, 12345),
        Arguments.of("H56-260302-0007", DossierCode.Layout.RESOLVING_AGENCY_2025, "H56", -1, 7),
        Arguments.of("G01.105.20-260302-120001", DossierCode.Layout.CENTRALISED_SYSTEM_2026, "G01.105.20", 12, 1),
        Arguments.of("G01.105.20-260302-0042", DossierCode.Layout.RESOLVING_AGENCY_2025, "G01.105.20", -1, 42));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("data_layouts")
  void parse_bothLayouts_partsAndRoundTrip(String text, DossierCode.Layout layout, String agency, int system, int seq) {
    DossierCode code = DossierCode.parse(text);
    assertEquals(layout, code.layout());
    assertEquals(agency, code.agencyId());
    assertEquals(LocalDate.of(2026, 3, 2), code.date());
    assertEquals(system < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(system), code.systemCode());
    assertEquals(seq, code.sequence());
    assertEquals(text, code.toString());
    assertEquals(code, DossierCode.parse(code.toString()));
  }

  @Test
  void parse_issueCounterExamples_rejected() {
    // Three-digit sequence under the 2025 layout; 30 February under the 2018 one.
    DossierCodeParseException shortSeq =
        assertThrows(DossierCodeParseException.class, () -> DossierCode.parse("H56.01.10-260302-001"));
    assertTrue(shortSeq.getMessage().contains("at least 4 digits"), shortSeq.getMessage());
    assertEquals(20, shortSeq.getErrorIndex());
    DossierCodeParseException feb30 =
        assertThrows(DossierCodeParseException.class, () -> DossierCode.parse("000.00.15.H05-260230-0001"));
    assertTrue(feb30.getMessage().contains("invalid date '260230'"), feb30.getMessage());
    assertThrows(DossierCodeParseException.class, () -> DossierCode.parse("H56.01.10-260302-00x1"));
    assertThrows(DossierCodeParseException.class, () -> DossierCode.parse("H56.01.10-260302-0000"));
    assertThrows(DossierCodeParseException.class, () -> DossierCode.parse("H56.01.10-260302-" + "1".repeat(40)));
    assertThrows(DossierCodeParseException.class, () -> DossierCode.parse("H" + "5".repeat(100)));
  }

  @Test
  void centuryOfReceipt_2100RoundTrips() {
    // A receipt on 5/1/2100 (inside the calendar's range) writes 000105 and reads back in its own century.
    DossierCode code = DossierCode.of("H56.01.10", LocalDate.of(2100, 1, 5), 3);
    assertEquals("H56.01.10-000105-0003", code.toString());
    assertEquals(LocalDate.of(2000, 1, 5), DossierCode.parse(code.toString()).date());
    assertEquals(code, DossierCode.parse(code.toString(), LocalDate.of(2100, 1, 5)));
    assertEquals(LocalDate.of(2099, 12, 31), DossierCode.parse("H56-991231-0001", LocalDate.of(2100, 1, 1)).date());
    assertEquals(LocalDate.of(2026, 3, 2), DossierCode.parse("H56-260302-0001", LocalDate.of(2026, 3, 2)).date());
  }

  @Test
  void centralised_partsValidated() {
    DossierCode code = DossierCode.centralised("G01.105.20", LocalDate.of(2026, 3, 2), 12, 1);
    assertEquals("G01.105.20-260302-120001", code.toString());
    assertEquals(code, DossierCode.parse(code.toString()));
    assertThrows(DossierCodeParseException.class, () -> DossierCode.centralised("H56.01.10", LocalDate.of(2026, 3, 2), 12, 1));
    assertThrows(IllegalArgumentException.class, () -> DossierCode.centralised("G01.105.20", LocalDate.of(2026, 3, 2), 100, 1));
    // A six-digit number after MX1X2.Y1Y2Y3.Z1Z2 reads as AA + XXXX, so of() refuses to write one.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DossierCode.of("G01.105.20", LocalDate.of(2026, 3, 2), 100_000));
    assertTrue(e.getMessage().contains("centralised"), e.getMessage());
  }

  @Test
  void parse_seededRandomCodes_roundTrip() {
    java.util.Random rnd = new java.util.Random(Long.getLong("motcua.seed", 11L));
    String[] agencies = {"000.00.15.H05", "H56.01.10", "G01.105.20", "A01", "K12.3.45.678"};
    for (int i = 0; i < 5_000; i++) {
      String agency = agencies[rnd.nextInt(agencies.length)];
      LocalDate date = LocalDate.of(2000, 1, 1).plusDays(rnd.nextInt(365 * 300));
      boolean legacy = agency.length() == 13;
      DossierCode code = !legacy && agency.length() == 10 && rnd.nextBoolean()
          ? DossierCode.centralised(agency, date, rnd.nextInt(100), 1 + rnd.nextInt(999_999))
          : DossierCode.of(agency, date, 1 + rnd.nextInt(legacy ? 9999 : agency.length() == 10 ? 99_999 : 999_999));
      assertEquals(code, DossierCode.parse(code.toString(), date), code.toString());
    }
  }
}
