package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.calendar.internal.json.ScheduleJsonException;
import dev.motcua.calendar.internal.json.ScheduleJsonReader;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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

  /** First supported date. */
  static final LocalDate MIN = LocalDate.of(1990, 1, 1);
  /** Last supported date. */
  static final LocalDate MAX = LocalDate.of(2100, 12, 31);

  static final String BUNDLED = "vn-civil-service-schedules.json";
  static final String WEEKLY_REST_SOURCE = "Decision 188/1999/QĐ-TTg";
  static final int DEFAULT_CULTURE_DAY_FROM = 2026;

  private static final DayLayout STANDARD =
      DayLayout.of(LocalTime.of(7, 0), LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(17, 0));
  private static final DayLayout SATURDAY_MORNING = DayLayout.of(LocalTime.of(7, 0), LocalTime.of(11, 0));

  /** Null for the default, resolved lazily: loading the zone rules costs ~15 ms on first use. */
  private @org.jspecify.annotations.Nullable ZoneId zone;
  private final EnumMap<DayOfWeek, DayLayout> periods = new EnumMap<>(DayOfWeek.class);
  private final EnumMap<DayOfWeek, DayLayout> reception = new EnumMap<>(DayOfWeek.class);
  private DayLayout makeUpPeriods = STANDARD;
  private boolean patternChanged;
  private boolean bundled = true;
  private boolean statutory = true;
  /** Schedules loaded by the host, by year; a later file replaces an earlier year. */
  private final Map<Integer, ScheduleRecords.Year> hostYears = new LinkedHashMap<>();
  private final TreeMap<LocalDate, SpecialDay> hostDays = new TreeMap<>();
  private boolean strict;
  private WorkingDayConvention convention = WorkingDayConvention.CIVIL_CODE;
  private NationalDayBridge bridge = NationalDayBridge.NEAREST_WEEKEND;
  private int cultureDayFrom = DEFAULT_CULTURE_DAY_FROM;
  private boolean precomputed = true;
  private LocalTime sameDayCutoff = LocalTime.of(15, 0);

  WorkingCalendarBuilder() {
    for (DayOfWeek d : DayOfWeek.values()) {
      boolean weekend = d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
      periods.put(d, weekend ? DayLayout.EMPTY : STANDARD);
      reception.put(d, d == DayOfWeek.SATURDAY ? SATURDAY_MORNING : DayLayout.EMPTY);
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
    DayLayout layout = DayLayout.of(startEndPairs.clone());
    periods.put(day, layout);
    patternChanged = true;
    return this;
  }

  /**
   * Sets the working periods of a make-up working day (default 07:00–11:00 and 13:00–17:00: a full day).
   *
   * @param startEndPairs ascending whole-minute times, at least one period
   * @return this builder
   */
  public WorkingCalendarBuilder makeUpDayPeriods(LocalTime... startEndPairs) {
    DayLayout layout = DayLayout.of(startEndPairs.clone());
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
   */
  public WorkingCalendarBuilder receptionWindow(DayOfWeek day, LocalTime... startEndPairs) {
    Objects.requireNonNull(day, "day");
    reception.put(day, DayLayout.of(startEndPairs.clone()));
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
   */
  public WorkingCalendarBuilder addDayOff(LocalDate date, String nameVi, String nameEn) {
    checkInRange(date);
    hostDays.put(date, SpecialDay.of(date, DayKind.CLOSURE, Objects.requireNonNull(nameVi, "nameVi"),
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
   */
  public WorkingCalendarBuilder addMakeUpDay(LocalDate date, String nameVi, String nameEn) {
    checkInRange(date);
    hostDays.put(date, SpecialDay.of(date, DayKind.MAKE_UP, Objects.requireNonNull(nameVi, "nameVi"),
        Objects.requireNonNull(nameEn, "nameEn"), Provenance.HOST, Optional.empty()));
    return this;
  }

  private static void checkInRange(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(MIN) || date.isAfter(MAX)) {
      throw new CalendarRangeException("date " + date, MIN, MAX);
    }
  }

  /**
   * Loads official yearly schedules from a JSON stream in the bundled format (see the README); a year in the
   * file replaces the same year of the bundled data or of an earlier file. The file is checked completely
   * before anything changes, including that every make-up day falls on a weekly rest day of the current pattern.
   *
   * @param in the stream, read to its end and not closed
   * @return this builder
   * @throws ScheduleFormatException if the file is malformed, naming field, value and position
   * @throws UncheckedIOException if reading fails
   */
  public WorkingCalendarBuilder addSchedules(InputStream in) {
    List<ScheduleRecords.Year> years = read(in);
    validateMakeUpDays(years);
    for (ScheduleRecords.Year y : years) {
      hostYears.remove(y.year());
      hostYears.put(y.year(), y);
    }
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
    this.bundled = use;
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
    this.statutory = use;
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
   * Sets the default convention for processing times in working days.
   *
   * @param convention the convention, {@link WorkingDayConvention#CIVIL_CODE} by default
   * @return this builder
   */
  public WorkingCalendarBuilder convention(WorkingDayConvention convention) {
    this.convention = Objects.requireNonNull(convention, "convention");
    return this;
  }

  /**
   * Sets which day next to 2 September projected years take off ({@code [inferred]}).
   *
   * @param bridge the choice, {@link NationalDayBridge#NEAREST_WEEKEND} by default
   * @return this builder
   */
  public WorkingCalendarBuilder nationalDayBridge(NationalDayBridge bridge) {
    this.bridge = Objects.requireNonNull(bridge, "bridge");
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
    this.cultureDayFrom = fromYear.orElse(Integer.MAX_VALUE);
    return this;
  }

  /**
   * Sets the cut-off of same-day processing (default 15:00: Decree 23/2015/NĐ-CP Art 7).
   *
   * @param cutoff the cut-off
   * @return this builder
   */
  public WorkingCalendarBuilder sameDayCutoff(LocalTime cutoff) {
    this.sameDayCutoff = Objects.requireNonNull(cutoff, "cutoff");
    return this;
  }

  /**
   * Builds the calendar over 1990-01-01..2100-12-31.
   *
   * @return the calendar
   * @throws IllegalArgumentException if a host make-up day is not on a weekly rest day, or no weekday works
   */
  public WorkingCalendar build() {
    boolean[] restByPattern = new boolean[7];
    DayLayout[] layouts = new DayLayout[8];
    DayLayout[] receptionArr = new DayLayout[7];
    boolean anyWorking = false;
    for (DayOfWeek d : DayOfWeek.values()) {
      layouts[d.ordinal()] = periods.get(d);
      restByPattern[d.ordinal()] = periods.get(d).isEmpty();
      anyWorking |= !restByPattern[d.ordinal()];
      receptionArr[d.ordinal()] = reception.get(d);
    }
    checkArgument(anyWorking, "At least one weekday must have working periods");
    layouts[7] = makeUpPeriods;
    for (SpecialDay h : hostDays.values()) {
      checkArgument(!h.isWorking() || restByPattern[h.date().getDayOfWeek().ordinal()],
          "A make-up day must be a weekly rest day: %s is a %s", h.date(), h.date().getDayOfWeek());
    }
    boolean defaultPattern = true;
    for (DayOfWeek d : DayOfWeek.values()) {
      defaultPattern &= restByPattern[d.ordinal()] == (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY);
    }
    DefaultDays.Days special = usesDefaultDays(defaultPattern) ? DefaultDays.days() : computeDays(restByPattern);
    // the weekly pattern, then every labelled day: a label decides whether its day works (last layer wins)
    int days = (int) (MAX.toEpochDay() - MIN.toEpochDay() + 1);
    boolean[] working = new boolean[days];
    byte[] layoutOfDay = new byte[days];
    int dow = MIN.getDayOfWeek().ordinal();
    for (int i = 0; i < days; i++) {
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
    DayOff weeklyRest = DayOff.of(DayKind.WEEKLY_REST, "Nghỉ hằng tuần", "Weekly rest day",
        defaultPattern ? Provenance.STATUTE : Provenance.HOST,
        defaultPattern ? Optional.of(WEEKLY_REST_SOURCE) : Optional.empty());
    return new BitsetWorkingCalendar(zone, MIN, MAX, working, layoutOfDay, layouts, receptionArr, restByPattern,
        weeklyRest, special.labels(), strict, special.coveredYears().clone(), convention, sameDayCutoff);
  }

  /**
   * Whether the labelled days are those of the default calendar, precomputed in {@link DefaultDays}: they depend
   * only on the weekly rest days, the statute and projection settings, the bundled schedules and the host's days,
   * not on working periods, reception windows, zone, strictness or conventions.
   */
  private boolean usesDefaultDays(boolean defaultPattern) {
    return precomputed && defaultPattern && statutory && bundled && hostYears.isEmpty() && hostDays.isEmpty()
        && bridge == NationalDayBridge.NEAREST_WEEKEND && cultureDayFrom == DEFAULT_CULTURE_DAY_FROM;
  }

  /**
   * Computes every layer of DESIGN §3.1 (statute and projection, official schedules, host days) for the given
   * weekly rest days.
   */
  DefaultDays.Days computeDays(boolean[] restByPattern) {
    Map<Integer, ScheduleRecords.Year> years = new TreeMap<>();
    if (bundled) {
      for (ScheduleRecords.Year y : Bundled.YEARS) {
        years.put(y.year(), y);
      }
    }
    validateMakeUpDays(new ArrayList<>(hostYears.values()), restByPattern);
    years.putAll(hostYears);
    long minEpoch = MIN.toEpochDay();
    int days = (int) (MAX.toEpochDay() - minEpoch + 1);
    TreeMap<LocalDate, SpecialDay> labels = new TreeMap<>();
    int firstYear = MIN.getYear();
    boolean[] covered = new boolean[MAX.getYear() - firstYear + 1];
    for (int y : years.keySet()) {
      if (y >= firstYear && y <= MAX.getYear()) {
        covered[y - firstYear] = true;
      }
    }
    // Layers 2–3: statute and projection; a year with a notice keeps only the names of holidays on rest days.
    if (statutory) {
      StatutoryHolidays.Settings settings = new StatutoryHolidays.Settings(bridge, cultureDayFrom);
      for (int y = firstYear; y <= MAX.getYear(); y++) {
        boolean noticed = covered[y - firstYear];
        for (SpecialDay h : StatutoryHolidays.of(y, restByPattern, settings)) {
          long i = h.date().toEpochDay() - minEpoch;
          if (i < 0 || i >= days) {
            continue;
          }
          boolean onRest = restByPattern[h.date().getDayOfWeek().ordinal()];
          if (!noticed || onRest && h.kind() == DayKind.HOLIDAY && h.provenance() == Provenance.STATUTE) {
            labels.put(h.date(), h);
          }
        }
      }
    }
    // Layer 4: official notices, in year order; layer 5: the host.
    for (ScheduleRecords.Year y : years.values()) {
      for (ScheduleRecords.Day d : y.days()) {
        long i = d.date().toEpochDay() - minEpoch;
        if (i >= 0 && i < days) {
          labels.put(d.date(), SpecialDay.of(d.date(), DayKind.valueOf(d.kind()), d.nameVi(), d.nameEn(),
              Provenance.NOTICE, Optional.of(d.source())));
        }
      }
    }
    labels.putAll(hostDays);
    return DefaultDays.Days.of(Collections.unmodifiableNavigableMap(labels), covered);
  }

  /** Makes {@link #build()} compute every layer even where the precomputed days apply (for tests). */
  WorkingCalendarBuilder computeEveryLayer() {
    this.precomputed = false;
    return this;
  }

  private void validateMakeUpDays(List<ScheduleRecords.Year> years) {
    boolean[] rest = new boolean[7];
    for (DayOfWeek d : DayOfWeek.values()) {
      rest[d.ordinal()] = periods.get(d).isEmpty();
    }
    validateMakeUpDays(years, rest);
  }

  private static void validateMakeUpDays(List<ScheduleRecords.Year> years, boolean[] rest) {
    for (ScheduleRecords.Year y : years) {
      for (ScheduleRecords.Day d : y.days()) {
        if (d.kind().equals("MAKE_UP") && !rest[d.date().getDayOfWeek().ordinal()]) {
          throw new ScheduleFormatException("A make-up day must be a weekly rest day, not a "
              + d.date().getDayOfWeek(), d.path() + ".date", d.date().toString(), d.line(), d.column(), null);
        }
        if (!d.kind().equals("MAKE_UP") && rest[d.date().getDayOfWeek().ordinal()]) {
          throw new ScheduleFormatException("A day off must be a working weekday, not a "
              + d.date().getDayOfWeek(), d.path() + ".date", d.date().toString(), d.line(), d.column(), null);
        }
      }
    }
  }

  static List<ScheduleRecords.Year> read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return ScheduleJsonReader.read(in).years();
    } catch (ScheduleJsonException e) {
      throw new ScheduleFormatException(e.problem(), e.field(), e.value(), e.line(), e.column(), e);
    }
  }

  /** The bundled resource, read once. */
  private static final class Bundled {
    static final List<ScheduleRecords.Year> YEARS = load();

    private static List<ScheduleRecords.Year> load() {
      try (InputStream in = WorkingCalendarBuilder.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("Missing bundled resource " + BUNDLED);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
