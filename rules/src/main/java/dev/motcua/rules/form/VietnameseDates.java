package dev.motcua.rules.form;

import dev.motcua.calendar.ProcessingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Dates, times and processing times written the way the one-stop forms write them, e.g. {@code "16 giờ 30
 * phút, ngày 13 tháng 02 năm 2026"}.
 *
 * <p>Hours, minutes, days and months have two digits, as the forms' blanks {@code …giờ…phút, ngày…tháng…năm…}
 * are usually filled {@code [inferred]}. Instants are read in the zone given, normally the calendar's.
 *
 * <pre>{@code
 * VietnameseDates.dateTime(LocalDateTime.of(2026, 2, 13, 16, 30));  // "16 giờ 30 phút, ngày 13 tháng 02 năm 2026"
 * VietnameseDates.date(LocalDate.of(2026, 2, 25));                  // "ngày 25 tháng 02 năm 2026"
 * VietnameseDates.processingTime(ProcessingTime.workingDays(3));    // "03 ngày làm việc"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VietnameseDates {

  private VietnameseDates() {}

  /**
   * Writes a local date-time: {@code "16 giờ 30 phút, ngày 13 tháng 02 năm 2026"}.
   *
   * @param dateTime the local date-time
   * @return the text
   */
  public static String dateTime(LocalDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return String.format(Locale.ROOT, "%02d giờ %02d phút, %s", dateTime.getHour(), dateTime.getMinute(),
        date(dateTime.toLocalDate()));
  }

  /**
   * Writes an instant in a zone: {@code "16 giờ 30 phút, ngày 13 tháng 02 năm 2026"}.
   *
   * @param instant the instant
   * @param zone the zone, normally the calendar's
   * @return the text
   */
  public static String dateTime(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    return dateTime(LocalDateTime.ofInstant(instant, zone));
  }

  /**
   * Writes a date: {@code "ngày 13 tháng 02 năm 2026"}.
   *
   * @param date the date
   * @return the text
   */
  public static String date(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return String.format(Locale.ROOT, "ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(),
        date.getYear());
  }

  /**
   * Writes a processing time (thời hạn giải quyết): {@code "03 ngày làm việc"}, {@code "08 giờ làm việc"},
   * {@code "trong ngày"}, {@code "10 ngày"}.
   *
   * @param time the processing time
   * @return the text
   */
  public static String processingTime(ProcessingTime time) {
    Objects.requireNonNull(time, "time");
    return switch (time.kind()) {
      case WORKING_DAYS -> String.format(Locale.ROOT, "%02d ngày làm việc", time.amount());
      case WORKING_HOURS -> String.format(Locale.ROOT, "%02d giờ làm việc", time.amount());
      case SAME_DAY -> "trong ngày";
      case CALENDAR_DAYS -> String.format(Locale.ROOT, "%02d ngày", time.amount());
    };
  }
}
