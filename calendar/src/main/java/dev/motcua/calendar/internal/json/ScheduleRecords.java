package dev.motcua.calendar.internal.json;

import java.time.LocalDate;
import java.util.List;

/**
 * The plain records a schedule file is read into. Kinds stay text here; the API package maps them.
 */
public final class ScheduleRecords {

  private ScheduleRecords() {}

  /**
   * One file.
   *
   * @param years the years in file order
   */
  public record File(List<Year> years) {
    /** Defensive copy. */
    public File {
      years = List.copyOf(years);
    }
  }

  /**
   * One year's schedule: the complete official one, or additions on top of the official or projected year.
   *
   * @param year the year whose days off the entries decide
   * @param additions true if the entries add to the year ({@code "scope":"ADDITIONS"}), false if they are its
   *     complete official schedule ({@code "scope":"OFFICIAL"}, and every year of {@code motcua-schedule/1})
   * @param days the entries in file order
   * @param path JSON path of the year object
   * @param line 1-based line of the year object
   * @param column 1-based column
   */
  public record Year(int year, boolean additions, List<Day> days, String path, int line, int column) {
    /** Defensive copy. */
    public Year {
      days = List.copyOf(days);
    }
  }

  /**
   * One date of a schedule.
   *
   * @param date the date
   * @param kind one of {@link ScheduleJsonReader#KINDS}
   * @param nameVi the name in Vietnamese
   * @param nameEn the name in English
   * @param source the document that decided the date, as cited
   * @param path JSON path of the day object
   * @param line 1-based line of the day object
   * @param column 1-based column
   */
  public record Day(
      LocalDate date, String kind, String nameVi, String nameEn, String source, String path, int line, int column) {}
}
