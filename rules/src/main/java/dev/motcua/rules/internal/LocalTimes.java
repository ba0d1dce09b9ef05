package dev.motcua.rules.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Instants as local date-times of one zone, for the rules that convert an event's instant on every event.
 *
 * <p>Why not {@link LocalDateTime#ofInstant} alone: it was a fifth of a validation's time, as it searches the
 * zone's transitions for every instant. Here the offset is a constant after the zone's last transition when it
 * has no recurring rule (Asia/Ho_Chi_Minh since 1975). The answers are {@link LocalDateTime#ofInstant}'s,
 * which decides every instant outside the fast path. The dates are then taken from a table shared by every zone,
 * each slot made once when first asked: a validation asks the same few hundred days again and again, and
 * making them was the rest of the cost. (Measured slower: a table of the times of day, whose misses cost more,
 * and remembering recent answers, in one field or in a small table rewritten on every miss.) The other way,
 * {@link #instant} turns a local date and time of day into an instant with the same fixed offset.
 *
 * <p>Immutable and thread-safe: a table slot is written once with an immutable value, so a racing reader
 * sees null (and makes its own, equal value) or that value.
 */
public final class LocalTimes {
  private static final long SECONDS_PER_DAY = 86_400;
  // The dates of 2000–2199, by epoch day from 1/1/2000.
  private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final @Nullable LocalDate[] DATES =
      new LocalDate[(int) (LocalDate.of(2200, 1, 1).toEpochDay() - FIRST_DAY)];

  private final ZoneId zone;
  private final @Nullable Instant fixedFrom;
  private final int fixedOffsetSeconds;
  // The same point as seconds from 1970-01-01T00:00 local, a day after the last transition's local times, so
  // that no local time from there on is in its gap or overlap; Long.MAX_VALUE: never.
  private final long fixedFromLocal;

  /**
   * Converts in a zone.
   *
   * @param zone the zone
   */
  public LocalTimes(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    ZoneRules rules = zone.getRules();
    List<ZoneOffsetTransition> transitions = rules.getTransitions();
    if (rules.isFixedOffset()) {
      fixedFrom = Instant.MIN;
      fixedOffsetSeconds = rules.getOffset(Instant.EPOCH).getTotalSeconds();
      fixedFromLocal = Long.MIN_VALUE;
    } else if (rules.getTransitionRules().isEmpty() && !transitions.isEmpty()) {
      ZoneOffsetTransition lastTransition = transitions.get(transitions.size() - 1);
      fixedFrom = lastTransition.getInstant();
      fixedOffsetSeconds = lastTransition.getOffsetAfter().getTotalSeconds();
      LocalDateTime a = lastTransition.getDateTimeBefore();
      LocalDateTime b = lastTransition.getDateTimeAfter();
      fixedFromLocal = (a.isAfter(b) ? a : b).plusDays(1).toEpochSecond(ZoneOffset.UTC);
    } else {
      fixedFrom = null;
      fixedOffsetSeconds = 0;
      fixedFromLocal = Long.MAX_VALUE;
    }
  }

  /**
   * Returns an instant as a local date-time of the zone.
   *
   * @param at the instant
   * @return the local date-time, as {@link LocalDateTime#ofInstant} gives it
   * @throws java.time.DateTimeException if the instant is beyond the local date-times
   */
  public LocalDateTime local(Instant at) {
    Instant from = fixedFrom;
    // well inside LocalDateTime's range, where the arithmetic cannot overflow
    if (from == null || at.isBefore(from) || at.getEpochSecond() > 300_000_000_000L
        || at.getEpochSecond() < -300_000_000_000L) {
      return LocalDateTime.ofInstant(at, zone);
    }
    long local = at.getEpochSecond() + fixedOffsetSeconds;
    long day = Math.floorDiv(local, SECONDS_PER_DAY);
    int secondOfDay = (int) (local - day * SECONDS_PER_DAY);
    // hours, minutes and seconds in int arithmetic: ofNanoOfDay's three long divisions were a tenth of a replay
    return LocalDateTime.of(date(day),
        LocalTime.of(secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, at.getNano()));
  }

  /**
   * Returns a local date and time of day of the zone as an instant, as {@code LocalDateTime.atZone(zone)
   * .toInstant()} gives it (a time in a gap moves forward, one in an overlap takes the earlier offset).
   *
   * @param date the local date
   * @param secondOfDay the time of day in seconds, 0 to 86 399
   * @return the instant
   */
  public Instant instant(LocalDate date, int secondOfDay) {
    Instant fixed = fixedInstant(date.toEpochDay(), secondOfDay);
    return fixed != null ? fixed
        : LocalDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay)).atZone(zone).toInstant();
  }

  /**
   * Returns a local date, as its epoch day, and time of day of the zone as an instant, as {@link
   * #instant(LocalDate, int)} does, without a {@code LocalDate} where the zone's offset is fixed.
   *
   * @param epochDay the local date as days since 1970-01-01, of a year within ±999,999,999
   * @param secondOfDay the time of day in seconds, 0 to 86 399
   * @return the instant
   */
  public Instant instant(long epochDay, int secondOfDay) {
    Instant fixed = fixedInstant(epochDay, secondOfDay);
    return fixed != null ? fixed : instant(LocalDate.ofEpochDay(epochDay), secondOfDay);
  }

  private @Nullable Instant fixedInstant(long day, int secondOfDay) {
    // well inside the range where the seconds cannot overflow
    if (day > -1_000_000_000L && day < 1_000_000_000L) {
      long local = day * SECONDS_PER_DAY + secondOfDay;
      if (local >= fixedFromLocal) {
        return Instant.ofEpochSecond(local - fixedOffsetSeconds);
      }
    }
    return null;
  }

  private static LocalDate date(long epochDay) {
    long i = epochDay - FIRST_DAY;
    if (i < 0 || i >= DATES.length) {
      return LocalDate.ofEpochDay(epochDay);
    }
    LocalDate d = DATES[(int) i];
    if (d == null) {
      d = LocalDate.ofEpochDay(epochDay);
      DATES[(int) i] = d;
    }
    return d;
  }

  /**
   * Returns a local date-time without its seconds and fraction, as {@code truncatedTo(MINUTES)} does, but
   * without a new object when there are none (the usual case: deadlines and appointments are whole minutes).
   *
   * @param t the date-time
   * @return the date-time truncated to the minute
   */
  public static LocalDateTime toMinute(LocalDateTime t) {
    return t.getSecond() == 0 && t.getNano() == 0 ? t : t.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
  }

  /**
   * Returns the zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }
}
