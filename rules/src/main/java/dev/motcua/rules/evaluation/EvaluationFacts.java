package dev.motcua.rules.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.PaymentChannel;
import dev.motcua.rules.deadline.Timeliness;
import dev.motcua.rules.instrument.LegalInstrument;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an evaluation needs to know about one received dossier (hồ sơ đã tiếp nhận): its group keys, channel,
 * receipt, appointment, end, supplement requests, payment, and the {@link DossierAttributes} other inputs
 * carry.
 *
 * <p>Any instant may lie after an evaluation's cut-off; the evaluation then ignores it, as if the event had
 * not happened yet. Dossiers refused at intake have no facts: no indicator counts them.
 *
 * <pre>{@code
 * EvaluationFacts facts = EvaluationFacts.builder()
 *     .field("G01", "Đất đai")
 *     .channel(Channel.ONLINE)
 *     .receivedAt(Instant.parse("2026-05-04T02:00:00Z"))
 *     .appointment(Instant.parse("2026-05-11T10:00:00Z"))
 *     .resolvedAt(Instant.parse("2026-05-08T03:00:00Z"), Timeliness.EARLY)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationFacts {

  /**
   * One supplement request (yêu cầu bổ sung, hoàn thiện hồ sơ) and, if it came, the complete dossier.
   *
   * @param requestedAt when the agency asked
   * @param suppliedAt when the complete dossier came back, if it did
   */
  public record Supplement(Instant requestedAt, Optional<Instant> suppliedAt) {
    /**
     * Creates the record.
     *
     * @throws IllegalArgumentException if the dossier came back before the request
     */
    public Supplement {
      Objects.requireNonNull(requestedAt, "requestedAt");
      Objects.requireNonNull(suppliedAt, "suppliedAt");
      checkArgument(suppliedAt.isEmpty() || !suppliedAt.get().isBefore(requestedAt),
          "Supplement at %s is before its request at %s", suppliedAt, requestedAt);
    }
  }

  /** How a dossier ended (kết thúc xử lý). */
  public enum End {
    /** Resolved (đã giải quyết: 9, then 10). */
    RESOLVED,
    /** Withdrawn by the applicant (rút hồ sơ, 7). */
    WITHDRAWN,
    /** Processing stopped or the dossier closed (dừng xử lý, 8). */
    STOPPED
  }

  final @Nullable String fieldCode;
  final @Nullable String fieldName;
  final @Nullable String agencyCode;
  final @Nullable String agencyName;
  final @Nullable String procedureCode;
  final @Nullable String procedureName;
  final @Nullable String officerId;
  final @Nullable String officerName;
  final Channel channel;
  final Instant receivedAt;
  final Instant appointment;
  final @Nullable Instant endedAt;
  final @Nullable End end;
  final @Nullable Timeliness timeliness;
  final @Nullable Duration resolutionTime;
  final @Nullable ResolutionUnit resolutionUnit;
  final List<Supplement> supplements;
  final int intakeNotices;
  final @Nullable Instant feeRequestedAt;
  final @Nullable Instant paidAt;
  final @Nullable PaymentChannel paymentChannel;
  final @Nullable LegalInstrument instrument;
  final DossierAttributes attributes;

  private EvaluationFacts(Builder b) {
    this.fieldCode = b.fieldCode;
    this.fieldName = b.fieldName;
    this.agencyCode = b.agencyCode;
    this.agencyName = b.agencyName;
    this.procedureCode = b.procedureCode;
    this.procedureName = b.procedureName;
    this.officerId = b.officerId;
    this.officerName = b.officerName;
    this.channel = Objects.requireNonNull(b.channel);
    this.receivedAt = Objects.requireNonNull(b.receivedAt);
    this.appointment = Objects.requireNonNull(b.appointment);
    this.endedAt = b.endedAt;
    this.end = b.end;
    this.timeliness = b.timeliness;
    this.resolutionTime = b.resolutionTime;
    this.resolutionUnit = b.resolutionUnit;
    this.supplements = List.copyOf(b.supplements);
    this.intakeNotices = b.intakeNotices;
    this.feeRequestedAt = b.feeRequestedAt;
    this.paidAt = b.paidAt;
    this.paymentChannel = b.paymentChannel;
    this.instrument = b.instrument;
    this.attributes = b.attributes;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the field code (lĩnh vực), if known.
   *
   * @return the code
   */
  public Optional<String> fieldCode() {
    return Optional.ofNullable(fieldCode);
  }

  /**
   * Returns the competent agency's code (cơ quan có thẩm quyền), if known.
   *
   * @return the code
   */
  public Optional<String> agencyCode() {
    return Optional.ofNullable(agencyCode);
  }

  /**
   * Returns the procedure code (thủ tục hành chính), if known.
   *
   * @return the code
   */
  public Optional<String> procedureCode() {
    return Optional.ofNullable(procedureCode);
  }

  /**
   * Returns the identifier of the officer the dossier is credited to (cán bộ giải quyết), if known.
   *
   * @return the officer's identifier
   */
  public Optional<String> officerId() {
    return Optional.ofNullable(officerId);
  }

  /**
   * Returns how the dossier was submitted.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Returns when the dossier was received.
   *
   * @return the receipt instant
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * Returns the appointment written on the receipt (ngày hẹn trả, {@code NgayHenTra}), which indicator 2.1
   * compares the end with; never a rescheduled one.
   *
   * @return the appointment
   */
  public Instant appointment() {
    return appointment;
  }

  /**
   * Returns when processing ended, if it did: the first terminal step.
   *
   * @return the end instant
   */
  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  /**
   * Returns how processing ended; present exactly when {@link #endedAt()} is.
   *
   * @return the kind of end
   */
  public Optional<End> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns the timeliness of a resolution against the legal time limit, judged by the regulation (used
   * by Circular 01/2018 indices 1 and 7); present exactly when the dossier was resolved.
   *
   * @return the timeliness
   */
  public Optional<Timeliness> timeliness() {
    return Optional.ofNullable(timeliness);
  }

  /**
   * Returns the time from receipt to resolution net of the applicant's supplement time, in the terms of
   * {@link #resolutionUnit()}: working time for the working units, elapsed time for calendar days.
   *
   * @return the resolution time, if known
   */
  public Optional<Duration> resolutionTime() {
    return Optional.ofNullable(resolutionTime);
  }

  /**
   * Returns the unit of the procedure's processing time; present exactly when {@link #resolutionTime()}
   * is.
   *
   * @return the unit
   */
  public Optional<ResolutionUnit> resolutionUnit() {
    return Optional.ofNullable(resolutionUnit);
  }

  /**
   * Returns the supplement requests during processing, in order.
   *
   * @return the requests, unmodifiable
   */
  public List<Supplement> supplements() {
    return supplements;
  }

  /**
   * Returns how many times the dossier was sent back at intake to be completed (form 02).
   *
   * @return the count, not negative
   */
  public int intakeNotices() {
    return intakeNotices;
  }

  /**
   * Returns when fees of more than 0 đồng were first requested, if they were.
   *
   * @return the instant of the request
   */
  public Optional<Instant> feeRequestedAt() {
    return Optional.ofNullable(feeRequestedAt);
  }

  /**
   * Returns when the fees were paid, if they were.
   *
   * @return the payment instant
   */
  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }

  /**
   * Returns how the fees were paid, if paid and known.
   *
   * @return the payment channel
   */
  public Optional<PaymentChannel> paymentChannel() {
    return Optional.ofNullable(paymentChannel);
  }

  /**
   * Returns the instrument the dossier is judged by (the one in force on its receipt date), if known.
   *
   * @return the instrument
   */
  public Optional<LegalInstrument> instrument() {
    return Optional.ofNullable(instrument);
  }

  /**
   * Returns the flags other inputs carry.
   *
   * @return the attributes, {@link DossierAttributes#none()} if not given
   */
  public DossierAttributes attributes() {
    return attributes;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof EvaluationFacts o
        && Objects.equals(fieldCode, o.fieldCode) && Objects.equals(fieldName, o.fieldName)
        && Objects.equals(agencyCode, o.agencyCode) && Objects.equals(agencyName, o.agencyName)
        && Objects.equals(procedureCode, o.procedureCode) && Objects.equals(procedureName, o.procedureName)
        && Objects.equals(officerId, o.officerId) && Objects.equals(officerName, o.officerName)
        && channel == o.channel && receivedAt.equals(o.receivedAt) && appointment.equals(o.appointment)
        && Objects.equals(endedAt, o.endedAt) && end == o.end && timeliness == o.timeliness
        && Objects.equals(resolutionTime, o.resolutionTime) && resolutionUnit == o.resolutionUnit
        && supplements.equals(o.supplements) && intakeNotices == o.intakeNotices
        && Objects.equals(feeRequestedAt, o.feeRequestedAt) && Objects.equals(paidAt, o.paidAt)
        && paymentChannel == o.paymentChannel && instrument == o.instrument && attributes.equals(o.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldCode, fieldName, agencyCode, agencyName, procedureCode, procedureName, officerId,
        officerName, channel, receivedAt, appointment, endedAt, end, timeliness, resolutionTime, resolutionUnit,
        supplements, intakeNotices, feeRequestedAt, paidAt, paymentChannel, instrument, attributes);
  }

  @Override
  public String toString() {
    return "EvaluationFacts{field=" + fieldCode + "/" + fieldName + ", agency=" + agencyCode + "/" + agencyName
        + ", procedure=" + procedureCode + "/" + procedureName + ", officer=" + officerId + "/" + officerName
        + ", channel=" + channel + ", receivedAt=" + receivedAt + ", appointment=" + appointment
        + ", end=" + end + "@" + endedAt + ", timeliness=" + timeliness + ", resolutionTime=" + resolutionTime
        + " " + resolutionUnit + ", supplements=" + supplements + ", intakeNotices=" + intakeNotices
        + ", feeRequestedAt=" + feeRequestedAt + ", paidAt=" + paidAt + " " + paymentChannel
        + ", instrument=" + instrument + ", " + attributes + "}";
  }

  /**
   * Builds {@link EvaluationFacts}; {@link #build()} checks that they are consistent.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private @Nullable String fieldCode;
    private @Nullable String fieldName;
    private @Nullable String agencyCode;
    private @Nullable String agencyName;
    private @Nullable String procedureCode;
    private @Nullable String procedureName;
    private @Nullable String officerId;
    private @Nullable String officerName;
    private @Nullable Channel channel;
    private @Nullable Instant receivedAt;
    private @Nullable Instant appointment;
    private @Nullable Instant endedAt;
    private @Nullable End end;
    private @Nullable Timeliness timeliness;
    private @Nullable Duration resolutionTime;
    private @Nullable ResolutionUnit resolutionUnit;
    private final List<Supplement> supplements = new ArrayList<>();
    private int intakeNotices;
    private @Nullable Instant feeRequestedAt;
    private @Nullable Instant paidAt;
    private @Nullable PaymentChannel paymentChannel;
    private @Nullable LegalInstrument instrument;
    private DossierAttributes attributes = DossierAttributes.none();

    private Builder() {}

    /**
     * Sets the field.
     *
     * @param code the code, or null if unknown
     * @param name the name, or null if unknown
     * @return this builder
     * @throws IllegalArgumentException if the code is blank or reserved
     */
    public Builder field(@Nullable String code, @Nullable String name) {
      this.fieldCode = checkCode(code, "Field");
      this.fieldName = name;
      return this;
    }

    /**
     * Sets the competent agency.
     *
     * @param code the code, or null if unknown
     * @param name the name, or null if unknown
     * @return this builder
     * @throws IllegalArgumentException if the code is blank or reserved
     */
    public Builder agency(@Nullable String code, @Nullable String name) {
      this.agencyCode = checkCode(code, "Agency");
      this.agencyName = name;
      return this;
    }

    /**
     * Sets the procedure.
     *
     * @param code the code, or null if unknown
     * @param name the name, or null if unknown
     * @return this builder
     * @throws IllegalArgumentException if the code is blank or reserved
     */
    public Builder procedure(@Nullable String code, @Nullable String name) {
      this.procedureCode = checkCode(code, "Procedure");
      this.procedureName = name;
      return this;
    }

    /**
     * Sets the officer the dossier is credited to.
     *
     * @param id the officer's identifier, or null if unknown
     * @param name the officer's name, or null if unknown
     * @return this builder
     * @throws IllegalArgumentException if the identifier is blank or reserved
     */
    public Builder officer(@Nullable String id, @Nullable String name) {
      this.officerId = checkCode(id, "Officer");
      this.officerName = name;
      return this;
    }

    /**
     * Sets the channel; required.
     *
     * @param channel how the dossier was submitted
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets the receipt instant; required.
     *
     * @param receivedAt when the dossier was received
     * @return this builder
     */
    public Builder receivedAt(Instant receivedAt) {
      this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
      return this;
    }

    /**
     * Sets the appointment on the receipt; required.
     *
     * @param appointment the appointment ({@code NgayHenTra})
     * @return this builder
     */
    public Builder appointment(Instant appointment) {
      this.appointment = Objects.requireNonNull(appointment, "appointment");
      return this;
    }

    /**
     * Sets the resolution instant and its timeliness against the legal limit.
     *
     * @param resolvedAt when the dossier was resolved
     * @param timeliness early, on time or late, judged by the regulation
     * @return this builder
     */
    public Builder resolvedAt(Instant resolvedAt, Timeliness timeliness) {
      this.endedAt = Objects.requireNonNull(resolvedAt, "resolvedAt");
      this.end = End.RESOLVED;
      this.timeliness = Objects.requireNonNull(timeliness, "timeliness");
      return this;
    }

    /**
     * Sets the withdrawal instant.
     *
     * @param withdrawnAt when the applicant withdrew the dossier
     * @return this builder
     */
    public Builder withdrawnAt(Instant withdrawnAt) {
      this.endedAt = Objects.requireNonNull(withdrawnAt, "withdrawnAt");
      this.end = End.WITHDRAWN;
      this.timeliness = null;
      return this;
    }

    /**
     * Sets the instant processing was stopped or the dossier closed.
     *
     * @param stoppedAt when processing stopped
     * @return this builder
     */
    public Builder stoppedAt(Instant stoppedAt) {
      this.endedAt = Objects.requireNonNull(stoppedAt, "stoppedAt");
      this.end = End.STOPPED;
      this.timeliness = null;
      return this;
    }

    /**
     * Sets the resolution time net of the applicant's supplement time, and its unit.
     *
     * @param time the time, not negative
     * @param unit the procedure's unit
     * @return this builder
     * @throws IllegalArgumentException if the time is negative
     */
    public Builder resolutionTime(Duration time, ResolutionUnit unit) {
      Objects.requireNonNull(time, "time");
      checkArgument(!time.isNegative(), "Resolution time must not be negative, not %s", time);
      this.resolutionTime = time;
      this.resolutionUnit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Adds a supplement request, after the ones added before.
     *
     * @param requestedAt when the agency asked
     * @param suppliedAt when the complete dossier came back, or null if it has not
     * @return this builder
     * @throws IllegalArgumentException if the supplement is before the request
     */
    public Builder supplement(Instant requestedAt, @Nullable Instant suppliedAt) {
      supplements.add(new Supplement(requestedAt, Optional.ofNullable(suppliedAt)));
      return this;
    }

    /**
     * Sets how many times the dossier was sent back at intake.
     *
     * @param count the count, not negative
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder intakeNotices(int count) {
      checkArgument(count >= 0, "Intake notices must not be negative, not %s", count);
      this.intakeNotices = count;
      return this;
    }

    /**
     * Sets when fees of more than 0 đồng were first requested.
     *
     * @param at the instant of the request
     * @return this builder
     */
    public Builder feeRequestedAt(Instant at) {
      this.feeRequestedAt = Objects.requireNonNull(at, "at");
      return this;
    }

    /**
     * Sets the payment.
     *
     * @param at when the fees were paid
     * @param channel how, or null if unknown
     * @return this builder
     */
    public Builder paid(Instant at, @Nullable PaymentChannel channel) {
      this.paidAt = Objects.requireNonNull(at, "at");
      this.paymentChannel = channel;
      return this;
    }

    /**
     * Sets the instrument the dossier is judged by.
     *
     * @param instrument the instrument in force on the receipt date
     * @return this builder
     */
    public Builder instrument(LegalInstrument instrument) {
      this.instrument = Objects.requireNonNull(instrument, "instrument");
      return this;
    }

    /**
     * Sets the flags other inputs carry.
     *
     * @param attributes the attributes
     * @return this builder
     */
    public Builder attributes(DossierAttributes attributes) {
      this.attributes = Objects.requireNonNull(attributes, "attributes");
      return this;
    }

    /**
     * Builds the facts.
     *
     * @return the facts
     * @throws IllegalStateException if a required value is missing, an instant is before the receipt, the
     *     supplements overlap or are out of order, or a resolution time is set for a dossier not resolved
     */
    public EvaluationFacts build() {
      checkState(channel != null, "Channel is required");
      checkState(receivedAt != null, "The receipt instant is required");
      checkState(appointment != null, "The appointment of the dossier received at %s is required", receivedAt);
      Instant received = receivedAt;
      checkState(!appointment.isBefore(received), "Appointment %s is before receipt %s", appointment, received);
      checkState(endedAt == null || !endedAt.isBefore(received), "End %s is before receipt %s", endedAt, received);
      checkState(resolutionTime == null || end == End.RESOLVED, "Resolution time %s needs a resolution",
          resolutionTime);
      Instant floor = received;
      for (int i = 0; i < supplements.size(); i++) {
        Supplement s = supplements.get(i);
        checkState(!s.requestedAt().isBefore(floor),
            "Supplement request %s at %s is before receipt or the previous supplement %s", i, s.requestedAt(),
            floor);
        checkState(s.suppliedAt().isPresent() || i == supplements.size() - 1,
            "Supplement request %s at %s was never answered, yet another request follows", i, s.requestedAt());
        floor = s.suppliedAt().orElse(s.requestedAt());
      }
      checkState(paidAt == null || !paidAt.isBefore(received), "Payment %s is before receipt %s", paidAt, received);
      return new EvaluationFacts(this);
    }

    private static @Nullable String checkCode(@Nullable String code, String what) {
      if (code != null) {
        checkArgument(!code.isBlank(), "%s code must not be blank, not '%s'", what, code);
        checkArgument(!code.equals(EvaluationRow.TOTAL) && !code.equals(EvaluationRow.UNKNOWN),
            "%s code '%s' is reserved for the evaluation's own rows", what, code);
      }
      return code;
    }
  }
}
