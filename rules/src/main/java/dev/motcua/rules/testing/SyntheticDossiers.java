package dev.motcua.rules.testing;

import dev.motcua.rules.deadline.DeadlineCalculator;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.calendar.WorkingPeriods;
import dev.motcua.core.dossier.Actor;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Officer;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.report.DossierFacts;
import dev.motcua.rules.deadline.Timeliness;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of synthetic dossiers of a {@link Regulation}, as event histories or as report facts: the
 * same seed and settings give the same dossiers, in any order, sequentially or in parallel. Dossier {@code i}
 * arrives on {@link #arrivalDay(long) arrivalDay(i)}, the {@code i / dossiersPerWorkingDay}-th working day of the
 * regulation's calendar from the first day, and is of one of the procedures of the regulation's catalogue.
 *
 * <p>{@link #histories} are event histories that respect every rule of the regulation, for validation and for
 * the whole report path ({@code DossierReports.historyCollector}). The model: dossiers arrive inside the working
 * periods, some at the counter on Saturday mornings for procedures received then; about half online (some
 * returned once at intake, a few refused), the rest at the counter or by post; the receipt writes the computed
 * due date-time; the first transfer meets its deadline; some agencies ask once for a supplement within 3 working
 * days and the period restarts when it comes back; some pay fees; then the dossier is withdrawn, stopped, left in
 * progress, or resolved early, on time or late (late ones after an apology at least a day before the deadline,
 * as Decree 61 Art 19(9) and Decree 118 Art 19(6) require); denials only within the period.
 *
 * <p>{@link #facts} are the {@link DossierFacts} of a report, drawn directly so that millions stream in bounded
 * memory and fast (for report benchmarks and the laws of the aggregation), with the same calendar and catalogue:
 * a receipt at a uniformly random minute of the arrival day's working periods; 45 % online, 5 % of the rest by
 * post; the regulation's due date-time, from the receipt or, for 8 % of the dossiers, from the return of a
 * supplement 2 to 6 working days later (the period restarts, Decree 61/2018/NĐ-CP Art 19(4)); then 2 % refused at
 * intake, 1 % withdrawn, 0.5 % stopped, 4 % resolved late (1 to 5 working days after the due day), 15 % on the due
 * day, the rest early, each resolution at a working minute with its {@link Timeliness#of timeliness} and its
 * working time from the receipt. The facts of dossier {@code i} are not those of history {@code i}: they are
 * drawn with their own model.
 *
 * <pre>{@code
 * SyntheticDossiers gen = SyntheticDossiers.of(regulation, 42, LocalDate.of(2026, 2, 2));
 * gen.histories(10_000).forEach(h -> assertTrue(regulation.validate(h).isValid()));
 * ProcessingReport report = gen.withDossiersPerWorkingDay(400).facts(100_000)
 *     .collect(ProcessingReport.collector(ReportPeriod.parse("2026-05")));
 * }</pre>
 *
 * <p>Testing support, never for judging real dossiers. This class is immutable and thread-safe.
 */
public final class SyntheticDossiers {
  private static final String ONE_STOP = "000.00.15.H05";
  private static final Actor DESK = new Officer("cb-001", "Trần Thị B", ONE_STOP);
  private static final Actor PORTAL = new Officer("cb-002", "Lê Văn C", ONE_STOP);
  private static final int[] HOURS = {7, 8, 9, 10, 13, 14, 15, 16};
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  // The shares of the facts model, in the class comment.
  private static final double ONLINE = 0.45;
  private static final double POSTAL_OF_OTHERS = 0.05;
  private static final double REFUSED = 0.02;
  private static final double WITHDRAWN = 0.01;
  private static final double STOPPED = 0.005;
  private static final double LATE = 0.04;
  private static final double ON_TIME = 0.15;
  private static final double SUPPLEMENT = 0.08;

  private final Regulation regulation;
  private final WorkingCalendar calendar;
  private final long seed;
  private final LocalDate firstDay;
  private final int dossiersPerWorkingDay;
  private final double unknownFieldShare;
  private final List<Procedure> procedures;
  private final @Nullable ZoneOffset fixedOffset;

  private SyntheticDossiers(Regulation regulation, long seed, LocalDate firstDay, int dossiersPerWorkingDay,
      double unknownFieldShare) {
    this.regulation = regulation;
    this.calendar = regulation.calendar();
    this.seed = seed;
    this.firstDay = calendar.nextOrSameWorkingDay(firstDay);
    this.dossiersPerWorkingDay = dossiersPerWorkingDay;
    this.unknownFieldShare = unknownFieldShare;
    this.procedures = regulation.catalogue().procedures().stream()
        .sorted(Comparator.comparing(Procedure::code)).toList();
    checkArgument(!procedures.isEmpty(), "The catalogue of %s has no procedure", regulation);
    this.fixedOffset = fixedOffsetFrom(calendar.zone(), this.firstDay);
  }

  /**
   * Creates a generator with 50 dossiers a working day.
   *
   * @param regulation the regulation the histories respect; its calendar gives the working days and hours, its
   *     catalogue the procedures
   * @param seed the seed
   * @param firstDay the first arrival day (moved to the next working day if needed), on or after 21/6/2018
   * @return the generator
   * @throws IllegalArgumentException if the first day is before Decree 61 took effect or the catalogue is
   *     empty
   * @throws java.time.DateTimeException if the first day is outside the calendar's range
   */
  public static SyntheticDossiers of(Regulation regulation, long seed, LocalDate firstDay) {
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(firstDay, "firstDay");
    checkArgument(!firstDay.isBefore(LegalInstrument.DECREE_61_2018.effectiveFrom()),
        "First day %s is before Decree 61/2018/ND-CP took effect", firstDay);
    return new SyntheticDossiers(regulation, seed, firstDay, 50, 0);
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
    return new SyntheticDossiers(regulation, seed, firstDay, count, unknownFieldShare);
  }

  /**
   * Returns a copy whose {@link #facts} leave out the field of a share of the dossiers, as a host's records
   * sometimes do, so that reports have their unknown row; the histories do not change.
   *
   * @param share 0 to 1 (default 0)
   * @return the generator
   * @throws IllegalArgumentException if the share is out of range
   */
  public SyntheticDossiers withUnknownFieldShare(double share) {
    checkArgument(share >= 0 && share <= 1, "Unknown-field share must be 0 to 1, was %s", share);
    return new SyntheticDossiers(regulation, seed, firstDay, dossiersPerWorkingDay, share);
  }

  /**
   * Returns the first arrival day, a working day.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * Returns the day dossier {@code index} arrives: the {@code index / dossiersPerWorkingDay}-th working day
   * after the first day (a history received on a Saturday morning arrives on the Saturday after it instead).
   *
   * @param index the dossier's index, not negative
   * @return its arrival day, a working day
   * @throws IllegalArgumentException if the index is negative
   * @throws java.time.DateTimeException if the day falls outside the calendar's range
   */
  public LocalDate arrivalDay(long index) {
    checkArgument(index >= 0, "Index must not be negative, was %s", index);
    return calendar.plusWorkingDays(firstDay, (int) (index / dossiersPerWorkingDay));
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

  /**
   * Returns the report facts of the first {@code count} dossiers as a lazy stream: nothing is held in memory,
   * so millions can be streamed; the stream is sized and splits evenly in parallel.
   *
   * @param count the number of dossiers, not negative
   * @return the facts of the dossiers with indexes {@code 0..count-1}
   * @throws IllegalArgumentException if the count is negative
   */
  public Stream<DossierFacts> facts(long count) {
    checkArgument(count >= 0, "Count must not be negative, was %s", count);
    return LongStream.range(0, count).mapToObj(this::factsOf);
  }

  /**
   * Returns the report facts of dossier number {@code index}; a pure function of the seed, the settings and the
   * index.
   *
   * @param index the index, not negative
   * @return the dossier's facts
   * @throws IllegalArgumentException if the index is negative
   * @throws java.time.DateTimeException if a date falls outside the calendar's range
   */
  public DossierFacts factsOf(long index) {
    LocalDate day = arrivalDay(index);
    // Stateless draws (one counter per dossier and draw), so that any index comes in any order without a
    // Random per dossier: the facts path must stay allocation-light for the 10-million-dossier benchmark.
    long base = seed * GOLDEN + index * 0xBF58476D1CE4E5B9L;
    WorkingPeriods periods = calendar.workingPeriods(day);
    LocalDateTime received = atWorkingMinute(day, periods, below(base, 1, periods.workingTime().toMinutes()));
    double u = uniform(base, 2);
    Procedure p = procedures.get((int) (procedures.size() * u * u));
    DossierFacts.Builder b = DossierFacts.builder()
        .procedure(p.code(), p.name())
        .agency(p.competentAgency().code(), p.competentAgency().name());
    if (uniform(base, 3) >= unknownFieldShare) {
      b.field(p.field().code(), p.field().name());
    }
    double c = uniform(base, 4);
    b.channel(c < ONLINE ? Channel.ONLINE
        : (c - ONLINE) < POSTAL_OF_OTHERS * (1 - ONLINE) ? Channel.POSTAL : Channel.COUNTER);
    Instant receivedAt = factsInstant(received);
    double outcome = uniform(base, 5);
    if (outcome < REFUSED) {
      return b.refusedAt(receivedAt).build();
    }
    outcome -= REFUSED;
    LocalDateTime start = received;
    if (uniform(base, 6) < SUPPLEMENT) {
      int wait = 2 + (int) below(base, 7, 5);
      start = calendar.plusWorkingDays(received.toLocalDate(), wait).atTime(received.toLocalTime());
    }
    // What Regulation.dueAt computes, without its two conversions through the zone rules (a test checks that
    // they agree): the processing time resolved against the calendar by the convention in force at the start.
    RegulationSettings s = regulation.settings(LegalInstrument.inForceOn(start.toLocalDate()).orElseThrow());
    ProcessingTime time = p.processingTime();
    LocalDateTime due = s.convention().isPresent()
        ? time.dueFrom(calendar, start, s.convention().get())
        : time.dueFrom(calendar, start);
    b.receivedAt(receivedAt).dueAt(factsInstant(due));
    // Every instant after the receipt is placed k working minutes after it, so that k is the working time
    // (workingTimeBetween(t, plusWorkingTime(t, k)) == k): one calendar call a dossier fewer, on the hot path.
    if (outcome < WITHDRAWN + STOPPED) {
      LocalDateTime end = plus(received, 1 + below(base, 8, minutes(received, due) - 1));
      return (outcome < WITHDRAWN ? b.withdrawnAt(factsInstant(end)) : b.stoppedAt(factsInstant(end))).build();
    }
    outcome -= WITHDRAWN + STOPPED;
    LocalDate dueDay = due.toLocalDate();
    // early: up to the close of the last working day before the due day
    long earlyWindow = received.toLocalDate().equals(dueDay) ? 0 : minutes(received, dueDay.atStartOfDay());
    boolean late = outcome < LATE;
    boolean onTime = !late && (outcome < LATE + ON_TIME || earlyWindow < 1);
    long worked = 0;
    if (onTime) {
      // on the due day, not after the due time: from its first working minute
      long total = minutes(received, due);
      late = total <= earlyWindow;
      worked = late ? 0 : earlyWindow + 1 + below(base, 10, total - earlyWindow);
    } else if (!late) {
      worked = 1 + below(base, 10, earlyWindow);
    }
    LocalDateTime resolved;
    Duration workingTime;
    if (late) {
      LocalDate lateDay = calendar.plusWorkingDays(dueDay, 1 + (int) below(base, 9, 5));
      WorkingPeriods hours = calendar.workingPeriods(lateDay);
      resolved = atWorkingMinute(lateDay, hours, below(base, 10, hours.workingTime().toMinutes()));
      workingTime = calendar.workingTimeBetween(received, resolved);
    } else {
      resolved = plus(received, worked);
      workingTime = Duration.ofMinutes(worked);
    }
    return b.resolvedAt(factsInstant(resolved), Timeliness.of(resolved, due))
        .workingTimeToResolve(workingTime)
        .build();
  }

  private LocalDateTime plus(LocalDateTime t, long workingMinutes) {
    return calendar.plusWorkingTime(t, Duration.ofMinutes(workingMinutes));
  }

  private long minutes(LocalDateTime from, LocalDateTime to) {
    return calendar.workingTimeBetween(from, to).toMinutes();
  }

  private static long mix(long base, int k) {
    // SplitMix64's finaliser over a per-(dossier, draw) counter: stateless, so any index in any order.
    long z = base + k * GOLDEN;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static double uniform(long base, int k) {
    return (mix(base, k) >>> 11) * 0x1.0p-53;
  }

  private static long below(long base, int k, long bound) {
    return bound <= 0 ? 0 : Math.floorMod(mix(base, k), bound);
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
        // Decree 118 Art 17(2)(c): received within 8 working hours of the system's receipt; less than 8
        // wall-clock hours is less than 8 working hours. Under Decree 61 there was no such limit.
        boolean decree118 = regulation.instrumentAt(receipt).orElseThrow() == LegalInstrument.DECREE_118_2025;
        Instant submitted = receipt.minus(Duration.ofMinutes(120 + rnd.nextInt(decree118 ? 300 : 3000)));
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
        LegalInstrument instrument = regulation.instrumentAt(receipt).orElseThrow();
        if (instrument == LegalInstrument.DECREE_118_2025 && rnd.nextDouble() < 0.25) {
          // The supplement never comes: closed once the limit after the notice has passed (Art 19(5)).
          DeadlineCalculator d = DeadlineCalculator.of(calendar, instrument, s);
          Instant from = instant(d.due(d.supplementWaitLimit(p), local(request)));
          events.add(new DossierEvent.Closed(from.plus(Duration.ofMinutes(rnd.nextInt(3 * 1440))), DESK,
              "Quá thời hạn không bổ sung, hoàn thiện hồ sơ"));
          return List.copyOf(events);
        }
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
        Instant lateResolve = (last.isAfter(due) ? last : due).plus(Duration.ofMinutes(1 + rnd.nextInt(5 * 1440)));
        // A late dossier has had its apology and new appointment before the due date-time (Decree 61 Art
        // 19(9), Decree 118 Art 19(6)): it is late only where an apology fits, else resolved on the due day.
        if (last.isAfter(due)) {
          // Past the due date-time already, with no apology possible: left in progress, not resolved late.
          return List.copyOf(events);
        }
        if (!last.isAfter(apologyBy)) {
          events.add(new DossierEvent.Rescheduled(between(last, apologyBy), agencyOfficer,
              lateResolve.plus(Duration.ofDays(1)), "Cần xác minh thực địa"));
          resolve = lateResolve;
          late = true;
        } else {
          // Too late for an apology and not yet due: resolved on time instead.
          resolve = between(last, due);
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

  /** The instant of a local date-time of the facts: they start on the first day, so the fixed offset is exact. */
  private Instant factsInstant(LocalDateTime local) {
    return fixedOffset == null ? instant(local) : local.toInstant(fixedOffset);
  }

  private LocalDateTime local(Instant at) {
    return LocalDateTime.ofInstant(at, calendar.zone());
  }

  private Instant instant(LocalDateTime local) {
    return local.atZone(calendar.zone()).toInstant();
  }

  /**
   * The offset of the calendar's zone from the first day on, if it never changes again (Asia/Ho_Chi_Minh has kept
   * +07:00 since 1975): converting with it skips the zone rules' search, the largest cost of a dossier's facts.
   */
  private static @Nullable ZoneOffset fixedOffsetFrom(ZoneId zone, LocalDate firstDay) {
    ZoneRules rules = zone.getRules();
    Instant from = firstDay.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return rules.nextTransition(from) == null ? rules.getOffset(from) : null;
  }

  /** The date-time {@code minute} working minutes into a working day's periods, inside a period. */
  private static LocalDateTime atWorkingMinute(LocalDate day, WorkingPeriods periods, long minute) {
    long left = minute;
    for (int i = 0; i < periods.size(); i++) {
      long length = (periods.end(i).toSecondOfDay() - periods.start(i).toSecondOfDay()) / 60;
      if (left < length) {
        return day.atTime(periods.start(i).plusMinutes(left));
      }
      left -= length;
    }
    return day.atTime(periods.close());
  }

  @Override
  public String toString() {
    return "SyntheticDossiers{seed " + seed + ", from " + firstDay + ", " + dossiersPerWorkingDay + " a day"
        + (unknownFieldShare > 0 ? ", " + unknownFieldShare + " without field" : "") + "}";
  }
}
