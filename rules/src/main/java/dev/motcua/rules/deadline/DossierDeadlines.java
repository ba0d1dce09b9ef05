package dev.motcua.rules.deadline;

import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.procedure.Procedure;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import dev.motcua.rules.internal.RulesStyle;
import org.immutables.value.Value;

/**
 * The deadlines of a received dossier as of an instant (thời hạn giải quyết): the current processing period
 * and its due date-time, the working time used and left, whether it is overdue, and once resolved its
 * timeliness.
 *
 * <p>The period starts at the receipt and restarts from zero when a complete supplement comes back (Art
 * 19(4)); the due date-time is the calendar's due date-time of the procedure's processing time from the
 * period start. An apology's new appointment (hẹn lại) is shown separately and never moves the due
 * date-time: a reschedule never turns a late dossier on time (DESIGN §6, {@code [inferred]}).
 *
 * <pre>{@code
 * DossierDeadlines d = regulation.deadlines(dossier, Instant.parse("2026-02-25T03:00:00Z"));
 * d.due();              // 2026-02-27T10:00:00Z (17:00 in Vietnam)
 * d.workingTimeLeft();  // PT18H
 * }</pre>
 *
 * <p>Legal basis: Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4, 8, 9 / Decree 61/2018/ND-CP, Art 19(4), (8), (9).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class DossierDeadlines {
  DossierDeadlines() {}



  /**
   * Returns the instrument the dossier is judged by: the one in force on its receipt date.
   *
   * @return the instrument
   */
  public abstract LegalInstrument instrument();

  /**
   * Returns the dossier's procedure, from the catalogue.
   *
   * @return the procedure
   */
  public abstract Procedure procedure();

  /**
   * Returns the instant these deadlines are computed for.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the start of the current processing period: the receipt, or the last complete supplement.
   *
   * @return the period start
   */
  public abstract Instant periodStart();

  /**
   * Tells whether the period restarted after a supplement (Art 19(4)).
   *
   * @return true if the period starts at a {@code Supplemented} event
   */
  public abstract boolean isRestarted();

  /**
   * Returns the due date-time (thời hạn giải quyết) of the current period.
   *
   * @return the due instant
   */
  public abstract Instant due();

  /**
   * Returns the due date-time in the calendar's zone.
   *
   * @return the local due date-time
   */
  public abstract LocalDateTime dueLocal();

  /**
   * Returns the working time used since the period start, until the resolution or {@link #at()},
   * whichever is first; zero before the period starts.
   *
   * @return the working time used, not negative
   */
  public abstract Duration workingTimeUsed();

  /**
   * Returns the working time from the resolution or {@link #at()}, whichever is first, to the due date-time;
   * negative once past it.
   *
   * @return the signed working time left
   */
  public abstract Duration workingTimeLeft();

  /**
   * Tells whether the dossier is overdue at {@link #at()}: not resolved by then and past its due date-time.
   *
   * @return true if overdue
   */
  public boolean isOverdue() {
    return (resolvedAt().isEmpty() || resolvedAt().get().isAfter(at())) && at().isAfter(due());
  }

  /**
   * Returns the appointment written on the receipt (ngày hẹn trả).
   *
   * @return the appointment, empty if the receipt had none
   */
  public abstract Optional<Instant> appointment();

  /**
   * Returns the new appointment of the last apology (văn bản xin lỗi và hẹn lại), if any; it does not move
   * {@link #due()}.
   *
   * @return the rescheduled appointment
   */
  public abstract Optional<Instant> rescheduledAppointment();

  /**
   * Returns the instant of resolution, if the dossier is resolved.
   *
   * @return the resolution instant
   */
  public abstract Optional<Instant> resolvedAt();

  /**
   * Returns the timeliness of the resolution, judged against {@link #due()} (DESIGN §6).
   *
   * @return the timeliness, present exactly when the dossier is resolved
   */
  public abstract Optional<Timeliness> timeliness();

  /**
   * Returns, for a dossier awaiting a supplement under Decree 118/2025/NĐ-CP, from when the one-stop unit may
   * close it (đóng hồ sơ) if the supplement does not come: the time limit after the latest supplement notice
   * (15 days by default, or the procedure's sector-law limit; Art 19(5)).
   *
   * @return the instant, or empty if the dossier is not awaiting a supplement or its instrument has no closing
   */
  public abstract Optional<Instant> closableFrom();

  @Override
  public String toString() {
    return "DossierDeadlines{" + procedure().code() + ", start=" + periodStart() + (isRestarted() ? " (restarted)" : "")
        + ", due=" + due() + ", used=" + workingTimeUsed() + ", left=" + workingTimeLeft()
        + rescheduledAppointment().map(r -> ", rescheduled=" + r).orElse("")
        + timeliness().map(t -> ", " + t).orElse(isOverdue() ? ", overdue" : "") + "}";
  }
}
