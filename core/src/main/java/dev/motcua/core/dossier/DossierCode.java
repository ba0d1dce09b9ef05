package dev.motcua.core.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The dossier code (mã số hồ sơ) issued on receipt: {@code <agency identifier>-<YYMMDD>-<number>}, in one of
 * the three {@link Layout layouts} the law has used.
 *
 * <ul>
 *   <li>{@link Layout#RECEIVING_UNIT_2018} (Decree 61/2018/NĐ-CP Art 26; Circular 01/2018/TT-VPCP Art 19),
 *       for example {@code 000.00.15.H05-181023-0001}: the <em>receiving</em> unit's identifier {@code
 *       V1V2V3.Z1Z2.Y1Y2.MX1X2} (Circular 10/2016/TT-BTTTT; V, Z and Y digits or upper-case letters, M an
 *       upper-case letter, X digits) and a four-digit day sequence.
 *   <li>{@link Layout#RESOLVING_AGENCY_2025} (Decree 118/2025/NĐ-CP Art 28(2)), for example {@code
 *       H56.01.10-260302-0001}: the electronic identifier of the <em>resolving</em> agency (Decision
 *       20/2020/QĐ-TTg: dot-separated groups read left to right, level 1 {@code MX1X2} first with M a letter
 *       A–Y, at most 35 characters) and a day sequence of at least four digits.
 *   <li>{@link Layout#CENTRALISED_SYSTEM_2026} (Circular 03/2025/TT-VPCP Art 13(3), added by Circular
 *       04/2025, from 25/01/2026), for example {@code G01.105.20-260302-120001}: {@code
 *       MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX}, where {@code AA} are two digits of the agency that owns the
 *       centralised national system ({@link #systemCode()}) and {@code XXXX} the day sequence, at least four
 *       digits.
 * </ul>
 *
 * <p>How a text is read ({@code [inferred]} where the law is silent): an identifier of the 2018 form is read
 * as 2018; another identifier whose first group is {@code MX1X2} as 2025; a 2025 identifier of exactly the
 * three groups {@code MX1X2.Y1Y2Y3.Z1Z2} followed by a number of six digits or more as the centralised
 * layout. No province or commune is derived from any part: identifiers were reissued with the 2025
 * reorganisation.
 *
 * <p>The date is the receipt date in local time, written as {@code YYMMDD}. {@link #parse(CharSequence)}
 * reads it in years 2000–2099; {@link #parse(CharSequence, LocalDate)} reads it in the century of a receipt
 * date, so a code issued in 2100 reads back as 2100. The host supplies the sequence. {@link #toString()}
 * writes the sequence with the number of digits it was parsed or made with, so {@code parse} and {@code
 * toString} are inverse.
 *
 * <p>Legal basis: Nghị định 61/2018/NĐ-CP, Điều 26; Thông tư 01/2018/TT-VPCP, Điều 19; Nghị định
 * 118/2025/NĐ-CP, Điều 28 khoản 2; Thông tư 03/2025/TT-VPCP, Điều 13 khoản 3 / Decree 61/2018/ND-CP Art 26;
 * Circular 01/2018/TT-VPCP Art 19; Decree 118/2025/ND-CP Art 28(2); Circular 03/2025/TT-VPCP Art 13(3).
 *
 * <p>This class is immutable and thread-safe.
 */
// Hand-written, not Immutables: a small algebraic value parsed on every event of a log, with a validating
// parser that reports the position of the first error (STYLE: hot types are final classes).
public final class DossierCode implements Comparable<DossierCode> {
  private static final int LEGACY_AGENCY_LENGTH = 13;
  private static final int MAX_AGENCY_LENGTH = 35;
  private static final int MIN_SEQUENCE_DIGITS = 4;
  private static final int MAX_NUMBER_DIGITS = 11;
  private static final int MAX_SEQUENCE = 999_999_999;
  private static final Comparator<DossierCode> ORDER =
      Comparator.comparing(DossierCode::agencyId)
          .thenComparing(DossierCode::date)
          .thenComparingInt(c -> c.systemCode)
          .thenComparingInt(DossierCode::sequence)
          .thenComparingInt(c -> c.digits);

  /**
   * The layout of a dossier code, with the instrument that prescribes it.
   *
   * <p>This enum is immutable and thread-safe.
   */
  public enum Layout {
    /**
     * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX}: the receiving unit's identifier (Decree 61/2018/NĐ-CP Art 26;
     * Circular 01/2018/TT-VPCP Art 19).
     */
    RECEIVING_UNIT_2018("Mã cơ quan tiếp nhận (Thông tư 01/2018/TT-VPCP, Điều 19)",
        "Receiving unit's identifier (Circular 01/2018/TT-VPCP Art 19)"),
    /**
     * {@code MX1X2[.group…]-YYMMDD-XXXX…}: the resolving agency's electronic identifier (Decree
     * 118/2025/NĐ-CP Art 28(2); Decision 20/2020/QĐ-TTg).
     */
    RESOLVING_AGENCY_2025("Mã định danh cơ quan giải quyết (Nghị định 118/2025/NĐ-CP, Điều 28 khoản 2)",
        "Resolving agency's electronic identifier (Decree 118/2025/ND-CP Art 28(2))"),
    /**
     * {@code MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX…}: a procedure on a centralised national system (Circular
     * 03/2025/TT-VPCP Art 13(3), from 25/01/2026).
     */
    CENTRALISED_SYSTEM_2026("Hệ thống tập trung toàn quốc (Thông tư 03/2025/TT-VPCP, Điều 13 khoản 3)",
        "Centralised national system (Circular 03/2025/TT-VPCP Art 13(3))");

    private final String labelVi;
    private final String labelEn;

    Layout(String labelVi, String labelEn) {
      this.labelVi = labelVi;
      this.labelEn = labelEn;
    }

    /**
     * Returns the Vietnamese label, naming the instrument.
     *
     * @return the label
     */
    public String labelVi() {
      return labelVi;
    }

    /**
     * Returns the English label, naming the instrument.
     *
     * @return the label
     */
    public String labelEn() {
      return labelEn;
    }
  }

  private final Layout layout;
  private final String agencyId;
  private final LocalDate date;
  private final int systemCode;
  private final int sequence;
  private final int digits;

  private DossierCode(Layout layout, String agencyId, LocalDate date, int systemCode, int sequence, int digits) {
    this.layout = layout;
    this.agencyId = agencyId;
    this.date = date;
    this.systemCode = systemCode;
    this.sequence = sequence;
    this.digits = digits;
  }

  /**
   * Creates a dossier code from its parts, in the layout of the identifier: {@link
   * Layout#RECEIVING_UNIT_2018} for a {@code V1V2V3.Z1Z2.Y1Y2.MX1X2} identifier (sequence 1 to 9999), else
   * {@link Layout#RESOLVING_AGENCY_2025} (sequence 1 to 999,999,999, written with at least four digits; below
   * 100,000 after an identifier of the form {@code MX1X2.Y1Y2Y3.Z1Z2}, since a longer number reads as the
   * centralised layout).
   *
   * @param agencyId the agency identifier
   * @param date the receipt date in local time, year 2000 or later
   * @param sequence the number of the receipt in that day
   * @return the code
   * @throws NullPointerException if an argument is null
   * @throws DossierCodeParseException if the agency identifier is malformed
   * @throws IllegalArgumentException if the year or the sequence is out of range
   */
  public static DossierCode of(String agencyId, LocalDate date, int sequence) {
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(date, "date");
    Layout layout = identifierLayout(agencyId, agencyId, "Agency identifier");
    checkYear(date);
    int max = layout == Layout.RECEIVING_UNIT_2018 ? 9999 : MAX_SEQUENCE;
    if (layout == Layout.RESOLVING_AGENCY_2025 && isCentralisedIdentifier(agencyId) && sequence > 99_999) {
      throw new IllegalArgumentException("Sequence " + sequence + " after identifier " + agencyId + " would read as"
          + " the centralised layout AAXXXX (Circular 03/2025 Art 13(3)); use DossierCode.centralised, or a"
          + " sequence below 100000");
    }
    if (sequence < 1 || sequence > max) {
      throw new IllegalArgumentException(
          "Sequence of a dossier code with identifier " + agencyId + " must be 1 to " + max + ", was " + sequence);
    }
    return new DossierCode(layout, agencyId, date, -1, sequence, Math.max(MIN_SEQUENCE_DIGITS, width(sequence)));
  }

  /**
   * Creates a code of a procedure on a centralised national system ({@link Layout#CENTRALISED_SYSTEM_2026}).
   *
   * @param agencyId the resolving agency's identifier {@code MX1X2.Y1Y2Y3.Z1Z2}
   * @param date the receipt date in local time, year 2000 or later
   * @param systemCode the two digits {@code AA} of the agency owning the system, 0 to 99
   * @param sequence the number of the receipt in that day, 1 to 999,999,999
   * @return the code
   * @throws NullPointerException if an argument is null
   * @throws DossierCodeParseException if the agency identifier is not of the form {@code MX1X2.Y1Y2Y3.Z1Z2}
   * @throws IllegalArgumentException if the year, the system code or the sequence is out of range
   */
  public static DossierCode centralised(String agencyId, LocalDate date, int systemCode, int sequence) {
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(date, "date");
    if (identifierLayout(agencyId, agencyId, "Agency identifier") != Layout.RESOLVING_AGENCY_2025
        || !isCentralisedIdentifier(agencyId)) {
      throw new DossierCodeParseException("Agency identifier of a centralised national system must have the"
          + " form MX1X2.Y1Y2Y3.Z1Z2, was " + DossierCodeParseException.quote(agencyId), agencyId, 0);
    }
    checkYear(date);
    if (systemCode < 0 || systemCode > 99) {
      throw new IllegalArgumentException("System code AA of a dossier code must be 00 to 99, was " + systemCode);
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException("Sequence of a dossier code must be 1 to " + MAX_SEQUENCE + ", was " + sequence);
    }
    return new DossierCode(Layout.CENTRALISED_SYSTEM_2026, agencyId, date, systemCode, sequence,
        Math.max(MIN_SEQUENCE_DIGITS, width(sequence)));
  }

  /**
   * Parses a dossier code, the inverse of {@link #toString()}, reading {@code YYMMDD} in years 2000–2099.
   *
   * @param text the text, for example {@code 000.00.15.H05-181023-0001} or {@code H56.01.10-260302-0001}
   * @return the code
   * @throws NullPointerException if the text is null
   * @throws DossierCodeParseException if the text is malformed, with the position of the first error
   */
  public static DossierCode parse(CharSequence text) {
    return parse(text, 2050);
  }

  /**
   * Parses a dossier code, reading {@code YYMMDD} in the century nearest a receipt date: the year within
   * 50 years of it.
   *
   * @param text the text
   * @param receipt the receipt date (or another date near it) that decides the century
   * @return the code
   * @throws NullPointerException if an argument is null
   * @throws DossierCodeParseException if the text is malformed, with the position of the first error
   */
  public static DossierCode parse(CharSequence text, LocalDate receipt) {
    Objects.requireNonNull(receipt, "receipt");
    return parse(text, receipt.getYear());
  }

  private static DossierCode parse(CharSequence text, int nearYear) {
    Objects.requireNonNull(text, "text");
    int dash = -1;
    for (int i = 0; i < Math.min(text.length(), MAX_AGENCY_LENGTH + 1); i++) {
      if (text.charAt(i) == '-') {
        dash = i;
        break;
      }
    }
    Layout layout;
    if (dash == LEGACY_AGENCY_LENGTH && isLegacy(text, 0)) {
      layout = Layout.RECEIVING_UNIT_2018;
    } else if (text.length() > 0 && isLevelOneLetter(text.charAt(0))) {
      if (dash < 0) {
        throw error(text, Math.min(text.length(), MAX_AGENCY_LENGTH),
            "expected '-' after an agency identifier of at most " + MAX_AGENCY_LENGTH + " characters");
      }
      checkElectronicId(text, dash, text, "Dossier code");
      layout = Layout.RESOLVING_AGENCY_2025;
    } else {
      // Not a 2025 identifier: report against the 2018 form, the one such a text was meant to have.
      checkLegacy(text, text, "Dossier code");
      layout = Layout.RECEIVING_UNIT_2018;
      dash = LEGACY_AGENCY_LENGTH;
    }
    expect(text, dash, '-');
    int yy = digits(text, dash + 1, 2);
    int mm = digits(text, dash + 3, 2);
    int dd = digits(text, dash + 5, 2);
    expect(text, dash + 7, '-');
    int numberStart = dash + 8;
    int numberEnd = numberStart;
    while (numberEnd < text.length() && isDigit(text.charAt(numberEnd)) && numberEnd - numberStart <= MAX_NUMBER_DIGITS) {
      numberEnd++;
    }
    int n = numberEnd - numberStart;
    if (layout == Layout.RECEIVING_UNIT_2018) {
      digits(text, numberStart, 4);
      if (text.length() > numberStart + 4) {
        throw error(text, numberStart + 4, "unexpected text after the sequence");
      }
      numberEnd = numberStart + 4;
      n = 4;
    } else {
      if (numberEnd < text.length()) {
        throw error(text, numberEnd, n > MAX_NUMBER_DIGITS
            ? "sequence has more than " + MAX_NUMBER_DIGITS + " digits"
            : "expected a digit, found " + DossierCodeParseException.quote(String.valueOf(text.charAt(numberEnd))));
      }
      if (n < MIN_SEQUENCE_DIGITS) {
        throw error(text, numberEnd, "sequence must have at least " + MIN_SEQUENCE_DIGITS + " digits, has " + n);
      }
      if (n >= MIN_SEQUENCE_DIGITS + 2 && isCentralisedIdentifier(text.subSequence(0, dash))) {
        layout = Layout.CENTRALISED_SYSTEM_2026;
      }
    }
    LocalDate date;
    int year = century(nearYear, yy);
    try {
      date = LocalDate.of(year, mm, dd);
    } catch (DateTimeException e) {
      throw error(text, dash + 1, "invalid date '" + text.subSequence(dash + 1, dash + 7) + "'");
    }
    int system = -1;
    int seqStart = numberStart;
    if (layout == Layout.CENTRALISED_SYSTEM_2026) {
      system = (text.charAt(numberStart) - '0') * 10 + (text.charAt(numberStart + 1) - '0');
      seqStart = numberStart + 2;
    }
    long seq = 0;
    for (int i = seqStart; i < numberEnd; i++) {
      seq = seq * 10 + (text.charAt(i) - '0');
    }
    if (seq == 0) {
      throw error(text, seqStart, "sequence must not be zero");
    }
    if (seq > MAX_SEQUENCE) {
      throw error(text, seqStart, "sequence is larger than " + MAX_SEQUENCE);
    }
    return new DossierCode(layout, text.subSequence(0, dash).toString(), date, system, (int) seq, numberEnd - seqStart);
  }

  /**
   * Checks whether a text is an agency identifier accepted here: the 2018 form {@code
   * V1V2V3.Z1Z2.Y1Y2.MX1X2} or a 2025 electronic identifier ({@code MX1X2} first, at most 35 characters).
   *
   * @param text the text
   * @return true if the text has one of the forms
   * @throws NullPointerException if the text is null
   */
  public static boolean isAgencyIdentifier(CharSequence text) {
    Objects.requireNonNull(text, "text");
    try {
      identifierLayout(text, text, "Agency identifier");
      return true;
    } catch (DossierCodeParseException e) {
      return false;
    }
  }

  /**
   * Returns the layout the code was written in.
   *
   * @return the layout
   */
  public Layout layout() {
    return layout;
  }

  /**
   * Returns the agency identifier: the receiving unit's (2018 layout) or the resolving agency's (2025 and
   * centralised layouts).
   *
   * @return the agency identifier, for example {@code 000.00.15.H05} or {@code H56.01.10}
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
   * Returns the two digits {@code AA} of the agency that owns a centralised national system.
   *
   * @return 0 to 99 for {@link Layout#CENTRALISED_SYSTEM_2026}, else empty
   */
  public OptionalInt systemCode() {
    return systemCode < 0 ? OptionalInt.empty() : OptionalInt.of(systemCode);
  }

  /**
   * Returns the sequence of the receipt in its day.
   *
   * @return the sequence, from 1
   */
  public int sequence() {
    return sequence;
  }

  /**
   * Compares by agency identifier, then date, then system code, then sequence.
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
        && digits == other.digits
        && systemCode == other.systemCode
        && layout == other.layout
        && agencyId.equals(other.agencyId)
        && date.equals(other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agencyId, date, systemCode, sequence, digits);
  }

  /**
   * Returns the canonical form, for example {@code 000.00.15.H05-181023-0001}.
   *
   * @return the code as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(agencyId.length() + 20).append(agencyId).append('-');
    two(sb, Math.floorMod(date.getYear(), 100));
    two(sb, date.getMonthValue());
    two(sb, date.getDayOfMonth());
    sb.append('-');
    if (systemCode >= 0) {
      two(sb, systemCode);
    }
    String seq = Integer.toString(sequence);
    for (int i = seq.length(); i < digits; i++) {
      sb.append('0');
    }
    return sb.append(seq).toString();
  }

  private static int century(int nearYear, int yy) {
    int year = nearYear - Math.floorMod(nearYear, 100) + yy;
    if (year >= nearYear + 50) {
      year -= 100;
    } else if (year < nearYear - 50) {
      year += 100;
    }
    return year;
  }

  private static void checkYear(LocalDate date) {
    if (date.getYear() < 2000 || date.getYear() > 9999) {
      throw new IllegalArgumentException(
          "Receipt date of a dossier code must be in years 2000 to 9999, was " + date);
    }
  }

  private static int width(int n) {
    return Integer.toString(n).length();
  }

  private static void two(StringBuilder sb, int value) {
    sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  private static Layout identifierLayout(CharSequence id, CharSequence whole, String what) {
    if (id.length() == LEGACY_AGENCY_LENGTH && isLegacy(id, 0)) {
      return Layout.RECEIVING_UNIT_2018;
    }
    if (id.length() > 0 && isLevelOneLetter(id.charAt(0))) {
      checkElectronicId(id, id.length(), whole, what);
      return Layout.RESOLVING_AGENCY_2025;
    }
    checkLegacy(id, whole, what);
    throw new DossierCodeParseException(what + " is longer than " + LEGACY_AGENCY_LENGTH
        + " characters: expected V1V2V3.Z1Z2.Y1Y2.MX1X2", whole, LEGACY_AGENCY_LENGTH);
  }

  // The 2018 form V1V2V3.Z1Z2.Y1Y2.MX1X2: 'a' = digit or upper-case letter, '.' = dot, 'L' = letter, '9' = digit.
  private static final String LEGACY_PATTERN = "aaa.aa.aa.L99";

  private static boolean isLegacy(CharSequence text, int offset) {
    if (text.length() < offset + LEGACY_AGENCY_LENGTH) {
      return false;
    }
    for (int i = 0; i < LEGACY_AGENCY_LENGTH; i++) {
      if (!matches(LEGACY_PATTERN.charAt(i), text.charAt(offset + i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(char p, char c) {
    return switch (p) {
      case 'a' -> isDigit(c) || isUpper(c);
      case 'L' -> isUpper(c);
      case '9' -> isDigit(c);
      default -> c == p;
    };
  }

  private static void checkLegacy(CharSequence text, CharSequence whole, String what) {
    for (int i = 0; i < LEGACY_AGENCY_LENGTH; i++) {
      if (i >= text.length()) {
        throw new DossierCodeParseException(
            what + " is too short at index " + i + ": expected " + describe(i), whole, i);
      }
      char c = text.charAt(i);
      if (!matches(LEGACY_PATTERN.charAt(i), c)) {
        throw new DossierCodeParseException(
            what + " has " + DossierCodeParseException.quote(String.valueOf(c)) + " at index " + i
                + ": expected " + describe(i),
            whole,
            i);
      }
    }
  }

  private static String describe(int agencyIndex) {
    return switch (LEGACY_PATTERN.charAt(agencyIndex)) {
      case 'a' -> "a digit or an upper-case letter of the agency identifier V1V2V3.Z1Z2.Y1Y2.MX1X2";
      case 'L' -> "the upper-case letter M of the agency identifier V1V2V3.Z1Z2.Y1Y2.MX1X2";
      case '9' -> "a digit X of the agency identifier V1V2V3.Z1Z2.Y1Y2.MX1X2";
      default -> "'.' of the agency identifier V1V2V3.Z1Z2.Y1Y2.MX1X2";
    };
  }

  /** Decision 20/2020/QĐ-TTg: level 1 {@code MX1X2} first, then dot-separated groups of digits or letters. */
  private static void checkElectronicId(CharSequence text, int end, CharSequence whole, String what) {
    if (end > MAX_AGENCY_LENGTH) {
      throw new DossierCodeParseException(what + "'s agency identifier is longer than " + MAX_AGENCY_LENGTH
          + " characters (Decision 20/2020/QD-TTg)", whole, MAX_AGENCY_LENGTH);
    }
    for (int i = 1; i < 3; i++) {
      if (i >= end || !isDigit(text.charAt(i))) {
        throw new DossierCodeParseException(what + " has " + found(text, i, end) + " at index " + i
            + ": expected a digit X of the level-1 group MX1X2 of the electronic identifier", whole, i);
      }
    }
    int groupLength = 3;
    for (int i = 3; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (groupLength == 0) {
          throw new DossierCodeParseException(what + " has an empty group at index " + i
              + " of the electronic identifier", whole, i);
        }
        groupLength = 0;
      } else if (isDigit(c) || isUpper(c)) {
        groupLength++;
      } else {
        throw new DossierCodeParseException(what + " has " + DossierCodeParseException.quote(String.valueOf(c))
            + " at index " + i + ": expected a digit, an upper-case letter or '.' of the electronic identifier",
            whole, i);
      }
    }
    if (groupLength == 0) {
      throw new DossierCodeParseException(what + " has an empty group at index " + end
          + " of the electronic identifier", whole, end);
    }
  }

  private static String found(CharSequence text, int i, int end) {
    return i >= end ? "nothing" : DossierCodeParseException.quote(String.valueOf(text.charAt(i)));
  }

  /** {@code MX1X2.Y1Y2Y3.Z1Z2} (Circular 03/2025 Art 13(3)). */
  private static boolean isCentralisedIdentifier(CharSequence id) {
    if (id.length() != 10 || id.charAt(3) != '.' || id.charAt(7) != '.') {
      return false;
    }
    for (int i : new int[] {4, 5, 6, 8, 9}) {
      char c = id.charAt(i);
      if (!isDigit(c) && !isUpper(c)) {
        return false;
      }
    }
    return isLevelOneLetter(id.charAt(0)) && isDigit(id.charAt(1)) && isDigit(id.charAt(2));
  }

  private static boolean isLevelOneLetter(char c) {
    return c >= 'A' && c <= 'Y';
  }

  private static void expect(CharSequence text, int pos, char expected) {
    if (pos >= text.length()) {
      throw error(text, pos, "too short, expected '" + expected + "'");
    }
    if (text.charAt(pos) != expected) {
      throw error(text, pos, "expected '" + expected + "', found "
          + DossierCodeParseException.quote(String.valueOf(text.charAt(pos))));
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
        throw error(text, i, "expected a digit, found " + DossierCodeParseException.quote(String.valueOf(c)));
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
