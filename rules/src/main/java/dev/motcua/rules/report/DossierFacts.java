package dev.motcua.rules.report;

import dev.motcua.core.dossier.Channel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.motcua.rules.deadline.Timeliness;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a report needs to know about one dossier (hồ sơ): its group keys, its channel and the instants of
 * its intake, its end and its deadline.
 *
 * <p>A dossier is either received (tiếp nhận) or refused at intake (từ chối tiếp nhận), never both. A
 * received dossier has a due instant and ends at most once: resolved (đã giải quyết, with its
 * {@link Timeliness}), withdrawn (rút hồ sơ) or stopped (dừng giải quyết); while it has not ended it is in
 * progress (đang giải quyết). Any of these instants may lie after a report's cut-off, in which case the
 * report ignores it, as if the event had not happened yet.
 *
 * <p>The group keys (field, agency, procedure code) are optional; a dossier without the key of a report's
 * grouping is counted in the {@link ReportRow#UNKNOWN} row, and the report carries a warning. The codes
 * {@code TOTAL} and {@code UNKNOWN} are reserved.
 *
 * <p>Build with {@link #builder()}:
 * <pre>{@code
 * DossierFacts facts = DossierFacts.builder()
 *     .field("G01", "Đất đai")
 *     .channel(Channel.ONLINE)
 *     .receivedAt(Instant.parse("2026-05-04T02:00:00Z"))
 *     .dueAt(Instant.parse("2026-05-11T10:00:00Z"))
 *     .resolvedAt(Instant.parse("2026-05-08T03:00:00Z"), Timeliness.EARLY)
 *     .workingTimeToResolve(Duration.ofHours(33))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierFacts {

  // Nullable fields, read directly by the accumulator: the hot path must not wrap them in Optionals.
  final @Nullable String fieldCode;
  final @Nullable String fieldName;
  final @Nullable String agencyCode;
  final @Nullable String agencyName;
  final @Nullable String procedureCode;
  final @Nullable String procedureName;
  final Channel channel;
  final @Nullable Instant receivedAt;
  final @Nullable Instant refusedAt;
  final @Nullable Instant dueAt;
  final @Nullable Instant resolvedAt;
  final @Nullable Timeliness timeliness;
  final @Nullable Duration workingTimeToResolve;
  final @Nullable Instant withdrawnAt;
  final @Nullable Instant stoppedAt;

  private DossierFacts(Builder b) {
    this.fieldCode = b.fieldCode;
    this.fieldName = b.fieldName;
    this.agencyCode = b.agencyCode;
    this.agencyName = b.agencyName;
    this.procedureCode = b.procedureCode;
    this.procedureName = b.procedureName;
    this.channel = Objects.requireNonNull(b.channel);
    this.receivedAt = b.receivedAt;
    this.refusedAt = b.refusedAt;
    this.dueAt = b.dueAt;
    this.resolvedAt = b.resolvedAt;
    this.timeliness = b.timeliness;
    this.workingTimeToResolve = b.workingTimeToResolve;
    this.withdrawnAt = b.withdrawnAt;
    this.stoppedAt = b.stoppedAt;
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
   * Returns the code of the dossier's field (lĩnh vực), if known.
   *
   * @return the field code
   */
  public Optional<String> fieldCode() {
    return Optional.ofNullable(fieldCode);
  }

  /**
   * Returns the name of the dossier's field, if known.
   *
   * @return the field name, e.g. "Đất đai"
   */
  public Optional<String> fieldName() {
    return Optional.ofNullable(fieldName);
  }

  /**
   * Returns the code of the competent agency (cơ quan có thẩm quyền), if known.
   *
   * @return the agency code
   */
  public Optional<String> agencyCode() {
    return Optional.ofNullable(agencyCode);
  }

  /**
   * Returns the name of the competent agency, if known.
   *
   * @return the agency name
   */
  public Optional<String> agencyName() {
    return Optional.ofNullable(agencyName);
  }

  /**
   * Returns the code of the administrative procedure (thủ tục hành chính), if known.
   *
   * @return the procedure code
   */
  public Optional<String> procedureCode() {
    return Optional.ofNullable(procedureCode);
  }

  /**
   * Returns the name of the administrative procedure, if known.
   *
   * @return the procedure name
   */
  public Optional<String> procedureName() {
    return Optional.ofNullable(procedureName);
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
   * Returns when the dossier was received; empty if it was refused at intake.
   *
   * @return the receipt instant
   */
  public Optional<Instant> receivedAt() {
    return Optional.ofNullable(receivedAt);
  }

  /**
   * Returns when the dossier was refused at intake; empty if it was received.
   *
   * @return the refusal instant
   */
  public Optional<Instant> refusedAt() {
    return Optional.ofNullable(refusedAt);
  }

  /**
   * Returns the due instant (thời hạn giải quyết) that decides whether an unfinished dossier is overdue.
   *
   * <p>This is the appointment written on the receipt, or the restarted deadline after a complete
   * supplement; not a rescheduled appointment, since a reschedule never makes a late dossier on time.
   * Empty exactly when the dossier was refused at intake.
   *
   * @return the due instant
   */
  public Optional<Instant> dueAt() {
    return Optional.ofNullable(dueAt);
  }

  /**
   * Returns when the dossier was resolved, if it was.
   *
   * @return the resolution instant
   */
  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  /**
   * Returns the timeliness of the resolution; present exactly when {@link #resolvedAt()} is.
   *
   * @return the timeliness
   */
  public Optional<Timeliness> timeliness() {
    return Optional.ofNullable(timeliness);
  }

  /**
   * Returns the working time from receipt to resolution, if known; used for the average.
   *
   * @return the working time, present only for a resolved dossier
   */
  public Optional<Duration> workingTimeToResolve() {
    return Optional.ofNullable(workingTimeToResolve);
  }

  /**
   * Returns when the applicant withdrew the dossier, if they did.
   *
   * @return the withdrawal instant
   */
  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  /**
   * Returns when processing was stopped, if it was.
   *
   * @return the stop instant
   */
  public Optional<Instant> stoppedAt() {
    return Optional.ofNullable(stoppedAt);
  }

  /**
   * Returns a builder initialised with these facts.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fieldCode = fieldCode;
    b.fieldName = fieldName;
    b.agencyCode = agencyCode;
    b.agencyName = agencyName;
    b.procedureCode = procedureCode;
    b.procedureName = procedureName;
    b.channel = channel;
    b.receivedAt = receivedAt;
    b.refusedAt = refusedAt;
    b.dueAt = dueAt;
    b.resolvedAt = resolvedAt;
    b.timeliness = timeliness;
    b.workingTimeToResolve = workingTimeToResolve;
    b.withdrawnAt = withdrawnAt;
    b.stoppedAt = stoppedAt;
    return b;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof DossierFacts o
        && Objects.equals(fieldCode, o.fieldCode) && Objects.equals(fieldName, o.fieldName)
        && Objects.equals(agencyCode, o.agencyCode) && Objects.equals(agencyName, o.agencyName)
        && Objects.equals(procedureCode, o.procedureCode) && Objects.equals(procedureName, o.procedureName)
        && channel == o.channel
        && Objects.equals(receivedAt, o.receivedAt) && Objects.equals(refusedAt, o.refusedAt)
        && Objects.equals(dueAt, o.dueAt) && Objects.equals(resolvedAt, o.resolvedAt)
        && timeliness == o.timeliness && Objects.equals(workingTimeToResolve, o.workingTimeToResolve)
        && Objects.equals(withdrawnAt, o.withdrawnAt) && Objects.equals(stoppedAt, o.stoppedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldCode, fieldName, agencyCode, agencyName, procedureCode, procedureName, channel,
        receivedAt, refusedAt, dueAt, resolvedAt, timeliness, workingTimeToResolve, withdrawnAt, stoppedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("DossierFacts{");
    append(sb, "field", fieldCode);
    append(sb, "agency", agencyCode);
    append(sb, "procedure", procedureCode);
    append(sb, "channel", channel);
    append(sb, "receivedAt", receivedAt);
    append(sb, "refusedAt", refusedAt);
    append(sb, "dueAt", dueAt);
    append(sb, "resolvedAt", resolvedAt);
    append(sb, "timeliness", timeliness);
    append(sb, "workingTimeToResolve", workingTimeToResolve);
    append(sb, "withdrawnAt", withdrawnAt);
    append(sb, "stoppedAt", stoppedAt);
    sb.setLength(sb.length() - 2);
    return sb.append('}').toString();
  }

  private static void append(StringBuilder sb, String name, @Nullable Object value) {
    if (value != null) {
      sb.append(name).append('=').append(value).append(", ");
    }
  }

  /**
   * Builds {@link DossierFacts}; {@link #build()} checks that the facts are consistent.
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
    private @Nullable Channel channel;
    private @Nullable Instant receivedAt;
    private @Nullable Instant refusedAt;
    private @Nullable Instant dueAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Timeliness timeliness;
    private @Nullable Duration workingTimeToResolve;
    private @Nullable Instant withdrawnAt;
    private @Nullable Instant stoppedAt;

    private Builder() {}

    /**
     * Sets the field (lĩnh vực).
     *
     * @param code the field code, or null if unknown
     * @param name the field name, or null if unknown
     * @return this builder
     * @throws IllegalArgumentException if the code is blank or reserved
     */
    public Builder field(@Nullable String code, @Nullable String name) {
      this.fieldCode = checkCode(code, "Field");
      this.fieldName = name;
      return this;
    }

    /**
     * Sets the competent agency (cơ quan có thẩm quyền).
     *
     * @param code the agency code, or null if unknown
     * @param name the agency name, or null if unknown
     * @return this builder
     * @throws IllegalArgumentException if the code is blank or reserved
     */
    public Builder agency(@Nullable String code, @Nullable String name) {
      this.agencyCode = checkCode(code, "Agency");
      this.agencyName = name;
      return this;
    }

    /**
     * Sets the administrative procedure (thủ tục hành chính).
     *
     * @param code the procedure code, or null if unknown
     * @param name the procedure name, or null if unknown
     * @return this builder
     * @throws IllegalArgumentException if the code is blank or reserved
     */
    public Builder procedure(@Nullable String code, @Nullable String name) {
      this.procedureCode = checkCode(code, "Procedure");
      this.procedureName = name;
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
     * Sets the receipt instant; exactly one of this and {@link #refusedAt(Instant)} is required.
     *
     * @param receivedAt when the dossier was received
     * @return this builder
     */
    public Builder receivedAt(Instant receivedAt) {
      this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
      return this;
    }

    /**
     * Sets the instant of refusal at intake.
     *
     * @param refusedAt when the dossier was refused at intake
     * @return this builder
     */
    public Builder refusedAt(Instant refusedAt) {
      this.refusedAt = Objects.requireNonNull(refusedAt, "refusedAt");
      return this;
    }

    /**
     * Sets the due instant; required for a received dossier.
     *
     * @param dueAt the due instant, see {@link DossierFacts#dueAt()}
     * @return this builder
     */
    public Builder dueAt(Instant dueAt) {
      this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
      return this;
    }

    /**
     * Sets the resolution instant and its timeliness.
     *
     * @param resolvedAt when the dossier was resolved
     * @param timeliness early, on time or late, judged by the rules (DESIGN §6)
     * @return this builder
     */
    public Builder resolvedAt(Instant resolvedAt, Timeliness timeliness) {
      this.resolvedAt = Objects.requireNonNull(resolvedAt, "resolvedAt");
      this.timeliness = Objects.requireNonNull(timeliness, "timeliness");
      return this;
    }

    /**
     * Sets the working time from receipt to resolution.
     *
     * @param workingTime the working time, not negative
     * @return this builder
     * @throws IllegalArgumentException if the duration is negative
     */
    public Builder workingTimeToResolve(Duration workingTime) {
      Objects.requireNonNull(workingTime, "workingTime");
      checkArgument(!workingTime.isNegative(), "Working time must not be negative, not %s", workingTime);
      this.workingTimeToResolve = workingTime;
      return this;
    }

    /**
     * Sets the withdrawal instant.
     *
     * @param withdrawnAt when the applicant withdrew the dossier
     * @return this builder
     */
    public Builder withdrawnAt(Instant withdrawnAt) {
      this.withdrawnAt = Objects.requireNonNull(withdrawnAt, "withdrawnAt");
      return this;
    }

    /**
     * Sets the instant processing was stopped.
     *
     * @param stoppedAt when processing was stopped
     * @return this builder
     */
    public Builder stoppedAt(Instant stoppedAt) {
      this.stoppedAt = Objects.requireNonNull(stoppedAt, "stoppedAt");
      return this;
    }

    /**
     * Builds the facts.
     *
     * @return the facts
     * @throws IllegalStateException if the facts are inconsistent: no channel; not exactly one of receipt
     *     and refusal; a refused dossier with a deadline or an end; a received dossier without a due
     *     instant; more than one end; an end before the receipt; a working time without a resolution
     */
    public DossierFacts build() {
      checkState(channel != null, "Channel is required");
      checkState((receivedAt == null) != (refusedAt == null),
          "Exactly one of receivedAt and refusedAt is required, not receivedAt=%s and refusedAt=%s",
          receivedAt, refusedAt);
      int ends = (resolvedAt != null ? 1 : 0) + (withdrawnAt != null ? 1 : 0) + (stoppedAt != null ? 1 : 0);
      if (refusedAt != null) {
        checkState(dueAt == null && ends == 0 && workingTimeToResolve == null,
            "A dossier refused at %s was never received, so it has no due instant, resolution, withdrawal"
                + " or stop", refusedAt);
      } else {
        Instant received = Objects.requireNonNull(receivedAt);
        checkState(dueAt != null, "A dossier received at %s needs its due instant", received);
        checkState(!dueAt.isBefore(received), "Due instant %s is before receipt %s", dueAt, received);
        checkState(ends <= 1, "A dossier ends once, not resolvedAt=%s, withdrawnAt=%s and stoppedAt=%s",
            resolvedAt, withdrawnAt, stoppedAt);
        checkNotBefore(resolvedAt, received, "Resolution");
        checkNotBefore(withdrawnAt, received, "Withdrawal");
        checkNotBefore(stoppedAt, received, "Stop");
      }
      checkState(workingTimeToResolve == null || resolvedAt != null,
          "Working time %s needs a resolution", workingTimeToResolve);
      return new DossierFacts(this);
    }

    private static void checkNotBefore(@Nullable Instant end, Instant received, String what) {
      checkState(end == null || !end.isBefore(received), "%s %s is before receipt %s", what, end, received);
    }

    private static @Nullable String checkCode(@Nullable String code, String what) {
      if (code != null) {
        checkArgument(!code.isBlank(), "%s code must not be blank, not '%s'", what, code);
        checkArgument(!code.equals(ReportRow.TOTAL) && !code.equals(ReportRow.UNKNOWN),
            "%s code '%s' is reserved for the report's own rows", what, code);
      }
      return code;
    }
  }
}
