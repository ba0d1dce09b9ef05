package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.calendar.internal.json.ScheduleRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link WorkingCalendar} for a one-stop unit. Starts from the Vietnamese civil service defaults of
 * {@link WorkingCalendars#vietnamCivilService()}; every setter replaces one of them.
 *
 * <pre>{@code
 * WorkingCalendar cal = WorkingCalendars.builder()
 *     .workingPeriods(DayOfWeek.FRIDAY, LocalTime.of(7, 30), LocalTime.of(11, 30))
 *     .addDayOff(LocalDate.of(2027, 3, 8), "Nghỉ theo quyết định của tỉnh", "Provincial day off")
 *     .addSchedules(Path.of("vn-2027.json"))
 *     .strict(true)
 *     .build();
 * }</pre>
 *
 * <p>A rejected call (bad argument, malformed file) leaves the builder unchanged. This class is mutable and not
 * thread-safe; the calendars it builds are immutable and thread-safe.
 */
public final class WorkingCalendarBuilder {

  static final String WEEKLY_REST_SOURCE = "Decision 188/1999/QĐ-TTg";

  private static final WorkingPeriods STANDARD =
      WorkingPeriods.of(LocalTime.of(7, 0), LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(17, 0));
  private static final WorkingPeriods SATURDAY_MORNING = WorkingPeriods.of(LocalTime.of(7, 0), LocalTime.of(11, 0));

  /** Null for the default, resolved lazily: loading the zone rules costs ~15 ms on first use. */
  private @Nullable ZoneId zone;
  private final EnumMap<DayOfWeek, WorkingPeriods> periods = new EnumMap<>(DayOfWeek.class);
  private final EnumMap<DayOfWeek, WorkingPeriods> reception = new EnumMap<>(DayOfWeek.class);
  private WorkingPeriods makeUpPeriods = STANDARD;
  /** Which days work: every layer's settings, one immutable value (its default selects the precomputed days). */
  private DaySettings days = DaySettings.DEFAULT;
  private boolean strict;
  private boolean precomputed = true;

  WorkingCalendarBuilder() {
    for (DayOfWeek d : DayOfWeek.values()) {
      periods.put(d, days.isRestDay(d) ? WorkingPeriods.NONE : STANDARD);
      reception.put(d, d == DayOfWeek.SATURDAY ? SATURDAY_MORNING : WorkingPeriods.NONE);
    }
  }

  /**
   * Sets the zone of the calendar's local times.
   *
   * @param zone the zone, {@code Asia/Ho_Chi_Minh} by default
   * @return this builder
   */
  public WorkingCalendarBuilder zone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  /**
   * Sets the working periods of a weekday as pairs of start and end times; no times make it a weekly rest day.
   * Default: Monday–Friday 07:00–11:00 and 13:00–17:00 (Bạc Liêu Decision 221/QĐ-UBND (2018) Art 5).
   *
   * @param day the weekday
   * @param startEndPairs ascending whole-minute times: start, end, start, end…
   * @return this builder
   * @throws IllegalArgumentException if the times are odd in number, not whole minutes or not ascending
   */
  public WorkingCalendarBuilder workingPeriods(DayOfWeek day, LocalTime... startEndPairs) {
    Objects.requireNonNull(day, "day");
    WorkingPeriods layout = WorkingPeriods.of(startEndPairs);
    periods.put(day, layout);
    days = days.withRestDay(day, layout.isEmpty());
    return this;
  }

  /**
   * Sets the working periods of a make-up working day (default 07:00–11:00 and 13:00–17:00: a full day).
   *
   * @param startEndPairs ascending whole-minute times, at least one period
   * @return this builder
   * @throws IllegalArgumentException if the times are odd in number, not whole minutes, not ascending or none
   */
  public WorkingCalendarBuilder makeUpDayPeriods(LocalTime... startEndPairs) {
    WorkingPeriods layout = WorkingPeriods.of(startEndPairs);
    checkArgument(!layout.isEmpty(), "A make-up day needs at least one working period");
    makeUpPeriods = layout;
    return this;
  }

  /**
   * Sets the reception window of a weekly rest day for procedures designated for weekend reception; it does not
   * count toward processing time {@code [inferred]}. Default: Saturday 07:00–11:00 (Decision 14/2010/QĐ-TTg).
   *
   * @param day the weekday
   * @param startEndPairs ascending whole-minute times; none to close
   * @return this builder
   * @throws IllegalArgumentException if the times are odd in number, not whole minutes or not ascending
   */
  public WorkingCalendarBuilder receptionWindow(DayOfWeek day, LocalTime... startEndPairs) {
    Objects.requireNonNull(day, "day");
    reception.put(day, WorkingPeriods.of(startEndPairs));
    return this;
  }

  /**
   * Adds a local day off ({@link DayKind#CLOSURE}, provenance {@link Provenance#HOST}); overrides every other
   * layer.
   *
   * @param date the date
   * @param nameVi the name in Vietnamese
   * @param nameEn the name in English
   * @return this builder
   * @throws CalendarRangeException if the date is outside 1990-01-01..2100-12-31
   */
  public WorkingCalendarBuilder addDayOff(LocalDate date, String nameVi, String nameEn) {
    checkInRange(date);
    days = days.withHostDay(SpecialDay.of(date, DayKind.CLOSURE, Objects.requireNonNull(nameVi, "nameVi"),
        Objects.requireNonNull(nameEn, "nameEn"), Provenance.HOST, Optional.empty()));
    return this;
  }

  /**
   * Adds a local make-up working day (provenance {@link Provenance#HOST}) on a weekly rest day; overrides every
   * other layer. That the date is a weekly rest day is checked by {@link #build()}.
   *
   * @param date the date
   * @param nameVi the name in Vietnamese
   * @param nameEn the name in English
   * @return this builder
   * @throws CalendarRangeException if the date is outside 1990-01-01..2100-12-31
   */
  public WorkingCalendarBuilder addMakeUpDay(LocalDate date, String nameVi, String nameEn) {
    checkInRange(date);
    days = days.withHostDay(SpecialDay.of(date, DayKind.MAKE_UP, Objects.requireNonNull(nameVi, "nameVi"),
        Objects.requireNonNull(nameEn, "nameEn"), Provenance.HOST, Optional.empty()));
    return this;
  }

  private static void checkInRange(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(DayLayers.MIN) || date.isAfter(DayLayers.MAX)) {
      throw new CalendarRangeException("date " + date, DayLayers.MIN, DayLayers.MAX);
    }
  }

  /**
   * Loads yearly schedules from a JSON stream (format {@code motcua-schedule/2}, see the README). Each year says
   * its scope: an {@code OFFICIAL} year is the complete official schedule (lịch nghỉ chính thức) and replaces
   * the same year of the bundled data, of the projection or of an earlier file; an {@code ADDITIONS} year adds
   * days off and make-up days (ngày làm bù) on top of the official or projected year, which it keeps. Every
   * year of the older format {@code motcua-schedule/1} is official.
   *
   * <p>The file is checked completely before anything changes: a day off must fall on a working weekday (a
   * Saturday or Sunday is already off), a make-up day on a weekly rest day of the current pattern, a date at most
   * once; and an addition must change its day, so a day off on a day the calendar already has off (Tết, an
   * earlier addition) or a make-up day on a working day is an error, not silently accepted.
   *
   * @param in the stream, read to its end and not closed
   * @return this builder
   * @throws ScheduleFormatException if the file is malformed, naming field, value and position
   * @throws UncheckedIOException if reading fails
   */
  public WorkingCalendarBuilder addSchedules(InputStream in) {
    List<ScheduleRecords.Year> years = DayLayers.read(in);
    DayLayers.validateMakeUpDays(years, days.restByPattern());
    DaySettings next = days.withHostYears(years);
    if (years.stream().anyMatch(ScheduleRecords.Year::additions)) {
      DayLayers.compute(next); // the additions against the days as configured so far
    }
    days = next;
    return this;
  }

  /**
   * Loads official yearly schedules from a JSON file.
   *
   * @param file the file
   * @return this builder
   * @throws ScheduleFormatException if the file is malformed
   * @throws UncheckedIOException if reading fails
   * @see #addSchedules(InputStream)
   */
  public WorkingCalendarBuilder addSchedules(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return addSchedules(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read schedule file " + file, e);
    }
  }

  /**
   * Sets whether the bundled official schedules 2019–2026 are used (default true).
   *
   * @param use whether to use them
   * @return this builder
   */
  public WorkingCalendarBuilder bundledSchedules(boolean use) {
    days = days.withBundled(use);
    return this;
  }

  /**
   * Sets whether the statutory holidays and their projection apply (default true); false leaves the weekly
   * pattern, the schedules and the host's days only.
   *
   * @param use whether to use them
   * @return this builder
   */
  public WorkingCalendarBuilder statutoryHolidays(boolean use) {
    days = days.withStatutory(use);
    return this;
  }

  /**
   * Sets strict mode: every query touching a year without official schedule throws
   * {@link ScheduleNotPublishedException} naming the year.
   *
   * @param strict whether to refuse projected years (default false)
   * @return this builder
   */
  public WorkingCalendarBuilder strict(boolean strict) {
    this.strict = strict;
    return this;
  }

  /**
   * Sets which day next to 2 September projected years take off ({@code [inferred]}).
   *
   * @param bridge the choice, {@link NationalDayBridge#NEAREST_WEEKEND} by default
   * @return this builder
   */
  public WorkingCalendarBuilder nationalDayBridge(NationalDayBridge bridge) {
    days = days.withBridge(Objects.requireNonNull(bridge, "bridge"));
    return this;
  }

  /**
   * Sets from which year projected years take 24 November (Vietnamese Culture Day) off; by default from 2026
   * (National Assembly Resolution 28/2026/QH16 Art 2, a third-party-confirmed source, so {@code [inferred]});
   * {@code Optional.empty()} never.
   *
   * @param fromYear the first year, or empty
   * @return this builder
   */
  public WorkingCalendarBuilder cultureDayFrom(Optional<Integer> fromYear) {
    days = days.withCultureDayFrom(fromYear.orElse(Integer.MAX_VALUE));
    return this;
  }

  /**
   * Builds the calendar over 1990-01-01..2100-12-31.
   *
   * @return the calendar
   * @throws IllegalArgumentException if a host make-up day is not on a weekly rest day, or no weekday works
   * @throws ScheduleFormatException if an addition loaded by {@link #addSchedules(InputStream)} no longer
   *     changes its day with the settings as they are now (for example after {@link #bundledSchedules(boolean)})
   */
  public WorkingCalendar build() {
    boolean[] restByPattern = days.restByPattern();
    WorkingPeriods[] layouts = new WorkingPeriods[8];
    WorkingPeriods[] receptionArr = new WorkingPeriods[7];
    boolean anyWorking = false;
    for (DayOfWeek d : DayOfWeek.values()) {
      layouts[d.ordinal()] = periods.get(d);
      anyWorking |= !restByPattern[d.ordinal()];
      receptionArr[d.ordinal()] = reception.get(d);
    }
    checkArgument(anyWorking, "At least one weekday must have working periods");
    layouts[7] = makeUpPeriods;
    for (SpecialDay h : days.hostDays().values()) {
      checkArgument(!h.isWorking() || restByPattern[h.date().getDayOfWeek().ordinal()],
          "A make-up day must be a weekly rest day: %s is a %s", h.date(), h.date().getDayOfWeek());
    }
    DefaultDays.Days special = precomputed ? DayLayers.of(days) : DayLayers.compute(days);
    // the weekly pattern, then every labelled day: a label decides whether its day works (last layer wins)
    int count = (int) (DayLayers.MAX.toEpochDay() - DayLayers.MIN.toEpochDay() + 1);
    boolean[] working = new boolean[count];
    byte[] layoutOfDay = new byte[count];
    int dow = DayLayers.MIN.getDayOfWeek().ordinal();
    for (int i = 0; i < count; i++) {
      working[i] = !restByPattern[dow];
      layoutOfDay[i] = (byte) dow;
      dow = dow == 6 ? 0 : dow + 1;
    }
    for (int i : special.closed()) {
      working[i] = false;
    }
    for (int i : special.open()) {
      working[i] = true;
      // a make-up day works the make-up periods; on a day the pattern already works, it keeps that day's periods
      if (restByPattern[layoutOfDay[i]]) {
        layoutOfDay[i] = 7;
      }
    }
    DayIndex index = new DayIndex(DayLayers.MIN, DayLayers.MAX, working, strict, special.coveredYears());
    byte[] layoutOfWork = new byte[index.count()];
    for (int i = 0, k = 0; i < count; i++) {
      if (working[i]) {
        layoutOfWork[k++] = layoutOfDay[i];
      }
    }
    boolean defaultPattern = Arrays.equals(restByPattern, DaySettings.DEFAULT.restByPattern());
    DayOff weeklyRest = DayOff.of(DayKind.WEEKLY_REST, "Nghỉ hằng tuần", "Weekly rest day",
        defaultPattern ? Provenance.STATUTE : Provenance.HOST,
        defaultPattern ? Optional.of(WEEKLY_REST_SOURCE) : Optional.empty());
    return new BitsetWorkingCalendar(zone, index, new WorkingTimeLine(layoutOfWork, layouts), receptionArr,
        restByPattern, weeklyRest, special.labels());
  }

  /** Makes {@link #build()} compute every layer even where the precomputed days apply (for tests). */
  WorkingCalendarBuilder computeEveryLayer() {
    this.precomputed = false;
    return this;
  }

  /** The settings deciding which days work, as {@link #build()} would use them (for tests). */
  DaySettings daySettings() {
    return days;
  }
}
