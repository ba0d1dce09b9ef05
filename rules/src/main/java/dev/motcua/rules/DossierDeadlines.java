package dev.motcua.rules;

import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.timeliness.Timeliness;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
public final class DossierDeadlines {
  private final LegalInstrument instrument;
  private final Procedure procedure;
  private final Instant at;
  private final Instant periodStart;
  private final boolean restarted;
  private final Instant due;
  private final LocalDateTime dueLocal;
  private final Duration workingTimeUsed;
  private final Duration workingTimeLeft;
  private final @Nullable Instant appointment;
  private final @Nullable Instant rescheduledAppointment;
  private final @Nullable Instant resolvedAt;
  private final @Nullable Timeliness timeliness;

  DossierDeadlines(LegalInstrument instrument, Procedure procedure, Instant at, Instant periodStart,
      boolean restarted, Instant due, LocalDateTime dueLocal, Duration workingTimeUsed, Duration workingTimeLeft,
      @Nullable Instant appointment, @Nullable Instant rescheduledAppointment, @Nullable Instant resolvedAt,
      @Nullable Timeliness timeliness) {
    this.instrument = instrument;
    this.procedure = procedure;
    this.at = at;
    this.periodStart = periodStart;
    this.restarted = restarted;
    this.due = due;
    this.dueLocal = dueLocal;
    this.workingTimeUsed = workingTimeUsed;
    this.workingTimeLeft = workingTimeLeft;
    this.appointment = appointment;
    this.rescheduledAppointment = rescheduledAppointment;
    this.resolvedAt = resolvedAt;
    this.timeliness = timeliness;
  }

  /**
   * Returns the instrument the dossier is judged by: the one in force on its receipt date.
   *
   * @return the instrument
   */
  public LegalInstrument instrument() {
    return instrument;
  }

  /**
   * Returns the dossier's procedure, from the catalogue.
   *
   * @return the procedure
   */
  public Procedure procedure() {
    return procedure;
  }

  /**
   * Returns the instant these deadlines are computed for.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * Returns the start of the current processing period: the receipt, or the last complete supplement.
   *
   * @return the period start
   */
  public Instant periodStart() {
    return periodStart;
  }

  /**
   * Tells whether the period restarted after a supplement (Art 19(4)).
   *
   * @return true if the period starts at a {@code Supplemented} event
   */
  public boolean isRestarted() {
    return restarted;
  }

  /**
   * Returns the due date-time (thời hạn giải quyết) of the current period.
   *
   * @return the due instant
   */
  public Instant due() {
    return due;
  }

  /**
   * Returns the due date-time in the calendar's zone.
   *
   * @return the local due date-time
   */
  public LocalDateTime dueLocal() {
    return dueLocal;
  }

  /**
   * Returns the working time used since the period start, until the resolution or {@link #at()},
   * whichever is first; zero before the period starts.
   *
   * @return the working time used, not negative
   */
  public Duration workingTimeUsed() {
    return workingTimeUsed;
  }

  /**
   * Returns the working time from the resolution or {@link #at()}, whichever is first, to the due date-time;
   * negative once past it.
   *
   * @return the signed working time left
   */
  public Duration workingTimeLeft() {
    return workingTimeLeft;
  }

  /**
   * Tells whether the dossier is overdue at {@link #at()}: not resolved by then and past its due date-time.
   *
   * @return true if overdue
   */
  public boolean isOverdue() {
    return (resolvedAt == null || resolvedAt.isAfter(at)) && at.isAfter(due);
  }

  /**
   * Returns the appointment written on the receipt (ngày hẹn trả).
   *
   * @return the appointment, empty if the receipt had none
   */
  public Optional<Instant> appointment() {
    return Optional.ofNullable(appointment);
  }

  /**
   * Returns the new appointment of the last apology (văn bản xin lỗi và hẹn lại), if any; it does not move
   * {@link #due()}.
   *
   * @return the rescheduled appointment
   */
  public Optional<Instant> rescheduledAppointment() {
    return Optional.ofNullable(rescheduledAppointment);
  }

  /**
   * Returns the instant of resolution, if the dossier is resolved.
   *
   * @return the resolution instant
   */
  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  /**
   * Returns the timeliness of the resolution, judged against {@link #due()} (DESIGN §6).
   *
   * @return the timeliness, present exactly when the dossier is resolved
   */
  public Optional<Timeliness> timeliness() {
    return Optional.ofNullable(timeliness);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof DossierDeadlines o
        && instrument == o.instrument && procedure.equals(o.procedure) && at.equals(o.at)
        && periodStart.equals(o.periodStart) && restarted == o.restarted && due.equals(o.due)
        && workingTimeUsed.equals(o.workingTimeUsed) && workingTimeLeft.equals(o.workingTimeLeft)
        && Objects.equals(appointment, o.appointment)
        && Objects.equals(rescheduledAppointment, o.rescheduledAppointment)
        && Objects.equals(resolvedAt, o.resolvedAt) && timeliness == o.timeliness;
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, procedure, at, periodStart, restarted, due, workingTimeUsed, workingTimeLeft,
        appointment, rescheduledAppointment, resolvedAt, timeliness);
  }

  @Override
  public String toString() {
    return "DossierDeadlines{" + procedure.code() + ", start=" + periodStart + (restarted ? " (restarted)" : "")
        + ", due=" + due + ", used=" + workingTimeUsed + ", left=" + workingTimeLeft
        + (rescheduledAppointment != null ? ", rescheduled=" + rescheduledAppointment : "")
        + (timeliness != null ? ", " + timeliness : isOverdue() ? ", overdue" : "") + "}";
  }
}
