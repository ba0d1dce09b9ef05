package dev.motcua.core.json;

import dev.motcua.core.internal.CivilDates;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an ISO-8601 date-time with offset ({@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}) as an instant.
 *
 * <p>Why not the formatter alone: it costs about a microsecond a value, as much as the rest of an event. The
 * form motcua writes, {@code 2026-02-13T16:30:00+07:00} or {@code …Z}, is read by hand; every other text (a
 * fraction, no seconds, a lower-case {@code t}, an offset without a colon, an invalid field) goes to the
 * formatter, which alone decides. So the accepted texts and the instants are the formatter's.
 */
final class OffsetInstants {
  private OffsetInstants() {}

  /** The instant, or null if the formatter does not accept the text. */
  static @Nullable Instant parse(String s) {
    Instant fast = parseWritten(s.toCharArray(), 0, s.length());
    if (fast != null) {
      return fast;
    }
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * {@code yyyy-MM-ddTHH:mm:ss} then {@code Z} or {@code ±HH:MM}, all fields in range; else null. On the
   * characters of a text, as the event reader has them from the parser before any String is made.
   */
  static @Nullable Instant parseWritten(char[] s, int off, int n) {
    if ((n != 20 && n != 25) || s[off + 4] != '-' || s[off + 7] != '-' || s[off + 10] != 'T'
        || s[off + 13] != ':' || s[off + 16] != ':') {
      return null;
    }
    int year = digits(s, off + 0, 4);
    int month = digits(s, off + 5, 2);
    int day = digits(s, off + 8, 2);
    int hour = digits(s, off + 11, 2);
    int minute = digits(s, off + 14, 2);
    int second = digits(s, off + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null;
    }
    int offsetSeconds;
    if (n == 20) {
      if (s[off + 19] != 'Z') {
        return null;
      }
      offsetSeconds = 0;
    } else {
      char sign = s[off + 19];
      int oh = digits(s, off + 20, 2);
      int om = digits(s, off + 23, 2);
      if ((sign != '+' && sign != '-') || s[off + 22] != ':' || oh < 0 || om < 0 || om > 59 || oh > 18
          || (oh == 18 && om > 0)) {
        return null;
      }
      offsetSeconds = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    }
    if (day > CivilDates.lengthOfMonth(year, month)) {
      return null;
    }
    return Instant.ofEpochSecond(CivilDates.epochDay(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
        - offsetSeconds);
  }

  // The value of count ASCII digits, or -1.
  private static int digits(char[] s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
