package dev.motcua.calendar;

import dev.motcua.calendar.internal.json.ScheduleRecords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything that decides which days of a calendar are working days, the input of the layers of DESIGN §3.1 in
 * {@link DayLayers}: the weekly rest days (layer 1), whether the statute and its projection apply and how (layers
 * 2–3), whether the bundled notices apply and the host's own (layer 4), and the host's days (layer 5). Working
 * periods, reception windows, zone and strictness do not change which days work, so they are not here.
 *
 * <p>{@link #DEFAULT} is the default calendar's; {@link DayLayers#of} uses the precomputed {@link DefaultDays}
 * exactly when a builder's settings {@link #equals} it. A hand-written class, not a record: a record's
 * {@code equals} bootstraps through {@code invokedynamic}, which costs milliseconds on the first build in a JVM.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DaySettings {

  static final int DEFAULT_CULTURE_DAY_FROM = 2026;

  /** Saturday and Sunday off, statute and projection with the default choices, bundled notices, nothing else. */
  static final DaySettings DEFAULT = new DaySettings(weekend(), true, true, NationalDayBridge.NEAREST_WEEKEND,
      DEFAULT_CULTURE_DAY_FROM, Collections.emptyMap(), List.of(), Collections.emptyNavigableMap());

  private final boolean[] restByPattern;
  private final boolean statutory;
  private final boolean bundled;
  private final NationalDayBridge bridge;
  private final int cultureDayFrom;
  /** Schedules loaded by the host, by year; a later file replaces an earlier year. */
  private final Map<Integer, ScheduleRecords.Year> hostYears;
  /** Additions loaded by the host, in load order: on top of the official or projected years. */
  private final List<ScheduleRecords.Year> hostAdditions;
  private final NavigableMap<LocalDate, SpecialDay> hostDays;

  private DaySettings(boolean[] restByPattern, boolean statutory, boolean bundled, NationalDayBridge bridge,
      int cultureDayFrom, Map<Integer, ScheduleRecords.Year> hostYears, List<ScheduleRecords.Year> hostAdditions,
      NavigableMap<LocalDate, SpecialDay> hostDays) {
    this.restByPattern = restByPattern;
    this.statutory = statutory;
    this.bundled = bundled;
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.cultureDayFrom = cultureDayFrom;
    this.hostYears = hostYears;
    this.hostAdditions = hostAdditions;
    this.hostDays = hostDays;
  }

  private static boolean[] weekend() {
    boolean[] rest = new boolean[7];
    rest[DayOfWeek.SATURDAY.ordinal()] = true;
    rest[DayOfWeek.SUNDAY.ordinal()] = true;
    return rest;
  }

  /** Whether each weekday (by ordinal) is a weekly rest day; a copy. */
  boolean[] restByPattern() {
    return restByPattern.clone();
  }

  boolean isRestDay(DayOfWeek day) {
    return restByPattern[day.ordinal()];
  }

  boolean statutory() {
    return statutory;
  }

  boolean bundled() {
    return bundled;
  }

  NationalDayBridge bridge() {
    return bridge;
  }

  int cultureDayFrom() {
    return cultureDayFrom;
  }

  /** The host's schedules, by year. */
  Map<Integer, ScheduleRecords.Year> hostYears() {
    return hostYears;
  }

  /** The host's additions to official or projected years, in load order. */
  List<ScheduleRecords.Year> hostAdditions() {
    return hostAdditions;
  }

  /** The host's days off and make-up days, by date. */
  NavigableMap<LocalDate, SpecialDay> hostDays() {
    return hostDays;
  }

  DaySettings withRestDay(DayOfWeek day, boolean rest) {
    boolean[] r = restByPattern.clone();
    r[day.ordinal()] = rest;
    return new DaySettings(r, statutory, bundled, bridge, cultureDayFrom, hostYears, hostAdditions, hostDays);
  }

  DaySettings withStatutory(boolean use) {
    return new DaySettings(restByPattern, use, bundled, bridge, cultureDayFrom, hostYears, hostAdditions, hostDays);
  }

  DaySettings withBundled(boolean use) {
    return new DaySettings(restByPattern, statutory, use, bridge, cultureDayFrom, hostYears, hostAdditions, hostDays);
  }

  DaySettings withBridge(NationalDayBridge b) {
    return new DaySettings(restByPattern, statutory, bundled, b, cultureDayFrom, hostYears, hostAdditions, hostDays);
  }

  DaySettings withCultureDayFrom(int fromYear) {
    return new DaySettings(restByPattern, statutory, bundled, bridge, fromYear, hostYears, hostAdditions, hostDays);
  }

  /**
   * Adds the host's schedules: an official year replaces the same year of earlier ones; additions are kept after
   * the earlier ones.
   */
  DaySettings withHostYears(List<ScheduleRecords.Year> years) {
    Map<Integer, ScheduleRecords.Year> m = new LinkedHashMap<>(hostYears);
    List<ScheduleRecords.Year> a = new ArrayList<>(hostAdditions);
    for (ScheduleRecords.Year y : years) {
      if (y.additions()) {
        a.add(y);
      } else {
        m.put(y.year(), y);
      }
    }
    return new DaySettings(restByPattern, statutory, bundled, bridge, cultureDayFrom,
        Collections.unmodifiableMap(m), List.copyOf(a), hostDays);
  }

  /** Adds a host day, replacing an earlier one on the same date. */
  DaySettings withHostDay(SpecialDay day) {
    TreeMap<LocalDate, SpecialDay> m = new TreeMap<>(hostDays);
    m.put(day.date(), day);
    return new DaySettings(restByPattern, statutory, bundled, bridge, cultureDayFrom, hostYears, hostAdditions,
        Collections.unmodifiableNavigableMap(m));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DaySettings s && Arrays.equals(restByPattern, s.restByPattern) && statutory == s.statutory
        && bundled == s.bundled && bridge == s.bridge && cultureDayFrom == s.cultureDayFrom
        && hostYears.equals(s.hostYears) && hostAdditions.equals(s.hostAdditions) && hostDays.equals(s.hostDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(restByPattern), statutory, bundled, bridge, cultureDayFrom, hostYears,
        hostAdditions, hostDays);
  }

  @Override
  public String toString() {
    return "DaySettings[rest " + Arrays.toString(restByPattern) + ", statutory " + statutory + ", bundled " + bundled
        + ", bridge " + bridge + ", culture day from " + cultureDayFrom + ", host years " + hostYears.keySet()
        + ", host additions " + hostAdditions.stream().map(ScheduleRecords.Year::year).toList()
        + ", host days " + hostDays.keySet() + "]";
  }
}
