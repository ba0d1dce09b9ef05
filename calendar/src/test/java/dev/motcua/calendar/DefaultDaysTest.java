package dev.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The precomputed days of the default calendar ({@link DefaultDays}) against every layer computed from the
 * statute code and the bundled schedules. After an intended change to either, regenerate the resource with
 * {@code mvn -B -o test -pl calendar -Dtest=DefaultDaysTest -Dmotcua.updateDefaultDays=true} and review the diff.
 */
class DefaultDaysTest {

  /** The module directory: Surefire sets {@code basedir}; other runners usually start there. */
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static final Path RESOURCE =
      MODULE.resolve("src/main/resources/dev/motcua/calendar").resolve(DefaultDays.RESOURCE);
  private static final Path SOURCE = MODULE.resolve("src/main/java/dev/motcua/calendar/DefaultDays.java");
  private static final String BEGIN = "// BEGIN GENERATED";
  private static final String END = "// END GENERATED";

  private static boolean[] weekend() {
    boolean[] rest = new boolean[7];
    rest[DayOfWeek.SATURDAY.ordinal()] = true;
    rest[DayOfWeek.SUNDAY.ordinal()] = true;
    return rest;
  }

  @Test
  void precomputed_equalEveryLayerComputed() throws IOException {
    DefaultDays.Days computed = DayLayers.compute(DaySettings.DEFAULT);
    String resource = DefaultDays.render(computed.labels().get());
    String constants = constants(computed);
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    int begin = source.indexOf(BEGIN) + BEGIN.length();
    int end = source.indexOf(END);
    if (Boolean.getBoolean("motcua.updateDefaultDays")) {
      Files.writeString(RESOURCE, resource, StandardCharsets.UTF_8);
      Files.writeString(SOURCE, source.substring(0, begin) + constants + source.substring(end), StandardCharsets.UTF_8);
      return;
    }
    String stale = " is stale: regenerate with "
        + "mvn -B -o test -pl calendar -Dtest=DefaultDaysTest -Dmotcua.updateDefaultDays=true";
    assertEquals(resource, Files.readString(RESOURCE, StandardCharsets.UTF_8), DefaultDays.RESOURCE + stale);
    assertEquals(constants, source.substring(begin, end), SOURCE + stale);
    // and what the class holds (the compiled constants), not only its source text
    DefaultDays.Days precomputed = DefaultDays.days();
    assertArrayEquals(computed.closed(), precomputed.closed());
    assertArrayEquals(computed.open(), precomputed.open());
    assertArrayEquals(computed.coveredYears(), precomputed.coveredYears());
    assertEquals(computed.labels().get(), precomputed.labels().get());
  }

  /** The generated constants of {@link DefaultDays}, wrapped as Java string literals. */
  private static String constants(DefaultDays.Days days) {
    return "\n"
        + literal("Years with an official schedule: gaps between year indexes, 0 being 1990.", "COVERED",
            DefaultDays.encodeCovered(days.coveredYears()))
        + literal("Labelled days off (holidays, compensatory and swapped days): gaps between day indexes.", "CLOSED",
            DefaultDays.encode(days.closed()))
        + literal("Labelled working days (make-up days): gaps between day indexes.", "OPEN",
            DefaultDays.encode(days.open()))
        + "  ";
  }

  private static String literal(String doc, String name, String value) {
    StringBuilder out = new StringBuilder("  /** ").append(doc).append(" */\n  private static final String ")
        .append(name).append(" =");
    String prefix = "\n      \"";
    int i = 0;
    while (i < value.length()) {
      // lines of about 100 characters, broken after a space so that no number is split
      int end = value.length() - i <= 100 ? value.length() : value.lastIndexOf(' ', i + 100) + 1;
      out.append(prefix).append(value, i, end).append('"');
      prefix = "\n      + \"";
      i = end;
    }
    if (value.isEmpty()) {
      out.append(" \"\"");
    }
    return out.append(";\n").toString();
  }

  @Test
  void daySettings_freshBuilder_equalsDefaultAndSelectsPrecomputedDays() {
    assertArrayEquals(weekend(), DaySettings.DEFAULT.restByPattern());
    assertEquals(DaySettings.DEFAULT, WorkingCalendars.builder().daySettings());
    assertSame(DefaultDays.days(), DayLayers.of(DaySettings.DEFAULT));
    // working periods of working days, reception, zone and strictness do not decide which days work
    assertEquals(DaySettings.DEFAULT, WorkingCalendars.builder()
        .workingPeriods(DayOfWeek.FRIDAY, LocalTime.of(7, 30), LocalTime.of(11, 30))
        .receptionWindow(DayOfWeek.SATURDAY).zone(ZoneId.of("Asia/Bangkok")).strict(true).daySettings());
    // a setting changed back is the default again: a value compared with equals, not a "changed" flag
    assertEquals(DaySettings.DEFAULT, WorkingCalendars.builder().bundledSchedules(false).bundledSchedules(true)
        .workingPeriods(DayOfWeek.SATURDAY, LocalTime.of(7, 0), LocalTime.of(11, 0))
        .workingPeriods(DayOfWeek.SATURDAY).daySettings());
    List<WorkingCalendarBuilder> changed = List.of(
        WorkingCalendars.builder().bundledSchedules(false),
        WorkingCalendars.builder().statutoryHolidays(false),
        WorkingCalendars.builder().nationalDayBridge(NationalDayBridge.DAY_AFTER),
        WorkingCalendars.builder().cultureDayFrom(Optional.empty()),
        WorkingCalendars.builder().addDayOff(LocalDate.of(2027, 3, 8), "Nghỉ", "Closed"),
        WorkingCalendars.builder().workingPeriods(DayOfWeek.SATURDAY, LocalTime.of(7, 0), LocalTime.of(11, 0)));
    for (WorkingCalendarBuilder b : changed) {
      assertNotEquals(DaySettings.DEFAULT, b.daySettings(), b.daySettings().toString());
      assertNotSame(DefaultDays.days(), DayLayers.of(b.daySettings()), b.daySettings().toString());
    }
  }

  @Test
  void encode_decode_roundTrip() {
    int[] indexes = {0, 1, 5, 40_000, 40_543};
    assertArrayEquals(indexes, DefaultDays.decode(DefaultDays.encode(indexes)));
    assertArrayEquals(new int[0], DefaultDays.decode(""));
  }

  @Test
  void parse_ofRender_givesTheSameDays() {
    NavigableMap<LocalDate, SpecialDay> computed = DayLayers.compute(DaySettings.DEFAULT).labels().get();
    NavigableMap<LocalDate, SpecialDay> parsed = DefaultDays.parse(DefaultDays.render(computed));
    assertEquals(computed, parsed);
    assertTrue(parsed.size() > 1000, "labels: " + parsed.size());
    // names are shared, not copied per day: the calendar's heap depends on it
    SpecialDay a = parsed.get(LocalDate.of(2030, 1, 1));
    SpecialDay b = parsed.get(LocalDate.of(2031, 1, 1));
    assertTrue(a.nameVi() == b.nameVi(), "one copy of " + a.nameVi());
  }

  @Test
  void defaultCalendar_sameAsComputedFromEveryLayer_everyDay() {
    WorkingCalendar precomputed = WorkingCalendars.vietnamCivilService();
    WorkingCalendar computed = WorkingCalendars.builder().computeEveryLayer().build();
    for (LocalDate d = precomputed.minDate(); !d.isAfter(precomputed.maxDate()); d = d.plusDays(1)) {
      assertEquals(computed.isWorkingDay(d), precomputed.isWorkingDay(d), d.toString());
      assertEquals(computed.dayOff(d), precomputed.dayOff(d), d.toString());
      if (d.getDayOfYear() == 1) {
        assertEquals(computed.specialDays(d.getYear()), precomputed.specialDays(d.getYear()), d.toString());
      }
    }
  }

  @Test
  void changedLayers_computeTheirOwnDays() {
    LocalDate adjacent2027 = LocalDate.of(2027, 9, 3); // Friday after National Day (Thursday 2/9/2027)
    WorkingCalendar dayBefore = WorkingCalendars.builder().nationalDayBridge(NationalDayBridge.DAY_BEFORE).build();
    assertEquals(true, dayBefore.isWorkingDay(adjacent2027));
    assertEquals(false, WorkingCalendars.vietnamCivilService().isWorkingDay(adjacent2027));
    WorkingCalendar sixDays = WorkingCalendars.builder()
        .workingPeriods(DayOfWeek.SATURDAY, LocalTime.of(7, 0), LocalTime.of(11, 0)).build();
    // 1/1/2028 is a Saturday: a holiday, not compensated by the next Monday when Saturday works
    assertEquals(true, sixDays.isWorkingDay(LocalDate.of(2028, 1, 3)));
    assertEquals(false, WorkingCalendars.vietnamCivilService().isWorkingDay(LocalDate.of(2028, 1, 3)));
  }

  @Test
  void parse_brokenText_saysWhat() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DefaultDays.parse("strings\t1\nTết\ndays\t1\n2019-02-04\tFEAST\tNOTICE\t0\t0\t-1\n"));
    assertTrue(e.getMessage().contains("FEAST"), e.getMessage());
  }
}
