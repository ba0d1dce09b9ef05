package dev.motcua.calendar;

import dev.motcua.calendar.internal.json.ScheduleJsonException;
import dev.motcua.calendar.internal.json.ScheduleJsonReader;
import dev.motcua.calendar.internal.json.ScheduleRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The layer engine of DESIGN §3.1: from {@link DaySettings} to the labelled days of a calendar, each layer
 * overriding the one before: (1) the weekly pattern, (2) the statutory holidays and (3) their compensation, both
 * projected for years without notice ({@link StatutoryHolidays}), (4) the official yearly notices, bundled and the
 * host's, and (5) the host's own days.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DayLayers {

  /** First supported date. */
  static final LocalDate MIN = LocalDate.of(1990, 1, 1);
  /** Last supported date. */
  static final LocalDate MAX = LocalDate.of(2100, 12, 31);

  static final String BUNDLED = "vn-civil-service-schedules.json";

  private DayLayers() {}

  /**
   * The days of a calendar with these settings: the precomputed {@link DefaultDays} exactly when the settings are
   * the default ones, else every layer computed.
   */
  static DefaultDays.Days of(DaySettings settings) {
    return settings.equals(DaySettings.DEFAULT) ? DefaultDays.days() : compute(settings);
  }

  /**
   * Computes every layer.
   *
   * @throws ScheduleFormatException if a host's make-up day is not on a weekly rest day, or a day off on one, or
   *     an addition does not change its day (a day off on a day already off, a make-up day on a working day)
   */
  static DefaultDays.Days compute(DaySettings settings) {
    boolean[] restByPattern = settings.restByPattern();
    Map<Integer, ScheduleRecords.Year> years = new TreeMap<>();
    if (settings.bundled()) {
      for (ScheduleRecords.Year y : Bundled.YEARS) {
        years.put(y.year(), y);
      }
    }
    validateMakeUpDays(settings.hostYears().values(), restByPattern);
    validateMakeUpDays(settings.hostAdditions(), restByPattern);
    years.putAll(settings.hostYears());
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
    if (settings.statutory()) {
      StatutoryHolidays.Settings statute = new StatutoryHolidays.Settings(settings.bridge(), settings.cultureDayFrom());
      for (int y = firstYear; y <= MAX.getYear(); y++) {
        boolean noticed = covered[y - firstYear];
        for (SpecialDay h : StatutoryHolidays.of(y, restByPattern, statute)) {
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
    // Layer 4b: the host's additions on top of the official or projected year; each must change its day.
    for (ScheduleRecords.Year y : settings.hostAdditions()) {
      for (ScheduleRecords.Day d : y.days()) {
        long i = d.date().toEpochDay() - minEpoch;
        if (i < 0 || i >= days) {
          continue;
        }
        SpecialDay before = labels.get(d.date());
        boolean working = before != null ? before.isWorking() : !restByPattern[d.date().getDayOfWeek().ordinal()];
        boolean makeUp = d.kind().equals("MAKE_UP");
        if (makeUp == working) {
          String was = before == null ? "" : " (" + before.kind() + " " + before.nameEn() + ", " + before.provenance()
              + ")";
          throw new ScheduleFormatException((makeUp ? "Already a working day" : "Already a day off") + was
              + ": an addition must change its day", d.path() + ".date", d.date().toString(), d.line(), d.column(),
              null);
        }
        labels.put(d.date(), SpecialDay.of(d.date(), DayKind.valueOf(d.kind()), d.nameVi(), d.nameEn(),
            Provenance.HOST, Optional.of(d.source())));
      }
    }
    labels.putAll(settings.hostDays());
    return DefaultDays.Days.of(Collections.unmodifiableNavigableMap(labels), covered);
  }

  /**
   * Checks that every make-up day of the schedules falls on a weekly rest day and every day off on a working
   * weekday.
   *
   * @throws ScheduleFormatException naming the first offending entry
   */
  static void validateMakeUpDays(Collection<ScheduleRecords.Year> years, boolean[] rest) {
    for (ScheduleRecords.Year y : years) {
      for (ScheduleRecords.Day d : y.days()) {
        if (d.kind().equals("MAKE_UP") && !rest[d.date().getDayOfWeek().ordinal()]) {
          throw new ScheduleFormatException("A make-up day must be a weekly rest day, not a "
              + dayName(d.date()), d.path() + ".date", d.date().toString(), d.line(), d.column(), null);
        }
        if (!d.kind().equals("MAKE_UP") && rest[d.date().getDayOfWeek().ordinal()]) {
          throw new ScheduleFormatException("A day off must be a working weekday, not a "
              + dayName(d.date()), d.path() + ".date", d.date().toString(), d.line(), d.column(), null);
        }
      }
    }
  }

  // "Saturday" (Thứ Bảy), not the constant SATURDAY, in a message read by whoever wrote the file
  private static String dayName(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /**
   * Reads schedules in the bundled format.
   *
   * @throws ScheduleFormatException if the file is malformed
   */
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
      try (InputStream in = DayLayers.class.getResourceAsStream(BUNDLED)) {
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
