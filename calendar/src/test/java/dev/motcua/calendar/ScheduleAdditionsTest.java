package dev.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Schedule files whose years add to the official or projected year ({@code "scope":"ADDITIONS"}). */
class ScheduleAdditionsTest {

  private static final WorkingCalendar BASE = WorkingCalendars.vietnamCivilService();
  private static final LocalDate MON_2027_03_08 = LocalDate.of(2027, 3, 8);
  private static final LocalDate MON_2026_03_09 = LocalDate.of(2026, 3, 9);
  private static final LocalDate SAT_2026_03_14 = LocalDate.of(2026, 3, 14);
  // make-up Saturday for Friday 2026-01-02 (Government Office letter 12729/VPCP-KGVX, 2025-12-25)
  private static final LocalDate SAT_2026_01_10 = LocalDate.of(2026, 1, 10);
  // Tết 2026: 2026-02-16..20 off (Notice 9441/TB-BNV)
  private static final LocalDate MON_2026_02_16 = LocalDate.of(2026, 2, 16);

  static String day(LocalDate date, String kind) {
    return "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"nameVi\":\"Nghỉ theo quyết định của tỉnh\","
        + "\"nameEn\":\"Provincial day off\",\"source\":\"Quyết định 1/QĐ-UBND (test)\"}";
  }

  static String file(int year, String scope, String... days) {
    return "{\"format\":\"motcua-schedule/2\",\"years\":[{\"year\":" + year + ",\"scope\":\"" + scope
        + "\",\"days\":[" + String.join(",", days) + "]}]}";
  }

  static WorkingCalendarBuilder add(WorkingCalendarBuilder b, String json) {
    return b.addSchedules(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** The first weekday off in a year's February on the default calendar: Tết, projected or official. */
  static LocalDate firstTetWeekday(int year) {
    return BASE.specialDays(year).stream().filter(d -> !d.isWorking() && d.date().getMonthValue() == 2)
        .map(SpecialDay::date).findFirst().orElseThrow();
  }

  @Test
  void additions_projectedYear_keepProjectedTet() {
    // the case: one provincial day off in 2027 must not turn projected Tết 2027 into working days
    WorkingCalendar cal = add(WorkingCalendars.builder(), file(2027, "ADDITIONS", day(MON_2027_03_08, "CLOSURE")))
        .build();
    for (LocalDate d = LocalDate.of(2026, 12, 1); d.isBefore(LocalDate.of(2028, 2, 1)); d = d.plusDays(1)) {
      assertEquals(!d.equals(MON_2027_03_08) && BASE.isWorkingDay(d), cal.isWorkingDay(d), d.toString());
    }
    DayOff off = cal.dayOff(MON_2027_03_08).orElseThrow();
    assertEquals(Provenance.HOST, off.provenance());
    assertEquals(Optional.of("Quyết định 1/QĐ-UBND (test)"), off.source());
    assertEquals(Provenance.PROJECTED, cal.dayOff(firstTetWeekday(2027)).orElseThrow().provenance());
  }

  @Test
  void additions_officialYear_keepTheNoticeAndAddDays() {
    WorkingCalendar cal = add(WorkingCalendars.builder(), file(2026, "ADDITIONS", day(MON_2026_03_09, "CLOSURE"),
        day(SAT_2026_03_14, "MAKE_UP"))).build();
    assertFalse(cal.isWorkingDay(MON_2026_03_09));
    assertTrue(cal.isWorkingDay(SAT_2026_03_14));
    assertFalse(cal.isWorkingDay(MON_2026_02_16));
    assertEquals(Provenance.NOTICE, cal.dayOff(MON_2026_02_16).orElseThrow().provenance());
    assertEquals(BASE.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
        cal.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
  }

  @Test
  void official_projectedYear_replacesTheProjection() {
    // an OFFICIAL year is the complete schedule: unlisted weekdays work, projected Tết goes
    WorkingCalendar cal = add(WorkingCalendars.builder(), file(2027, "OFFICIAL", day(MON_2027_03_08, "CLOSURE")))
        .build();
    assertTrue(cal.isWorkingDay(firstTetWeekday(2027)));
    assertFalse(cal.isWorkingDay(MON_2027_03_08));
  }

  @Test
  void additions_strictCalendar_doNotPublishTheYear() {
    WorkingCalendar cal = add(WorkingCalendars.builder().strict(true),
        file(2027, "ADDITIONS", day(MON_2027_03_08, "CLOSURE"))).build();
    assertThrows(ScheduleNotPublishedException.class, () -> cal.isWorkingDay(MON_2027_03_08));
  }

  @Test
  void additions_twoFiles_accumulate() {
    WorkingCalendarBuilder b = WorkingCalendars.builder();
    add(b, file(2026, "ADDITIONS", day(MON_2026_03_09, "CLOSURE")));
    add(b, file(2026, "ADDITIONS", day(MON_2026_03_09.plusDays(1), "CLOSURE")));
    WorkingCalendar cal = b.build();
    assertFalse(cal.isWorkingDay(MON_2026_03_09));
    assertFalse(cal.isWorkingDay(MON_2026_03_09.plusDays(1)));
  }

  static Stream<Arguments> data_bad() {
    return Stream.of(
        // Tết 2026 is already off (Notice 9441/TB-BNV): a duplicate, not silently accepted
        Arguments.of(file(2026, "ADDITIONS", day(MON_2026_02_16, "CLOSURE")), "$.years[0].days[0].date",
            "Already a day off"),
        // projected Tết 2027 is already off
        Arguments.of(file(2027, "ADDITIONS", day(firstTetWeekday(2027), "CLOSURE")), "$.years[0].days[0].date",
            "Already a day off"),
        // a Saturday is a weekly rest day already: not a day off to add
        Arguments.of(file(2026, "ADDITIONS", day(SAT_2026_03_14, "CLOSURE")), "$.years[0].days[0].date",
            "A day off must be a working weekday, not a Saturday"),
        // a make-up day on a weekday
        Arguments.of(file(2026, "ADDITIONS", day(MON_2026_03_09, "MAKE_UP")), "$.years[0].days[0].date",
            "A make-up day must be a weekly rest day, not a Monday"),
        // a blank name is quoted once, as every value
        Arguments.of(file(2026, "ADDITIONS", day(MON_2026_03_09, "CLOSURE")).replaceFirst("\"nameVi\":\"[^\"]*\"",
            "\"nameVi\":\" \""), "$.years[0].days[0].nameVi", "Blank text, was \" \""),
        // Saturday 2026-01-10 is already an official make-up day
        Arguments.of(file(2026, "ADDITIONS", day(SAT_2026_01_10, "MAKE_UP")), "$.years[0].days[0].date",
            "Already a working day"),
        // the same date twice in one file
        Arguments.of(file(2026, "ADDITIONS", day(MON_2026_03_09, "CLOSURE"), day(MON_2026_03_09, "CLOSURE")),
            "$.years[0].days[1].date", "Duplicate date"),
        // format 2 needs the scope, format 1 has none, and only two scopes exist
        Arguments.of(file(2026, "ADDITIONS", day(MON_2026_03_09, "CLOSURE")).replace(",\"scope\":\"ADDITIONS\"", ""),
            "$.years[0].scope", "Missing field"),
        Arguments.of(file(2026, "ADDITIONS", day(MON_2026_03_09, "CLOSURE")).replace("/2", "/1"),
            "$.years[0].scope", "needs format"),
        Arguments.of(file(2026, "EXTRA", day(MON_2026_03_09, "CLOSURE")), "$.years[0].scope", "Unknown scope"),
        // one year twice with the same scope
        Arguments.of(file(2026, "OFFICIAL").replace("]}]}", "]},{\"year\":2026,\"scope\":\"OFFICIAL\",\"days\":[]}]}"),
            "$.years[1].year", "listed twice"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("data_bad")
  void addSchedules_bad_namesPathAndChangesNothing(String json, String path, String problem) {
    WorkingCalendarBuilder b = WorkingCalendars.builder();
    ScheduleFormatException e = assertThrows(ScheduleFormatException.class, () -> add(b, json));
    assertEquals(Optional.of(path), e.path(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(e.line().isPresent() && e.column().isPresent(), e.getMessage());
    WorkingCalendar cal = b.build();
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
      assertEquals(BASE.isWorkingDay(d), cal.isWorkingDay(d), d.toString());
    }
  }

  @Test
  void addSchedules_sameAdditionInTwoFiles_secondIsADuplicate() {
    WorkingCalendarBuilder b = add(WorkingCalendars.builder(), file(2026, "ADDITIONS", day(MON_2026_03_09, "CLOSURE")));
    ScheduleFormatException e = assertThrows(ScheduleFormatException.class,
        () -> add(b, file(2026, "ADDITIONS", day(MON_2026_03_09, "CLOSURE"))));
    assertTrue(e.getMessage().contains("Already a day off"), e.getMessage());
    assertEquals(DayOfWeek.MONDAY, MON_2026_03_09.getDayOfWeek());
  }

  @Test
  void build_additionNoLongerChangingItsDay_isRefused() {
    // 2026-03-09 is added off; then a later official 2026 also lists it: the addition would change nothing
    WorkingCalendarBuilder b = add(WorkingCalendars.builder(), file(2026, "ADDITIONS", day(MON_2026_03_09, "CLOSURE")));
    add(b, file(2026, "OFFICIAL", day(MON_2026_03_09, "HOLIDAY")));
    assertThrows(ScheduleFormatException.class, b::build);
  }
}
