package dev.motcua.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.motcua.testkit.Property;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Law: {@link OffsetInstants#parse} accepts exactly the texts {@code ISO_OFFSET_DATE_TIME} accepts, as the same instants. */
class OffsetInstantsPropertyTest {
  private static final String CHARS = "0123456789-+:TtZz. ";

  private static Instant formatter(String s) {
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A written date-time, any offset, then up to three characters changed: near-valid texts of every kind. */
  private static String nearlyWritten(Random r) {
    int offsetMinutes = (r.nextInt(37) - 18) * 60 + (r.nextInt(4) == 0 ? r.nextInt(60) : 0);
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(Math.max(-64_800, Math.min(64_800, offsetMinutes * 60)));
    Instant at = Instant.ofEpochSecond(r.nextLong(-62_135_596_800L, 253_402_300_799L));
    StringBuilder s = new StringBuilder(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(offset).withNano(0)));
    for (int k = r.nextInt(4); k > 0; k--) {
      s.setCharAt(r.nextInt(s.length()), CHARS.charAt(r.nextInt(CHARS.length())));
    }
    return s.toString();
  }

  /** The hand reader on the text placed inside a larger buffer, as the parser hands its characters over. */
  private static Instant written(String s) {
    char[] buffer = ("\"x\":\"" + s + "\"}").toCharArray();
    return OffsetInstants.parseWritten(buffer, 5, s.length());
  }

  @Test
  void parseWritten_insideABuffer_sameAsParse() {
    Property.forAll("hand reader at an offset", OffsetInstantsPropertyTest::nearlyWritten).trials(50_000)
        .verify(s -> {
          Instant w = written(s);
          if (w != null) {
            assertEquals(formatter(s), w, s);
          }
        });
  }

  @Test
  void parse_nearlyWrittenTexts_sameAsFormatter() {
    Property.forAll("offset instants as the formatter", OffsetInstantsPropertyTest::nearlyWritten).trials(200_000)
        .verify(s -> assertEquals(formatter(s), OffsetInstants.parse(s), s));
  }

  @Test
  void parseWritten_writtenForms_readByHand() {
    // The forms EventJsonFormat writes: UTC as Z, a zone's offset as ±HH:MM.
    assertNotNull(written("2026-02-13T16:30:00+07:00"));
    assertNotNull(written("2026-02-13T09:30:00Z"));
    assertEquals(Instant.parse("2026-02-13T09:30:00Z"), written("2026-02-13T16:30:00+07:00"));
    assertEquals(Instant.parse("2024-02-29T23:59:59Z"), written("2024-02-29T23:59:59Z"));
    // Left to the formatter: a fraction, no seconds, lower case, an impossible day.
    assertEquals(null, written("2026-02-13T16:30:00.5+07:00"));
    assertEquals(null, written("2026-02-13T16:30+07:00"));
    assertEquals(null, written("2026-02-13t16:30:00z"));
    assertEquals(null, written("2023-02-29T16:30:00Z"));
    assertEquals(formatter("2026-02-13t16:30z"), OffsetInstants.parse("2026-02-13t16:30z"));
    assertEquals(formatter("2026-02-13T16:30:00.123456789-03:30"), OffsetInstants.parse("2026-02-13T16:30:00.123456789-03:30"));
  }
}
