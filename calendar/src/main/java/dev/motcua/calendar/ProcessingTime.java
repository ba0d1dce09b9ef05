package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A processing time (thời hạn giải quyết) of an administrative procedure, resolved against a
 * {@link WorkingCalendar} by {@link #dueFrom(WorkingCalendar, LocalDateTime)}, as Strata's {@code DaysAdjustment}
 * is resolved against a holiday calendar.
 *
 * <pre>{@code
 * ProcessingTime.workingDays(5)      // 5 ngày làm việc
 * ProcessingTime.workingHours(4)     // half a working day
 * ProcessingTime.sameDay()           // trong ngày
 * ProcessingTime.calendarDays(30)    // 30 ngày
 *
 * LocalDateTime due = ProcessingTime.workingDays(5)
 *     .dueFrom(WorkingCalendars.vietnamCivilService(), LocalDateTime.of(2026, 2, 13, 16, 30));
 * // 2026-02-27T17:00: Tết 16–20 February 2026 is skipped
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcessingTime {

  /** The kinds of processing time. */
  public enum Kind {
    /** N working days; see {@link WorkingDayConvention}. */
    WORKING_DAYS,
    /** N working hours from the official receipt time. */
    WORKING_HOURS,
    /** Same day (trong ngày): before the cut-off (15:00) → close of that day, else close of the next working day. */
    SAME_DAY,
    /** N calendar days (Civil Code 2015 Art 147–148). */
    CALENDAR_DAYS
  }

  /**
   * The working hours of one working day under {@link WorkingDayConvention#EIGHT_HOURS_PER_DAY}: 8, the civil
   * service's 40-hour week over five days (Decision 188/1999/QĐ-TTg).
   */
  public static final int HOURS_PER_WORKING_DAY = 8;

  /**
   * The default cut-off of same-day processing, 15:00: received before it, due at the close of that working day.
   *
   * <p>Legal basis: Decree 23/2015/NĐ-CP Art 7; Decree 99/2022/NĐ-CP Art 16.
   */
  public static final LocalTime DEFAULT_SAME_DAY_CUTOFF = LocalTime.of(15, 0);

  private static final ProcessingTime SAME_DAY = new ProcessingTime(Kind.SAME_DAY, 0, null);

  private final Kind kind;
  private final int amount;
  private final @Nullable WorkingDayConvention convention;

  private ProcessingTime(Kind kind, int amount, @Nullable WorkingDayConvention convention) {
    this.kind = kind;
    this.amount = amount;
    this.convention = convention;
  }

  /**
   * Obtains N working days, resolved with {@link WorkingDayConvention#CIVIL_CODE} unless
   * {@link #dueFrom(WorkingCalendar, LocalDateTime, WorkingDayConvention)} is given another convention.
   *
   * @param days the number of working days, at least 1
   * @return the processing time
   * @throws IllegalArgumentException if {@code days < 1}
   */
  public static ProcessingTime workingDays(int days) {
    checkArgument(days >= 1, "Working days must be at least 1: %s", days);
    return new ProcessingTime(Kind.WORKING_DAYS, days, null);
  }

  /**
   * Obtains N working days with a fixed convention, used by {@link #dueFrom(WorkingCalendar, LocalDateTime)}.
   *
   * @param days the number of working days, at least 1
   * @param convention the convention
   * @return the processing time
   * @throws IllegalArgumentException if {@code days < 1}
   */
  public static ProcessingTime workingDays(int days, WorkingDayConvention convention) {
    checkArgument(days >= 1, "Working days must be at least 1: %s", days);
    return new ProcessingTime(Kind.WORKING_DAYS, days, Objects.requireNonNull(convention, "convention"));
  }

  /**
   * Obtains N working hours; half a working day is {@code workingHours(4)}.
   *
   * @param hours the number of working hours, at least 1
   * @return the processing time
   * @throws IllegalArgumentException if {@code hours < 1}
   */
  public static ProcessingTime workingHours(int hours) {
    checkArgument(hours >= 1, "Working hours must be at least 1: %s", hours);
    return new ProcessingTime(Kind.WORKING_HOURS, hours, null);
  }

  /**
   * Obtains "same day" (trong ngày).
   *
   * <p>Legal basis: Decree 23/2015/NĐ-CP Art 7; Decree 99/2022/NĐ-CP Art 16.
   *
   * @return the processing time
   */
  public static ProcessingTime sameDay() {
    return SAME_DAY;
  }

  /**
   * Obtains N calendar days.
   *
   * <p>Legal basis: Civil Code 2015 Art 147–148.
   *
   * @param days the number of days, at least 1
   * @return the processing time
   * @throws IllegalArgumentException if {@code days < 1}
   */
  public static ProcessingTime calendarDays(int days) {
    checkArgument(days >= 1, "Calendar days must be at least 1: %s", days);
    return new ProcessingTime(Kind.CALENDAR_DAYS, days, null);
  }

  /** @return the kind */
  public Kind kind() {
    return kind;
  }

  /** @return the number of days or hours; 0 for {@link Kind#SAME_DAY} */
  public int amount() {
    return amount;
  }

  /** @return the convention fixed on this processing time, if any (working days only) */
  public Optional<WorkingDayConvention> convention() {
    return Optional.ofNullable(convention);
  }

  /**
   * Returns the due date-time (ngày hẹn trả) of a dossier received at a time, with the convention fixed on this
   * processing time, else {@link WorkingDayConvention#CIVIL_CODE}, and the {@link #DEFAULT_SAME_DAY_CUTOFF}.
   *
   * @param calendar the calendar to count on
   * @param receivedAt the local time the dossier was received
   * @return the due date-time, never before {@code receivedAt}
   * @throws java.time.DateTimeException if the calendar cannot answer for a date involved
   * @see #dueFrom(WorkingCalendar, LocalDateTime, WorkingDayConvention, LocalTime)
   */
  public LocalDateTime dueFrom(WorkingCalendar calendar, LocalDateTime receivedAt) {
    return dueFrom(calendar, receivedAt, convention().orElse(WorkingDayConvention.CIVIL_CODE), DEFAULT_SAME_DAY_CUTOFF);
  }

  /**
   * Returns the due date-time with an explicit convention for working days (which wins over one fixed on this
   * processing time; ignored for other kinds) and the {@link #DEFAULT_SAME_DAY_CUTOFF}.
   *
   * @param calendar the calendar to count on
   * @param receivedAt the local time the dossier was received
   * @param convention the convention for working days
   * @return the due date-time, never before {@code receivedAt}
   * @throws java.time.DateTimeException if the calendar cannot answer for a date involved
   * @see #dueFrom(WorkingCalendar, LocalDateTime, WorkingDayConvention, LocalTime)
   */
  public LocalDateTime dueFrom(WorkingCalendar calendar, LocalDateTime receivedAt, WorkingDayConvention convention) {
    return dueFrom(calendar, receivedAt, convention, DEFAULT_SAME_DAY_CUTOFF);
  }

  /**
   * Returns the due date-time with an explicit convention for working days and cut-off for same-day processing.
   * Every kind starts from the calendar's {@link WorkingCalendar#officialReceiptTime official receipt time}:
   * <ul>
   *   <li>working days, {@link WorkingDayConvention#CIVIL_CODE civil-code}: the close of the Nth working day after
   *       the official receipt day, which is not counted;
   *   <li>working days, {@link WorkingDayConvention#EIGHT_HOURS_PER_DAY eight-hours-per-day}: N ×
   *       {@value #HOURS_PER_WORKING_DAY} working hours after the official receipt time;
   *   <li>working hours: that many working hours after the official receipt time;
   *   <li>same day: the close of the official receipt day if officially received before the cut-off, else the
   *       close of the next working day;
   *   <li>calendar days: the close of business of the Nth day after the official receipt day, or of the next
   *       working day if that day is not one ({@code [inferred]}: "end of the day" is the close of business,
   *       not 24:00, because results are returned at the counter).
   * </ul>
   *
   * <p>Legal basis: Civil Code 2015 Art 147–148; Decree 23/2015/NĐ-CP Art 7; Decree 99/2022/NĐ-CP Art 16.
   *
   * @param calendar the calendar to count on
   * @param receivedAt the local time the dossier was received
   * @param convention the convention for working days
   * @param sameDayCutoff the cut-off for {@link Kind#SAME_DAY}, {@link #DEFAULT_SAME_DAY_CUTOFF} by law
   * @return the due date-time, never before {@code receivedAt}
   * @throws java.time.DateTimeException if the calendar cannot answer for a date involved
   */
  public LocalDateTime dueFrom(
      WorkingCalendar calendar, LocalDateTime receivedAt, WorkingDayConvention convention, LocalTime sameDayCutoff) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(sameDayCutoff, "sameDayCutoff");
    LocalDateTime r = calendar.officialReceiptTime(receivedAt);
    LocalDate day = r.toLocalDate();
    return switch (kind) {
      case WORKING_DAYS -> convention == WorkingDayConvention.CIVIL_CODE
          ? calendar.closeOfBusiness(calendar.plusWorkingDays(day, amount))
          : calendar.plusWorkingTime(r, Duration.ofHours((long) HOURS_PER_WORKING_DAY * amount));
      case WORKING_HOURS -> calendar.plusWorkingTime(r, Duration.ofHours(amount));
      case SAME_DAY -> r.toLocalTime().isBefore(sameDayCutoff)
          ? calendar.closeOfBusiness(day)
          : calendar.closeOfBusiness(calendar.plusWorkingDays(day, 1));
      case CALENDAR_DAYS -> calendar.closeOfBusiness(calendar.nextOrSameWorkingDay(day.plusDays(amount)));
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProcessingTime p && kind == p.kind && amount == p.amount && convention == p.convention;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, amount, convention);
  }

  /** Returns e.g. {@code "5 working days"}, {@code "4 working hours"}, {@code "same day"}, {@code "30 calendar days"}. */
  @Override
  public String toString() {
    return switch (kind) {
      case WORKING_DAYS -> amount + " working days" + (convention == null ? "" : " (" + convention + ")");
      case WORKING_HOURS -> amount + " working hours";
      case SAME_DAY -> "same day";
      case CALENDAR_DAYS -> amount + " calendar days";
    };
  }
}
