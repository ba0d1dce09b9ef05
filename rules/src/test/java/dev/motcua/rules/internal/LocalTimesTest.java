package dev.motcua.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.motcua.testkit.Property;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTimesTest {

  // Asia/Ho_Chi_Minh's offset changed eight times up to 1975; Los Angeles has recurring rules (no fast path).
  @ParameterizedTest
  @ValueSource(strings = {"Asia/Ho_Chi_Minh", "Asia/Saigon", "UTC", "+07:00", "America/Los_Angeles", "Asia/Kolkata"})
  void local_isLocalDateTimeOfInstant(String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    LocalTimes times = new LocalTimes(zone);
    Property.forAll("LocalTimes.local = LocalDateTime.ofInstant in " + zoneName, LocalTimesTest::instant)
        .trials(20_000)
        .verify(at -> {
          assertEquals(LocalDateTime.ofInstant(at, zone), times.local(at), at::toString);
          // asked again, and for a copy of the instant
          assertEquals(LocalDateTime.ofInstant(at, zone), times.local(Instant.ofEpochSecond(at.getEpochSecond(),
              at.getNano())), at::toString);
        });
  }

  private static Instant instant(Random r) {
    return switch (r.nextInt(4)) {
      // around the last transitions of Vietnam's zone (1975) and a day's edges
      case 0 -> Instant.parse("1975-06-13T16:00:00Z").plusSeconds(r.nextInt(200_000) - 100_000);
      case 1 -> Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * r.nextInt(3_000))
          .plusSeconds(r.nextBoolean() ? 61_200 - r.nextInt(3) : r.nextInt(86_400)).plusNanos(r.nextInt(3) * 999_999_999L / 2);
      case 2 -> Instant.ofEpochSecond(r.nextLong() % 200_000_000_000L, r.nextInt(1_000_000_000));
      default -> Instant.ofEpochSecond(-2_000_000_000L + (long) (r.nextDouble() * 4_000_000_000L));
    };
  }

  // The other way, in gaps and overlaps too (Los Angeles's summer time, Vietnam's changes up to 1975).
  @ParameterizedTest
  @ValueSource(strings = {"Asia/Ho_Chi_Minh", "UTC", "+07:00", "America/Los_Angeles"})
  void instant_isAtZone(String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    LocalTimes times = new LocalTimes(zone);
    Property.forAll("LocalTimes.instant = atZone in " + zoneName, r -> LocalDateTime.of(1940 + r.nextInt(200),
            1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60)))
        .trials(20_000)
        .verify(t -> {
          Instant expected = t.atZone(zone).toInstant();
          int second = t.toLocalTime().toSecondOfDay();
          assertEquals(expected, times.instant(t.toLocalDate(), second), t::toString);
          assertEquals(expected, times.instant(t.toLocalDate().toEpochDay(), second), () -> "epoch day of " + t);
        });
  }

  @org.junit.jupiter.api.Test
  void toMinute_isTruncatedToMinutes() {
    Property.forAll("toMinute = truncatedTo(MINUTES)", r -> LocalDateTime.of(2000 + r.nextInt(300), 1 + r.nextInt(12),
            1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextBoolean() ? 0 : r.nextInt(60),
            r.nextBoolean() ? 0 : r.nextInt(1_000_000_000)))
        .trials(5_000)
        .verify(t -> assertEquals(t.truncatedTo(java.time.temporal.ChronoUnit.MINUTES), LocalTimes.toMinute(t)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Ho_Chi_Minh", "+07:00"})
  void local_beyondLocalDateTime_throwsAsJavaTime(String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    LocalTimes times = new LocalTimes(zone);
    assertThrows(DateTimeException.class, () -> times.local(Instant.MAX));
    assertThrows(DateTimeException.class, () -> times.local(Instant.MIN));
    assertEquals(LocalDateTime.ofInstant(Instant.EPOCH, zone), times.local(Instant.EPOCH));
  }
}
