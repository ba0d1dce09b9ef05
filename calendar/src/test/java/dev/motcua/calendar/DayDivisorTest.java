package dev.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.motcua.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link DayDivisor} against {@link Math#floorDiv}: seeded random dividends over the whole allowed range, biased
 * to exact multiples of the day and their neighbours (where a reciprocal's estimate is off by one), for day
 * lengths of working calendars, powers of two and random lengths; seeded by the project's harness.
 */
class DayDivisorTest {

  /** A dividend and a day length. */
  record Division(long x, long day) {}

  @Test
  void floor_randomDividends_equalsFloorDiv() {
    long minute = 60_000_000_000L;
    long[] fixed = {4, 5, 7, 8, 480 * minute, 240 * minute, 510 * minute, 1L << 40, 1L << 45, (1L << 61) - 1};
    Property.forAll("DayDivisor", r -> {
      long day = switch (r.nextInt(3)) {
        case 0 -> fixed[r.nextInt(fixed.length)];
        case 1 -> 1L << (2 + r.nextInt(59));
        default -> 4 + (r.nextLong() >>> (3 + r.nextInt(60)));
      };
      long x;
      if (r.nextBoolean()) {
        long k = r.nextLong() % (DayDivisor.MAX_DIVIDEND / day);
        x = k * day + (r.nextInt(3) - 1);
      } else {
        x = r.nextLong() % DayDivisor.MAX_DIVIDEND;
      }
      return new Division(x, day);
    }).trials(200_000).verify(c -> {
      if (Math.abs(c.x()) > DayDivisor.MAX_DIVIDEND - 1) {
        return;
      }
      DayDivisor divisor = new DayDivisor(c.day());
      assertEquals(Math.floorDiv(c.x(), c.day()), divisor.floor(c.x()));
      assertEquals(Math.floorDiv(c.x() - 1, c.day()), divisor.ceilMinusOne(c.x()));
    });
  }

  @Test
  void floor_extremes() {
    DayDivisor eightHours = new DayDivisor(480 * 60_000_000_000L);
    for (long x : new long[] {DayDivisor.MAX_DIVIDEND - 1, -DayDivisor.MAX_DIVIDEND + 1, 0, 1, -1,
        eightHours.day(), -eightHours.day()}) {
      assertEquals(Math.floorDiv(x, eightHours.day()), eightHours.floor(x), "x " + x);
    }
    assertThrows(IllegalArgumentException.class, () -> new DayDivisor(3));
    assertThrows(IllegalArgumentException.class, () -> new DayDivisor(DayDivisor.MAX_DIVIDEND));
  }
}
