package dev.motcua.rules.deadline;

import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.rules.internal.RulesStyle;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a validated history says about its dossier (tình trạng hồ sơ): the final status, the current due
 * date-time after restarts and reschedules, the timeliness once resolved, the working time used and left as of
 * the last event, and warnings for what the history could not tell. Obtained from {@code
 * Regulation.standing(Replay)}.
 *
 * <p>A history carries no clock: for a dossier not yet resolved, the working time used and left are as of its
 * last event (warning {@link Warning#AS_OF_LAST_EVENT}), never as of now.
 *
 * <p>Legal basis: Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4, 9 / Decree 61/2018/ND-CP, Art 19(4) (restart after a
 * supplement), 19(9) (apology and new appointment); Decree 118/2025/ND-CP as carrying them over.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class DossierStanding {
  DossierStanding() {}

  /** The stable code of a warning: what the history could not tell. */
  public enum Warning {
    /** No event of the history was applied: nothing is known about the dossier. */
    NO_EVENT_APPLIED,
    /** Some events were refused: the standing is that of the events applied. */
    EVENTS_REFUSED,
    /** The dossier was never received (tiếp nhận): it has no due date-time. */
    NOT_RECEIVED,
    /** The dossier's procedure is not in the catalogue: its due date-time is unknown. */
    UNKNOWN_PROCEDURE,
    /** Received before Decree 61/2018/NĐ-CP took effect on 2018-06-21: no regulation judges it. */
    BEFORE_DECREE_61,
    /** The calendar cannot answer for the dates of the dossier (outside its range, or a year not published). */
    CALENDAR_UNAVAILABLE,
    /** Not resolved: the working time used and left are as of the last event, the history has no later time. */
    AS_OF_LAST_EVENT,
    /** Withdrawn or stopped before resolution: never resolved, so no timeliness. */
    ENDED_WITHOUT_RESOLUTION
  }

  /**
   * Returns the final status of the dossier.
   *
   * @return the status, empty if no event was applied
   */
  public abstract Optional<DossierStatus> status();

  /**
   * Returns the zone the due date-time is given in: the calendar's.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Returns the instant the working time is computed as of: the resolution if the dossier is resolved, else its
   * last event.
   *
   * @return the instant, empty if no event was applied
   */
  public abstract Optional<Instant> asOf();

  /**
   * Returns the deadlines as of {@link #asOf()}, with the period's due date-time that timeliness is judged by.
   *
   * @return the deadlines, empty if the dossier was not received or they cannot be computed (see the warnings)
   */
  public abstract Optional<DossierDeadlines> deadlines();

  /**
   * Returns the current due date-time (ngày hẹn trả hiện hành): the due date-time of the current period
   * (restarted after a complete supplement), or the new appointment of a later apology (hẹn lại).
   *
   * @return the due instant, empty before receipt or when the deadlines are unknown
   */
  public abstract Optional<Instant> due();

  /**
   * Returns the current due date-time with the offset of {@link #zone()}, as written in JSON.
   *
   * @return the offset date-time, empty when {@link #due()} is
   */
  public Optional<OffsetDateTime> dueWithOffset() {
    return due().map(d -> d.atZone(zone()).toOffsetDateTime());
  }

  /**
   * Returns the timeliness (trước hạn, đúng hạn, quá hạn) once resolved, judged against the period's due
   * date-time: a reschedule never turns a late dossier on time.
   *
   * @return the timeliness, empty until resolved
   */
  public Optional<Timeliness> timeliness() {
    return deadlines().flatMap(DossierDeadlines::timeliness);
  }

  /**
   * Returns the working time used in the current period, until the resolution or the last event.
   *
   * @return the working time used, empty when the deadlines are unknown
   */
  public Optional<Duration> workingTimeUsed() {
    return deadlines().map(DossierDeadlines::workingTimeUsed);
  }

  /**
   * Returns the working time left until the period's due date-time, negative once past it.
   *
   * @return the signed working time left, empty when the deadlines are unknown
   */
  public Optional<Duration> workingTimeLeft() {
    return deadlines().map(DossierDeadlines::workingTimeLeft);
  }

  /**
   * Returns what the history could not tell, in a stable order.
   *
   * @return the warnings, each with its message in English
   */
  public abstract List<Message> warnings();

  /**
   * A warning with its message.
   *
   * @param code the stable code
   * @param message what it means for this dossier, in English, naming the values
   */
  public record Message(Warning code, String message) {
    /**
     * Creates a warning.
     *
     * @param code the stable code
     * @param message the message
     */
    public Message {
      java.util.Objects.requireNonNull(code, "code");
      java.util.Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return code + ": " + message;
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link DossierStanding}. */
  public static final class Builder extends ImmutableDossierStanding.Builder {
    Builder() {}
  }
}
