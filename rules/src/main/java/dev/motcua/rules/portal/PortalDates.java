package dev.motcua.rules.portal;

import dev.motcua.core.internal.CivilDates;
import dev.motcua.core.json.JsonFormatException;
import dev.motcua.rules.internal.LocalTimes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The records' date-time form {@code yyyyMMddHHmmss}, local to the calendar's zone, the empty string for
 * none (OpenCPS's constants, third-party sourced).
 */
final class PortalDates {
  // Where the zone's offset never changes again (Asia/Ho_Chi_Minh: +07:00 since 1975), a local time converts
  // with that offset, without searching the zone's rules: most of the cost of a date otherwise.
  private final LocalTimes times;

  PortalDates(ZoneId zone) {
    this(new LocalTimes(zone));
  }

  /** The dates of a zone whose local times a caller also converts with. */
  PortalDates(LocalTimes times) {
    this.times = times;
  }

  /**
   * Parses a date field; empty or missing gives empty; anything else not of the form is an error at {@code
   * base.field}.
   */
  Optional<Instant> parse(@Nullable String text, String base, String field) {
    Instant at = parseOrNull(text);
    if (at != null) {
      return Optional.of(at);
    }
    return parseChecked(text, base, field);
  }

  /** The instant of a well-formed, valid date field; null for anything else (missing, empty, malformed). */
  @Nullable Instant parseOrNull(@Nullable String text) {
    if (text == null || text.length() != 14 || !digits(text)) {
      return null;
    }
    int hour = num(text, 8, 10);
    int minute = num(text, 10, 12);
    int second = num(text, 12, 14);
    int year = num(text, 0, 4);
    int month = num(text, 4, 6);
    int day = num(text, 6, 8);
    if (month < 1 || month > 12 || day < 1 || day > CivilDates.lengthOfMonth(year, month) || hour > 23
        || minute > 59 || second > 59) {
      return null;
    }
    return times.instant(CivilDates.epochDay(year, month, day), hour * 3600 + minute * 60 + second);
  }

  // After parseOrNull said no: empty, or an error naming the field.
  private static Optional<Instant> parseChecked(@Nullable String text, String base, String field) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    throw malformed(base + "." + field, text);
  }

  static String format(Instant at, ZoneId zone) {
    LocalDateTime l = LocalDateTime.ofInstant(at, zone);
    if (l.getYear() < 1000 || l.getYear() > 9999) {
      throw new IllegalArgumentException("Instant " + at + " has no yyyyMMddHHmmss form (year " + l.getYear() + ")");
    }
    char[] c = new char[14];
    put(c, 0, l.getYear(), 4);
    put(c, 4, l.getMonthValue(), 2);
    put(c, 6, l.getDayOfMonth(), 2);
    put(c, 8, l.getHour(), 2);
    put(c, 10, l.getMinute(), 2);
    put(c, 12, l.getSecond(), 2);
    return new String(c);
  }

  private static void put(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + s.charAt(i) - '0';
    }
    return n;
  }

  private static JsonFormatException malformed(String path, String text) {
    return new JsonFormatException(path, "expected a date-time yyyyMMddHHmmss or the empty string", text, 0, 0,
        null);
  }
}
