package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A processing time (thời hạn giải quyết) of an administrative procedure, resolved against a
 * {@link WorkingCalendar} by {@link WorkingCalendar#due}.
 *
 * <pre>{@code
 * ProcessingTime.workingDays(5)      // 5 ngày làm việc
 * ProcessingTime.workingHours(4)     // half a working day
 * ProcessingTime.sameDay()           // trong ngày
 * ProcessingTime.calendarDays(30)    // 30 ngày
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
   * Obtains N working days, resolved with the calendar's default convention.
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
   * Obtains N working days with a fixed convention, overriding the calendar's default.
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
