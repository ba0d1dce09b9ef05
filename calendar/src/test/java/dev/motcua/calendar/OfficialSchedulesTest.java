package dev.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every official day off and make-up Saturday of 2019–2026, from ../shared/reference/vn-official-schedules.md. */
class OfficialSchedulesTest {

  private static final WorkingCalendar CAL = WorkingCalendars.vietnamCivilService();

  static Stream<Arguments> data_officialYears() {
    return Stream.of(
        // 2019: Notice 3238/TB-LĐTBXH (2018), Government Office letter 6519/VPCP-KGVX (2018) — C
        Arguments.of(2019, List.of("2019-01-01", "2019-02-04", "2019-02-05", "2019-02-06", "2019-02-07",
            "2019-02-08", "2019-04-15", "2019-04-29", "2019-04-30", "2019-05-01", "2019-09-02"),
            List.of("2019-01-05", "2019-05-04"), "Notice 3238/TB-LĐTBXH"),
        // 2020: PM approval 10/2019 — C
        Arguments.of(2020, List.of("2020-01-01", "2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28",
            "2020-01-29", "2020-04-02", "2020-04-30", "2020-05-01", "2020-09-02"), List.of(), "PM approval 10/2019"),
        // 2021: Notice 4875/TB-LĐTBXH (2020) — 3P; PM approval 11/2020 — C
        Arguments.of(2021, List.of("2021-01-01", "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15",
            "2021-02-16", "2021-04-21", "2021-04-30", "2021-05-03", "2021-09-02", "2021-09-03"), List.of(),
            "Notice 4875/TB-LĐTBXH"),
        // 2022: Government Office letter 245/VPCP-KGVX (2022-01-11) — C; Notice 119/TB-LĐTBXH — 3P
        Arguments.of(2022, List.of("2022-01-03", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03",
            "2022-02-04", "2022-04-11", "2022-05-02", "2022-05-03", "2022-09-01", "2022-09-02"), List.of(),
            "245/VPCP-KGVX"),
        // 2023: Government Office letter 8056/VPCP-KGVX (2022-12-01) — C; Notice 5034/TB-LĐTBXH — 3P
        Arguments.of(2023, List.of("2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25",
            "2023-01-26", "2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04"), List.of(),
            "8056/VPCP-KGVX"),
        // 2024: Notice 5015/TB-LĐTBXH (2023-11-22) — 3P; swap: Government Office letter 2450/VPCP-KGVX — C
        Arguments.of(2024, List.of("2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13",
            "2024-02-14", "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"),
            List.of("2024-05-04"), "5015/TB-LĐTBXH"),
        // 2025: Government Office letter 8726/VPCP-KGVX (2024-11-26) — C; Notice 6150/TB-LĐTBXH — 3P
        Arguments.of(2025, List.of("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30",
            "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"),
            List.of("2025-04-26"), "8726/VPCP-KGVX"),
        // 2026: letter 12729/VPCP-KGVX — C; Notice 9441/TB-BNV — C; Culture Day: Resolution 80-NQ/TW — C
        Arguments.of(2026, List.of("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18",
            "2026-02-19", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01",
            "2026-09-02", "2026-11-24"), List.of("2026-01-10", "2026-08-22"), "9441/TB-BNV"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_officialYears")
  void specialDays_officialYear_matchesReference(int year, List<String> off, List<String> makeUp, String doc) {
    Set<LocalDate> expectedOff = off.stream().map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    Set<LocalDate> expectedMakeUp = makeUp.stream().map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    // exactly these weekdays are off and exactly these weekend days work, day by day
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean expectedWorking = weekend ? expectedMakeUp.contains(d) : !expectedOff.contains(d);
      assertEquals(expectedWorking, CAL.isWorkingDay(d), d.toString());
    }
    List<SpecialDay> special = CAL.specialDays(year);
    Set<LocalDate> all = new TreeSet<>(expectedOff);
    all.addAll(expectedMakeUp);
    assertEquals(all, special.stream().map(SpecialDay::date).collect(Collectors.toCollection(TreeSet::new)));
    for (SpecialDay s : special) {
      assertEquals(Provenance.NOTICE, s.provenance(), s.toString());
      assertTrue(s.source().isPresent(), s.toString());
      assertEquals(expectedMakeUp.contains(s.date()), s.isWorking());
    }
    assertTrue(special.stream().anyMatch(s -> s.source().orElseThrow().contains(doc)), doc);
  }

  @Test
  void isWorkingDay_swapDec31Of2018_fromThe2019Notice() {
    // 2018-12-31 (Mon) swapped, made up on Sat 2019-01-05: Notice 3238/TB-LĐTBXH (2018)
    assertFalse(CAL.isWorkingDay(LocalDate.of(2018, 12, 31)));
    assertEquals(Provenance.NOTICE, CAL.dayOff(LocalDate.of(2018, 12, 31)).orElseThrow().provenance());
    assertTrue(CAL.isWorkingDay(LocalDate.of(2019, 1, 5)));
  }

  static Stream<Arguments> data_lunarAnchors() {
    // reference file, "Lunar anchors": Tết and Hùng Kings 2019–2026
    return Stream.of(
        Arguments.of(2019, "2019-02-05", "2019-04-14"), Arguments.of(2020, "2020-01-25", "2020-04-02"),
        Arguments.of(2021, "2021-02-12", "2021-04-21"), Arguments.of(2022, "2022-02-01", "2022-04-10"),
        Arguments.of(2023, "2023-01-22", "2023-04-29"), Arguments.of(2024, "2024-02-10", "2024-04-18"),
        Arguments.of(2025, "2025-01-29", "2025-04-07"), Arguments.of(2026, "2026-02-17", "2026-04-26"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_lunarAnchors")
  void lunarNewYearAndHungKings_2019to2026_matchReference(int year, String tet, String hung) {
    assertEquals(LocalDate.parse(tet), VietnameseHolidays.lunarNewYear(year));
    assertEquals(LocalDate.parse(hung), VietnameseHolidays.hungKingsDay(year));
  }

  static Stream<Arguments> data_vietnamVsChina() {
    // reference file: 105°E meridian since 1968; China's Tết differs in these years
    return Stream.of(
        Arguments.of(1985, "1985-01-21"), // China 1985-02-20
        Arguments.of(2007, "2007-02-17"), // China 2007-02-18
        Arguments.of(2030, "2030-02-02")); // China 2030-02-03
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_vietnamVsChina")
  void lunarNewYear_yearsDifferingFromChina_vietnameseDate(int year, String tet) {
    assertEquals(LocalDate.parse(tet), VietnameseHolidays.lunarNewYear(year));
  }

  @Test
  void dayOff_weekendHolidayInNoticedYear_namedHoliday() {
    // Hùng Kings 2023 on Sat 04-29 (reference lunar anchors); compensated on Tue 05-02
    DayOff d = CAL.dayOff(LocalDate.of(2023, 4, 29)).orElseThrow();
    assertEquals(DayKind.HOLIDAY, d.kind());
    assertEquals("Giỗ Tổ Hùng Vương", d.nameVi());
    assertEquals(DayKind.COMPENSATORY, CAL.dayOff(LocalDate.of(2023, 5, 2)).orElseThrow().kind());
    DayOff sunday = CAL.dayOff(LocalDate.of(2024, 6, 2)).orElseThrow();
    assertEquals(DayKind.WEEKLY_REST, sunday.kind());
    assertEquals(Provenance.STATUTE, sunday.provenance());
  }
}
