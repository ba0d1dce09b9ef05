package dev.motcua.rules.deadline;

import dev.motcua.rules.internal.LocalTimes;
import dev.motcua.calendar.CalendarRangeException;
import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.procedure.Procedure;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines (thời hạn) of one instrument's settings on one working calendar: the due date-time of a
 * processing period, the transfer deadline, the supplement-notice deadline and the snapshot of a dossier's
 * deadlines. Every rule, the regulation's facade and the reports compute their deadlines here, so a
 * dossier cannot be on time for one and late for another.
 *
 * <p>Instants are read and written in the calendar's {@link WorkingCalendar#zone() zone}.
 *
 * <pre>{@code
 * DeadlineCalculator deadlines = DeadlineCalculator.of(calendar, LegalInstrument.DECREE_118_2025,
 *     RegulationSettings.defaults());
 * LocalDateTime due = deadlines.due(ProcessingTime.workingDays(3), LocalDateTime.parse("2026-02-13T09:00"));
 * // 2026-02-25T17:00: Tết 16–20/2 and the weekend are skipped
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeadlineCalculator {
  private final WorkingCalendar calendar;
  private final ZoneId zone;
  private final Instant rangeStart;
  private final Instant rangeEnd;
  private final LocalTimes localTimes;
  private final LegalInstrument instrument;
  private final RegulationSettings settings;

  private DeadlineCalculator(WorkingCalendar calendar, LegalInstrument instrument, RegulationSettings settings) {
    this.calendar = calendar;
    this.zone = calendar.zone();
    // The range as instants once: resolving its local midnights in the zone's rules on every call was a cost of
    // every deadline computed.
    this.rangeStart = calendar.minDate().atStartOfDay(zone).toInstant();
    this.rangeEnd = calendar.maxDate().plusDays(1).atStartOfDay(zone).toInstant();
    this.localTimes = new LocalTimes(zone);
    this.instrument = instrument;
    this.settings = settings;
  }

  /**
   * Obtains the deadlines of an instrument's settings on a calendar.
   *
   * @param calendar the working calendar
   * @param instrument the instrument the dossiers are judged by
   * @param settings its settings (convention, transfer cut-off and window, supplement-notice days)
   * @return the calculator
   */
  public static DeadlineCalculator of(WorkingCalendar calendar, LegalInstrument instrument,
      RegulationSettings settings) {
    return new DeadlineCalculator(Objects.requireNonNull(calendar, "calendar"),
        Objects.requireNonNull(instrument, "instrument"), Objects.requireNonNull(settings, "settings"));
  }

  /** @return the working calendar */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** @return the instrument */
  public LegalInstrument instrument() {
    return instrument;
  }

  /** @return the settings */
  public RegulationSettings settings() {
    return settings;
  }

  /**
   * Returns the due date-time of a processing time started at a local time (DESIGN §3.4), with the settings'
   * working-day convention if they fix one, else the processing time's own, else the civil-code convention.
   *
   * <p>Legal basis: Civil Code 2015 Art 147–148; Decree 61/2018/NĐ-CP Art 17(1)(c), 19(4).
   *
   * @param time the processing time
   * @param start the local start: the receipt, or the return of a complete supplement
   * @return the local due date-time
   * @throws java.time.DateTimeException if the calendar cannot answer for the dates involved
   */
  public LocalDateTime due(ProcessingTime time, LocalDateTime start) {
    return settings.convention().isPresent()
        ? time.dueFrom(calendar, start, settings.convention().get())
        : time.dueFrom(calendar, start);
  }

  /**
   * Returns the start of a received dossier's current processing period: the last complete supplement, else
   * the receipt (the period restarts from zero, Art 19(4)).
   *
   * @param dossier a received dossier
   * @return the period start
   * @throws java.util.NoSuchElementException if the dossier was not received
   */
  public static Instant periodStart(Dossier dossier) {
    return dossier.lastSupplementedAt().orElseGet(() -> dossier.receivedAt().orElseThrow());
  }

  /**
   * Returns the due date-time of a received dossier's current period.
   *
   * @param dossier a received dossier
   * @param procedure its procedure
   * @return the local due date-time
   * @throws java.time.DateTimeException if the calendar cannot answer for the dates involved
   */
  public LocalDateTime currentDue(Dossier dossier, Procedure procedure) {
    return due(procedure.processingTime(), local(periodStart(dossier)));
  }

  /**
   * Returns the latest local time for the first transfer (chuyển hồ sơ) of a dossier received at an instant
   * (Art 18(2)): received on a working day inside its hours not after the cut-off, the close of that day;
   * otherwise the start of the next working day, read as the working time {@code nextDayTransferWindow}
   * from its opening ({@code [inferred]}: 11:00 by default, the end of the morning period). A receipt after
   * hours or on a day off is received officially at the next opening and counts as received after the
   * cut-off of its own day.
   *
   * @param receivedAt the receipt by the one-stop unit
   * @return the local deadline
   * @throws java.time.DateTimeException if the calendar cannot answer for the dates involved
   */
  public LocalDateTime transferDeadline(Instant receivedAt) {
    LocalDateTime r = local(receivedAt);
    LocalDateTime official = calendar.officialReceiptTime(r);
    boolean sameDay = official.toLocalDate().equals(r.toLocalDate());
    if (sameDay && !official.toLocalTime().isAfter(settings.transferCutoff())) {
      return calendar.closeOfBusiness(official.toLocalDate());
    }
    LocalDate next = sameDay ? calendar.nextWorkingDay(official.toLocalDate()) : official.toLocalDate();
    LocalDateTime opening = calendar.officialReceiptTime(next.atStartOfDay());
    return calendar.plusWorkingTime(opening, settings.nextDayTransferWindow());
  }

  /**
   * Returns the latest local time for a supplement request by a unit that received the dossier at an instant:
   * the settings' working days (3 by default, Art 19(4)) after it.
   *
   * @param agencyReceipt when the requesting unit received the dossier (or its complete supplement)
   * @return the local deadline
   * @throws java.time.DateTimeException if the calendar cannot answer for the dates involved
   */
  public LocalDateTime supplementNoticeDeadline(Instant agencyReceipt) {
    return due(ProcessingTime.workingDays(settings.supplementNoticeWorkingDays()), local(agencyReceipt));
  }

  /**
   * Returns from when a dossier awaiting a supplement may be closed (đóng hồ sơ) if the supplement does not
   * come: the procedure's sector-law limit, else the settings' {@link RegulationSettings#supplementWaitLimit()}
   * (15 calendar days by default, {@code [inferred]}), after the latest supplement notice ("Sau 15 ngày kể từ
   * khi thông báo", Decree 118/2025/NĐ-CP Art 19(5)). Decree 61/2018 has no closing.
   *
   * @param dossier the dossier
   * @param procedure its procedure
   * @return the local date-time, or empty if the dossier has no supplement request or its instrument has no
   *     closing
   * @throws java.time.DateTimeException if the calendar cannot answer for the dates involved
   */
  public Optional<LocalDateTime> closableFrom(Dossier dossier, Procedure procedure) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(procedure, "procedure");
    if (instrument.compareTo(LegalInstrument.DECREE_118_2025) < 0) {
      return Optional.empty();
    }
    return dossier.lastSupplementRequestedAt().map(r -> due(supplementWaitLimit(procedure), local(r)));
  }

  /**
   * Returns the time after a supplement notice from which an unanswered dossier may be closed: the
   * procedure's sector-law limit, else the settings'.
   *
   * @param procedure the procedure
   * @return the limit
   */
  public ProcessingTime supplementWaitLimit(Procedure procedure) {
    return procedure.supplementWaitLimit().orElseGet(settings::supplementWaitLimit);
  }

  /**
   * Returns the deadlines of a received dossier as of an instant.
   *
   * @param dossier a received dossier, taken as given (cut its history to see it as of an earlier instant)
   * @param procedure its procedure
   * @param at the instant for the working time used and left and the overdue flag
   * @return the deadlines
   * @throws IllegalArgumentException if the dossier was not received
   * @throws java.time.DateTimeException if the calendar cannot answer for the dates involved
   */
  public DossierDeadlines deadlines(Dossier dossier, Procedure procedure, Instant at) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(at, "at");
    if (dossier.receivedAt().isEmpty()) {
      throw new IllegalArgumentException("Dossier " + dossier + " has not been received, so it has no deadline");
    }
    Instant start = periodStart(dossier);
    LocalDateTime dueLocal = currentDue(dossier, procedure);
    @Nullable Instant resolvedAt = dossier.resolvedAt().orElse(null);
    Instant end = resolvedAt != null && resolvedAt.isBefore(at) ? resolvedAt : at;
    LocalDateTime startLocal = local(start);
    LocalDateTime endLocal = local(end);
    Duration used = end.isAfter(start) ? calendar.workingTimeBetween(startLocal, endLocal) : Duration.ZERO;
    Duration left = calendar.workingTimeBetween(endLocal, dueLocal);
    ImmutableDossierDeadlines.Builder b = ImmutableDossierDeadlines.builder()
        .instrument(instrument).procedure(procedure).at(at).periodStart(start)
        .isRestarted(dossier.lastSupplementedAt().isPresent())
        .due(instant(dueLocal)).dueLocal(dueLocal).workingTimeUsed(used).workingTimeLeft(left)
        .appointment(dossier.originalAppointment())
        .resolvedAt(dossier.resolvedAt());
    if (dossier.rescheduleCount() > 0) {
      b.rescheduledAppointment(dossier.appointment());
    }
    if (resolvedAt != null) {
      b.timeliness(Timeliness.of(local(resolvedAt), dueLocal));
    }
    if (dossier.status() == DossierStatus.AWAITING_SUPPLEMENT) {
      closableFrom(dossier, procedure).ifPresent(c -> b.closableFrom(instant(c)));
    }
    return b.build();
  }

  /**
   * Returns an instant as a local date-time of the calendar's zone.
   *
   * @param at the instant
   * @return the local date-time
   * @throws CalendarRangeException if the instant's date is outside the calendar's supported range, naming it
   */
  public LocalDateTime local(Instant at) {
    Objects.requireNonNull(at, "at");
    if (at.isBefore(rangeStart) || !at.isBefore(rangeEnd)) {
      // before LocalDateTime.ofInstant, whose own range error (for Instant.MAX) names neither value nor range
      throw new CalendarRangeException("instant " + at, calendar.minDate(), calendar.maxDate());
    }
    return localTimes.local(at);
  }

  /**
   * Returns a local date-time of the calendar's zone as an instant.
   *
   * @param local the local date-time
   * @return the instant
   */
  public Instant instant(LocalDateTime local) {
    return local.atZone(zone).toInstant();
  }

  @Override
  public String toString() {
    return "DeadlineCalculator{" + instrument + ", " + settings + "}";
  }
}
