package dev.motcua.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of reporting periods (Decree 09/2019/NĐ-CP Art 12). */
class ReportPeriodPropertyTest {

  static ReportPeriod randomPeriod(Random r) {
    int year = 1 + r.nextInt(9999);
    switch (r.nextInt(6)) {
      case 0:
        return ReportPeriod.monthly(YearMonth.of(year, 1 + r.nextInt(12)));
      case 1:
        return ReportPeriod.quarterly(year, 1 + r.nextInt(4));
      case 2:
        return ReportPeriod.firstHalf(year);
      case 3:
        return ReportPeriod.secondHalf(year);
      case 4:
        return ReportPeriod.annual(year);
      default:
        LocalDate start = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
        LocalDate end = start.plusDays(r.nextInt(400));
        return end.getYear() > 9999 ? ReportPeriod.custom(start, start) : ReportPeriod.custom(start, end);
    }
  }

  @Test
  void parse_toString_roundTrips() {
    long seed = Property.seed("period round trip", 11L);
    Random random = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      ReportPeriod p = randomPeriod(random);
      assertEquals(p, ReportPeriod.parse(p.toString()), "seed " + seed + ", period " + p);
      assertEquals(p.toString(), ReportPeriod.parse(p.toString()).toString());
    }
  }

  @Test
  void monthly_consecutiveMonths_tileWithoutGapOrOverlap() {
    long seed = Property.seed("months tile", 12L);
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      YearMonth m = YearMonth.of(2 + random.nextInt(9997), 1 + random.nextInt(12));
      ReportPeriod p = ReportPeriod.monthly(m);
      assertEquals(p.end(), ReportPeriod.monthly(m.plusMonths(1)).start(), "seed " + seed + ", month " + m);
      assertEquals(15, p.startDate().getDayOfMonth());
      assertEquals(14, p.endDateInclusive().getDayOfMonth());
      assertTrue(p.contains(p.start()) && !p.contains(p.end()));
    }
  }

  @Test
  void standardPeriods_composeFromMonths() {
    long seed = Property.seed("periods compose", 13L);
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      int year = 2 + random.nextInt(9997);
      int q = 1 + random.nextInt(4);
      ReportPeriod quarter = ReportPeriod.quarterly(year, q);
      String context = "seed " + seed + ", " + quarter;
      assertEquals(ReportPeriod.monthly(YearMonth.of(year, 3 * q - 2)).start(), quarter.start(), context);
      assertEquals(ReportPeriod.monthly(YearMonth.of(year, 3 * q)).end(), quarter.end(), context);
      assertEquals(ReportPeriod.quarterly(year, 1).start(), ReportPeriod.firstHalf(year).start(), context);
      assertEquals(ReportPeriod.quarterly(year, 2).end(), ReportPeriod.secondHalf(year).start(), context);
      assertEquals(ReportPeriod.firstHalf(year).start(), ReportPeriod.annual(year).start(), context);
      assertEquals(ReportPeriod.secondHalf(year).end(), ReportPeriod.annual(year).end(), context);
      assertEquals(ReportPeriod.annual(year - 1).end(), ReportPeriod.annual(year).start(), context);
    }
  }
}
