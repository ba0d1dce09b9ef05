package dev.motcua.examples.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/** Formatting shared by the commands; always with an explicit locale and zone, never the JVM's defaults. */
final class Texts {

  private Texts() {}

  /** {@code Mon}, {@code Tue}…, in English whatever the default locale. */
  static String day(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /** {@code Thứ Hai}…{@code Chủ nhật}: spelled out here because JDK locale data for Vietnamese varies by JDK. */
  static String dayVi(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SUNDAY ? "Chủ nhật" : "Thứ " + new String[] {"Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"}[
        d.getValue() - 1];
  }

  /** {@code 2026-02-23T17:00+07:00 (Mon)}: the local time with the zone's offset at that time. */
  static String dateTime(LocalDateTime time, ZoneId zone) {
    return time.atZone(zone).toOffsetDateTime() + " (" + day(time.toLocalDate()) + ")";
  }

  /** {@code String.format} in the root locale, so digits and separators never follow the JVM's locale. */
  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** The most characters of a user's value shown in a message. */
  static final int MAX_SHOWN = 80;

  /**
   * A user's value for a one-line message: in single quotes, control characters as {@code \}{@code uXXXX},
   * at most {@value #MAX_SHOWN} characters of it.
   */
  static String shown(String value) {
    return "'" + oneLine(value, MAX_SHOWN) + "'";
  }

  /** The text with control characters escaped, cut to {@code max} characters (then "…"). */
  static String oneLine(String text, int max) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), max) + 2);
    for (int i = 0; i < text.length(); i++) {
      if (b.length() >= max) {
        return b.append('…').toString();
      }
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
