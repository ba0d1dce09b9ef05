package dev.motcua.rules.report;

import dev.motcua.calendar.WorkingCalendars;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period (kỳ báo cáo): a range of whole days in a zone (the calendar's; {@link
 * WorkingCalendars#defaultZone()} unless given), with its cut-off.
 *
 * <p>The standard periods of Decree 09/2019/NĐ-CP Art 12 run from the 15th of one month to the 14th of a
 * later month, both inclusive:
 * <ul>
 *   <li>{@link #monthly(YearMonth) monthly} {@code 2026-05}: 15/04/2026 – 14/05/2026;
 *   <li>{@link #quarterly(int, int) quarterly} {@code 2026-Q1}: 15/12/2025 – 14/03/2026 (Q2 15/03 – 14/06,
 *       Q3 15/06 – 14/09, Q4 15/09 – 14/12);
 *   <li>{@link #firstHalf(int) first half} {@code 2026-H1}: 15/12/2025 – 14/06/2026;
 *   <li>{@link #secondHalf(int) second half} {@code 2026-H2}: 15/06/2026 – 14/12/2026;
 *   <li>{@link #annual(int) annual} {@code 2026}: 15/12/2025 – 14/12/2026.
 * </ul>
 * A {@link #custom(LocalDate, LocalDate) custom} period {@code 2026-01-03..2026-02-07} covers any range of
 * whole days.
 *
 * <p>As instants the period is half-open: {@link #start()} is 00:00 of the first day and {@link #end()},
 * the cut-off (thời điểm chốt số liệu), is 00:00 of the day after the last day, both in
 * the period's zone. An event at the cut-off or later belongs to the next period.
 *
 * <p>Legal basis: Decree 09/2019/NĐ-CP Art 12 (reporting periods and cut-off dates).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPeriod {

  /** The first day of a month on which a standard period starts (the 15th). */
  private static final int FIRST_DAY = 15;
  private static final int MIN_YEAR = 1;
  private static final int MAX_YEAR = 9999;

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H(\\d)");
  private static final Pattern CUSTOM = Pattern.compile("([^.]+)\\.\\.([^.]+)");

  private enum Kind { MONTH, QUARTER, HALF, YEAR, CUSTOM }

  private final Kind kind;
  private final LocalDate startDate;
  private final LocalDate endDateInclusive;
  private final ZoneId zone;
  private final Instant start;
  private final Instant end;

  private ReportPeriod(Kind kind, LocalDate startDate, LocalDate endDateInclusive, ZoneId zone) {
    this.kind = kind;
    this.startDate = startDate;
    this.endDateInclusive = endDateInclusive;
    this.zone = zone;
    this.start = startDate.atStartOfDay(zone).toInstant();
    this.end = endDateInclusive.plusDays(1).atStartOfDay(zone).toInstant();
  }

  private ReportPeriod(Kind kind, LocalDate startDate, LocalDate endDateInclusive) {
    this(kind, startDate, endDateInclusive, WorkingCalendars.defaultZone());
  }

  /**
   * Returns the same days in another zone: the period starts and ends at 00:00 there. The report
   * collectors that take a regulation use its calendar's zone.
   *
   * @param zone the zone of the one-stop unit, usually {@code calendar.zone()}
   * @return this period if the zone is the same, else a copy
   */
  public ReportPeriod atZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return zone.equals(this.zone) ? this : new ReportPeriod(kind, startDate, endDateInclusive, zone);
  }

  /**
   * Returns the zone the period starts and ends in: {@link WorkingCalendars#defaultZone()} unless set with
   * {@link #atZone(ZoneId)}.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the monthly period named by a month: the 15th of the previous month through the 14th.
   *
   * <p>Legal basis: Decree 09/2019/NĐ-CP Art 12(1)(a).
   *
   * @param month the month whose 14th ends the period, e.g. {@code 2026-05} for 15/04 – 14/05/2026
   * @return the period
   * @throws IllegalArgumentException if the year is outside 1–9999
   */
  public static ReportPeriod monthly(YearMonth month) {
    Objects.requireNonNull(month, "month");
    checkYear(month.getYear());
    return new ReportPeriod(Kind.MONTH, firstDay(month), lastDay(month));
  }

  /**
   * Returns a quarterly period: Q1 is 15/12 of the previous year through 14/03, Q2 15/03 – 14/06,
   * Q3 15/06 – 14/09, Q4 15/09 – 14/12.
   *
   * <p>Legal basis: Decree 09/2019/NĐ-CP Art 12(1)(b).
   *
   * @param year the year, 1–9999
   * @param quarter the quarter, 1–4
   * @return the period
   * @throws IllegalArgumentException if the year or the quarter is out of range
   */
  public static ReportPeriod quarterly(int year, int quarter) {
    checkYear(year);
    checkArgument(quarter >= 1 && quarter <= 4, "Quarter must be 1 to 4, not %s", quarter);
    return new ReportPeriod(Kind.QUARTER,
        firstDay(YearMonth.of(year, quarter * 3 - 2)), lastDay(YearMonth.of(year, quarter * 3)));
  }

  /**
   * Returns the first half-year period: 15/12 of the previous year through 14/06.
   *
   * <p>Legal basis: Decree 09/2019/NĐ-CP Art 12(1)(c).
   *
   * @param year the year, 1–9999
   * @return the period
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportPeriod firstHalf(int year) {
    checkYear(year);
    return new ReportPeriod(Kind.HALF, firstDay(YearMonth.of(year, 1)), lastDay(YearMonth.of(year, 6)));
  }

  /**
   * Returns the second half-year period: 15/06 through 14/12.
   *
   * <p>Legal basis: Decree 09/2019/NĐ-CP Art 12(1)(c).
   *
   * @param year the year, 1–9999
   * @return the period
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportPeriod secondHalf(int year) {
    checkYear(year);
    return new ReportPeriod(Kind.HALF, firstDay(YearMonth.of(year, 7)), lastDay(YearMonth.of(year, 12)));
  }

  /**
   * Returns the annual period: 15/12 of the previous year through 14/12.
   *
   * <p>Legal basis: Decree 09/2019/NĐ-CP Art 12(1)(d).
   *
   * @param year the year, 1–9999
   * @return the period
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportPeriod annual(int year) {
    checkYear(year);
    return new ReportPeriod(Kind.YEAR, firstDay(YearMonth.of(year, 1)), lastDay(YearMonth.of(year, 12)));
  }

  /**
   * Returns a custom period of whole days, both ends inclusive.
   *
   * @param startDate the first day of the period
   * @param endDateInclusive the last day of the period, not before {@code startDate}
   * @return the period
   * @throws IllegalArgumentException if the end is before the start, or a year is outside 1–9999
   */
  public static ReportPeriod custom(LocalDate startDate, LocalDate endDateInclusive) {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDateInclusive, "endDateInclusive");
    checkArgument(!endDateInclusive.isBefore(startDate),
        "End date %s must not be before start date %s", endDateInclusive, startDate);
    checkYear(startDate.getYear());
    checkYear(endDateInclusive.getYear());
    return new ReportPeriod(Kind.CUSTOM, startDate, endDateInclusive);
  }

  /**
   * Parses the canonical text of a period, as printed by {@link #toString()}.
   *
   * <p>Forms: {@code 2026-05} (monthly), {@code 2026-Q2} (quarterly), {@code 2026-H1} or {@code 2026-H2}
   * (half-year), {@code 2026} (annual), {@code 2026-01-03..2026-02-07} (custom, both days inclusive).
   *
   * @param text the text to parse
   * @return the period
   * @throws ReportPeriodParseException if the text is not one of these forms or names an invalid period; the
   *     message names the text
   */
  public static ReportPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    try {
      Matcher m;
      if ((m = YEAR.matcher(s)).matches()) {
        return annual(Integer.parseInt(m.group(1)));
      }
      if ((m = MONTH.matcher(s)).matches()) {
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
          throw new ReportPeriodParseException(
              "Report period has month " + m.group(2) + "; the month must be 01 to 12", s, 5, null);
        }
        return monthly(YearMonth.of(Integer.parseInt(m.group(1)), month));
      }
      if ((m = QUARTER.matcher(s)).matches()) {
        int quarter = Integer.parseInt(m.group(2));
        if (quarter < 1 || quarter > 4) {
          throw new ReportPeriodParseException(
              "Report period has quarter Q" + quarter + "; the quarter must be Q1 to Q4", s, 6, null);
        }
        return quarterly(Integer.parseInt(m.group(1)), quarter);
      }
      if ((m = HALF.matcher(s)).matches()) {
        int half = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(1));
        if (half == 1) {
          return firstHalf(year);
        }
        if (half == 2) {
          return secondHalf(year);
        }
        throw new ReportPeriodParseException(
            "Report period has half H" + half + "; the half must be H1 or H2", s, 6, null);
      }
      if ((m = CUSTOM.matcher(s)).matches()) {
        LocalDate from = parseDate(s, m.group(1), 0);
        LocalDate to = parseDate(s, m.group(2), m.start(2));
        if (to.isBefore(from)) {
          throw new ReportPeriodParseException(
              "Report period ends before it starts", s, m.start(2), null);
        }
        return custom(from, to);
      }
    } catch (ReportPeriodParseException e) {
      throw e;
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new ReportPeriodParseException("Report period is invalid: " + e.getMessage(), s, 0, e);
    }
    throw new ReportPeriodParseException(
        "Report period is not one of the forms 2026-05, 2026-Q2, 2026-H1, 2026 or 2026-01-03..2026-02-07", s, 0,
        null);
  }

  private static LocalDate parseDate(String text, String part, int index) {
    try {
      return LocalDate.parse(part);
    } catch (DateTimeParseException e) {
      throw new ReportPeriodParseException(
          "Report period has an invalid date " + ReportPeriodParseException.quote(part), text,
          index + e.getErrorIndex(), e);
    }
  }

  private static void checkYear(int year) {
    checkArgument(year >= MIN_YEAR && year <= MAX_YEAR, "Year must be 1 to 9999, not %s", year);
  }

  private static LocalDate firstDay(YearMonth month) {
    return month.minusMonths(1).atDay(FIRST_DAY);
  }

  private static LocalDate lastDay(YearMonth month) {
    return month.atDay(FIRST_DAY - 1);
  }

  /**
   * Returns the first day of the period.
   *
   * @return the first day, inclusive
   */
  public LocalDate startDate() {
    return startDate;
  }

  /**
   * Returns the last day of the period.
   *
   * @return the last day, inclusive
   */
  public LocalDate endDateInclusive() {
    return endDateInclusive;
  }

  /**
   * Returns the instant the period starts: 00:00 of the first day in {@link #zone()}.
   *
   * @return the start, inclusive
   */
  public Instant start() {
    return start;
  }

  /**
   * Returns the cut-off: 00:00 of the day after the last day in {@link #zone()}.
   *
   * <p>The period is {@code [start(), end())}; a dossier's state in the report is its state just before
   * this instant.
   *
   * @return the end, exclusive
   */
  public Instant end() {
    return end;
  }

  /**
   * Tells whether an instant falls in the period, {@code start() <= instant < end()}.
   *
   * @param instant the instant to test
   * @return true if the instant is in the half-open period
   */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /**
   * Returns the due date of the report with the default setting: the 15th on or after the cut-off day,
   * moved by the given adjuster (normally to the next working day, or the same day if it is one).
   *
   * <p>For the standard periods the cut-off day is the 15th itself, so a monthly report for
   * {@code 2026-05} is due on 15/05/2026, or the next working day.
   *
   * <p>Legal basis: Decree 09/2019/NĐ-CP Art 12; Decision 221/QĐ-UBND Art 12(1) of the seed regulation
   * (monthly report on the 15th).
   *
   * @param nextWorkingDayOrSame the host's adjuster, e.g. a working calendar's next-working-day-or-same
   * @return the due date of the report
   */
  public LocalDate reportDueDate(UnaryOperator<LocalDate> nextWorkingDayOrSame) {
    return reportDueDate(FIRST_DAY, nextWorkingDayOrSame);
  }

  /**
   * Returns the due date of the report on a host-chosen day of the month: the first such day on or after
   * the cut-off day, moved by the given adjuster.
   *
   * <p>A day beyond the end of a short month means its last day.
   *
   * @param dayOfMonth the day of the month reports are due, 1–31
   * @param nextWorkingDayOrSame the host's adjuster, e.g. a working calendar's next-working-day-or-same
   * @return the due date of the report
   * @throws IllegalArgumentException if the day of month is out of range
   */
  public LocalDate reportDueDate(int dayOfMonth, UnaryOperator<LocalDate> nextWorkingDayOrSame) {
    checkArgument(dayOfMonth >= 1 && dayOfMonth <= 31, "Day of month must be 1 to 31, not %s", dayOfMonth);
    Objects.requireNonNull(nextWorkingDayOrSame, "nextWorkingDayOrSame");
    LocalDate cutOffDay = endDateInclusive.plusDays(1);
    YearMonth month = YearMonth.from(cutOffDay);
    LocalDate due = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    if (due.isBefore(cutOffDay)) {
      YearMonth next = month.plusMonths(1);
      due = next.atDay(Math.min(dayOfMonth, next.lengthOfMonth()));
    }
    return Objects.requireNonNull(nextWorkingDayOrSame.apply(due), "nextWorkingDayOrSame result");
  }

  /**
   * Tells whether this is one of the standard periods of Decree 09/2019/NĐ-CP Art 12 rather than a custom
   * range.
   *
   * @return false for a custom period, even one covering the same days as a standard one
   */
  public boolean isStandard() {
    return kind != Kind.CUSTOM;
  }

  /**
   * Returns the canonical text: {@code 2026-05}, {@code 2026-Q2}, {@code 2026-H1}, {@code 2026} or
   * {@code 2026-01-03..2026-02-07}.
   *
   * @return the text that {@link #parse(CharSequence)} reads back to an equal period
   */
  @Override
  public String toString() {
    int year = endDateInclusive.getYear();
    int month = endDateInclusive.getMonthValue();
    switch (kind) {
      case MONTH:
        return YearMonth.from(endDateInclusive).toString();
      case QUARTER:
        return String.format("%04d-Q%d", year, month / 3);
      case HALF:
        return String.format("%04d-H%d", year, month / 6);
      case YEAR:
        return String.format("%04d", year);
      default:
        return startDate + ".." + endDateInclusive;
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof ReportPeriod other
        && kind == other.kind
        && startDate.equals(other.startDate)
        && endDateInclusive.equals(other.endDateInclusive)
        && zone.equals(other.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, startDate, endDateInclusive, zone);
  }
}
