package dev.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Deadlines worked by hand, projection, strict mode, host overrides and bad input. */
class WorkingCalendarTest {

  private static final WorkingCalendar CAL = WorkingCalendars.vietnamCivilService();

  private static final LocalDateTime FRI_2026_02_13_1630 = LocalDateTime.of(2026, 2, 13, 16, 30);
  private static final LocalDateTime TUE_2025_03_11_1505 = LocalDateTime.of(2025, 3, 11, 15, 5);
  private static final LocalDateTime TUE_2025_03_11_1455 = LocalDateTime.of(2025, 3, 11, 14, 55);
  private static final LocalDateTime SAT_2025_03_15_0900 = LocalDateTime.of(2025, 3, 15, 9, 0);
  private static final LocalDateTime WED_2025_03_12_1200 = LocalDateTime.of(2025, 3, 12, 12, 0);

  static Stream<Arguments> data_deadlines() {
    return Stream.of(
        // Fri 2026-02-13 16:30, 5 working days, A: receipt day not counted; Tết 16–20/2 (Notice 9441/TB-BNV),
        // weekend 21–22 → Mon 23 (1), 24, 25, 26, Fri 27 (5), close 17:00
        Arguments.of(FRI_2026_02_13_1630, ProcessingTime.workingDays(5), WorkingDayConvention.CIVIL_CODE,
            "2026-02-27T17:00"),
        // same, B: 40 working hours from 16:30 → 30 min on Fri 13, 8 h each Mon 23–Thu 26 (32 h), 7 h 30 on
        // Fri 27: 07:00–11:00 (4 h) then 13:00 + 3 h 30 → 16:30
        Arguments.of(FRI_2026_02_13_1630, ProcessingTime.workingDays(5), WorkingDayConvention.EIGHT_HOURS_PER_DAY,
            "2026-02-27T16:30"),
        // 4 working hours (half a day) from Fri 16:30: 30 min to 17:00, then Mon 23/2 07:00 + 3 h 30 → 10:30
        Arguments.of(FRI_2026_02_13_1630, ProcessingTime.workingHours(4), WorkingDayConvention.CIVIL_CODE,
            "2026-02-23T10:30"),
        // same day, received 16:30 Fri (after 15:00) → close of the next working day, Mon 23/2 after Tết
        Arguments.of(FRI_2026_02_13_1630, ProcessingTime.sameDay(), WorkingDayConvention.CIVIL_CODE,
            "2026-02-23T17:00"),
        // 10 calendar days from Fri 13/2: last day Mon 23/2, a working day → its close
        Arguments.of(FRI_2026_02_13_1630, ProcessingTime.calendarDays(10), WorkingDayConvention.CIVIL_CODE,
            "2026-02-23T17:00"),
        // 5 calendar days from Fri 13/2: last day Wed 18/2 is Tết → close of the next working day, Mon 23/2
        Arguments.of(FRI_2026_02_13_1630, ProcessingTime.calendarDays(5), WorkingDayConvention.CIVIL_CODE,
            "2026-02-23T17:00"),
        // same day, received Tue 15:05 (Decree 23/2015 Art 7: after 15:00) → close of Wed 12/3
        Arguments.of(TUE_2025_03_11_1505, ProcessingTime.sameDay(), WorkingDayConvention.CIVIL_CODE,
            "2025-03-12T17:00"),
        // same day, received Tue 14:55 → close of the same day
        Arguments.of(TUE_2025_03_11_1455, ProcessingTime.sameDay(), WorkingDayConvention.CIVIL_CODE,
            "2025-03-11T17:00"),
        // Saturday reception 09:00 → official receipt Mon 17/3 07:00, Monday not counted → Tue 18/3 17:00
        Arguments.of(SAT_2025_03_15_0900, ProcessingTime.workingDays(1), WorkingDayConvention.CIVIL_CODE,
            "2025-03-18T17:00"),
        // same receipt under B: Mon 07:00 + 8 h → Mon 17:00
        Arguments.of(SAT_2025_03_15_0900, ProcessingTime.workingDays(1), WorkingDayConvention.EIGHT_HOURS_PER_DAY,
            "2025-03-17T17:00"),
        // lunch-break receipt 12:00 → official 13:00; 4 working hours → 17:00 the same day
        Arguments.of(WED_2025_03_12_1200, ProcessingTime.workingHours(4), WorkingDayConvention.CIVIL_CODE,
            "2025-03-12T17:00"),
        // 3 working days from Fri 2023-04-28 (A): 29–30/4 weekend, 1/5 holiday, 2–3/5 compensation
        // (Government Office letter 8056/VPCP-KGVX) → Thu 4 (1), Fri 5 (2), Mon 8 (3)
        Arguments.of(LocalDateTime.of(2023, 4, 28, 9, 0), ProcessingTime.workingDays(3),
            WorkingDayConvention.CIVIL_CODE, "2023-05-08T17:00"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("data_deadlines")
  void due_handWorkedExamples_expectedDueTime(
      LocalDateTime received, ProcessingTime time, WorkingDayConvention c, String expected) {
    assertEquals(LocalDateTime.parse(expected), time.dueFrom(CAL, received, c));
  }

  @Test
  void dueFrom_defaultConvention_isCivilCode() {
    ProcessingTime five = ProcessingTime.workingDays(5);
    assertEquals(five.dueFrom(CAL, FRI_2026_02_13_1630, WorkingDayConvention.CIVIL_CODE),
        five.dueFrom(CAL, FRI_2026_02_13_1630));
    assertEquals(LocalDateTime.parse("2026-02-27T17:00"), five.dueFrom(CAL, FRI_2026_02_13_1630));
    assertEquals(LocalDateTime.parse("2026-02-27T16:30"),
        ProcessingTime.workingDays(5, WorkingDayConvention.EIGHT_HOURS_PER_DAY).dueFrom(CAL, FRI_2026_02_13_1630));
    // an explicit convention wins over the one fixed on the processing time
    assertEquals(LocalDateTime.parse("2026-02-27T17:00"), ProcessingTime.workingDays(5,
        WorkingDayConvention.EIGHT_HOURS_PER_DAY).dueFrom(CAL, FRI_2026_02_13_1630, WorkingDayConvention.CIVIL_CODE));
  }

  @Test
  void dueFrom_sameDayCutoff_defaultAndExplicit() {
    // Decree 23/2015/NĐ-CP Art 7: 15:00 by default; received Tue 15:05 → close of Wed 12/3
    assertEquals(LocalTime.of(15, 0), ProcessingTime.DEFAULT_SAME_DAY_CUTOFF);
    assertEquals(LocalDateTime.parse("2025-03-12T17:00"), ProcessingTime.sameDay().dueFrom(CAL, TUE_2025_03_11_1505));
    // a 16:00 cut-off keeps the same receipt on Tue 11/3
    assertEquals(LocalDateTime.parse("2025-03-11T17:00"), ProcessingTime.sameDay().dueFrom(CAL, TUE_2025_03_11_1505,
        WorkingDayConvention.CIVIL_CODE, LocalTime.of(16, 0)));
    assertEquals(8, ProcessingTime.HOURS_PER_WORKING_DAY);
  }

  @Test
  void workingDayConvention_labelAndParse_roundTrip() {
    assertEquals("civil-code", WorkingDayConvention.CIVIL_CODE.label());
    assertEquals("eight-hours-per-day", WorkingDayConvention.EIGHT_HOURS_PER_DAY.label());
    for (WorkingDayConvention c : WorkingDayConvention.values()) {
      assertEquals(c, WorkingDayConvention.parse(c.label()));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WorkingDayConvention.parse("CIVIL_CODE"));
    assertTrue(e.getMessage().contains("'CIVIL_CODE'"), e.getMessage());
  }

  @Test
  void previousOrSameWorkingDay_dayOffAndWorkingDay_expectedDays() {
    // Tết 2026 (Notice 9441/TB-BNV): Wed 18/2 is off → Fri 13/2; Fri 13/2 works → itself
    LocalDate wed = LocalDate.of(2026, 2, 18);
    assertEquals(LocalDate.of(2026, 2, 13), CAL.previousOrSameWorkingDay(wed));
    assertEquals(LocalDate.of(2026, 2, 13), CAL.previousOrSameWorkingDay(LocalDate.of(2026, 2, 13)));
    assertEquals(LocalDateTime.of(2026, 2, 13, 9, 0), wed.atTime(9, 0).with(CAL.previousOrSameWorkingDayAdjuster()));
    assertEquals(LocalDateTime.of(2026, 2, 23, 9, 0), wed.atTime(9, 0).with(CAL.nextOrSameWorkingDayAdjuster()));
  }

  @Test
  void workingPeriods_workingDayAndDayOff_periodsOrNone() {
    WorkingPeriods day = CAL.workingPeriods(LocalDate.of(2025, 3, 12));
    assertEquals(WorkingPeriods.of(LocalTime.of(7, 0), LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(17, 0)),
        day);
    assertEquals("[07:00-11:00, 13:00-17:00]", day.toString());
    assertEquals(2, day.size());
    assertEquals(LocalTime.of(13, 0), day.start(1));
    assertEquals(LocalTime.of(11, 0), day.end(0));
    assertEquals(Duration.ofHours(8), day.workingTime());
    assertFalse(day.contains(LocalTime.of(12, 0)));
    assertTrue(day.contains(LocalTime.of(7, 0)));
    assertFalse(day.contains(LocalTime.of(17, 0)));
    // Tết 2026 and a Saturday: no periods
    assertEquals(WorkingPeriods.NONE, CAL.workingPeriods(LocalDate.of(2026, 2, 17)));
    assertEquals(WorkingPeriods.NONE, CAL.workingPeriods(LocalDate.of(2025, 3, 15)));
    assertTrue(WorkingPeriods.NONE.isEmpty());
    assertEquals(Duration.ZERO, WorkingPeriods.NONE.workingTime());
    assertThrows(IllegalStateException.class, WorkingPeriods.NONE::close);
    assertThrows(IndexOutOfBoundsException.class, () -> day.start(2));
    assertThrows(IllegalArgumentException.class, () -> WorkingPeriods.of(LocalTime.of(9, 0)));
    assertThrows(IllegalArgumentException.class, () -> WorkingPeriods.of(LocalTime.of(9, 0), LocalTime.of(8, 0)));
    assertThrows(IllegalArgumentException.class, () -> WorkingPeriods.of(LocalTime.of(9, 0, 30), LocalTime.of(10, 0)));
  }

  @Test
  void officialReceiptTime_outsideHours_nextPeriodStart() {
    assertEquals(LocalDateTime.parse("2025-03-12T13:00"), CAL.officialReceiptTime(WED_2025_03_12_1200));
    assertEquals(LocalDateTime.parse("2025-03-12T13:00"), CAL.officialReceiptTime(LocalDateTime.parse("2025-03-12T11:00")));
    assertEquals(LocalDateTime.parse("2025-03-12T10:59"), CAL.officialReceiptTime(LocalDateTime.parse("2025-03-12T10:59")));
    // evening before Tết 2026 → first working day after it
    assertEquals(LocalDateTime.parse("2026-02-23T07:00"), CAL.officialReceiptTime(FRI_2026_02_13_1630.withHour(18)));
  }

  @Test
  void plusWorkingDays_fromDayOff_firstStepLandsOnNextWorkingDay() {
    // Sat 2026-02-14 → Tết 16–20 (Notice 9441/TB-BNV) → +1 is Mon 23/2, -1 is Fri 13/2, 0 is itself
    LocalDate sat = LocalDate.of(2026, 2, 14);
    assertEquals(LocalDate.of(2026, 2, 23), CAL.plusWorkingDays(sat, 1));
    assertEquals(LocalDate.of(2026, 2, 13), CAL.plusWorkingDays(sat, -1));
    assertEquals(sat, CAL.plusWorkingDays(sat, 0));
    assertEquals(-1, CAL.workingDaysBetween(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 13)));
    // make-up Saturday 2026-01-10 (letter 12729/VPCP-KGVX) is a full working day
    assertTrue(CAL.isReceptionOpen(LocalDateTime.of(2026, 1, 10, 15, 0), false));
    assertEquals(Duration.ofHours(8),
        CAL.workingTimeBetween(LocalDateTime.of(2026, 1, 10, 0, 0), LocalDateTime.of(2026, 1, 11, 0, 0)));
  }

  @Test
  void isReceptionOpen_saturdayMorning_onlyForDesignatedProcedures() {
    assertTrue(CAL.isReceptionOpen(SAT_2025_03_15_0900, true));
    assertFalse(CAL.isReceptionOpen(SAT_2025_03_15_0900, false));
    assertFalse(CAL.isReceptionOpen(SAT_2025_03_15_0900.withHour(11), true));
    // Hùng Kings on Sat 2023-04-29: a holiday, no reception
    assertFalse(CAL.isReceptionOpen(LocalDateTime.of(2023, 4, 29, 9, 0), true));
    assertEquals(Duration.ZERO, CAL.workingTimeBetween(SAT_2025_03_15_0900.withHour(7), SAT_2025_03_15_0900.withHour(11)));
  }

  @Test
  void projection_2030_tetAndCompensation() {
    // Tết 2030 = Sat 02-02 (Time4J, reference file); projected: Fri 1/2 + Sat 2 .. Tue 5; compensation for
    // Sat 2 and Sun 3 → Wed 6, Thu 7 (Labour Code 45/2019/QH14 Art 111(3))
    for (String d : List.of("2030-02-01", "2030-02-04", "2030-02-05", "2030-02-06", "2030-02-07")) {
      DayOff off = CAL.dayOff(LocalDate.parse(d)).orElseThrow();
      assertEquals(Provenance.PROJECTED, off.provenance(), d);
    }
    assertTrue(CAL.isWorkingDay(LocalDate.of(2030, 2, 8)));
    // 2030-09-02 is a Monday: adjacent day Tue 3/9 [inferred, NEAREST_WEEKEND]
    assertFalse(CAL.isWorkingDay(LocalDate.of(2030, 9, 3)));
    // Culture Day 24/11 projected from 2026 [inferred]; 2030-11-24 is a Sunday → Mon 25 compensates
    assertEquals(DayKind.COMPENSATORY, CAL.dayOff(LocalDate.of(2030, 11, 25)).orElseThrow().kind());
  }

  @Test
  void projection_withoutBundledData_reproduces2023Chain() {
    WorkingCalendar projected = WorkingCalendars.builder().bundledSchedules(false).build();
    // Hùng Kings Sat 2023-04-29, 30/4 Sun, 1/5 Mon → compensation Tue 2/5, Wed 3/5 (reference file note)
    assertEquals(DayKind.COMPENSATORY, projected.dayOff(LocalDate.of(2023, 5, 2)).orElseThrow().kind());
    assertEquals(DayKind.COMPENSATORY, projected.dayOff(LocalDate.of(2023, 5, 3)).orElseThrow().kind());
    assertTrue(projected.isWorkingDay(LocalDate.of(2023, 5, 4)));
    // NEAREST_WEEKEND reproduces the official adjacent National Day days 2021–2026
    for (String d : List.of("2021-09-03", "2022-09-01", "2023-09-01", "2024-09-03", "2025-09-01", "2026-09-01")) {
      assertFalse(projected.isWorkingDay(LocalDate.parse(d)), d);
    }
  }

  @Test
  void strict_projectedYear_throwsNamingYear() {
    WorkingCalendar strict = WorkingCalendars.builder().strict(true).build();
    assertTrue(strict.isWorkingDay(LocalDate.of(2025, 3, 12)));
    ScheduleNotPublishedException e = assertThrows(ScheduleNotPublishedException.class,
        () -> strict.isWorkingDay(LocalDate.of(2027, 3, 12)));
    assertEquals(2027, e.year());
    assertTrue(e.getMessage().contains("2027"), e.getMessage());
    // arithmetic crossing into 2027 is refused too
    assertThrows(ScheduleNotPublishedException.class, () -> strict.plusWorkingDays(LocalDate.of(2026, 12, 30), 5));
    assertThrows(ScheduleNotPublishedException.class,
        () -> strict.workingDaysBetween(LocalDate.of(2018, 6, 1), LocalDate.of(2019, 6, 1)));
  }

  @Test
  void outOfRange_everyQuery_throwsNamingRange() {
    LocalDate before = LocalDate.of(1989, 12, 31);
    LocalDateTime t = before.atTime(9, 0);
    List<Runnable> calls = List.of(() -> CAL.isWorkingDay(before), () -> CAL.dayOff(before),
        () -> CAL.specialDays(1989), () -> CAL.plusWorkingDays(before, 1), () -> CAL.workingDaysBetween(before, before),
        () -> CAL.nextWorkingDay(before), () -> CAL.previousWorkingDay(before), () -> CAL.isReceptionOpen(t, true),
        () -> CAL.officialReceiptTime(t), () -> CAL.plusWorkingTime(t, Duration.ofHours(1)),
        () -> CAL.workingTimeBetween(t, t), () -> ProcessingTime.sameDay().dueFrom(CAL, t),
        () -> CAL.plusWorkingDays(LocalDate.of(2100, 12, 1), 100), () -> CAL.isWorkingDay(LocalDate.of(2101, 1, 1)),
        () -> CAL.isWorkingDay(LocalDate.MAX), () -> CAL.isWorkingDay(LocalDate.MIN),
        () -> CAL.workingDaysBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2101, 1, 2)),
        () -> CAL.workingDaysBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2101, 2, 1)),
        () -> CAL.plusWorkingTime(LocalDate.of(2101, 1, 1).atTime(9, 0), Duration.ofHours(1)));
    for (Runnable call : calls) {
      CalendarRangeException e = assertThrows(CalendarRangeException.class, call::run);
      assertTrue(e.getMessage().contains("1990-01-01..2100-12-31"), e.getMessage());
      assertTrue(e instanceof DateTimeException);
    }
    // the date first, the parameter after it: not "ReceivedAt 1989-12-31", which reads as a type's name
    assertEquals("Date 1989-12-31 (receivedAt) is outside the supported range 1990-01-01..2100-12-31",
        assertThrows(CalendarRangeException.class, () -> CAL.officialReceiptTime(t)).getMessage());
  }

  @Test
  void badInput_nullsAndNonsense_clearExceptions() {
    assertThrows(NullPointerException.class, () -> CAL.isWorkingDay(null));
    assertThrows(NullPointerException.class, () -> CAL.plusWorkingTime(LocalDateTime.of(2025, 1, 2, 8, 0), null));
    assertThrows(NullPointerException.class, () -> ProcessingTime.sameDay().dueFrom(null, LocalDateTime.of(2025, 1, 2, 8, 0)));
    assertThrows(NullPointerException.class, () -> ProcessingTime.sameDay().dueFrom(CAL, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProcessingTime.workingDays(0));
    assertTrue(e.getMessage().contains("0"));
    assertThrows(IllegalArgumentException.class, () -> ProcessingTime.workingHours(-4));
    assertThrows(IllegalArgumentException.class, () -> ProcessingTime.calendarDays(-1));
    assertThrows(IllegalArgumentException.class, () -> CAL.closeOfBusiness(LocalDate.of(2025, 3, 15)));
    assertThrows(IllegalArgumentException.class,
        () -> WorkingCalendars.builder().addMakeUpDay(LocalDate.of(2025, 3, 12), "x", "x").build());
  }

  static Stream<Arguments> data_malformedJson() {
    String head = "{\"format\":\"motcua-schedule/1\",\"years\":[{\"year\":2027,\"days\":[";
    String tail = "]}]}";
    String ok = "{\"date\":\"2027-02-08\",\"kind\":\"HOLIDAY\",\"nameVi\":\"Tết\",\"nameEn\":\"Tết\",\"source\":\"x\"}";
    return Stream.of(
        // wrong date
        Arguments.of(head + ok.replace("2027-02-08", "2027-02-30") + tail, "$.years[0].days[0].date", "2027-02-30"),
        // unknown kind
        Arguments.of(head + ok.replace("HOLIDAY", "FESTIVAL") + tail, "$.years[0].days[0].kind", "FESTIVAL"),
        // duplicate date
        Arguments.of(head + ok + "," + ok + tail, "$.years[0].days[1].date", "2027-02-08"),
        // a weekday (Monday 2027-02-08) listed as a make-up day
        Arguments.of(head + ok.replace("HOLIDAY", "MAKE_UP") + tail, "$.years[0].days[0].date", "2027-02-08"),
        // unknown field
        Arguments.of(head + ok.replace("\"source\"", "\"sauce\"") + tail, "$.years[0].days[0].sauce", "x"),
        // not JSON at all
        Arguments.of(head + "{" + tail, "$", ""));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("data_malformedJson")
  void addSchedules_malformedJson_namesFieldValueAndPosition(String json, String field, String value) {
    WorkingCalendarBuilder builder = WorkingCalendars.builder().strict(true);
    ScheduleFormatException e = assertThrows(ScheduleFormatException.class,
        () -> builder.addSchedules(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals(java.util.Optional.of(field), e.path());
    assertEquals(value.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(dev.motcua.format.MalformedInputException.quote(value)), e.value());
    assertTrue(e.line().orElse(0) >= 1 && e.column().orElse(0) >= 1, e.getMessage());
    assertTrue(e.getMessage().contains(field), e.getMessage());
    // a rejected file changes nothing: 2027 is still unpublished
    assertThrows(ScheduleNotPublishedException.class, () -> builder.build().isWorkingDay(LocalDate.of(2027, 2, 8)));
  }

  @Test
  void addSchedules_validYear_publishesIt() {
    String json = "{\"format\":\"motcua-schedule/1\",\"years\":[{\"year\":2027,\"days\":["
        + "{\"date\":\"2027-02-08\",\"kind\":\"HOLIDAY\",\"nameVi\":\"Tết Nguyên đán\",\"nameEn\":\"Tết\","
        + "\"source\":\"Notice 1/TB-BNV (test)\"}]}]}";
    WorkingCalendar cal = WorkingCalendars.builder().strict(true)
        .addSchedules(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
        .addDayOff(LocalDate.of(2027, 3, 1), "Nghỉ", "Closure").build();
    DayOff off = cal.dayOff(LocalDate.of(2027, 2, 8)).orElseThrow();
    assertEquals(Provenance.NOTICE, off.provenance());
    assertEquals(Optional.of("Notice 1/TB-BNV (test)"), off.source());
    assertEquals(Provenance.HOST, cal.dayOff(LocalDate.of(2027, 3, 1)).orElseThrow().provenance());
    // a year with a notice: weekdays not listed are working days (no projected Tết)
    assertTrue(cal.isWorkingDay(LocalDate.of(2027, 2, 9)));
  }

  @Test
  void adjusters_dateTime_keepTime() {
    LocalDateTime t = LocalDateTime.of(2026, 2, 13, 16, 30);
    assertEquals(LocalDateTime.of(2026, 2, 23, 16, 30), t.with(CAL.nextWorkingDayAdjuster()));
    assertEquals(LocalDateTime.of(2026, 2, 12, 16, 30), t.with(CAL.previousWorkingDayAdjuster()));
  }
}
