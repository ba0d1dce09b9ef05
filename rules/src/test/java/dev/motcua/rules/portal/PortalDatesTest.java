package dev.motcua.rules.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.json.JsonFormatException;
import dev.motcua.testkit.Property;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalDatesTest {
  private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  // Any 14 digits: valid ones read as java.time reads them in the zone (before and after Vietnam's last
  // offset change in 1975, and in a zone with summer time), invalid ones (30 February, 24:00) are errors.
  @ParameterizedTest
  @ValueSource(strings = {"Asia/Ho_Chi_Minh", "UTC", "America/Los_Angeles"})
  void parse_isJavaTimeInTheZone(String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    PortalDates dates = new PortalDates(zone);
    Property.forAll("PortalDates.parse in " + zoneName, r -> String.format("%04d%02d%02d%02d%02d%02d",
            1900 + r.nextInt(200), 1 + r.nextInt(12), 1 + r.nextInt(r.nextInt(10) == 0 ? 35 : 28),
            r.nextInt(r.nextInt(20) == 0 ? 30 : 24), r.nextInt(60), r.nextInt(r.nextInt(20) == 0 ? 70 : 60)))
        .trials(20_000)
        .verify(text -> {
          Instant expected;
          try {
            expected = LocalDateTime.parse(text, FORM.withResolverStyle(java.time.format.ResolverStyle.STRICT))
                .atZone(zone).toInstant();
          } catch (DateTimeException e) {
            expected = null;
          }
          if (expected == null) {
            JsonFormatException e = assertThrows(JsonFormatException.class, () -> dates.parse(text, "$[0]", "NgayHenTra"));
            assertEquals(Optional.of("$[0].NgayHenTra"), e.path());
            assertEquals(null, dates.parseOrNull(text));
          } else {
            assertEquals(Optional.of(expected), dates.parse(text, "$[0]", "NgayHenTra"), text);
            assertEquals(expected, dates.parseOrNull(text), text);
          }
        });
  }

  @org.junit.jupiter.api.Test
  void parse_emptyOrMissing_isEmpty_malformed_isError() {
    PortalDates dates = new PortalDates(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertEquals(Optional.empty(), dates.parse("", "$[0]", "NgayTra"));
    assertEquals(Optional.empty(), dates.parse(null, "$[0]", "NgayTra"));
    for (String bad : new String[] {"2026021308000", "2026-02-13T08", "20260213０80000", " 20260213080000"}) {
      assertTrue(assertThrows(JsonFormatException.class, () -> dates.parse(bad, "$[0]", "NgayTra")).getMessage()
          .contains("yyyyMMddHHmmss"), bad);
    }
  }
}
