package dev.motcua.calendar;

import dev.motcua.calendar.internal.LunarDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Layers 2 and 3 of DESIGN §3.1 for one year: the statutory holidays and their Art 111(3) compensation.
 *
 * <p>Statutes by date: Labour Code 1994 Art 73 (as amended by Law 84/2007/QH11: Hùng Kings' day from 2007;
 * Tết 4 days) before 1 May 2013; Labour Code 10/2012/QH13 Art 115 (Tết 5 days) to 2020; Labour Code
 * 45/2019/QH14 Art 112 (plus one National Day day next to 2/9) from 2021. Fixed-date holidays and the Hùng
 * Kings' day are {@link Provenance#STATUTE}; which days make up Tết, the adjacent National Day day and the
 * Culture Day after 2026 are {@link Provenance#PROJECTED}. A compensatory day has the provenance of the
 * holiday it compensates.
 */
final class StatutoryHolidays {

  static final String NEW_YEAR_VI = "Tết Dương lịch";
  static final String NEW_YEAR_EN = "New Year's Day";
  static final String TET_VI = "Tết Nguyên đán";
  static final String TET_EN = "Lunar New Year (Tết)";
  static final String HUNG_VI = "Giỗ Tổ Hùng Vương";
  static final String HUNG_EN = "Hùng Kings' Commemoration Day";
  static final String VICTORY_VI = "Ngày Chiến thắng";
  static final String VICTORY_EN = "Reunification Day";
  static final String LABOUR_VI = "Ngày Quốc tế Lao động";
  static final String LABOUR_EN = "International Labour Day";
  static final String NATIONAL_VI = "Quốc khánh";
  static final String NATIONAL_EN = "National Day";
  static final String CULTURE_VI = "Ngày Văn hóa Việt Nam";
  static final String CULTURE_EN = "Vietnamese Culture Day";
  static final String CULTURE_SOURCE =
      "National Assembly Resolution 28/2026/QH16 Art 2 (from 2026-07-01) — 3P";

  private static final LocalDate CODE_2012 = LocalDate.of(2013, 5, 1);
  private static final LocalDate CODE_2019 = LocalDate.of(2021, 1, 1);

  private StatutoryHolidays() {}

  /** Settings of the projection. */
  record Settings(NationalDayBridge bridge, int cultureDayFrom) {}

  /**
   * Returns the year's holidays and compensatory days, in date order of the holidays, compensations after.
   *
   * @param year the year
   * @param restByPattern whether each weekday (by ordinal) is a weekly rest day
   * @param settings the projection settings
   */
  static List<SpecialDay> of(int year, boolean[] restByPattern, Settings settings) {
    List<SpecialDay> holidays = new ArrayList<>();
    add(holidays, LocalDate.of(year, 1, 1), NEW_YEAR_VI, NEW_YEAR_EN, Provenance.STATUTE);
    LocalDate tet = LunarDates.tet(year);
    int tetDays = tet.isBefore(CODE_2012) ? 4 : 5;
    for (int i = -1; i < tetDays - 1; i++) {
      add(holidays, tet.plusDays(i), TET_VI, TET_EN, Provenance.PROJECTED);
    }
    if (year >= 2007) {
      add(holidays, LunarDates.hungKings(year), HUNG_VI, HUNG_EN, Provenance.STATUTE);
    }
    add(holidays, LocalDate.of(year, 4, 30), VICTORY_VI, VICTORY_EN, Provenance.STATUTE);
    add(holidays, LocalDate.of(year, 5, 1), LABOUR_VI, LABOUR_EN, Provenance.STATUTE);
    LocalDate national = LocalDate.of(year, 9, 2);
    add(holidays, national, NATIONAL_VI, NATIONAL_EN, Provenance.STATUTE);
    if (!national.isBefore(CODE_2019)) {
      LocalDate adjacent = adjacentNationalDay(national, restByPattern, settings.bridge());
      holidays.add(SpecialDay.of(adjacent, DayKind.HOLIDAY, NATIONAL_VI + " (ngày liền kề)",
          NATIONAL_EN + " (adjacent day)", Provenance.PROJECTED, Optional.of(source(adjacent, false))));
    }
    if (year >= settings.cultureDayFrom()) {
      holidays.add(SpecialDay.of(LocalDate.of(year, 11, 24), DayKind.HOLIDAY, CULTURE_VI, CULTURE_EN,
          Provenance.PROJECTED, Optional.of(CULTURE_SOURCE)));
    }
    holidays.sort(null);
    // Art 111(3): a holiday on a weekly rest day gives the next working day off; the chain skips days already
    // off (holidays, rest days, earlier compensations), as the 2023 notice did for 29 and 30 April.
    Set<LocalDate> off = new HashSet<>();
    for (SpecialDay h : holidays) {
      off.add(h.date());
    }
    List<SpecialDay> out = new ArrayList<>(holidays);
    for (SpecialDay h : holidays) {
      if (isRest(restByPattern, h.date())) {
        LocalDate d = h.date().plusDays(1);
        while (isRest(restByPattern, d) || off.contains(d)) {
          d = d.plusDays(1);
        }
        off.add(d);
        out.add(SpecialDay.of(d, DayKind.COMPENSATORY, "Nghỉ bù " + h.nameVi() + " (" + h.date() + ")",
            "Compensatory day off for " + h.nameEn() + " (" + h.date() + ")", h.provenance(),
            Optional.of(source(h.date(), true))));
      }
    }
    return out;
  }

  private static LocalDate adjacentNationalDay(LocalDate national, boolean[] rest, NationalDayBridge b) {
    LocalDate before = national.minusDays(1);
    LocalDate after = national.plusDays(1);
    return switch (b) {
      case DAY_BEFORE -> before;
      case DAY_AFTER -> after;
      case NEAREST_WEEKEND -> {
        boolean beforeWorks = !isRest(rest, before);
        boolean afterWorks = !isRest(rest, after);
        if (beforeWorks != afterWorks) {
          yield beforeWorks ? before : after;
        }
        yield distanceToRest(after, 1, rest) < distanceToRest(before, -1, rest) ? after : before;
      }
    };
  }

  private static int distanceToRest(LocalDate from, int step, boolean[] rest) {
    for (int i = 1; i <= 7; i++) {
      if (isRest(rest, from.plusDays((long) i * step))) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static boolean isRest(boolean[] restByPattern, LocalDate d) {
    return restByPattern[d.getDayOfWeek().ordinal()];
  }

  private static void add(List<SpecialDay> list, LocalDate date, String vi, String en, Provenance p) {
    list.add(SpecialDay.of(date, DayKind.HOLIDAY, vi, en, p, Optional.of(source(date, false))));
  }

  static String source(LocalDate date, boolean compensation) {
    if (date.isBefore(CODE_2012)) {
      return "Labour Code 1994 Art 73";
    }
    if (date.isBefore(CODE_2019)) {
      return compensation ? "Labour Code 10/2012/QH13 Art 115(3)" : "Labour Code 10/2012/QH13 Art 115(1)";
    }
    return compensation ? "Labour Code 45/2019/QH14 Art 111(3)" : "Labour Code 45/2019/QH14 Art 112(1)";
  }
}
