package dev.motcua.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.testkit.Property;
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
    Property.forAll("period round trip", ReportPeriodPropertyTest::randomPeriod).trials(5_000).verify(p -> {
      assertEquals(p, ReportPeriod.parse(p.toString()), "period " + p);
      assertEquals(p.toString(), ReportPeriod.parse(p.toString()).toString());
    });
  }

  @Test
  void monthly_consecutiveMonths_tileWithoutGapOrOverlap() {
    Property.forAll("months tile", r -> YearMonth.of(2 + r.nextInt(9997), 1 + r.nextInt(12))).trials(2_000).verify(m -> {
      ReportPeriod p = ReportPeriod.monthly(m);
      assertEquals(p.end(), ReportPeriod.monthly(m.plusMonths(1)).start(), "month " + m);
      assertEquals(15, p.startDate().getDayOfMonth());
      assertEquals(14, p.endDateInclusive().getDayOfMonth());
      assertTrue(p.contains(p.start()) && !p.contains(p.end()));
    });
  }

  /** A year and a quarter number. */
  record Quarter(int year, int q) {}

  @Test
  void standardPeriods_composeFromMonths() {
    Property.forAll("periods compose", r -> new Quarter(2 + r.nextInt(9997), 1 + r.nextInt(4))).trials(2_000).verify(yq -> {
      int year = yq.year();
      int q = yq.q();
      ReportPeriod quarter = ReportPeriod.quarterly(year, q);
      String context = quarter.toString();
      assertEquals(ReportPeriod.monthly(YearMonth.of(year, 3 * q - 2)).start(), quarter.start(), context);
      assertEquals(ReportPeriod.monthly(YearMonth.of(year, 3 * q)).end(), quarter.end(), context);
      assertEquals(ReportPeriod.quarterly(year, 1).start(), ReportPeriod.firstHalf(year).start(), context);
      assertEquals(ReportPeriod.quarterly(year, 2).end(), ReportPeriod.secondHalf(year).start(), context);
      assertEquals(ReportPeriod.firstHalf(year).start(), ReportPeriod.annual(year).start(), context);
      assertEquals(ReportPeriod.secondHalf(year).end(), ReportPeriod.annual(year).end(), context);
      assertEquals(ReportPeriod.annual(year - 1).end(), ReportPeriod.annual(year).start(), context);
    });
  }
}
