package dev.motcua.rules.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * which decides every instant outside the fast path. (Remembering recent answers, in one field or in a small
 * table, was measured slower: the stores cost more than the conversion.)
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalTimes {
  private static final long SECONDS_PER_DAY = 86_400;

  private final ZoneId zone;
  private final @Nullable Instant fixedFrom;
  private final int fixedOffsetSeconds;

  /**
   * Converts in a zone.
   *
   * @param zone the zone
   */
  public LocalTimes(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      fixedFrom = Instant.MIN;
      fixedOffsetSeconds = rules.getOffset(Instant.EPOCH).getTotalSeconds();
    } else if (rules.getTransitionRules().isEmpty()) {
      List<ZoneOffsetTransition> transitions = rules.getTransitions();
      ZoneOffsetTransition lastTransition = transitions.get(transitions.size() - 1);
      fixedFrom = lastTransition.getInstant();
      fixedOffsetSeconds = lastTransition.getOffsetAfter().getTotalSeconds();
    } else {
      fixedFrom = null;
      fixedOffsetSeconds = 0;
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
    long secondOfDay = local - day * SECONDS_PER_DAY;
    return LocalDateTime.of(LocalDate.ofEpochDay(day),
        LocalTime.ofNanoOfDay(secondOfDay * 1_000_000_000L + at.getNano()));
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
