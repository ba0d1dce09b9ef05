package dev.motcua.rules.synthetic;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.core.dossier.Actor;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Officer;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.instrument.RegulationSettings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded generator of realistic dossier histories that respect every rule of a {@link Regulation}: the
 * same seed and settings give the same histories, in any order, sequentially or in parallel.
 *
 * <p>The model: dossiers of the catalogue's procedures arrive on working days ({@code dossiersPerWorkingDay}
 * a day from {@code firstDay}) inside the working periods, some at the counter on Saturday mornings for
 * procedures received then; about half online (some returned once at intake, a few refused), the rest at
 * the counter or by post; the receipt writes the computed due date-time; the first transfer meets its
 * deadline; some agencies ask once for a supplement within 3 working days and the period restarts when it
 * comes back; some pay fees; then the dossier is withdrawn, stopped, left in progress, or resolved early,
 * on time or late (late ones often after an apology at least a day before the deadline); denials only
 * within the period. Histories are built lazily, one at a time.
 *
 * <pre>{@code
 * SyntheticDossiers gen = SyntheticDossiers.of(Regulation.vietnam(), 42, LocalDate.of(2026, 2, 2));
 * gen.histories(10_000).forEach(h -> assert regulation.validate(h).isValid());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticDossiers {
  private static final String ONE_STOP = "000.00.15.H05";
  private static final Actor DESK = new Officer("cb-001", "Trần Thị B", ONE_STOP);
  private static final Actor PORTAL = new Officer("cb-002", "Lê Văn C", ONE_STOP);
  private static final int[] HOURS = {7, 8, 9, 10, 13, 14, 15, 16};
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final Regulation regulation;
  private final WorkingCalendar calendar;
  private final long seed;
  private final LocalDate firstDay;
  private final int dossiersPerWorkingDay;
  private final List<Procedure> procedures;

  private SyntheticDossiers(Regulation regulation, long seed, LocalDate firstDay, int dossiersPerWorkingDay) {
    this.regulation = regulation;
    this.calendar = regulation.calendar();
    this.seed = seed;
    this.firstDay = calendar.nextOrSameWorkingDay(firstDay);
    this.dossiersPerWorkingDay = dossiersPerWorkingDay;
    this.procedures = regulation.catalogue().procedures().stream()
        .sorted(Comparator.comparing(Procedure::code)).toList();
    checkArgument(!procedures.isEmpty(), "The catalogue of %s has no procedure", regulation);
  }

  /**
   * Creates a generator with 50 dossiers a working day.
   *
   * @param regulation the regulation the histories respect; its catalogue supplies the procedures
   * @param seed the seed
   * @param firstDay the first arrival day (moved to the next working day if needed), on or after 21/6/2018
   * @return the generator
   * @throws IllegalArgumentException if the first day is before Decree 61 took effect or the catalogue is
   *     empty
   */
  public static SyntheticDossiers of(Regulation regulation, long seed, LocalDate firstDay) {
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(firstDay, "firstDay");
    checkArgument(!firstDay.isBefore(LegalInstrument.DECREE_61_2018.effectiveFrom()),
        "First day %s is before Decree 61/2018/ND-CP took effect", firstDay);
    return new SyntheticDossiers(regulation, seed, firstDay, 50);
  }

  /**
   * Returns a copy with another arrival rate.
   *
   * @param count dossiers a working day, positive
   * @return the generator
   * @throws IllegalArgumentException if the count is not positive
   */
  public SyntheticDossiers withDossiersPerWorkingDay(int count) {
    checkArgument(count > 0, "Dossiers per working day must be positive, was %s", count);
    return new SyntheticDossiers(regulation, seed, firstDay, count);
  }

  /**
   * Returns the first {@code count} histories as a lazy stream.
   *
   * @param count the number of histories, not negative
   * @return the histories with indexes {@code 0..count-1}
   * @throws IllegalArgumentException if the count is negative
   */
  public Stream<List<DossierEvent>> histories(long count) {
    checkArgument(count >= 0, "Count must not be negative, was %s", count);
    return LongStream.range(0, count).mapToObj(this::history);
  }

  /**
   * Returns history number {@code index}; a pure function of the seed, the settings and the index.
   *
   * @param index the index, not negative
   * @return the events, unmodifiable
   * @throws IllegalArgumentException if the index is negative
   * @throws java.time.DateTimeException if the arrival day falls outside the calendar's range
   */
  public List<DossierEvent> history(long index) {
    checkArgument(index >= 0, "Index must not be negative, was %s", index);
    return new Builder(index).build();
  }

  /** Builds one history; lives only during {@link #history(long)}. */
  private final class Builder {
    private final SplittableRandom rnd;
    private final long index;
    private final List<DossierEvent> events = new ArrayList<>(12);

    Builder(long index) {
      this.index = index;
      this.rnd = new SplittableRandom(seed * GOLDEN + index);
    }

    List<DossierEvent> build() {
      Procedure p = procedures.get(rnd.nextInt(procedures.size()));
      double c = rnd.nextDouble();
      Channel channel = c < 0.5 ? Channel.ONLINE : c < 0.92 ? Channel.COUNTER : Channel.POSTAL;
      LocalDate day = calendar.plusWorkingDays(firstDay, (int) (index / dossiersPerWorkingDay));
      boolean saturday = false;
      if (p.saturdayReception() && channel == Channel.COUNTER && rnd.nextDouble() < 0.15) {
        LocalDate sat = day.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        if (calendar.isReceptionOpen(sat.atTime(8, 0), true)) {
          day = sat;
          saturday = true;
        }
      }
      int hour = saturday ? 7 + rnd.nextInt(4) : HOURS[rnd.nextInt(HOURS.length)];
      LocalDateTime local = day.atTime(hour, rnd.nextInt(60));
      if (!calendar.isReceptionOpen(local, p.saturdayReception())) {
        local = calendar.officialReceiptTime(local);
      }
      Instant receipt = instant(local);
      RegulationSettings s = regulation.settings(regulation.instrumentAt(receipt).orElseThrow());
      Filing filing = new Filing(p.code(), channel, Applicant.of("Công dân " + index), ONE_STOP);
      DossierCode code = DossierCode.of(ONE_STOP, local.toLocalDate(), (int) (index % 9999) + 1);
      Instant appointment = regulation.dueAt(p.code(), receipt);
      if (channel == Channel.ONLINE) {
        Instant submitted = receipt.minus(Duration.ofMinutes(120 + rnd.nextInt(3000)));
        events.add(new DossierEvent.Submitted(submitted, PORTAL, filing));
        if (rnd.nextDouble() < 0.03) {
          events.add(new DossierEvent.Refused(submitted.plus(Duration.ofMinutes(60)), PORTAL,
              "Không thuộc thẩm quyền tiếp nhận"));
          return List.copyOf(events);
        }
        if (rnd.nextDouble() < 0.25) {
          events.add(new DossierEvent.ReturnedAtIntake(submitted.plus(Duration.ofMinutes(30)), PORTAL,
              List.of("Bản sao giấy tờ tùy thân"), "Thiếu thành phần hồ sơ"));
          events.add(new DossierEvent.Resubmitted(submitted.plus(Duration.ofMinutes(60)), PORTAL));
        }
        events.add(new DossierEvent.Received(receipt, PORTAL, Optional.empty(), Optional.of(code),
            Optional.of(appointment)));
      } else {
        events.add(new DossierEvent.Received(receipt, DESK, filing, code, appointment));
      }
      String agency = p.competentAgency().code();
      Actor agencyOfficer = new Officer("cb-" + agency, "Chuyên viên", agency);
      Instant transfer = between(receipt, regulation.transferDeadline(receipt));
      events.add(new DossierEvent.Transferred(transfer, DESK, ONE_STOP, agency));
      Instant last = transfer;
      Instant due = appointment;
      if (rnd.nextDouble() < 0.2) {
        ProcessingTime notice = ProcessingTime.workingDays(s.supplementNoticeWorkingDays());
        LocalDateTime noticeDue = s.convention().isPresent()
            ? notice.dueFrom(calendar, local(transfer), s.convention().get())
            : notice.dueFrom(calendar, local(transfer));
        Instant request = between(transfer, instant(noticeDue));
        events.add(new DossierEvent.SupplementRequested(request, agencyOfficer, agency,
            List.of("Bản vẽ hiện trạng"), "Thiếu bản vẽ"));
        Instant back = request.plus(Duration.ofMinutes(5 * 1440 + rnd.nextInt(10 * 1440)));
        events.add(new DossierEvent.Supplemented(back, DESK));
        last = back;
        due = regulation.dueAt(p.code(), back);
      }
      if (rnd.nextDouble() < 0.1) {
        events.add(new DossierEvent.PaymentRequested(last.plus(Duration.ofMinutes(30)), agencyOfficer, 50_000));
        last = last.plus(Duration.ofMinutes(30 + rnd.nextInt(600)));
        events.add(new DossierEvent.Paid(last, PORTAL));
      }
      double end = rnd.nextDouble();
      if (end < 0.03) {
        events.add(new DossierEvent.Withdrawn(last.plus(Duration.ofMinutes(rnd.nextInt(3000))), PORTAL,
            "Công dân rút hồ sơ"));
        return List.copyOf(events);
      }
      if (end < 0.045) {
        events.add(new DossierEvent.Stopped(last.plus(Duration.ofMinutes(rnd.nextInt(3000))), agencyOfficer,
            "Dừng xử lý theo yêu cầu của cơ quan có thẩm quyền"));
        return List.copyOf(events);
      }
      LocalDateTime dueLocal = local(due);
      Instant dueDayStart = instant(dueLocal.toLocalDate().atStartOfDay());
      Instant apologyBy = instant(dueLocal.toLocalDate().minusDays(s.rescheduleMinLeadDays()).atTime(23, 59));
      if (end < 0.10) {
        if (rnd.nextBoolean() && !last.isAfter(apologyBy)) {
          events.add(new DossierEvent.Rescheduled(between(last, apologyBy), agencyOfficer,
              due.plus(Duration.ofDays(2)), "Cần xác minh thực địa"));
        }
        return List.copyOf(events);
      }
      double kind = rnd.nextDouble();
      Instant resolve = null;
      boolean late = false;
      if (kind < 0.55 && last.isBefore(dueDayStart)) {
        resolve = between(last, dueDayStart.minus(Duration.ofMinutes(1)));
      } else if (kind < 0.8 && !due.isBefore(last)) {
        resolve = between(last.isAfter(dueDayStart) ? last : dueDayStart, due);
      }
      if (resolve == null) {
        resolve = (last.isAfter(due) ? last : due).plus(Duration.ofMinutes(1 + rnd.nextInt(5 * 1440)));
        late = true;
      }
      if (late && rnd.nextBoolean()) {
        Instant hi = apologyBy.isBefore(resolve) ? apologyBy : resolve;
        if (!last.isAfter(hi)) {
          events.add(new DossierEvent.Rescheduled(between(last, hi), agencyOfficer,
              resolve.plus(Duration.ofDays(1)), "Cần xác minh thực địa"));
        }
      }
      if (!late && rnd.nextDouble() < 0.1) {
        events.add(DossierEvent.Resolved.denied(resolve, agencyOfficer, "Không đủ điều kiện theo quy định"));
      } else {
        events.add(DossierEvent.Resolved.approved(resolve, agencyOfficer));
      }
      if (rnd.nextDouble() < 0.9) {
        events.add(new DossierEvent.ResultReturned(resolve.plus(Duration.ofMinutes(rnd.nextInt(2880))), DESK));
      }
      return List.copyOf(events);
    }

    /** A uniformly random whole minute in {@code [from, to]}, {@code from} if the range is empty. */
    private Instant between(Instant from, Instant to) {
      long minutes = Duration.between(from, to).toMinutes();
      return minutes <= 0 ? from : from.plus(Duration.ofMinutes(rnd.nextLong(minutes + 1)));
    }
  }

  private LocalDateTime local(Instant at) {
    return LocalDateTime.ofInstant(at, calendar.zone());
  }

  private Instant instant(LocalDateTime local) {
    return local.atZone(calendar.zone()).toInstant();
  }

  @Override
  public String toString() {
    return "SyntheticDossiers{seed " + seed + ", from " + firstDay + ", " + dossiersPerWorkingDay + " a day}";
  }
}
