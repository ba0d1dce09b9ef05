package dev.motcua.rules.instrument;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingDayConvention;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.ViolationCode;
import dev.motcua.rules.internal.RulesStyle;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The numbers and scopes of a {@link dev.motcua.rules.Regulation} (DESIGN §6), each with its legal default, and which rules
 * are disabled.
 *
 * <pre>{@code
 * RegulationSettings s = RegulationSettings.defaults().toBuilder()
 *     .supplementScope(SupplementScope.PER_DOSSIER)
 *     .disable(RegulationCode.RECEIPT_OUTSIDE_RECEPTION_HOURS)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class RegulationSettings {
  private static final RegulationSettings DEFAULTS = builder().build();

  RegulationSettings() {}

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
    return builder().from(this);
  }

  /**
   * Returns what the supplement-request limit counts (default per agency, Art 19(4)).
   *
   * @return the scope
   */
  @Value.Default
  public SupplementScope supplementScope() {
    return SupplementScope.PER_AGENCY;
  }

  /**
   * Returns the most returns at intake a dossier may get (default 1: one complete notice, Art 15(3), 17(2)(a)).
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxIntakeNotices() {
    return 1;
  }

  /**
   * Returns the most supplement requests during appraisal, per agency or per dossier (default 1, Art 19(4)).
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxSupplementRequests() {
    return 1;
  }

  /**
   * Returns the working days within which an agency must ask for a supplement (default 3, Art 19(4)).
   *
   * @return the number of working days, at least 1
   */
  @Value.Default
  public int supplementNoticeWorkingDays() {
    return 3;
  }

  /**
   * Returns the time after which a received dossier may be transferred the next working day (default
   * 15:00, Art 18(2)).
   *
   * @return the local cut-off
   */
  @Value.Default
  public LocalTime transferCutoff() {
    return LocalTime.of(15, 0);
  }

  /**
   * Returns what "at the start of the next working day" allows: the working time from that day's opening
   * (default 4 hours, the end of the first working period 07:00–11:00; {@code [inferred]}).
   *
   * @return the working time, positive
   */
  @Value.Default
  public Duration nextDayTransferWindow() {
    return Duration.ofHours(4);
  }

  /**
   * Returns the calendar days by which an apology must precede the due day (default 1, Art 19(9)).
   *
   * @return the number of days, not negative
   */
  @Value.Default
  public int rescheduleMinLeadDays() {
    return 1;
  }

  /**
   * Returns the most apologies with a new appointment (default 1, Art 19(9)).
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxReschedules() {
    return 1;
  }

  /**
   * Returns the time within which an online dossier must be received, sent back with one complete notice or
   * refused, counted from when the system received it (default 8 working hours: "không muộn hơn 08 (tám) giờ
   * làm việc kể từ khi Hệ thống thông tin giải quyết thủ tục hành chính tiếp nhận hồ sơ", Decree
   * 118/2025/NĐ-CP Art 17(2)(c)). Decree 61/2018 has no such limit, so {@link RegulationCode#ONLINE_INTAKE_LATE}
   * judges only dossiers submitted under Decree 118.
   *
   * @return the limit, in working hours or days
   */
  @Value.Default
  public ProcessingTime onlineIntakeLimit() {
    return ProcessingTime.workingHours(8);
  }

  /**
   * Returns the time after a supplement notice from which the one-stop unit may close a dossier whose
   * supplement did not come ("Sau 15 ngày kể từ khi thông báo … thực hiện đóng hồ sơ", Decree 118/2025/NĐ-CP
   * Art 19(5)). The decree says "15 ngày", not "15 ngày làm việc": the default counts 15 calendar days (Civil
   * Code 2015 Art 144–148), {@code [inferred]}; {@code ProcessingTime.workingDays(15)} counts working days. A
   * procedure's sector law overrides it ({@link dev.motcua.rules.procedure.Procedure#supplementWaitLimit()}).
   *
   * @return the limit
   */
  @Value.Default
  public ProcessingTime supplementWaitLimit() {
    return ProcessingTime.calendarDays(15);
  }

  /**
   * Returns the one-stop centre's own regulation on its reception hours (quy chế tổ chức và hoạt động của
   * Trung tâm), which {@link RegulationCode#RECEIPT_OUTSIDE_RECEPTION_HOURS} cites with Decision 14/2010/QĐ-TTg:
   * neither decree has an article on Saturday reception. The default is the seed's Bạc Liêu Decision
   * 221/QĐ-UBND (2018), Art 5; Bạc Liêu became part of Cà Mau province by Resolution 202/2025/QH15 (new
   * authorities from 1/7/2025), so a host names its own centre's decision.
   *
   * @return the citation of the centre's regulation
   */
  @Value.Default
  public LegalBasis centreRegulation() {
    return LegalBasis.of("Quyết định 221/QĐ-UBND tỉnh Bạc Liêu (2018), Điều 5",
        "Bạc Liêu Decision 221/QD-UBND (2018), Art 5");
  }

  /**
   * Returns the convention for processing times in working days, if fixed here.
   *
   * @return the convention, or empty to use the calendar's default
   */
  public abstract Optional<WorkingDayConvention> convention();

  /**
   * Returns the codes of the disabled rules.
   *
   * @return an unmodifiable set, empty by default
   */
  public abstract Set<ViolationCode> disabledRules();

  /**
   * Returns whether a rule is enabled.
   *
   * @param code the rule's code
   * @return false if disabled
   */
  public boolean isEnabled(ViolationCode code) {
    return !disabledRules().contains(code);
  }

  @Value.Check
  void check() {
    checkArgument(maxIntakeNotices() >= 1, "maxIntakeNotices must be at least 1, was %s", maxIntakeNotices());
    checkArgument(maxSupplementRequests() >= 1, "maxSupplementRequests must be at least 1, was %s",
        maxSupplementRequests());
    checkArgument(supplementNoticeWorkingDays() >= 1, "supplementNoticeWorkingDays must be at least 1, was %s",
        supplementNoticeWorkingDays());
    checkArgument(!nextDayTransferWindow().isNegative() && !nextDayTransferWindow().isZero(),
        "nextDayTransferWindow must be positive, was %s", nextDayTransferWindow());
    checkArgument(rescheduleMinLeadDays() >= 0, "rescheduleMinLeadDays must not be negative, was %s",
        rescheduleMinLeadDays());
    checkArgument(maxReschedules() >= 1, "maxReschedules must be at least 1, was %s", maxReschedules());
    checkArgument(onlineIntakeLimit().kind() == ProcessingTime.Kind.WORKING_HOURS
        || onlineIntakeLimit().kind() == ProcessingTime.Kind.WORKING_DAYS,
        "onlineIntakeLimit must be in working hours or working days, was %s", onlineIntakeLimit());
    checkArgument(supplementWaitLimit().kind() != ProcessingTime.Kind.SAME_DAY,
        "supplementWaitLimit must be in days or working time, was %s", supplementWaitLimit());
  }

  /**
   * A builder of {@link RegulationSettings}, preset with the defaults; {@link #build()} checks the numbers and
   * throws {@link IllegalArgumentException} naming the first one out of range.
   */
  public static final class Builder extends ImmutableRegulationSettings.Builder {
    Builder() {}

    /**
     * Disables rules, adding to those disabled already.
     *
     * @param codes the codes of the rules
     * @return this builder
     * @throws NullPointerException if a code is null
     */
    public Builder disable(ViolationCode... codes) {
      return addAllDisabledRules(Arrays.asList(codes));
    }
  }
}
