package dev.motcua.core.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * The dossier code (mã số hồ sơ) issued on receipt: {@code <agency identifier>-<YYMMDD>-<NNNN>}, for
 * example {@code 000.00.15.H05-181023-0001}.
 *
 * <p>The agency identifier is the receiving unit's identifier code (mã định danh) of the form {@code
 * V1V2V3.Z1Z2.Y1Y2.MX1X2} of Thông tư 10/2016/TT-BTTTT. This class accepts: for V, Z and Y, digits and
 * upper-case ASCII letters (unit codes are mostly digits, but some provinces use letters); for M, one
 * upper-case ASCII letter (the level-1 group, for example {@code H} for provinces); for X1X2, two digits.
 * The date is the receipt date in local time, years 2000 to 2099 written as two digits. The sequence is the
 * receipt's number in that day, 1 to 9999, written with four digits. The host supplies the sequence.
 *
 * <p>Legal basis: Thông tư 01/2018/TT-VPCP, Điều 19; Nghị định 61/2018/NĐ-CP, Điều 26 / Circular
 * 01/2018/TT-VPCP, Art 19; Decree 61/2018/ND-CP, Art 26.
 *
 * <p>This class is immutable and thread-safe.
 */
// Hand-written, not Immutables: a small algebraic value parsed on every event of a log, with a validating
// parser that reports the position of the first error (STYLE: hot types are final classes).
public final class DossierCode implements Comparable<DossierCode> {
  private static final int AGENCY_LENGTH = 13;
  private static final int CODE_LENGTH = AGENCY_LENGTH + 1 + 6 + 1 + 4;
  private static final Comparator<DossierCode> ORDER =
      Comparator.comparing(DossierCode::agencyId)
          .thenComparing(DossierCode::date)
          .thenComparingInt(DossierCode::sequence);

  private final String agencyId;
  private final LocalDate date;
  private final int sequence;

  private DossierCode(String agencyId, LocalDate date, int sequence) {
    this.agencyId = agencyId;
    this.date = date;
    this.sequence = sequence;
  }

  /**
   * Creates a dossier code from its parts.
   *
   * @param agencyId the receiving unit's identifier, form {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}
   * @param date the receipt date in local time, year 2000 to 2099
   * @param sequence the number of the receipt in that day, 1 to 9999
   * @return the code
   * @throws NullPointerException if an argument is null
   * @throws DossierCodeParseException if the agency identifier is malformed
   * @throws IllegalArgumentException if the year or the sequence is out of range
   */
  public static DossierCode of(String agencyId, LocalDate date, int sequence) {
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(date, "date");
    checkAgencyId(agencyId, agencyId, 0, "Agency identifier");
    if (agencyId.length() != AGENCY_LENGTH) {
      throw new DossierCodeParseException(
          "Agency identifier is longer than 13 characters", agencyId, AGENCY_LENGTH);
    }
    if (date.getYear() < 2000 || date.getYear() > 2099) {
      throw new IllegalArgumentException(
          "Receipt date of a dossier code must be in years 2000 to 2099, was " + date);
    }
    if (sequence < 1 || sequence > 9999) {
      throw new IllegalArgumentException(
          "Sequence of a dossier code must be 1 to 9999, was " + sequence);
    }
    return new DossierCode(agencyId, date, sequence);
  }

  /**
   * Parses a dossier code in its canonical form, the inverse of {@link #toString()}.
   *
   * @param text the text, for example {@code 000.00.15.H05-181023-0001}
   * @return the code
   * @throws NullPointerException if the text is null
   * @throws DossierCodeParseException if the text is malformed, with the position of the first error
   */
  public static DossierCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    checkAgencyId(text, text, 0, "Dossier code");
    expect(text, AGENCY_LENGTH, '-');
    int yy = digits(text, AGENCY_LENGTH + 1, 2);
    int mm = digits(text, AGENCY_LENGTH + 3, 2);
    int dd = digits(text, AGENCY_LENGTH + 5, 2);
    expect(text, AGENCY_LENGTH + 7, '-');
    int seq = digits(text, AGENCY_LENGTH + 8, 4);
    if (text.length() > CODE_LENGTH) {
      throw error(text, CODE_LENGTH, "unexpected text after the sequence");
    }
    LocalDate date;
    try {
      date = LocalDate.of(2000 + yy, mm, dd);
    } catch (DateTimeException e) {
      throw error(
          text,
          AGENCY_LENGTH + 1,
          "invalid date '" + text.subSequence(AGENCY_LENGTH + 1, AGENCY_LENGTH + 7) + "'");
    }
    if (seq == 0) {
      throw error(text, AGENCY_LENGTH + 8, "sequence must be 0001 to 9999");
    }
    return new DossierCode(text.subSequence(0, AGENCY_LENGTH).toString(), date, seq);
  }

  /**
   * Checks whether a text is an agency identifier of the form {@code V1V2V3.Z1Z2.Y1Y2.MX1X2} accepted
   * here.
   *
   * @param text the text
   * @return true if the text has the form
   * @throws NullPointerException if the text is null
   */
  public static boolean isAgencyIdentifier(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() != AGENCY_LENGTH) {
      return false;
    }
    try {
      checkAgencyId(text, text, 0, "Agency identifier");
      return true;
    } catch (DossierCodeParseException e) {
      return false;
    }
  }

  /**
   * Returns the receiving unit's identifier.
   *
   * @return the agency identifier, for example {@code 000.00.15.H05}
   */
  public String agencyId() {
    return agencyId;
  }

  /**
   * Returns the receipt date.
   *
   * @return the date in local time
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the sequence of the receipt in its day.
   *
   * @return the sequence, 1 to 9999
   */
  public int sequence() {
    return sequence;
  }

  /**
   * Compares by agency identifier, then date, then sequence.
   *
   * @param other the other code
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(DossierCode other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DossierCode other
        && sequence == other.sequence
        && agencyId.equals(other.agencyId)
        && date.equals(other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agencyId, date, sequence);
  }

  /**
   * Returns the canonical form, for example {@code 000.00.15.H05-181023-0001}.
   *
   * @return the code as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(CODE_LENGTH).append(agencyId).append('-');
    two(sb, date.getYear() - 2000);
    two(sb, date.getMonthValue());
    two(sb, date.getDayOfMonth());
    sb.append('-');
    String seq = Integer.toString(sequence);
    sb.append("0000", 0, 4 - seq.length()).append(seq);
    return sb.toString();
  }

  private static void two(StringBuilder sb, int value) {
    sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  // The form V1V2V3.Z1Z2.Y1Y2.MX1X2: 'a' = digit or upper-case letter, '.' = dot, 'L' = letter, '9' = digit.
  private static final String AGENCY_PATTERN = "aaa.aa.aa.L99";

  private static void checkAgencyId(CharSequence text, CharSequence whole, int offset, String what) {
    for (int i = 0; i < AGENCY_LENGTH; i++) {
      int pos = offset + i;
      if (pos >= text.length()) {
        throw new DossierCodeParseException(
            what + " is too short at index " + pos + ": expected " + describe(i), whole, pos);
      }
      char c = text.charAt(pos);
      char p = AGENCY_PATTERN.charAt(i);
      boolean ok =
          switch (p) {
            case 'a' -> isDigit(c) || isUpper(c);
            case 'L' -> isUpper(c);
            case '9' -> isDigit(c);
            default -> c == p;
          };
      if (!ok) {
        throw new DossierCodeParseException(
            what + " has " + DossierCodeParseException.quote(String.valueOf(c)) + " at index " + pos
                + ": expected " + describe(i),
            whole,
            pos);
      }
    }
  }

  private static String describe(int agencyIndex) {
    return switch (AGENCY_PATTERN.charAt(agencyIndex)) {
      case 'a' -> "a digit or an upper-case letter of the agency identifier V1V2V3.Z1Z2.Y1Y2.MX1X2";
      case 'L' -> "the upper-case letter M of the agency identifier V1V2V3.Z1Z2.Y1Y2.MX1X2";
      case '9' -> "a digit X of the agency identifier V1V2V3.Z1Z2.Y1Y2.MX1X2";
      default -> "'.' of the agency identifier V1V2V3.Z1Z2.Y1Y2.MX1X2";
    };
  }

  private static void expect(CharSequence text, int pos, char expected) {
    if (pos >= text.length()) {
      throw error(text, pos, "too short, expected '" + expected + "'");
    }
    if (text.charAt(pos) != expected) {
      throw error(text, pos, "expected '" + expected + "', found '" + text.charAt(pos) + "'");
    }
  }

  private static int digits(CharSequence text, int pos, int count) {
    int value = 0;
    for (int i = pos; i < pos + count; i++) {
      if (i >= text.length()) {
        throw error(text, i, "too short, expected a digit");
      }
      char c = text.charAt(i);
      if (!isDigit(c)) {
        throw error(text, i, "expected a digit, found '" + c + "'");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static DossierCodeParseException error(CharSequence text, int pos, String detail) {
    return new DossierCodeParseException(
        "Dossier code is invalid at index " + pos + ": " + detail, text, pos);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
