package dev.motcua.rules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.calendar.WorkingDayConvention;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.instrument.SettingsFormatException;
import dev.motcua.rules.instrument.SupplementScope;
import dev.motcua.testkit.Property;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Regulation settings from and to JSON ({@code motcua-settings/1}). */
class RegulationSettingsJsonTest {

  private static Map<LegalInstrument, RegulationSettings> read(String s) {
    return RegulationSettingsJson.read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void read_allThenInstrument_instrumentOverridesAll() {
    Map<LegalInstrument, RegulationSettings> s = read("""
        {"format":"motcua-settings/1",
         "all":{"transferCutoff":"14:30","disabledRules":["RECEIPT_OUTSIDE_RECEPTION_HOURS"],"maxReschedules":2},
         "instruments":{"DECREE_118_2025":{"maxReschedules":3,"nextDayTransferWindow":"PT2H",
           "convention":"EIGHT_HOURS_PER_DAY","supplementScope":"PER_DOSSIER",
           "centreRegulation":{"vi":"Quyết định 1/QĐ-UBND","en":"Decision 1/QD-UBND"}}}}
        """);
    RegulationSettings d61 = s.get(LegalInstrument.DECREE_61_2018);
    RegulationSettings d118 = s.get(LegalInstrument.DECREE_118_2025);
    assertEquals(LocalTime.of(14, 30), d61.transferCutoff());
    assertEquals(2, d61.maxReschedules());
    assertEquals(Set.of(RegulationCode.RECEIPT_OUTSIDE_RECEPTION_HOURS), d61.disabledRules());
    assertEquals(Duration.ofHours(4), d61.nextDayTransferWindow()); // the legal default stays
    assertEquals(3, d118.maxReschedules());
    assertEquals(LocalTime.of(14, 30), d118.transferCutoff());
    assertEquals(Duration.ofHours(2), d118.nextDayTransferWindow());
    assertEquals(WorkingDayConvention.EIGHT_HOURS_PER_DAY, d118.convention().orElseThrow());
    assertEquals(SupplementScope.PER_DOSSIER, d118.supplementScope());
    assertEquals(LegalBasis.of("Quyết định 1/QĐ-UBND", "Decision 1/QD-UBND"), d118.centreRegulation());
  }

  @Test
  void read_formatOnly_isTheDefaults() {
    read("{\"format\":\"motcua-settings/1\"}").values()
        .forEach(v -> assertEquals(RegulationSettings.defaults(), v));
  }

  @Test
  void names_everyAttributeOfRegulationSettings() {
    // the reader finds the attributes itself: a new attribute needs no change in it
    assertTrue(RegulationSettingsJson.names().containsAll(Set.of("supplementScope", "maxIntakeNotices",
        "maxSupplementRequests", "supplementNoticeWorkingDays", "transferCutoff", "nextDayTransferWindow",
        "rescheduleMinLeadDays", "maxReschedules", "centreRegulation", "convention", "disabledRules")),
        RegulationSettingsJson.names().toString());
  }

  static Stream<Arguments> data_bad() {
    String f = "{\"format\":\"motcua-settings/1\",\n";
    return Stream.of(
        // a name RegulationSettings does not have
        Arguments.of(f + "\"all\":{\"maxRescheduls\":2}}", "$.all.maxRescheduls", "unknown setting", 2),
        // below the legal range checked by RegulationSettings
        Arguments.of(f + "\"instruments\":{\"DECREE_61_2018\":{\"maxReschedules\":0}}}",
            "$.instruments.DECREE_61_2018.maxReschedules", "at least 1", 2),
        Arguments.of(f + "\"all\":{\"maxReschedules\":0}}", "$.all.maxReschedules", "at least 1", 2),
        // wrong types and forms
        Arguments.of(f + "\"all\":{\"maxReschedules\":\"2\"}}", "$.all.maxReschedules", "integer", 2),
        Arguments.of(f + "\"all\":{\"transferCutoff\":\"3pm\"}}", "$.all.transferCutoff", "HH:mm", 2),
        Arguments.of(f + "\"all\":{\"nextDayTransferWindow\":\"4h\"}}", "$.all.nextDayTransferWindow", "ISO-8601",
            2),
        Arguments.of(f + "\"all\":{\"supplementScope\":\"PER_UNIT\"}}", "$.all.supplementScope", "PER_AGENCY", 2),
        Arguments.of(f + "\"all\":{\"disabledRules\":[\"TRANSFER_LATE\",\"EVENT_NOT_PERMITTED\"]}}",
            "$.all.disabledRules[1]", "unknown rule code", 2),
        Arguments.of(f + "\"instruments\":{\"DECREE_99\":{}}}", "$.instruments.DECREE_99", "unknown instrument", 2),
        Arguments.of("{\"all\":{}}", "$.format", "missing field", 1),
        Arguments.of(f + "\"extra\":1}", "$.extra", "unknown field", 2));
  }

  @ParameterizedTest
  @MethodSource("data_bad")
  void read_malformed_namesPathValueAndLine(String text, String path, String problem, int line) {
    SettingsFormatException e = assertThrows(SettingsFormatException.class, () -> read(text));
    assertEquals(path, e.path().orElseThrow(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertEquals(line, e.line().orElseThrow(), e.getMessage());
  }

  static RegulationSettings random(Random r) {
    RegulationSettings.Builder b = RegulationSettings.builder();
    if (r.nextBoolean()) {
      b.maxReschedules(1 + r.nextInt(5));
    }
    if (r.nextBoolean()) {
      b.transferCutoff(LocalTime.of(r.nextInt(24), r.nextInt(60)));
    }
    if (r.nextBoolean()) {
      b.nextDayTransferWindow(Duration.ofMinutes(1 + r.nextInt(600)));
    }
    if (r.nextBoolean()) {
      b.convention(WorkingDayConvention.values()[r.nextInt(WorkingDayConvention.values().length)]);
    }
    if (r.nextBoolean()) {
      b.supplementScope(SupplementScope.values()[r.nextInt(SupplementScope.values().length)]);
    }
    if (r.nextBoolean()) {
      b.rescheduleMinLeadDays(r.nextInt(4)).maxIntakeNotices(1 + r.nextInt(3)).maxSupplementRequests(1 + r.nextInt(3))
          .supplementNoticeWorkingDays(1 + r.nextInt(9));
    }
    if (r.nextBoolean()) {
      b.centreRegulation(LegalBasis.of("Quyết định " + r.nextInt(999) + "/QĐ-UBND", "Decision \"" + r.nextInt(9)));
    }
    for (RegulationCode c : RegulationCode.values()) {
      if (r.nextInt(4) == 0) {
        b.disable(c);
      }
    }
    return b.build();
  }

  @Test
  void write_read_roundTrips() {
    Property.forAll("settings round trip", r -> {
      Map<LegalInstrument, RegulationSettings> m = new EnumMap<>(LegalInstrument.class);
      for (LegalInstrument i : LegalInstrument.values()) {
        m.put(i, random(r));
      }
      return m;
    }).trials(300).verify(m -> assertEquals(m, read(RegulationSettingsJson.write(m)), "settings " + m));
  }
}
