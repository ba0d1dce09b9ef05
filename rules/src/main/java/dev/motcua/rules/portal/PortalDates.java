package dev.motcua.rules.portal;

import dev.motcua.core.json.JsonFormatException;
import java.time.DateTimeException;
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
  private PortalDates() {}

  /** Parses a date field; empty or missing gives empty; anything else not of the form is an error. */
  static Optional<Instant> parse(@Nullable String text, ZoneId zone, String path) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    if (text.length() != 14 || !digits(text)) {
      throw malformed(path, text);
    }
    try {
      LocalDateTime local = LocalDateTime.of(num(text, 0, 4), num(text, 4, 6), num(text, 6, 8),
          num(text, 8, 10), num(text, 10, 12), num(text, 12, 14));
      return Optional.of(local.atZone(zone).toInstant());
    } catch (DateTimeException e) {
      throw malformed(path, text);
    }
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
