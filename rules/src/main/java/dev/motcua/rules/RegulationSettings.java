package dev.motcua.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import dev.motcua.calendar.WorkingDayConvention;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The numbers and scopes of a {@link Regulation} (DESIGN §6), each with its legal default, and which rules
 * are enabled.
 *
 * <pre>{@code
 * RegulationSettings s = RegulationSettings.defaults().toBuilder()
 *     .supplementScope(SupplementScope.PER_DOSSIER)
 *     .disable(Regulation.RECEIPT_OUTSIDE_RECEPTION_HOURS)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegulationSettings {
  private static final RegulationSettings DEFAULTS = new Builder().build();

  private final SupplementScope supplementScope;
  private final int maxIntakeNotices;
  private final int maxSupplementRequests;
  private final int supplementNoticeWorkingDays;
  private final LocalTime transferCutoff;
  private final Duration nextDayTransferWindow;
  private final int rescheduleMinLeadDays;
  private final int maxReschedules;
  private final @Nullable WorkingDayConvention convention;
  private final ImmutableSortedSet<String> disabled;

  private RegulationSettings(Builder b) {
    this.supplementScope = b.supplementScope;
    this.maxIntakeNotices = b.maxIntakeNotices;
    this.maxSupplementRequests = b.maxSupplementRequests;
    this.supplementNoticeWorkingDays = b.supplementNoticeWorkingDays;
    this.transferCutoff = b.transferCutoff;
    this.nextDayTransferWindow = b.nextDayTransferWindow;
    this.rescheduleMinLeadDays = b.rescheduleMinLeadDays;
    this.maxReschedules = b.maxReschedules;
    this.convention = b.convention;
    this.disabled = ImmutableSortedSet.copyOf(b.disabled);
  }

  /**
   * Returns the legal defaults: supplement scope per agency, one intake notice, one supplement request, a
   * supplement notice within 3 working days, transfer cut-off 15:00, next-day transfer within the first 4
   * working hours, apology at least 1 day before the deadline, one reschedule, the calendar's working-day
   * convention, every rule enabled.
   *
   * @return the defaults
   */
  public static RegulationSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder preset with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with these settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.supplementScope = supplementScope;
    b.maxIntakeNotices = maxIntakeNotices;
    b.maxSupplementRequests = maxSupplementRequests;
    b.supplementNoticeWorkingDays = supplementNoticeWorkingDays;
    b.transferCutoff = transferCutoff;
    b.nextDayTransferWindow = nextDayTransferWindow;
    b.rescheduleMinLeadDays = rescheduleMinLeadDays;
    b.maxReschedules = maxReschedules;
    b.convention = convention;
    b.disabled.addAll(disabled);
    return b;
  }

  /**
   * Returns what the supplement-request limit counts (default per agency, Art 19(4)).
   *
   * @return the scope
   */
  public SupplementScope supplementScope() {
    return supplementScope;
  }

  /**
   * Returns the most returns at intake a dossier may get (default 1: one complete notice, Art 15(3), 17(2)(a)).
   *
   * @return the limit, at least 1
   */
  public int maxIntakeNotices() {
    return maxIntakeNotices;
  }

  /**
   * Returns the most supplement requests during appraisal, per agency or per dossier (default 1, Art 19(4)).
   *
   * @return the limit, at least 1
   */
  public int maxSupplementRequests() {
    return maxSupplementRequests;
  }

  /**
   * Returns the working days within which an agency must ask for a supplement (default 3, Art 19(4)).
   *
   * @return the number of working days, at least 1
   */
  public int supplementNoticeWorkingDays() {
    return supplementNoticeWorkingDays;
  }

  /**
   * Returns the time after which a received dossier may be transferred the next working day (default
   * 15:00, Art 18(2)).
   *
   * @return the local cut-off
   */
  public LocalTime transferCutoff() {
    return transferCutoff;
  }

  /**
   * Returns what "at the start of the next working day" allows: the working time from that day's opening
   * (default 4 hours, the end of the first working period 07:00–11:00; {@code [inferred]}).
   *
   * @return the working time, positive
   */
  public Duration nextDayTransferWindow() {
    return nextDayTransferWindow;
  }

  /**
   * Returns the calendar days by which an apology must precede the due day (default 1, Art 19(9)).
   *
   * @return the number of days, not negative
   */
  public int rescheduleMinLeadDays() {
    return rescheduleMinLeadDays;
  }

  /**
   * Returns the most apologies with a new appointment (default 1, Art 19(9)).
   *
   * @return the limit, at least 1
   */
  public int maxReschedules() {
    return maxReschedules;
  }

  /**
   * Returns the convention for processing times in working days, if fixed here.
   *
   * @return the convention, or empty to use the calendar's default
   */
  public Optional<WorkingDayConvention> convention() {
    return Optional.ofNullable(convention);
  }

  /**
   * Returns the codes of the disabled rules.
   *
   * @return an unmodifiable sorted set, empty by default
   */
  public Set<String> disabledRules() {
    return disabled;
  }

  /**
   * Tells whether a rule is enabled.
   *
   * @param code a rule code of {@link Regulation}
   * @return true unless disabled
   */
  public boolean isEnabled(String code) {
    return !disabled.contains(code);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof RegulationSettings o
        && supplementScope == o.supplementScope
        && maxIntakeNotices == o.maxIntakeNotices
        && maxSupplementRequests == o.maxSupplementRequests
        && supplementNoticeWorkingDays == o.supplementNoticeWorkingDays
        && transferCutoff.equals(o.transferCutoff)
        && nextDayTransferWindow.equals(o.nextDayTransferWindow)
        && rescheduleMinLeadDays == o.rescheduleMinLeadDays
        && maxReschedules == o.maxReschedules
        && convention == o.convention
        && disabled.equals(o.disabled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(supplementScope, maxIntakeNotices, maxSupplementRequests, supplementNoticeWorkingDays,
        transferCutoff, nextDayTransferWindow, rescheduleMinLeadDays, maxReschedules, convention, disabled);
  }

  @Override
  public String toString() {
    return "RegulationSettings{scope=" + supplementScope + ", intakeNotices<=" + maxIntakeNotices
        + ", supplementRequests<=" + maxSupplementRequests + ", notice<=" + supplementNoticeWorkingDays
        + "wd, transferCutoff=" + transferCutoff + ", nextDayWindow=" + nextDayTransferWindow
        + ", rescheduleLead>=" + rescheduleMinLeadDays + "d, reschedules<=" + maxReschedules
        + ", convention=" + (convention == null ? "calendar" : convention) + ", disabled=" + disabled + "}";
  }

  /**
   * Builds {@link RegulationSettings}, starting from the defaults.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private SupplementScope supplementScope = SupplementScope.PER_AGENCY;
    private int maxIntakeNotices = 1;
    private int maxSupplementRequests = 1;
    private int supplementNoticeWorkingDays = 3;
    private LocalTime transferCutoff = LocalTime.of(15, 0);
    private Duration nextDayTransferWindow = Duration.ofHours(4);
    private int rescheduleMinLeadDays = 1;
    private int maxReschedules = 1;
    private @Nullable WorkingDayConvention convention;
    private final Set<String> disabled = new TreeSet<>();

    private Builder() {}

    /**
     * Sets what the supplement-request limit counts.
     *
     * @param scope per agency or per dossier
     * @return this builder
     */
    public Builder supplementScope(SupplementScope scope) {
      this.supplementScope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets the most returns at intake.
     *
     * @param max the limit
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxIntakeNotices(int max) {
      checkArgument(max >= 1, "maxIntakeNotices must be at least 1, was %s", max);
      this.maxIntakeNotices = max;
      return this;
    }

    /**
     * Sets the most supplement requests during appraisal.
     *
     * @param max the limit
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxSupplementRequests(int max) {
      checkArgument(max >= 1, "maxSupplementRequests must be at least 1, was %s", max);
      this.maxSupplementRequests = max;
      return this;
    }

    /**
     * Sets the working days within which a supplement must be requested.
     *
     * @param days the number of working days
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder supplementNoticeWorkingDays(int days) {
      checkArgument(days >= 1, "supplementNoticeWorkingDays must be at least 1, was %s", days);
      this.supplementNoticeWorkingDays = days;
      return this;
    }

    /**
     * Sets the transfer cut-off.
     *
     * @param cutoff the local time after which the transfer may wait for the next working day
     * @return this builder
     */
    public Builder transferCutoff(LocalTime cutoff) {
      this.transferCutoff = Objects.requireNonNull(cutoff, "cutoff");
      return this;
    }

    /**
     * Sets the working time from the next working day's opening within which a late receipt is transferred.
     *
     * @param window the working time
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder nextDayTransferWindow(Duration window) {
      Objects.requireNonNull(window, "window");
      checkArgument(!window.isNegative() && !window.isZero(), "nextDayTransferWindow must be positive, was %s",
          window);
      this.nextDayTransferWindow = window;
      return this;
    }

    /**
     * Sets the calendar days by which an apology must precede the due day.
     *
     * @param days the number of days
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder rescheduleMinLeadDays(int days) {
      checkArgument(days >= 0, "rescheduleMinLeadDays must not be negative, was %s", days);
      this.rescheduleMinLeadDays = days;
      return this;
    }

    /**
     * Sets the most apologies with a new appointment.
     *
     * @param max the limit
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxReschedules(int max) {
      checkArgument(max >= 1, "maxReschedules must be at least 1, was %s", max);
      this.maxReschedules = max;
      return this;
    }

    /**
     * Fixes the convention for processing times in working days.
     *
     * @param convention the convention, overriding the calendar's default
     * @return this builder
     */
    public Builder convention(WorkingDayConvention convention) {
      this.convention = Objects.requireNonNull(convention, "convention");
      return this;
    }

    /**
     * Disables rules.
     *
     * @param codes rule codes of {@link Regulation}
     * @return this builder
     * @throws IllegalArgumentException if a code is not a rule code
     */
    public Builder disable(String... codes) {
      for (String code : codes) {
        checkArgument(Regulation.CODES.contains(Objects.requireNonNull(code, "code")),
            "Unknown rule code '%s'; known codes are %s", code, Regulation.CODES);
        disabled.add(code);
      }
      return this;
    }

    /**
     * Enables rules disabled before.
     *
     * @param codes rule codes of {@link Regulation}
     * @return this builder
     * @throws IllegalArgumentException if a code is not a rule code
     */
    public Builder enable(String... codes) {
      for (String code : codes) {
        checkArgument(Regulation.CODES.contains(Objects.requireNonNull(code, "code")),
            "Unknown rule code '%s'; known codes are %s", code, Regulation.CODES);
        disabled.remove(code);
      }
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public RegulationSettings build() {
      return new RegulationSettings(this);
    }
  }
}
