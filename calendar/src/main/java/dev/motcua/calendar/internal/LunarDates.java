package dev.motcua.calendar.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The lunar anchors of the Vietnamese year: Tết (day 1 of month 1) and the Hùng Kings' day (day 10 of month 3),
 * from a table of the Vietnamese lunisolar calendar (meridian 105°E, in use since 1968) for every year
 * {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
 *
 * <p>Why a table: the dates come from Time4J's {@code VietnameseCalendar}, whose astronomical engine costs about
 * 250 ms on first use (class loading and new-moon computations) and about 0.2 ms per year, which alone would
 * break the 50 ms build budget of the default calendar; and a table keeps Time4J out of the runtime. The range is
 * Time4J's own (its Vietnamese calendar starts in 1813 and ends in 2999), so the table answers every year Time4J
 * answered; a unit test recomputes every year with Time4J and compares, so the table cannot drift from it.
 *
 * <p>Encoding: one character per year from {@value #FIRST_YEAR}. Tết: {@code '0' + (dayOfYear - 21)} (Tết falls
 * between 21 January and 21 February). Hùng Kings: {@code '0' + (days after Tết - 67)} (two or three lunar months
 * after Tết, three when a leap month comes first).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LunarDates {

  /** First Gregorian year of the table. */
  public static final int FIRST_YEAR = 1813;
  /** Last Gregorian year of the table. */
  public static final int LAST_YEAR = 2999;

  private static final String TET =
      ";0C8J?5H=2E:LA6I>4G<NC8K?5H=2D9LA6I?3F;NB8K@5H=2D9LB6I?4E:MC8K@5G<1D9LB7I>3F:0C8J@5G<1D:MB7J>4G<1D9L"
          + "@5H=2E;NB7J?3G<2D9K@5H=3E:MB6I?4G<1D8K@6H=3F:LB7I?4G<0C8J@6I=2E:LA7J?4G<0C8K@6I>2D:MA7J?3F;1C8KA5H=2"
          + "D:MB7J?4F;1D8K@5G<2E:MB7I>3F;1D9K@5H<2E;LB7I>3F<0C8K?5H=2E:MA6I?3F<1C8K@5H=3D9LA6I?4F;0C8KA7I>3F:MB8"
          + "J@5H<1D9KA6I=2E;MB8K?4G<1D9LA6I>2E;0B8J?3F<2D9LA5H=3E;NC7J?4F<2E9LA6H=3F:0B7I?4G<1D9K@6I>4G<NC8K@5H>"
          + "2D9LA7J?3F;NB8KA5H=2D9LB6I?4E;NC8K@5G<2E9LB7I>3F:0C9K@5H<1E:LB7I=3F;0C8K?4G=1E:MA6I>3F;1D9KA5H>3E:MB"
          + "6I?5G<OD8K@6H>3F:MB7I?5H<1C9K@6I=2E:LB7J?4G<0C9L@6I>2E:MB7J?3F;1C9LA5H=2D:MC7J?4F;1D9KA6G=2E:MB7I>4G"
          + ";1D9K@5H=2E;MB7J>4G<1C8K?5H>2E:MA6I?4G<1C8K@5H>3E:LB6I?4F;0C8K@6H=2E9LB7I?4G;0C9K@6H<1D:MC8K?4G<1D:M"
          + "A6I>2E;1C8K@4G<2D9LA5H>3E;NC7J?4G<2E9LA6H>3F;MB7I?5H<1D9K@6I>3F;MB7J?4G=1C9L@6I>2E:MB7J@5H=2D9MB7J?4"
          + "F;ND8KA6G<2E9MB7I>3F;0D9K@5H<2E:LB7I>3F<0C8K?4G=2E:MA6I>3F<1C8K@4G=3E:LA6I>4F;0C7J@5G=2E:MB8J?5H<1D9"
          + "KA6I=2E:LB8K?4G<NC9LA6I>2E:MB8K@4F<1C9LA5H=3E:MC7J?4F<1D9LA6H=3F:MB7I>4G<1D9K@5H=3F;MB7J>4G=1D9K@5H>"
          + "2E:MA7J?4G<1C8KA5H>3E:MB7J?5F;0C8KA6H=2E9LB8J?4G;0C9KA6I=2E:LB7J>3F<0C9L@5H=1E:MB7J?3F<1D:LA5H>4F;NC"
          + "7J?5G=2E9LA6H>3F;NC8J?5H<2D9KA6I>3F;MB7K?5H=1D9LA6I?3E:MB7K@4G<1C9LB6I>3E:MC7J@5F<1D9LA";
  private static final String HUNG_KINGS =
      "1O221111011111111001111111111221111111211101111111101111222100122221110111111N111112111111222111N111"
          + "221111111111101N112211111212211101O1111111111211111112222111121211111111O111111112111112222N11111111"
          + "1111111111N111222211111211211N11111111112112111122222111111111111111111100112222110112O1211011111111"
          + "111111111111222111111211N1111111110N1122221001122111100111111100111111111N22211111121110111111110111"
          + "1222100122211110111111111111211111122211111112211N111111110111122111N122221110111111111N112111111222"
          + "22111112211111111111111111211111222211111111O111111111111112222O111121221111111111N11211211111222211"
          + "1N1111111111111110111222211011212211011111111111112111111222111111211111111111100112222110112212N101"
          + "1111111N01111111111222111111211201111111101112222100122211110111111111111211111122221111112212011111"
          + "111011112211101222211O011111111111121111O1222221111122111111111111111122111112O221111111111111111111"
          + "11112222211112221111111111111111121O1112222111111111111111111111112222111112222110111111111111121111"
          + "1222211111121111111111110011222211011222211011111111111111111111222111111211211111111101112222100112"
          + "212110111111111111111111112221111112112011111111011112221101222211101112111111112111111";

  private LunarDates() {}

  /**
   * Returns Tết, the first day of the first lunar month, of the lunar year that starts in {@code year}.
   *
   * @param year the Gregorian year
   * @return the Gregorian date of Tết
   * @throws DateTimeException if the year is outside {@value #FIRST_YEAR}..{@value #LAST_YEAR}
   */
  public static LocalDate tet(int year) {
    int offset = offset(year); // before LocalDate.of, which has its own range
    return LocalDate.of(year, 1, 21).plusDays(TET.charAt(offset) - '0');
  }

  /**
   * Returns the Hùng Kings' Commemoration Day (10th day of the 3rd lunar month) in {@code year}.
   *
   * @param year the Gregorian year
   * @return the Gregorian date
   * @throws DateTimeException if the year is outside {@value #FIRST_YEAR}..{@value #LAST_YEAR}
   */
  public static LocalDate hungKings(int year) {
    int offset = offset(year);
    return tet(year).plusDays(67 + HUNG_KINGS.charAt(offset) - '0');
  }

  private static int offset(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new DateTimeException(
          "Year outside the Vietnamese lunar calendar's range " + FIRST_YEAR + ".." + LAST_YEAR + ": " + year);
    }
    return year - FIRST_YEAR;
  }
}
