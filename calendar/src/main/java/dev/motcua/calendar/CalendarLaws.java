package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

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
 *   <li>{@code DUE}: every kind of due date-time is not before the receipt and is monotone in the receipt.
 * </ul>
 * Inputs whose result leaves the supported range, or a strict calendar's published years, are skipped.
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
    /** Null checks. */
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
   * @param failures at most one failure per law
   */
  public record Report(long seed, int trials, List<Failure> failures) {
    /** Defensive copy. */
    public Report {
      failures = List.copyOf(failures);
    }

    /** @return true if no law failed */
    public boolean passed() {
      return failures.isEmpty();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("CalendarLaws seed " + seed + ", " + trials + " trials: ")
          .append(passed() ? "all laws hold" : failures.size() + " failed");
      failures.forEach(f -> sb.append("\n  ").append(f.law()).append(" for ").append(f.input()).append(": ")
          .append(f.detail()));
      return sb.toString();
    }
  }

  /** A law over a date-time and an amount; returns null if it holds, else what went wrong. */
  private interface Law {
    String test(WorkingCalendar c, LocalDateTime t, int n);
  }

  /**
   * Checks every law.
   *
   * @param calendar the calendar
   * @param seed the random seed (report it to reproduce a failure)
   * @param trials the trials per law, at least 1
   * @return the report
   */
  public static Report check(WorkingCalendar calendar, long seed, int trials) {
    Objects.requireNonNull(calendar, "calendar");
    checkArgument(trials >= 1, "Trials must be at least 1: %s", trials);
    List<Failure> failures = new ArrayList<>();
    String[] names = {"DAYS_ROUND_TRIP", "DAYS_INVERSE", "NEXT_PREVIOUS", "DAYS_MONOTONE", "TIME_ROUND_TRIP",
        "RECEIPT", "DUE"};
    Law[] laws = {CalendarLaws::daysRoundTrip, CalendarLaws::daysInverse, CalendarLaws::nextPrevious,
        CalendarLaws::daysMonotone, CalendarLaws::timeRoundTrip, CalendarLaws::receipt, CalendarLaws::due};
    for (int l = 0; l < laws.length; l++) {
      Random r = new Random(seed + l);
      for (int i = 0; i < trials; i++) {
        LocalDateTime t = randomDateTime(calendar, r);
        int n = r.nextInt(5001) - 2500;
        String detail = run(laws[l], calendar, t, n);
        if (detail != null) {
          failures.add(shrink(names[l], laws[l], calendar, t, n, detail));
          break;
        }
      }
    }
    return new Report(seed, trials, failures);
  }

  private static LocalDateTime randomDateTime(WorkingCalendar c, Random r) {
    long min = c.minDate().toEpochDay();
    long span = c.maxDate().toEpochDay() - min + 1;
    LocalDate d = LocalDate.ofEpochDay(min + (long) (r.nextDouble() * span));
    return d.atTime(r.nextInt(24), r.nextInt(60));
  }

  private static String run(Law law, WorkingCalendar c, LocalDateTime t, int n) {
    try {
      return law.test(c, t, n);
    } catch (DateTimeException e) {
      return null; // outside the range or the published years: not this law's business
    } catch (RuntimeException e) {
      return "threw " + e;
    }
  }

  /** Moves n toward 0 and the date toward the start of its year while the law still fails. */
  private static Failure shrink(String name, Law law, WorkingCalendar c, LocalDateTime t, int n, String detail) {
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int cand : new int[] {0, n / 2, n - Integer.signum(n)}) {
        String d = cand != n ? run(law, c, t, cand) : null;
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
          String d = run(law, c, tt, n);
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

  private static String daysRoundTrip(WorkingCalendar c, LocalDateTime t, int n) {
    LocalDate a = c.nextOrSameWorkingDay(t.toLocalDate());
    int back = c.workingDaysBetween(a, c.plusWorkingDays(a, n));
    return back == n ? null : "workingDaysBetween(" + a + ", plusWorkingDays(a, n)) = " + back;
  }

  private static String daysInverse(WorkingCalendar c, LocalDateTime t, int n) {
    LocalDate a = c.nextOrSameWorkingDay(t.toLocalDate());
    LocalDate there = c.plusWorkingDays(a, n);
    LocalDate back = c.plusWorkingDays(there, -n);
    return back.equals(a) ? null : "plusWorkingDays(" + there + ", " + -n + ") = " + back + ", expected " + a;
  }

  private static String nextPrevious(WorkingCalendar c, LocalDateTime t, int n) {
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

  private static String daysMonotone(WorkingCalendar c, LocalDateTime t, int n) {
    LocalDate d = t.toLocalDate();
    LocalDate e = d.plusDays(Math.abs(n) % 40);
    LocalDate x = c.plusWorkingDays(d, n);
    LocalDate y = c.plusWorkingDays(e, n);
    return x.isAfter(y) ? "plusWorkingDays(" + d + ") = " + x + " after plusWorkingDays(" + e + ") = " + y : null;
  }

  private static String timeRoundTrip(WorkingCalendar c, LocalDateTime t, int n) {
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

  private static String receipt(WorkingCalendar c, LocalDateTime t, int n) {
    LocalDateTime r = c.officialReceiptTime(t);
    if (r.isBefore(t)) {
      return "officialReceiptTime " + r + " before receipt";
    }
    return c.isReceptionOpen(r, false) ? null : "reception closed at official receipt time " + r;
  }

  private static String due(WorkingCalendar c, LocalDateTime t, int n) {
    int amount = 1 + Math.abs(n) % 60;
    LocalDateTime later = t.plusMinutes(Math.abs(n) * 13L);
    for (ProcessingTime p : List.of(ProcessingTime.workingDays(amount), ProcessingTime.workingHours(amount),
        ProcessingTime.sameDay(), ProcessingTime.calendarDays(amount))) {
      for (WorkingDayConvention conv : WorkingDayConvention.values()) {
        LocalDateTime due = c.due(t, p, conv);
        if (due.isBefore(t)) {
          return p + " " + conv + " due " + due + " before receipt";
        }
        LocalDateTime due2 = c.due(later, p, conv);
        if (due2.isBefore(due)) {
          return p + " " + conv + " not monotone: receipt " + later + " due " + due2 + " before " + due;
        }
      }
    }
    return null;
  }
}
