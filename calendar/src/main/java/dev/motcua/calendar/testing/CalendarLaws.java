package dev.motcua.calendar.testing;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.calendar.DayOff;
import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.ScheduleNotPublishedException;
import dev.motcua.calendar.SpecialDay;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.calendar.WorkingDayConvention;
import dev.motcua.calendar.WorkingPeriods;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Laws every {@link WorkingCalendar} must obey, checked on seeded random inputs with a small shrinking step:
 * a framework-free property checker for testers of their own calendars, usable from any test framework.
 *
 * <pre>{@code
 * CalendarLaws.Report report = CalendarLaws.check(myCalendar, 42L, 1000);
 * assertTrue(report.passed(), report.toString());
 * }</pre>
 *
 * <p>Laws ({@code a} a working day, {@code d} any date, {@code t} any date-time, {@code n} any int in ±2500):
 * <ul>
 *   <li>{@code DAYS_ROUND_TRIP}: {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n};
 *   <li>{@code DAYS_INVERSE}: {@code plusWorkingDays(plusWorkingDays(a, n), -n) == a};
 *   <li>{@code NEXT_PREVIOUS}: the next and previous working days are working days, and no working day lies
 *       strictly between them and {@code d};
 *   <li>{@code DAYS_MONOTONE}: {@code d <= e} implies {@code plusWorkingDays(d, n) <= plusWorkingDays(e, n)};
 *   <li>{@code TIME_ROUND_TRIP}: {@code workingTimeBetween(t, plusWorkingTime(t, h)) == h} for h ≥ 0 minutes;
 *   <li>{@code RECEIPT}: {@code officialReceiptTime(t) >= t} and reception is open then;
 *   <li>{@code DUE}: every kind of {@link ProcessingTime#dueFrom due date-time} is not before the receipt and is
 *       monotone in the receipt;
 *   <li>{@code PERIODS}: a date is a working day exactly when it has working periods and no day off;
 *   <li>{@code DEFAULT_DAYS}, {@code DEFAULT_TIME}: every working-day and working-time method of the calendar
 *       returns what its {@link WorkingCalendar} interface default returns, computed from the calendar's abstract
 *       methods alone (so a fast implementation is checked against the plain day-by-day one).
 * </ul>
 *
 * <p>A trial is run first on that plain form of the calendar, which asks only the abstract methods. If one of them
 * refuses a date outside {@link WorkingCalendar#minDate()}..{@link WorkingCalendar#maxDate()}, or throws
 * {@link ScheduleNotPublishedException} (a strict calendar's unpublished year), the input leaves the calendar's
 * domain and the trial is skipped, counted in {@link Report#skipped()}. Otherwise every exception is a failure of
 * the law, reported with its input: a method that throws never passes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarLaws {

  private CalendarLaws() {}

  /**
   * One law broken, with the smallest failing input found.
   *
   * @param law the law's name
   * @param input the (shrunk) input
   * @param detail what went wrong
   */
  public record Failure(String law, String input, String detail) {
    /**
     * Checks for nulls.
     *
     * @param law the law's name
     * @param input the (shrunk) input
     * @param detail what went wrong
     */
    public Failure {
      Objects.requireNonNull(law, "law");
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The outcome of a check.
   *
   * @param seed the seed used
   * @param trials the number of trials per law
   * @param skipped the trials, over all laws, whose input left the calendar's domain
   * @param failures at most one failure per law
   */
  public record Report(long seed, int trials, int skipped, List<Failure> failures) {
    /**
     * Copies the failures.
     *
     * @param seed the seed used
     * @param trials the number of trials per law
     * @param skipped the trials, over all laws, whose input left the calendar's domain
     * @param failures at most one failure per law
     */
    public Report {
      failures = List.copyOf(failures);
    }

    /** @return true if no law failed */
    public boolean passed() {
      return failures.isEmpty();
    }

    /** Returns the seed, the counts and each failure on its own line. */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("CalendarLaws seed " + seed + ", " + trials + " trials per law, "
          + skipped + " skipped: ").append(passed() ? "all laws hold" : failures.size() + " failed");
      failures.forEach(f -> sb.append("\n  ").append(f.law()).append(" for ").append(f.input()).append(": ")
          .append(f.detail()));
      return sb.toString();
    }
  }

  /** A law over a date-time and an amount; returns null if it holds, else what went wrong. */
  private interface Law {
    @Nullable String test(WorkingCalendar c, LocalDateTime t, int n);
  }

  private static final String[] NAMES = {"DAYS_ROUND_TRIP", "DAYS_INVERSE", "NEXT_PREVIOUS", "DAYS_MONOTONE",
      "TIME_ROUND_TRIP", "RECEIPT", "DUE", "PERIODS", "DEFAULT_DAYS", "DEFAULT_TIME"};
  private static final Law[] LAWS = {CalendarLaws::daysRoundTrip, CalendarLaws::daysInverse,
      CalendarLaws::nextPrevious, CalendarLaws::daysMonotone, CalendarLaws::timeRoundTrip, CalendarLaws::receipt,
      CalendarLaws::due, CalendarLaws::periods, CalendarLaws::defaultDays, CalendarLaws::defaultTime};

  /**
   * Checks every law.
   *
   * @param calendar the calendar
   * @param seed the random seed (report it to reproduce a failure)
   * @param trials the trials per law, at least 1
   * @return the report
   * @throws IllegalArgumentException if {@code trials < 1}
   */
  public static Report check(WorkingCalendar calendar, long seed, int trials) {
    Objects.requireNonNull(calendar, "calendar");
    checkArgument(trials >= 1, "Trials must be at least 1: %s", trials);
    WorkingCalendar plain = new InterfaceDefaults(calendar);
    List<Failure> failures = new ArrayList<>();
    int skipped = 0;
    for (int l = 0; l < LAWS.length; l++) {
      Random r = new Random(seed + l);
      for (int i = 0; i < trials; i++) {
        LocalDateTime t = randomDateTime(calendar, r);
        int n = r.nextInt(5001) - 2500;
        String outcome;
        try {
          outcome = run(LAWS[l], calendar, plain, t, n);
        } catch (Refusal e) {
          skipped++;
          continue;
        }
        if (outcome != null) {
          failures.add(shrink(NAMES[l], LAWS[l], calendar, plain, t, n, outcome));
          break;
        }
      }
    }
    return new Report(seed, trials, skipped, failures);
  }

  private static LocalDateTime randomDateTime(WorkingCalendar c, Random r) {
    long min = c.minDate().toEpochDay();
    long span = c.maxDate().toEpochDay() - min + 1;
    LocalDate d = LocalDate.ofEpochDay(min + (long) (r.nextDouble() * span));
    return d.atTime(r.nextInt(24), r.nextInt(60));
  }

  /**
   * Runs a trial on the calendar's plain form, to learn whether the input is in its domain and the law holds for
   * the interface defaults, then on the calendar itself: null if the law holds, else what went wrong.
   *
   * @throws Refusal if the input leaves the calendar's domain (the trial is skipped)
   */
  private static @Nullable String run(Law law, WorkingCalendar c, WorkingCalendar plain, LocalDateTime t, int n) {
    try {
      String detail = law.test(plain, t, n);
      if (detail != null) {
        return "with the interface defaults: " + detail;
      }
    } catch (Refusal e) {
      throw e;
    } catch (RuntimeException e) {
      return "with the interface defaults: threw " + e;
    }
    try {
      return law.test(c, t, n);
    } catch (Refusal e) {
      // a law comparing with the interface defaults met a refusal the plain run did not: the inputs differ
      return "the interface defaults refused: " + e.getCause();
    } catch (RuntimeException e) {
      return "threw " + e;
    }
  }

  /** {@link #run}, with a skipped trial as a pass: shrinking looks for failing inputs only. */
  private static @Nullable String failure(Law law, WorkingCalendar c, WorkingCalendar plain, LocalDateTime t, int n) {
    try {
      return run(law, c, plain, t, n);
    } catch (Refusal e) {
      return null;
    }
  }

  /** Moves n toward 0 and the date toward the start of its year while the law still fails. */
  private static Failure shrink(
      String name, Law law, WorkingCalendar c, WorkingCalendar plain, LocalDateTime t, int n, String detail) {
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int cand : new int[] {0, n / 2, n - Integer.signum(n)}) {
        String d = cand != n ? failure(law, c, plain, t, cand) : null;
        if (d != null) {
          n = cand;
          detail = d;
          progress = true;
          break;
        }
      }
      LocalDate base = LocalDate.of(t.getYear(), 1, 1);
      long dist = t.toLocalDate().toEpochDay() - base.toEpochDay();
      for (long cand : new long[] {0, dist / 2, dist - 1}) {
        if (cand >= 0 && cand < dist) {
          LocalDateTime tt = base.plusDays(cand).atTime(t.toLocalTime());
          String d = failure(law, c, plain, tt, n);
          if (d != null) {
            t = tt;
            detail = d;
            progress = true;
            break;
          }
        }
      }
    }
    return new Failure(name, "t=" + t + " (" + t.getDayOfWeek() + "), n=" + n, detail);
  }

  // ---------------------------------------------------------------- the laws

  private static @Nullable String daysRoundTrip(WorkingCalendar c, LocalDateTime t, int n) {
    LocalDate a = c.nextOrSameWorkingDay(t.toLocalDate());
    int back = c.workingDaysBetween(a, c.plusWorkingDays(a, n));
    return back == n ? null : "workingDaysBetween(" + a + ", plusWorkingDays(a, n)) = " + back;
  }

  private static @Nullable String daysInverse(WorkingCalendar c, LocalDateTime t, int n) {
    LocalDate a = c.nextOrSameWorkingDay(t.toLocalDate());
    LocalDate there = c.plusWorkingDays(a, n);
    LocalDate back = c.plusWorkingDays(there, -n);
    return back.equals(a) ? null : "plusWorkingDays(" + there + ", " + -n + ") = " + back + ", expected " + a;
  }

  private static @Nullable String nextPrevious(WorkingCalendar c, LocalDateTime t, int n) {
    LocalDate d = t.toLocalDate();
    LocalDate next = c.nextWorkingDay(d);
    LocalDate prev = c.previousWorkingDay(d);
    if (!c.isWorkingDay(next) || !next.isAfter(d) || c.workingDaysBetween(d.plusDays(1), next) != 0) {
      return "nextWorkingDay = " + next;
    }
    if (!c.isWorkingDay(prev) || !prev.isBefore(d) || c.workingDaysBetween(prev.plusDays(1), d) != 0) {
      return "previousWorkingDay = " + prev;
    }
    return null;
  }

  private static @Nullable String daysMonotone(WorkingCalendar c, LocalDateTime t, int n) {
    LocalDate d = t.toLocalDate();
    LocalDate e = d.plusDays(Math.abs(n) % 40);
    LocalDate x = c.plusWorkingDays(d, n);
    LocalDate y = c.plusWorkingDays(e, n);
    return x.isAfter(y) ? "plusWorkingDays(" + d + ") = " + x + " after plusWorkingDays(" + e + ") = " + y : null;
  }

  private static @Nullable String timeRoundTrip(WorkingCalendar c, LocalDateTime t, int n) {
    Duration h = Duration.ofMinutes(Math.abs(n) * 7L);
    LocalDateTime u = c.plusWorkingTime(t, h);
    Duration back = c.workingTimeBetween(t, u);
    if (!back.equals(h)) {
      return "plusWorkingTime = " + u + ", workingTimeBetween = " + back;
    }
    LocalDateTime v = c.plusWorkingTime(t, h.negated());
    Duration back2 = c.workingTimeBetween(v, t);
    return back2.equals(h) ? null : "plusWorkingTime(-h) = " + v + ", workingTimeBetween = " + back2;
  }

  private static @Nullable String receipt(WorkingCalendar c, LocalDateTime t, int n) {
    LocalDateTime r = c.officialReceiptTime(t);
    if (r.isBefore(t)) {
      return "officialReceiptTime " + r + " before receipt";
    }
    return c.isReceptionOpen(r, false) ? null : "reception closed at official receipt time " + r;
  }

  private static @Nullable String due(WorkingCalendar c, LocalDateTime t, int n) {
    int amount = 1 + Math.abs(n) % 60;
    LocalDateTime later = t.plusMinutes(Math.abs(n) * 13L);
    for (ProcessingTime p : List.of(ProcessingTime.workingDays(amount), ProcessingTime.workingHours(amount),
        ProcessingTime.sameDay(), ProcessingTime.calendarDays(amount))) {
      for (WorkingDayConvention conv : WorkingDayConvention.values()) {
        LocalDateTime due = p.dueFrom(c, t, conv);
        if (due.isBefore(t)) {
          return p + " " + conv.label() + " due " + due + " before receipt";
        }
        LocalDateTime due2 = p.dueFrom(c, later, conv);
        if (due2.isBefore(due)) {
          return p + " " + conv.label() + " not monotone: receipt " + later + " due " + due2 + " before " + due;
        }
      }
    }
    return null;
  }

  private static @Nullable String periods(WorkingCalendar c, LocalDateTime t, int n) {
    LocalDate d = t.toLocalDate();
    boolean working = c.isWorkingDay(d);
    WorkingPeriods periods = c.workingPeriods(d);
    Optional<DayOff> off = c.dayOff(d);
    if (working == periods.isEmpty() || working == off.isPresent()) {
      return "isWorkingDay(" + d + ") = " + working + ", workingPeriods = " + periods + ", dayOff = " + off;
    }
    return null;
  }

  private static @Nullable String defaultDays(WorkingCalendar c, LocalDateTime t, int n) {
    WorkingCalendar plain = new InterfaceDefaults(c);
    LocalDate d = t.toLocalDate();
    LocalDate e = d.plusDays(n % 400);
    return firstDifference(
        agree("plusWorkingDays(" + d + ", " + n + ")", () -> c.plusWorkingDays(d, n), () -> plain.plusWorkingDays(d, n)),
        agree("workingDaysBetween(" + d + ", " + e + ")", () -> c.workingDaysBetween(d, e),
            () -> plain.workingDaysBetween(d, e)),
        agree("nextWorkingDay(" + d + ")", () -> c.nextWorkingDay(d), () -> plain.nextWorkingDay(d)),
        agree("nextOrSameWorkingDay(" + d + ")", () -> c.nextOrSameWorkingDay(d), () -> plain.nextOrSameWorkingDay(d)),
        agree("previousWorkingDay(" + d + ")", () -> c.previousWorkingDay(d), () -> plain.previousWorkingDay(d)),
        agree("previousOrSameWorkingDay(" + d + ")", () -> c.previousOrSameWorkingDay(d),
            () -> plain.previousOrSameWorkingDay(d)),
        agree(t + " with adjustByWorkingDays(" + n + ")", () -> t.with(c.adjustByWorkingDays(n)),
            () -> t.with(plain.adjustByWorkingDays(n))),
        agree(t + " with nextWorkingDayAdjuster", () -> t.with(c.nextWorkingDayAdjuster()),
            () -> t.with(plain.nextWorkingDayAdjuster())),
        agree(t + " with nextOrSameWorkingDayAdjuster", () -> t.with(c.nextOrSameWorkingDayAdjuster()),
            () -> t.with(plain.nextOrSameWorkingDayAdjuster())),
        agree(t + " with previousWorkingDayAdjuster", () -> t.with(c.previousWorkingDayAdjuster()),
            () -> t.with(plain.previousWorkingDayAdjuster())),
        agree(t + " with previousOrSameWorkingDayAdjuster", () -> t.with(c.previousOrSameWorkingDayAdjuster()),
            () -> t.with(plain.previousOrSameWorkingDayAdjuster())));
  }

  private static @Nullable String defaultTime(WorkingCalendar c, LocalDateTime t, int n) {
    WorkingCalendar plain = new InterfaceDefaults(c);
    Duration h = Duration.ofMinutes(n * 7L).plusSeconds(n % 60);
    LocalDateTime u = t.plusMinutes(n * 11L).plusNanos(Math.abs(n) * 1_000_003L);
    LocalDate working = plain.nextOrSameWorkingDay(t.toLocalDate());
    return firstDifference(
        agree("plusWorkingTime(" + t + ", " + h + ")", () -> c.plusWorkingTime(t, h), () -> plain.plusWorkingTime(t, h)),
        agree("workingTimeBetween(" + t + ", " + u + ")", () -> c.workingTimeBetween(t, u),
            () -> plain.workingTimeBetween(t, u)),
        agree("officialReceiptTime(" + t + ")", () -> c.officialReceiptTime(t), () -> plain.officialReceiptTime(t)),
        agree("closeOfBusiness(" + working + ")", () -> c.closeOfBusiness(working),
            () -> plain.closeOfBusiness(working)));
  }

  /** Null if the calendar's method returns what the interface default returns, else both results. */
  private static <T> @Nullable String agree(String call, Supplier<T> calendar, Supplier<T> defaults) {
    T expected = defaults.get();
    T actual = calendar.get();
    return actual.equals(expected) ? null : call + " = " + actual + ", interface default " + expected;
  }

  private static @Nullable String firstDifference(@Nullable String... differences) {
    for (String d : differences) {
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- the plain form of a calendar

  /** An abstract method refused a date outside the calendar's domain. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(DateTimeException cause) {
      super(cause);
    }
  }

  /**
   * A calendar's plain form: forwards only the abstract methods, so every other method runs its interface
   * default; a refusal of a date outside the range, or of an unpublished year, becomes a {@link Refusal}.
   */
  private static final class InterfaceDefaults implements WorkingCalendar {
    private final WorkingCalendar c;

    InterfaceDefaults(WorkingCalendar c) {
      this.c = c;
    }

    private <T> T ask(@Nullable LocalDate date, Supplier<T> query) {
      try {
        return query.get();
      } catch (ScheduleNotPublishedException e) {
        throw new Refusal(e);
      } catch (DateTimeException e) {
        if (date != null && (date.isBefore(c.minDate()) || date.isAfter(c.maxDate()))) {
          throw new Refusal(e);
        }
        throw e;
      }
    }

    @Override
    public ZoneId zone() {
      return c.zone();
    }

    @Override
    public LocalDate minDate() {
      return c.minDate();
    }

    @Override
    public LocalDate maxDate() {
      return c.maxDate();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return ask(date, () -> c.isWorkingDay(date));
    }

    @Override
    public Optional<DayOff> dayOff(LocalDate date) {
      return ask(date, () -> c.dayOff(date));
    }

    @Override
    public List<SpecialDay> specialDays(int year) {
      return ask(null, () -> c.specialDays(year));
    }

    @Override
    public WorkingPeriods workingPeriods(LocalDate date) {
      return ask(date, () -> c.workingPeriods(date));
    }

    @Override
    public boolean isReceptionOpen(LocalDateTime time, boolean saturdayReceptionProcedure) {
      return ask(time.toLocalDate(), () -> c.isReceptionOpen(time, saturdayReceptionProcedure));
    }

    @Override
    public String toString() {
      return "interface defaults of " + c;
    }
  }
}
