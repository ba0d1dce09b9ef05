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
    assertThrows(DossierCodeParseException.class, () -> DossierCode.of("H05", d, 1));
  }

  @Test
  void isAgencyIdentifier_forms() {
    assertTrue(DossierCode.isAgencyIdentifier("000.00.15.H05"));
    assertTrue(DossierCode.isAgencyIdentifier("G01.A2.00.G07")); // letters allowed in V, Z, Y [inferred]
    assertFalse(DossierCode.isAgencyIdentifier("000.00.15.505"));
    assertFalse(DossierCode.isAgencyIdentifier("000.00.15.H05.1"));
  }

  @Test
  void compareTo_ordersByAgencyDateSequence() {
    DossierCode a = DossierCode.parse("000.00.15.H05-181023-0002");
    DossierCode b = DossierCode.parse("000.00.15.H05-181024-0001");
    DossierCode c = DossierCode.parse("000.00.16.H05-170101-0001");
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(c) < 0);
  }
}
