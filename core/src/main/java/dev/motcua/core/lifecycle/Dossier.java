package dev.motcua.core.lifecycle;

import com.google.common.collect.ImmutableMap;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Outcome;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A dossier (hồ sơ thủ tục hành chính): its history of events and the fields derived from it.
 *
 * <p>The history is the source of truth. Every other accessor is derived from it by one pure fold, so two
 * dossiers are equal exactly when their histories are equal. Dossiers are made only by a {@link
 * DossierLifecycle} ({@code start}, {@code apply}, {@code replay}), so every dossier satisfies the
 * structural rules of the lifecycle.
 *
 * <p>Applying an event does not copy the history: dossiers share an append-only store, so a replay is
 * linear in the number of events.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dossier {
  private final EventBuffer buffer;
  private final int size;
  private final DossierStatus status;
  private final Filing filing;
  private final @Nullable DossierCode code;
  private final @Nullable Instant receivedAt;
  private final @Nullable Instant originalAppointment;
  private final @Nullable Instant appointment;
  private final int intakeNoticeCount;
  private final int rescheduleCount;
  private final ImmutableMap<String, Integer> supplementRequests;
  private final ImmutableMap<String, Instant> unitReceipts;
  private final String currentUnit;
  private final @Nullable Instant lastSupplementedAt;
  private final @Nullable Instant lastSupplementRequestedAt;
  private final @Nullable Instant lastSubmittedAt;
  private final @Nullable Outcome outcome;
  private final @Nullable Instant resolvedAt;

  /**
   * The dossier after {@code e}: the fields of {@code p} folded with the event. One object per applied event (a
   * separate accumulator was a twentieth of a validation's allocation); the fold works on locals so the fields
   * stay final.
   */
  private Dossier(Dossier p, EventBuffer buffer, int size, DossierStatus status, DossierEvent e) {
    @Nullable DossierCode code = p.code;
    @Nullable Instant receivedAt = p.receivedAt;
    @Nullable Instant originalAppointment = p.originalAppointment;
    @Nullable Instant appointment = p.appointment;
    int intakeNoticeCount = p.intakeNoticeCount;
    int rescheduleCount = p.rescheduleCount;
    ImmutableMap<String, Integer> supplementRequests = p.supplementRequests;
    ImmutableMap<String, Instant> unitReceipts = p.unitReceipts;
    String currentUnit = p.currentUnit;
    @Nullable Instant lastSupplementedAt = p.lastSupplementedAt;
    @Nullable Instant lastSupplementRequestedAt = p.lastSupplementRequestedAt;
    @Nullable Instant lastSubmittedAt = p.lastSubmittedAt;
    @Nullable Outcome outcome = p.outcome;
    @Nullable Instant resolvedAt = p.resolvedAt;
    if (e instanceof DossierEvent.Submitted || e instanceof DossierEvent.Resubmitted) {
      lastSubmittedAt = e.at();
    } else if (e instanceof DossierEvent.Received r) {
      receivedAt = r.at();
      code = r.code().orElse(code);
      originalAppointment = r.appointment().orElse(null);
      appointment = originalAppointment;
    } else if (e instanceof DossierEvent.ReturnedAtIntake) {
      intakeNoticeCount++;
    } else if (e instanceof DossierEvent.Transferred t) {
      currentUnit = t.toUnit();
      if (!unitReceipts.containsKey(t.toUnit())) {
        unitReceipts =
            ImmutableMap.<String, Instant>builderWithExpectedSize(unitReceipts.size() + 1)
                .putAll(unitReceipts)
                .put(t.toUnit(), t.at())
                .build();
      }
    } else if (e instanceof DossierEvent.SupplementRequested r) {
      supplementRequests = counted(supplementRequests, r.requestingUnit());
      lastSupplementRequestedAt = r.at();
    } else if (e instanceof DossierEvent.Supplemented) {
      lastSupplementedAt = e.at();
    } else if (e instanceof DossierEvent.Rescheduled r) {
      rescheduleCount++;
      appointment = r.newAppointment();
    } else if (e instanceof DossierEvent.Resolved r) {
      outcome = r.outcome();
      resolvedAt = r.at();
    }
    this.buffer = buffer;
    this.size = size;
    this.status = status;
    this.filing = p.filing;
    this.code = code;
    this.receivedAt = receivedAt;
    this.originalAppointment = originalAppointment;
    this.appointment = appointment;
    this.intakeNoticeCount = intakeNoticeCount;
    this.rescheduleCount = rescheduleCount;
    this.supplementRequests = supplementRequests;
    this.unitReceipts = unitReceipts;
    this.currentUnit = currentUnit;
    this.lastSupplementedAt = lastSupplementedAt;
    this.lastSupplementRequestedAt = lastSupplementRequestedAt;
    this.lastSubmittedAt = lastSubmittedAt;
    this.outcome = outcome;
    this.resolvedAt = resolvedAt;
  }

  /** Before the first event: only what the fold starts from; never handed out. */
  private Dossier(Filing filing, EventBuffer buffer, DossierStatus status) {
    this.buffer = buffer;
    this.size = 0;
    this.status = status;
    this.filing = filing;
    this.code = null;
    this.receivedAt = null;
    this.originalAppointment = null;
    this.appointment = null;
    this.intakeNoticeCount = 0;
    this.rescheduleCount = 0;
    this.supplementRequests = ImmutableMap.of();
    this.unitReceipts = ImmutableMap.of();
    this.currentUnit = filing.receivingUnit();
    this.lastSupplementedAt = null;
    this.lastSupplementRequestedAt = null;
    this.lastSubmittedAt = null;
    this.outcome = null;
    this.resolvedAt = null;
  }

  private static ImmutableMap<String, Integer> counted(ImmutableMap<String, Integer> counts, String unit) {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builderWithExpectedSize(counts.size() + 1);
    boolean seen = false;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getKey().equals(unit)) {
        b.put(entry.getKey(), entry.getValue() + 1);
        seen = true;
      } else {
        b.put(entry);
      }
    }
    if (!seen) {
      b.put(unit, 1);
    }
    return b.build();
  }

  /** Folds the first event; the structural rules have admitted it. */
  static Dossier start(DossierEvent first, DossierStatus status) {
    Filing filing = filingOf(first).orElseThrow(() -> new IllegalStateException("No filing on " + first));
    EventBuffer buffer = EventBuffer.of(first);
    return new Dossier(new Dossier(filing, buffer, status), buffer, 1, status, first);
  }

  /** Folds a further event; the structural rules have admitted it. */
  Dossier next(DossierEvent event, DossierStatus newStatus) {
    return new Dossier(this, buffer.append(size, event), size + 1, newStatus, event);
  }

  static Optional<Filing> filingOf(DossierEvent event) {
    if (event instanceof DossierEvent.Submitted s) {
      return Optional.of(s.filing());
    } else if (event instanceof DossierEvent.Received r) {
      return r.filing();
    } else if (event instanceof DossierEvent.Refused r) {
      return r.filing();
    }
    return Optional.empty();
  }

  /**
   * Returns the history: every applied event, in order.
   *
   * @return an unmodifiable list, never empty
   */
  public List<DossierEvent> history() {
    return new HistoryView(buffer.events, size);
  }

  /**
   * Returns the number of events in the history.
   *
   * @return the size, at least 1
   */
  public int eventCount() {
    return size;
  }

  /**
   * Returns the last event of the history.
   *
   * @return the last event
   */
  public DossierEvent lastEvent() {
    return buffer.events[size - 1];
  }

  /**
   * Returns the instant of the first event.
   *
   * @return the instant the history opens
   */
  public Instant firstAt() {
    return buffer.events[0].at();
  }

  /**
   * Returns the instant of the last event; later events must not be earlier.
   *
   * @return the instant of the last event
   */
  public Instant lastAt() {
    return buffer.events[size - 1].at();
  }

  /**
   * Returns the current status.
   *
   * @return the status
   */
  public DossierStatus status() {
    return status;
  }

  /**
   * Returns what the dossier is about, from the event that opened the history.
   *
   * @return the filing
   */
  public Filing filing() {
    return filing;
  }

  /**
   * Returns the procedure code.
   *
   * @return the procedure code of the filing
   */
  public String procedureCode() {
    return filing.procedureCode();
  }

  /**
   * Returns the channel of filing.
   *
   * @return the channel
   */
  public Channel channel() {
    return filing.channel();
  }

  /**
   * Returns the applicant.
   *
   * @return the applicant
   */
  public Applicant applicant() {
    return filing.applicant();
  }

  /**
   * Returns the identifier of the receiving one-stop unit (Bộ phận Một cửa).
   *
   * @return the unit identifier
   */
  public String receivingUnit() {
    return filing.receivingUnit();
  }

  /**
   * Returns the dossier code (mã số hồ sơ), issued on receipt.
   *
   * @return the code, or empty before receipt
   */
  public Optional<DossierCode> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns the instant of receipt.
   *
   * @return the instant of the {@code Received} event, or empty
   */
  public Optional<Instant> receivedAt() {
    return Optional.ofNullable(receivedAt);
  }

  /**
   * Returns the appointment written on the receipt (ngày hẹn trả kết quả), before any reschedule.
   *
   * @return the original appointment, or empty before receipt
   */
  public Optional<Instant> originalAppointment() {
    return Optional.ofNullable(originalAppointment);
  }

  /**
   * Returns the current appointment: the last reschedule's, else the receipt's.
   *
   * @return the current appointment, or empty before receipt
   */
  public Optional<Instant> appointment() {
    return Optional.ofNullable(appointment);
  }

  /**
   * Returns the number of returns at intake (one complete notice each).
   *
   * @return the count of {@code ReturnedAtIntake} events
   */
  public int intakeNoticeCount() {
    return intakeNoticeCount;
  }

  /**
   * Returns the number of reschedules (apologies with a new appointment).
   *
   * @return the count of {@code Rescheduled} events
   */
  public int rescheduleCount() {
    return rescheduleCount;
  }

  /**
   * Returns the number of supplement requests by requesting agency or unit.
   *
   * @return an unmodifiable map from unit identifier to count, in order of first request
   */
  public Map<String, Integer> supplementRequests() {
    return supplementRequests;
  }

  /**
   * Returns the number of supplement requests made by one agency or unit.
   *
   * @param unit the unit identifier
   * @return the count, 0 if none
   */
  public int supplementRequestCount(String unit) {
    Objects.requireNonNull(unit, "unit");
    return supplementRequests.getOrDefault(unit, 0);
  }

  /**
   * Returns, for each unit the dossier was transferred to, the instant of its first arrival there.
   *
   * <p>The first transfer to an agency is that agency's receipt of the dossier (used for the supplement
   * notice deadline).
   *
   * @return an unmodifiable map from unit identifier to instant, in order of arrival
   */
  public Map<String, Instant> unitReceipts() {
    return unitReceipts;
  }

  /**
   * Returns the unit currently handling the dossier: the to-unit of the last transfer, else the receiving
   * unit.
   *
   * @return the unit identifier
   */
  public String currentUnit() {
    return currentUnit;
  }

  /**
   * Returns the instant the last supplement came back; the processing period restarts from it.
   *
   * @return the instant of the last {@code Supplemented} event, or empty
   */
  public Optional<Instant> lastSupplementedAt() {
    return Optional.ofNullable(lastSupplementedAt);
  }

  /**
   * Returns the instant of the latest supplement request (yêu cầu bổ sung), from which a dossier whose
   * supplement does not come may be closed (Decree 118/2025/NĐ-CP Art 19(5)).
   *
   * @return the instant of the last {@code SupplementRequested} event, or empty
   */
  public Optional<Instant> lastSupplementRequestedAt() {
    return Optional.ofNullable(lastSupplementRequestedAt);
  }

  /**
   * Returns the instant the system last received the dossier as filed: its submission or latest resubmission,
   * from which the online intake limit runs (Decree 118/2025/NĐ-CP Art 17(2)(c)).
   *
   * @return the instant of the last {@code Submitted} or {@code Resubmitted} event, or empty for a history
   *     opened at the counter
   */
  public Optional<Instant> lastSubmittedAt() {
    return Optional.ofNullable(lastSubmittedAt);
  }

  /**
   * Returns the outcome, once resolved.
   *
   * @return the outcome, or empty
   */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Returns the instant of resolution.
   *
   * @return the instant of the {@code Resolved} event, or empty
   */
  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  /**
   * Compares histories: two dossiers are equal when their histories are equal.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof Dossier other) || other.size != size) {
      return false;
    }
    for (int i = size - 1; i >= 0; i--) {
      if (!buffer.events[i].equals(other.buffer.events[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return history().hashCode();
  }

  /**
   * Returns a short description: code or procedure, status and event count.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Dossier{"
        + (code != null ? code.toString() : filing.procedureCode())
        + ", "
        + status
        + ", "
        + size
        + " events}";
  }

  /** An unmodifiable view of a prefix of the shared store. */
  private static final class HistoryView extends AbstractList<DossierEvent> implements RandomAccess {
    private final DossierEvent[] events;
    private final int size;

    HistoryView(DossierEvent[] events, int size) {
      this.events = events;
      this.size = size;
    }

    @Override
    public DossierEvent get(int index) {
      Objects.checkIndex(index, size);
      return events[index];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
