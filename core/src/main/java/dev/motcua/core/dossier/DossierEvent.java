package dev.motcua.core.dossier;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.core.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event in the history of a dossier (hồ sơ): a fact that happened at an instant, done by an actor.
 *
 * <p>The family is sealed: one record per row of the lifecycle table (DESIGN §4). The events that can open
 * a history ({@link Submitted}, {@link Received}, {@link Refused}) carry the dossier's {@link Filing}; on a
 * later event the filing is optional and, if present, must equal the dossier's. The library never invents
 * an instant: every event carries its own.
 *
 * <pre>{@code
 * DossierEvent e = new DossierEvent.Received(at, officer, Optional.of(filing),
 *     Optional.of(DossierCode.parse("000.00.15.H05-260213-0001")), Optional.of(appointment));
 * }</pre>
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface DossierEvent {

  /**
   * Returns the instant the event happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Returns who performed the event.
   *
   * @return the actor
   */
  Actor actor();

  /**
   * Returns the kind of the event.
   *
   * @return the event type
   */
  DossierEventType type();

  private static void common(Instant at, Actor actor) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
  }

  private static List<String> items(List<String> missingItems) {
    List<String> copy = Checks.nonBlankList(missingItems, "missingItems");
    checkArgument(!copy.isEmpty(), "missingItems must not be empty");
    return copy;
  }

  /**
   * The applicant filed the dossier (nộp hồ sơ), usually online; it awaits the intake check.
   *
   * @param at the instant of filing
   * @param actor the applicant's portal or the officer who recorded it
   * @param filing what the dossier is about
   */
  record Submitted(Instant at, Actor actor, Filing filing) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public Submitted {
      common(at, actor);
      Objects.requireNonNull(filing, "filing");
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.SUBMITTED;
    }
  }

  /**
   * The intake check sent the dossier back with one complete notice of what to supplement (hướng dẫn bổ
   * sung, hoàn thiện hồ sơ, form 02).
   *
   * @param at the instant of the notice
   * @param actor the officer
   * @param missingItems the items to supplement or correct, not empty
   * @param reason the reason, not blank
   */
  record ReturnedAtIntake(Instant at, Actor actor, List<String> missingItems, String reason)
      implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the items are empty or a text is blank
     */
    public ReturnedAtIntake {
      common(at, actor);
      missingItems = items(missingItems);
      Checks.nonBlank(reason, "reason");
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.RETURNED_AT_INTAKE;
    }
  }

  /**
   * The applicant filed again after a return at intake (nộp lại hồ sơ).
   *
   * @param at the instant of filing
   * @param actor who recorded it
   */
  record Resubmitted(Instant at, Actor actor) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public Resubmitted {
      common(at, actor);
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.RESUBMITTED;
    }
  }

  /**
   * Intake was refused (từ chối tiếp nhận, form 03); terminal.
   *
   * @param at the instant of refusal
   * @param actor the officer
   * @param filing what the dossier is about; required when this event opens the history
   * @param reason the reason, not blank
   */
  record Refused(Instant at, Actor actor, Optional<Filing> filing, String reason) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is blank
     */
    public Refused {
      common(at, actor);
      Objects.requireNonNull(filing, "filing");
      Checks.nonBlank(reason, "reason");
    }

    /**
     * Creates the event for a dossier whose filing is already known.
     *
     * @param at the instant of refusal
     * @param actor the officer
     * @param reason the reason
     */
    public Refused(Instant at, Actor actor, String reason) {
      this(at, actor, Optional.empty(), reason);
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.REFUSED;
    }
  }

  /**
   * The dossier was received (tiếp nhận hồ sơ): the receipt (giấy tiếp nhận và hẹn trả kết quả, form 01)
   * issues the dossier code and the appointment (ngày hẹn trả).
   *
   * <p>Code and appointment are optional in the type so that an integrator's incomplete log can be
   * replayed; the lifecycle refuses a receipt without them ({@code RECEIPT_WITHOUT_CODE}, {@code
   * RECEIPT_WITHOUT_APPOINTMENT}).
   *
   * @param at the instant of receipt
   * @param actor the officer of the one-stop unit
   * @param filing what the dossier is about; required when this event opens the history
   * @param code the dossier code issued
   * @param appointment the appointment for returning the result
   */
  record Received(
      Instant at,
      Actor actor,
      Optional<Filing> filing,
      Optional<DossierCode> code,
      Optional<Instant> appointment)
      implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public Received {
      common(at, actor);
      Objects.requireNonNull(filing, "filing");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(appointment, "appointment");
    }

    /**
     * Creates the event for a dossier received at the counter or by post, opening its history.
     *
     * @param at the instant of receipt
     * @param actor the officer
     * @param filing what the dossier is about
     * @param code the dossier code issued
     * @param appointment the appointment
     */
    public Received(Instant at, Actor actor, Filing filing, DossierCode code, Instant appointment) {
      this(at, actor, Optional.of(Objects.requireNonNull(filing, "filing")),
          Optional.of(Objects.requireNonNull(code, "code")),
          Optional.of(Objects.requireNonNull(appointment, "appointment")));
    }

    /**
     * Creates the event for a dossier already submitted.
     *
     * @param at the instant of receipt
     * @param actor the officer
     * @param code the dossier code issued
     * @param appointment the appointment
     */
    public Received(Instant at, Actor actor, DossierCode code, Instant appointment) {
      this(at, actor, Optional.empty(), Optional.of(Objects.requireNonNull(code, "code")),
          Optional.of(Objects.requireNonNull(appointment, "appointment")));
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.RECEIVED;
    }
  }

  /**
   * The dossier was handed over from one unit to another (chuyển hồ sơ; one row of the control slip,
   * phiếu kiểm soát quá trình giải quyết hồ sơ, form 05).
   *
   * <p>The to-unit of the first transfer to an agency is that agency's receipt of the dossier.
   *
   * @param at the instant of hand-over
   * @param actor the officer handing over
   * @param fromUnit the identifier of the unit handing over, not blank
   * @param toUnit the identifier of the unit receiving, not blank
   */
  record Transferred(Instant at, Actor actor, String fromUnit, String toUnit) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a unit is blank
     */
    public Transferred {
      common(at, actor);
      Checks.nonBlank(fromUnit, "fromUnit");
      Checks.nonBlank(toUnit, "toUnit");
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.TRANSFERRED;
    }
  }

  /**
   * An agency asked the applicant to supplement the dossier (yêu cầu bổ sung, hoàn thiện hồ sơ, form 02).
   *
   * @param at the instant of the request
   * @param actor the officer
   * @param requestingUnit the identifier of the requesting agency or unit, not blank
   * @param missingItems the items to supplement or correct, not empty
   * @param reason the reason, not blank
   */
  record SupplementRequested(
      Instant at, Actor actor, String requestingUnit, List<String> missingItems, String reason)
      implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the items are empty or a text is blank
     */
    public SupplementRequested {
      common(at, actor);
      Checks.nonBlank(requestingUnit, "requestingUnit");
      missingItems = items(missingItems);
      Checks.nonBlank(reason, "reason");
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.SUPPLEMENT_REQUESTED;
    }
  }

  /**
   * The applicant supplied the requested supplement (bổ sung hồ sơ); the processing period restarts.
   *
   * @param at the instant the complete dossier came back
   * @param actor who recorded it
   * @param code the dossier code written on the supplement's receipt, if any; it must equal the dossier's
   */
  record Supplemented(Instant at, Actor actor, Optional<DossierCode> code) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public Supplemented {
      common(at, actor);
      Objects.requireNonNull(code, "code");
    }

    /**
     * Creates the event without a code.
     *
     * @param at the instant
     * @param actor who recorded it
     */
    public Supplemented(Instant at, Actor actor) {
      this(at, actor, Optional.empty());
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.SUPPLEMENTED;
    }
  }

  /**
   * Fees or charges were requested (yêu cầu thực hiện nghĩa vụ tài chính).
   *
   * @param at the instant of the request
   * @param actor the officer
   * @param amountVnd the amount in Vietnamese đồng, zero or positive
   */
  record PaymentRequested(Instant at, Actor actor, long amountVnd) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the amount is negative
     */
    public PaymentRequested {
      common(at, actor);
      checkArgument(amountVnd >= 0, "amountVnd must not be negative, was %s", amountVnd);
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.PAYMENT_REQUESTED;
    }
  }

  /**
   * Fees or charges were paid (đã thực hiện nghĩa vụ tài chính).
   *
   * <p>The channel is optional so that logs written before it existed still read; an absent channel is
   * unknown, never taken as counter or online.
   *
   * @param at the instant of payment
   * @param actor who recorded it
   * @param channel how it was paid, if known
   */
  record Paid(Instant at, Actor actor, Optional<PaymentChannel> channel) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public Paid {
      common(at, actor);
      Objects.requireNonNull(channel, "channel");
    }

    /**
     * Creates the event without a payment channel (unknown).
     *
     * @param at the instant of payment
     * @param actor who recorded it
     */
    public Paid(Instant at, Actor actor) {
      this(at, actor, Optional.empty());
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.PAID;
    }
  }

  /**
   * Apology and new appointment for a dossier that will be late (văn bản xin lỗi và hẹn lại ngày trả kết
   * quả, form 04).
   *
   * @param at the instant of the apology
   * @param actor the officer
   * @param newAppointment the new appointment
   * @param reason the reason for the delay, not blank
   */
  record Rescheduled(Instant at, Actor actor, Instant newAppointment, String reason)
      implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is blank
     */
    public Rescheduled {
      common(at, actor);
      Objects.requireNonNull(newAppointment, "newAppointment");
      Checks.nonBlank(reason, "reason");
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.RESCHEDULED;
    }
  }

  /**
   * The dossier was resolved (có kết quả giải quyết): approved, or denied with reasons (form 03).
   *
   * @param at the instant of the decision
   * @param actor the officer
   * @param outcome the outcome
   * @param reason the reason, expected for a denial
   */
  record Resolved(Instant at, Actor actor, Outcome outcome, Optional<String> reason)
      implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is present and blank
     */
    public Resolved {
      common(at, actor);
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(reason, "reason");
      reason.ifPresent(r -> Checks.nonBlank(r, "reason"));
    }

    /**
     * Creates an approval.
     *
     * @param at the instant of the decision
     * @param actor the officer
     * @return the event
     */
    public static Resolved approved(Instant at, Actor actor) {
      return new Resolved(at, actor, Outcome.APPROVED, Optional.empty());
    }

    /**
     * Creates a denial.
     *
     * @param at the instant of the decision
     * @param actor the officer
     * @param reason the reason for the denial
     * @return the event
     */
    public static Resolved denied(Instant at, Actor actor, String reason) {
      return new Resolved(at, actor, Outcome.DENIED, Optional.of(Objects.requireNonNull(reason, "reason")));
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.RESOLVED;
    }
  }

  /**
   * The result was returned to the applicant (trả kết quả); terminal.
   *
   * @param at the instant of return
   * @param actor the officer
   */
  record ResultReturned(Instant at, Actor actor) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     */
    public ResultReturned {
      common(at, actor);
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.RESULT_RETURNED;
    }
  }

  /**
   * The applicant withdrew the dossier (rút hồ sơ); terminal.
   *
   * @param at the instant of withdrawal
   * @param actor who recorded it
   * @param reason the reason, not blank
   */
  record Withdrawn(Instant at, Actor actor, String reason) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is blank
     */
    public Withdrawn {
      common(at, actor);
      Checks.nonBlank(reason, "reason");
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.WITHDRAWN;
    }
  }

  /**
   * Processing was stopped (dừng xử lý hồ sơ); terminal.
   *
   * @param at the instant of stopping
   * @param actor the officer
   * @param reason the reason, not blank
   */
  record Stopped(Instant at, Actor actor, String reason) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is blank
     */
    public Stopped {
      common(at, actor);
      Checks.nonBlank(reason, "reason");
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.STOPPED;
    }
  }

  /**
   * The one-stop unit closed the dossier (đóng hồ sơ) because the applicant did not complete it after a
   * supplement request; terminal. Decree 118/2025/NĐ-CP Art 19(5) permits it once 15 days (or the sector
   * law's limit) have passed since the notice; under Decree 61/2018/NĐ-CP there is no such event.
   *
   * @param at the instant of closing
   * @param actor the one-stop officer
   * @param reason the reason, not blank
   */
  record Closed(Instant at, Actor actor, String reason) implements DossierEvent {
    /**
     * Creates the event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is blank
     */
    public Closed {
      common(at, actor);
      Checks.nonBlank(reason, "reason");
    }

    @Override
    public DossierEventType type() {
      return DossierEventType.CLOSED;
    }
  }
}
