package dev.motcua.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.motcua.testkit.Property;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every arithmetic method against a naive day-by-day model (a set of working days and a loop), over the whole
 * supported range. Seeded by the project's harness ({@link Property}: fixed by default, {@code -Dmotcua.seed=N} or
 * {@code =random} on request); a failure names the seed and the input, shrunk toward the simplest failing case.
 */
class WorkingCalendarPropertyTest {

  private static final int TRIALS = 3000;
  private static final LocalDate MIN = LocalDate.of(1990, 1, 1);
  private static final LocalDate MAX = LocalDate.of(2100, 12, 31);

  /** The naive model: a boolean per day and the working periods of each day, as minute pairs. */
  static final class Model {
    final boolean[] working;
    final Function<LocalDate, int[]> periods;

    Model(WorkingCalendar cal, Function<LocalDate, int[]> periods) {
      int n = (int) (MAX.toEpochDay() - MIN.toEpochDay() + 1);
      working = new boolean[n];
      for (int i = 0; i < n; i++) {
        working[i] = cal.isWorkingDay(MIN.plusDays(i));
      }
      this.periods = periods;
    }

    boolean isWorking(LocalDate d) {
      return working[(int) (d.toEpochDay() - MIN.toEpochDay())];
    }

    int[] periodsOf(LocalDate d) {
      return isWorking(d) ? periods.apply(d) : new int[0];
    }

    LocalDate plusWorkingDays(LocalDate d, int n) {
      int step = Integer.signum(n);
      int left = Math.abs(n);
      while (left > 0) {
        d = d.plusDays(step);
        if (d.isBefore(MIN) || d.isAfter(MAX)) {
          return null;
        }
        if (isWorking(d)) {
          left--;
        }
      }
      return d;
    }

    int workingDaysBetween(LocalDate a, LocalDate b) {
      int sign = 1;
      if (b.isBefore(a)) {
        LocalDate t = a;
        a = b;
        b = t;
        sign = -1;
      }
      int count = 0;
      for (LocalDate d = a; d.isBefore(b); d = d.plusDays(1)) {
        count += isWorking(d) ? 1 : 0;
      }
      return sign * count;
    }

    /** Working minutes from the start of day {@code d} to {@code t}; seconds are not used by the generator. */
    long minutesInto(LocalDate d, LocalTime t) {
      int m = t.getHour() * 60 + t.getMinute();
      long sum = 0;
      int[] p = periodsOf(d);
      for (int i = 0; i < p.length; i += 2) {
        sum += Math.max(0, Math.min(m, p[i + 1]) - p[i]);
      }
      return sum;
    }

    long minutesOfDay(LocalDate d) {
      return minutesInto(d, LocalTime.MAX);
    }

    long workingMinutesBetween(LocalDateTime a, LocalDateTime b) {
      if (b.isBefore(a)) {
        return -workingMinutesBetween(b, a);
      }
      if (a.toLocalDate().equals(b.toLocalDate())) {
        return minutesInto(b.toLocalDate(), b.toLocalTime()) - minutesInto(a.toLocalDate(), a.toLocalTime());
      }
      long sum = minutesOfDay(a.toLocalDate()) - minutesInto(a.toLocalDate(), a.toLocalTime());
      for (LocalDate d = a.toLocalDate().plusDays(1); d.isBefore(b.toLocalDate()); d = d.plusDays(1)) {
        sum += minutesOfDay(d);
      }
      return sum + minutesInto(b.toLocalDate(), b.toLocalTime());
    }

    /** Minute by minute: the earliest u with the given working minutes after t (positive only). */
    LocalDateTime plusWorkingMinutes(LocalDateTime t, long minutes) {
      LocalDate d = t.toLocalDate();
      long left = minutes;
      int from = t.getHour() * 60 + t.getMinute();
      while (true) {
        if (d.isAfter(MAX)) {
          return null;
        }
        int[] p = periodsOf(d);
        for (int i = 0; i < p.length; i += 2) {
          int s = Math.max(p[i], from);
          if (s >= p[i + 1]) {
            continue;
          }
          if (left <= p[i + 1] - s) {
            return d.atTime(LocalTime.of(0, 0).plusMinutes(s + left));
          }
          left -= p[i + 1] - s;
        }
        d = d.plusDays(1);
        from = 0;
      }
    }

    LocalDateTime officialReceipt(LocalDateTime t) {
      LocalDate d = t.toLocalDate();
      int m = t.getHour() * 60 + t.getMinute();
      while (true) {
        if (d.isAfter(MAX)) {
          return null;
        }
        int[] p = periodsOf(d);
        for (int i = 0; i < p.length; i += 2) {
          if (m >= p[i] && m < p[i + 1]) {
            return t.toLocalDate().equals(d) ? t : d.atTime(LocalTime.of(0, 0).plusMinutes(p[i]));
          }
          if (m < p[i]) {
            return d.atTime(LocalTime.of(0, 0).plusMinutes(p[i]));
          }
        }
        d = d.plusDays(1);
        m = -1;
      }
    }

    LocalDateTime close(LocalDate d) {
      int[] p = periodsOf(d);
      return d.atTime(LocalTime.of(0, 0).plusMinutes(p[p.length - 1]));
    }

    LocalDateTime due(LocalDateTime received, ProcessingTime pt, WorkingDayConvention c) {
      LocalDateTime r = officialReceipt(received);
      LocalDate day = r.toLocalDate();
      switch (pt.kind()) {
        case WORKING_DAYS:
          return c == WorkingDayConvention.CIVIL_CODE ? close(plusWorkingDays(day, pt.amount()))
              : plusWorkingMinutes(r, 480L * pt.amount());
        case WORKING_HOURS:
          return plusWorkingMinutes(r, 60L * pt.amount());
        case SAME_DAY:
          return r.toLocalTime().isBefore(LocalTime.of(15, 0)) ? close(day) : close(plusWorkingDays(day, 1));
        default:
          LocalDate last = day.plusDays(pt.amount());
          return close(isWorking(last) ? last : plusWorkingDays(last, 1));
      }
    }
  }

  private static final int[] STANDARD = {420, 660, 780, 1020};

  /** A host calendar: Monday–Saturday-morning pattern, make-up and closure days, a loaded 2027 schedule. */
  static WorkingCalendar customCalendar() {
    String json2027 = "{\"format\":\"motcua-schedule/1\",\"years\":[{\"year\":2027,\"days\":["
        + "{\"date\":\"2027-02-05\",\"kind\":\"HOLIDAY\",\"nameVi\":\"Tết\",\"nameEn\":\"Tết\",\"source\":\"test\"},"
        + "{\"date\":\"2027-02-14\",\"kind\":\"MAKE_UP\",\"nameVi\":\"Làm bù\",\"nameEn\":\"Make-up\",\"source\":\"test\"}]}]}";
    return WorkingCalendars.builder()
        .workingPeriods(DayOfWeek.SATURDAY, LocalTime.of(7, 30), LocalTime.of(11, 30))
        .workingPeriods(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(13, 30),
            LocalTime.of(16, 30))
        .makeUpDayPeriods(LocalTime.of(8, 0), LocalTime.of(12, 0))
        .addDayOff(LocalDate.of(2025, 3, 12), "Nghỉ địa phương", "Local closure")
        .addMakeUpDay(LocalDate.of(2025, 3, 16), "Làm bù", "Local make-up day")
        .addSchedules(new ByteArrayInputStream(json2027.getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  static int[] customPeriods(LocalDate d, WorkingCalendar cal) {
    DayOfWeek w = d.getDayOfWeek();
    if (w == DayOfWeek.SUNDAY) {
      return new int[] {480, 720}; // make-up day periods
    }
    if (w == DayOfWeek.SATURDAY) {
      return new int[] {450, 690};
    }
    if (w == DayOfWeek.FRIDAY) {
      return new int[] {480, 720, 810, 990};
    }
    return STANDARD;
  }

  private static final int[] THREE_PERIODS = {420, 540, 570, 690, 780, 1020};
  private static final int[] SHIFTED = {480, 720, 810, 1050};

  /**
   * Every working day lasts 8 hours, but weekdays have three periods and make-up days other periods: the
   * equal-length fast path without the shared-layout one.
   */
  static WorkingCalendar threePeriodCalendar() {
    WorkingCalendarBuilder b = WorkingCalendars.builder();
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      b.workingPeriods(d, LocalTime.of(7, 0), LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(11, 30),
          LocalTime.of(13, 0), LocalTime.of(17, 0));
    }
    return b.makeUpDayPeriods(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(17, 30))
        .build();
  }

  static int[] threePeriods(LocalDate d) {
    boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    return weekend ? SHIFTED : THREE_PERIODS;
  }

  static Stream<Arguments> data_calendars() {
    WorkingCalendar def = WorkingCalendars.vietnamCivilService();
    WorkingCalendar custom = customCalendar();
    WorkingCalendar three = threePeriodCalendar();
    return Stream.of(
        // equal 8-hour days with three weekday periods and other make-up periods
        Arguments.of("three periods", three, new Model(three, WorkingCalendarPropertyTest::threePeriods)),
        // the default civil-service calendar; make-up Saturdays work 07–11, 13–17
        Arguments.of("default", def, new Model(def, d -> STANDARD)),
        // a host calendar with Saturday mornings, shorter Fridays and half-day make-up Sundays
        Arguments.of("custom", custom, new Model(custom, d -> customPeriods(d, custom))));
  }

  /** Dates biased toward special days and year boundaries. */
  static LocalDate randomDate(Random r) {
    int pick = r.nextInt(10);
    if (pick == 0) {
      LocalDate d = LocalDate.of(1990 + r.nextInt(111), 1, 1).plusDays(r.nextInt(7) - 3);
      return d.isBefore(MIN) ? MIN : d.isAfter(MAX) ? MAX : d;
    }
    if (pick == 1) {
      int y = 2018 + r.nextInt(10);
      return VietnameseHolidays.lunarNewYear(y).plusDays(r.nextInt(15) - 7);
    }
    return MIN.plusDays(r.nextInt((int) (MAX.toEpochDay() - MIN.toEpochDay() + 1)));
  }

  static LocalDateTime randomDateTime(Random r) {
    LocalDate d = randomDate(r);
    while (d.isAfter(MAX.minusDays(800)) || d.isBefore(MIN.plusDays(800))) {
      d = randomDate(r);
    }
    int m = r.nextInt(4) == 0 ? List.of(420, 659, 660, 720, 780, 899, 900, 901, 1020, 1080).get(r.nextInt(10))
        : r.nextInt(1440);
    return d.atTime(m / 60, m % 60);
  }

  static int randomN(Random r) {
    int[] sizes = {1, 10, 250, 2500};
    int n = r.nextInt(sizes[r.nextInt(sizes.length)]) + (r.nextBoolean() ? 0 : 1);
    return r.nextBoolean() ? n : -n;
  }

  /** A date and a count of days. */
  record Shift(LocalDate date, int n) {
    @Override
    public String toString() {
      return "date " + date + " (" + date.getDayOfWeek() + "), n " + n;
    }
  }

  /** Checks a property over random shifts, shrinking the first failure by halving n. */
  static void forAll(String name, BiPredicate<LocalDate, Integer> property) {
    Property.forAll(name, r -> new Shift(randomDate(r), randomN(r)))
        .trials(TRIALS)
        .shrinking(s -> s.n() / 2 == s.n() ? Stream.empty() : Stream.of(new Shift(s.date(), s.n() / 2)))
        .check(s -> property.test(s.date(), s.n()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_calendars")
  void plusWorkingDays_randomDates_equalsModel(String name, WorkingCalendar cal, Model model) {
    forAll("plusWorkingDays " + name, (d, n) -> {
      LocalDate expected = model.plusWorkingDays(d, n);
      if (expected == null) {
        assertThrows(CalendarRangeException.class, () -> cal.plusWorkingDays(d, n));
        return true;
      }
      return expected.equals(cal.plusWorkingDays(d, n));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_calendars")
  void workingDaysBetween_randomPairs_equalsModel(String name, WorkingCalendar cal, Model model) {
    forAll("workingDaysBetween " + name, (d, n) -> {
      LocalDate e = d.plusDays(n);
      if (e.isBefore(MIN) || e.isAfter(MAX)) {
        return true;
      }
      return model.workingDaysBetween(d, e) == cal.workingDaysBetween(d, e);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_calendars")
  void nextAndPreviousWorkingDay_randomDates_equalsModel(String name, WorkingCalendar cal, Model model) {
    forAll("nextWorkingDay/previousWorkingDay " + name, (d, n) -> {
      LocalDate next = model.plusWorkingDays(d, 1);
      LocalDate prev = model.plusWorkingDays(d, -1);
      return (next == null || next.equals(cal.nextWorkingDay(d)))
          && (prev == null || prev.equals(cal.previousWorkingDay(d)))
          && cal.nextOrSameWorkingDay(d).equals(model.isWorking(d) ? d : next)
          && (prev == null && !model.isWorking(d)
              || cal.previousOrSameWorkingDay(d).equals(model.isWorking(d) ? d : prev)
                  && d.with(cal.previousOrSameWorkingDayAdjuster()).equals(model.isWorking(d) ? d : prev))
          && (next == null || d.with(cal.nextWorkingDayAdjuster()).equals(next))
          && (prev == null || d.with(cal.previousWorkingDayAdjuster()).equals(prev));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_calendars")
  void workingTime_randomDateTimes_equalsModel(String name, WorkingCalendar cal, Model model) {
    Property.forAll("workingTime " + name, r -> new TimeCase(randomDateTime(r),
            r.nextInt(new int[] {60, 960, 20_000, 100_000}[r.nextInt(4)]) + 1, r.nextInt(2) == 0))
        .trials(TRIALS)
        .shrinking(c -> c.minutes() == 1 ? Stream.empty()
            : Stream.of(new TimeCase(c.a(), c.minutes() / 2, c.forward())))
        .verify(c -> {
      List<String> failures = new ArrayList<>();
      LocalDateTime a = c.a();
      long minutes = c.minutes();
      LocalDateTime b = a.plusMinutes(c.forward() ? minutes : -minutes);
      check(failures, "workingTimeBetween " + a + " " + b,
          Duration.ofMinutes(model.workingMinutesBetween(a, b)), cal.workingTimeBetween(a, b));
      check(failures, "plusWorkingTime " + a + " +" + minutes + "min",
          model.plusWorkingMinutes(a, minutes), cal.plusWorkingTime(a, Duration.ofMinutes(minutes)));
      LocalDateTime u = cal.plusWorkingTime(a, Duration.ofMinutes(-minutes));
      check(failures, "plusWorkingTime " + a + " -" + minutes + "min",
          Duration.ofMinutes(minutes), cal.workingTimeBetween(u, a));
      check(failures, "latest: plusWorkingTime " + a + " -" + minutes + "min",
          true, !cal.isWorkingDay(u.toLocalDate()) ? false : cal.officialReceiptTime(u).equals(u));
      check(failures, "officialReceiptTime " + a, model.officialReceipt(a), cal.officialReceiptTime(a));
      assertEquals(List.of(), failures);
    });
  }

  /** A date-time and a number of working minutes, forward or backward. */
  record TimeCase(LocalDateTime a, long minutes, boolean forward) {}

  /**
   * Law: {@code workingTimeBetween(t, plusWorkingTime(t, d)) == d} to the nanosecond, for durations at, just
   * before and just after whole multiples of a working day (where the day a position falls in is decided) and
   * for random nanoseconds; a forward result is the earliest such time, so one nanosecond less of work ends
   * strictly earlier.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("data_calendars")
  void plusWorkingTime_nanosecondDurations_roundTrip(String name, WorkingCalendar cal, Model model) {
    Property.forAll("plusWorkingTime nanoseconds " + name, r -> {
      LocalDateTime a = randomDateTime(r).plusNanos(r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0);
      long day = model.minutesOfDay(cal.nextOrSameWorkingDay(a.toLocalDate())) * 60_000_000_000L;
      long nanos = r.nextInt(400) * day + new long[] {-1, 0, 1, r.nextLong() % day}[r.nextInt(4)];
      return new NanoCase(a, Duration.ofNanos(r.nextBoolean() ? nanos : -nanos));
    }).trials(TRIALS).verify(c -> {
      LocalDateTime a = c.a();
      Duration d = c.d();
      if (d.isZero()) {
        return;
      }
      List<String> failures = new ArrayList<>();
      LocalDateTime u = cal.plusWorkingTime(a, d);
      check(failures, "workingTimeBetween(" + a + ", plusWorkingTime(" + a + ", " + d + "))", d,
          cal.workingTimeBetween(a, u));
      if (!d.isNegative()) {
        LocalDateTime shorter = cal.plusWorkingTime(a, d.minusNanos(1));
        check(failures, "earliest: " + a + " + " + d, true, shorter.isBefore(u));
      }
      assertEquals(List.of(), failures);
    });
  }

  /** A date-time and a working duration. */
  record NanoCase(LocalDateTime a, Duration d) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_calendars")
  void due_randomReceipts_equalsModel(String name, WorkingCalendar cal, Model model) {
    Property.forAll("due " + name, r -> new DueCase(randomDateTime(r), 1 + r.nextInt(new int[] {3, 30, 120}[r.nextInt(3)])))
        .trials(TRIALS)
        .shrinking(k -> k.n() == 1 ? Stream.empty() : Stream.of(new DueCase(k.a(), k.n() / 2)))
        .verify(k -> {
      LocalDateTime a = k.a();
      int n = k.n();
      List<String> failures = new ArrayList<>();
      for (ProcessingTime pt : List.of(ProcessingTime.workingDays(n), ProcessingTime.workingHours(n),
          ProcessingTime.sameDay(), ProcessingTime.calendarDays(n))) {
        for (WorkingDayConvention c : WorkingDayConvention.values()) {
          LocalDateTime due = pt.dueFrom(cal, a, c);
          check(failures, "due " + a + " " + pt + " " + c, model.due(a, pt, c), due);
          check(failures, "due not before receipt " + a + " " + pt, true, !due.isBefore(a));
        }
      }
      assertEquals(List.of(), failures);
    });
  }

  /** A receipt and an amount of processing time. */
  record DueCase(LocalDateTime a, int n) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_calendars")
  void isReceptionOpen_randomTimes_workingPeriodOrSaturdayWindow(String name, WorkingCalendar cal, Model model) {
    Property.forAll("isReceptionOpen " + name, WorkingCalendarPropertyTest::randomDateTime).trials(TRIALS).verify(a -> {
      int m = a.getHour() * 60 + a.getMinute();
      int[] p = model.periodsOf(a.toLocalDate());
      boolean inPeriod = false;
      for (int i = 0; i < p.length; i += 2) {
        inPeriod |= m >= p[i] && m < p[i + 1];
      }
      assertEquals(inPeriod, cal.isReceptionOpen(a, false), a::toString);
      boolean saturdayWindow = !model.isWorking(a.toLocalDate()) && a.getDayOfWeek() == DayOfWeek.SATURDAY
          && m >= 420 && m < 660 && cal.dayOff(a.toLocalDate()).orElseThrow().kind() == DayKind.WEEKLY_REST;
      assertEquals(inPeriod || saturdayWindow, cal.isReceptionOpen(a, true), a::toString);
    });
  }

  @org.junit.jupiter.api.Test
  void strict_randomDates_refusesExactlyUnpublishedYears() {
    WorkingCalendar strict = WorkingCalendars.builder().strict(true).build();
    WorkingCalendar lenient = WorkingCalendars.vietnamCivilService();
    Property.forAll("strict", r -> new Shift(randomDate(r), randomN(r) % 300)).trials(TRIALS).verify(s -> {
      LocalDate d = s.date();
      int n = s.n();
      boolean published = d.getYear() >= 2019 && d.getYear() <= 2026; // bundled years
      if (published) {
        assertEquals(lenient.isWorkingDay(d), strict.isWorkingDay(d), d::toString);
        LocalDate expected = lenient.plusWorkingDays(d, n);
        if (expected.getYear() >= 2019 && expected.getYear() <= 2026) {
          assertEquals(expected, strict.plusWorkingDays(d, n), d + " " + n);
        } else {
          assertThrows(ScheduleNotPublishedException.class, () -> strict.plusWorkingDays(d, n), d + " " + n);
        }
      } else {
        ScheduleNotPublishedException e =
            assertThrows(ScheduleNotPublishedException.class, () -> strict.isWorkingDay(d), d.toString());
        assertEquals(d.getYear(), e.year());
      }
    });
  }

  @org.junit.jupiter.api.Test
  void dayOff_everyDayOfTheRange_hasProvenanceAndSource() {
    WorkingCalendar cal = WorkingCalendars.vietnamCivilService();
    for (LocalDate d = MIN; !d.isAfter(MAX); d = d.plusDays(1)) {
      java.util.Optional<DayOff> off = cal.dayOff(d);
      assertEquals(!cal.isWorkingDay(d), off.isPresent(), d.toString());
      if (off.isPresent()) {
        assertEquals(true, off.get().source().isPresent(), d + " " + off.get());
      }
    }
  }

  private static void check(List<String> failures, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      failures.add(what + ": expected " + expected + " but was " + actual);
    }
  }
}
