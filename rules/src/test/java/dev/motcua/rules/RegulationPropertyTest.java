package dev.motcua.rules;

import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.testing.SampleCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.calendar.ProcessingTime;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.core.lifecycle.ViolationCode;
import dev.motcua.rules.testing.SyntheticDossiers;
import dev.motcua.testkit.Property;
import dev.motcua.testkit.Shrink;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the regulation on seeded synthetic histories (DESIGN §9): generated histories validate clean;
 * each single mutation that breaks one rule is reported with exactly that rule's code; results do not
 * depend on the order of rules or on the JVM's default time zone. Seeded by the project's harness
 * ({@link Property}: fixed by default, {@code -Dmotcua.seed=N} or {@code =random} on request); a failure names the
 * seed, the index and the shortest failing prefix.
 */
class RegulationPropertyTest {
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());
  static final WorkingCalendar CAL = REG.calendar();

  static Stream<Arguments> data_firstDays() {
    return Stream.of(
        Arguments.of(LocalDate.of(2018, 6, 21)), // Decree 61/2018/NĐ-CP takes effect
        Arguments.of(LocalDate.of(2020, 12, 14)), // across New Year and Tết 2021
        Arguments.of(LocalDate.of(2025, 4, 14)), // 2025 swap: Sat 26/4 worked for Fri 2/5; Decree 118 from 1/7
        Arguments.of(LocalDate.of(2026, 2, 2)), // Tết 2026: Mon 16/2–Fri 20/2
        Arguments.of(LocalDate.of(2026, 8, 10))); // 2026: Sat 22/8 worked, 31/8–2/9 off
  }

  @ParameterizedTest
  @MethodSource("data_firstDays")
  void generated_validatesClean(LocalDate firstDay) {
    // the trial is the history's index; a failure shows its shortest failing prefix
    Property.forEach("generated_validatesClean " + firstDay,
            seed -> SyntheticDossiers.of(REG, seed, firstDay).withDossiersPerWorkingDay(20).histories(600))
        .shrinking(Shrink.prefixes())
        .verify(h -> {
          Replay r = REG.validate(h);
          assertTrue(r.isValid(), r.violations()::toString);
        });
  }

  // ---------------------------------------------------------------- mutations

  interface Mutation {
    /** Returns the mutated history, or empty if the mutation does not apply to this history. */
    Optional<List<DossierEvent>> apply(List<DossierEvent> h);
  }

  static int indexOf(List<DossierEvent> h, Class<?> type) {
    for (int i = 0; i < h.size(); i++) {
      if (type.isInstance(h.get(i))) {
        return i;
      }
    }
    return -1;
  }

  static LocalDateTime local(Instant at) {
    return LocalDateTime.ofInstant(at, CAL.zone());
  }

  static Instant instant(LocalDateTime t) {
    return t.atZone(CAL.zone()).toInstant();
  }

  static boolean fitsBeforeNext(List<DossierEvent> h, int i, Instant at) {
    return i + 1 >= h.size() || !at.isAfter(h.get(i + 1).at());
  }

  static List<DossierEvent> with(List<DossierEvent> h, int i, DossierEvent e, boolean insert) {
    List<DossierEvent> out = new ArrayList<>(h);
    if (insert) {
      out.add(i, e);
    } else {
      out.set(i, e);
    }
    return out;
  }

  static Instant due(List<DossierEvent> prefix) {
    return REG.deadlines(REG.validate(prefix).orElseThrow(), prefix.get(prefix.size() - 1).at()).due();
  }

  static final Map<RegulationCode, Mutation> MUTATIONS = new TreeMap<>();

  static {
    // A second return at intake just before the receipt (Art 15(3), 17(2)(a)).
    MUTATIONS.put(RegulationCode.INTAKE_NOTICE_REPEATED, h -> {
      int i = indexOf(h, DossierEvent.Resubmitted.class);
      return i < 0 ? Optional.empty() : Optional.of(with(h, i + 1, new DossierEvent.ReturnedAtIntake(
          h.get(i).at(), History.OFFICER, List.of("Ảnh"), "Thiếu ảnh"), true));
    });
    // A second request by the same agency right when the supplement comes back (Art 19(4)).
    MUTATIONS.put(RegulationCode.SUPPLEMENT_REQUEST_REPEATED, h -> {
      int i = indexOf(h, DossierEvent.Supplemented.class);
      if (i < 0) {
        return Optional.empty();
      }
      DossierEvent.SupplementRequested first = (DossierEvent.SupplementRequested) h.get(i - 1);
      return Optional.of(with(h, i + 1, new DossierEvent.SupplementRequested(h.get(i).at(), History.OFFICER,
          first.requestingUnit(), List.of("Ảnh"), "Thiếu ảnh"), true));
    });
    // The request a minute after 3 working days from the agency's receipt (the transfer).
    MUTATIONS.put(RegulationCode.SUPPLEMENT_NOTICE_LATE, h -> {
      int i = indexOf(h, DossierEvent.SupplementRequested.class);
      if (i < 0 || indexOf(h, DossierEvent.Closed.class) >= 0) {
        return Optional.empty();
      }
      DossierEvent.SupplementRequested r = (DossierEvent.SupplementRequested) h.get(i);
      Instant transfer = h.get(indexOf(h, DossierEvent.Transferred.class)).at();
      Instant late = instant(ProcessingTime.workingDays(3).dueFrom(CAL, local(transfer))).plusSeconds(60);
      return fitsBeforeNext(h, i, late) ? Optional.of(with(h, i, new DossierEvent.SupplementRequested(late,
          r.actor(), r.requestingUnit(), r.missingItems(), r.reason()), false)) : Optional.empty();
    });
    // The first transfer a minute after its deadline (Art 18(2)), modelled independently here: same day up to
    // 15:00 inside the hours, else by 11:00 of the next working day.
    MUTATIONS.put(RegulationCode.TRANSFER_LATE, h -> {
      int i = indexOf(h, DossierEvent.Transferred.class);
      if (i < 0) {
        return Optional.empty();
      }
      LocalDateTime r = local(h.get(i - 1).at());
      boolean sameDay = CAL.isWorkingDay(r.toLocalDate()) && CAL.isReceptionOpen(r, false)
          && !r.toLocalTime().isAfter(java.time.LocalTime.of(15, 0));
      LocalDateTime deadline = sameDay ? CAL.closeOfBusiness(r.toLocalDate())
          : CAL.nextWorkingDay(r.toLocalDate()).atTime(11, 0);
      DossierEvent.Transferred t = (DossierEvent.Transferred) h.get(i);
      Instant late = instant(deadline).plusSeconds(60);
      return fitsBeforeNext(h, i, late) ? Optional.of(with(h, i, new DossierEvent.Transferred(late, t.actor(),
          t.fromUnit(), t.toUnit()), false)) : Optional.empty();
    });
    // The receipt writes an appointment an hour later than the due date-time (Art 17(1)(c)).
    MUTATIONS.put(RegulationCode.APPOINTMENT_MISMATCH, h -> {
      int i = indexOf(h, DossierEvent.Received.class);
      if (i < 0) {
        return Optional.empty();
      }
      DossierEvent.Received r = (DossierEvent.Received) h.get(i);
      return Optional.of(with(h, i, new DossierEvent.Received(r.at(), r.actor(), r.filing(), r.code(),
          Optional.of(r.appointment().orElseThrow().plusSeconds(3600))), false));
    });
    // A counter receipt moved to 06:30 the same day, before opening; only for working-day and calendar-day
    // procedures received by 15:00, whose due date-time and transfer deadline do not move.
    MUTATIONS.put(RegulationCode.RECEIPT_OUTSIDE_RECEPTION_HOURS, h -> {
      if (!(h.get(0) instanceof DossierEvent.Received r) || r.filing().orElseThrow().channel() != Channel.COUNTER) {
        return Optional.empty();
      }
      Procedure p = REG.catalogue().find(r.filing().orElseThrow().procedureCode()).orElseThrow();
      ProcessingTime.Kind unit = p.processingTime().kind();
      LocalDateTime t = local(r.at());
      if (unit != ProcessingTime.Kind.WORKING_DAYS && unit != ProcessingTime.Kind.CALENDAR_DAYS
          || t.getHour() >= 15) {
        return Optional.empty();
      }
      return Optional.of(with(h, 0, new DossierEvent.Received(instant(t.toLocalDate().atTime(6, 30)), r.actor(),
          r.filing(), r.code(), r.appointment()), false));
    });
    // The apology repeated at the same instant (Art 19(9)).
    MUTATIONS.put(RegulationCode.RESCHEDULE_REPEATED, h -> {
      int i = indexOf(h, DossierEvent.Rescheduled.class);
      if (i < 0) {
        return Optional.empty();
      }
      DossierEvent.Rescheduled r = (DossierEvent.Rescheduled) h.get(i);
      return Optional.of(with(h, i + 1, new DossierEvent.Rescheduled(r.at(), r.actor(),
          r.newAppointment().plus(Duration.ofDays(1)), r.reason()), true));
    });
    // The apology's new appointment equal to the receipt's.
    MUTATIONS.put(RegulationCode.RESCHEDULE_NOT_LATER, h -> {
      int i = indexOf(h, DossierEvent.Rescheduled.class);
      if (i < 0) {
        return Optional.empty();
      }
      DossierEvent.Rescheduled r = (DossierEvent.Rescheduled) h.get(i);
      Instant current = ((DossierEvent.Received) h.get(indexOf(h, DossierEvent.Received.class)))
          .appointment().orElseThrow();
      return current.isAfter(r.at()) ? Optional.of(with(h, i, new DossierEvent.Rescheduled(r.at(), r.actor(),
          current, r.reason()), false)) : Optional.empty();
    });
    // A late dossier's apology moved to a minute before the due date-time: before it (so not overdue without
    // apology), but not 1 day before it (Decree 61 Art 19(9), Decree 118 Art 19(6)).
    MUTATIONS.put(RegulationCode.RESCHEDULE_LATE, h -> {
      int i = indexOf(h, DossierEvent.Rescheduled.class);
      int j = indexOf(h, DossierEvent.Resolved.class);
      if (i < 0 || j < 0) {
        return Optional.empty();
      }
      Instant due = due(h.subList(0, i));
      Instant at = due.minusSeconds(60);
      DossierEvent.Rescheduled r = (DossierEvent.Rescheduled) h.get(i);
      if (at.isBefore(h.get(i - 1).at()) || !fitsBeforeNext(h, i, at)) {
        return Optional.empty();
      }
      return Optional.of(with(h, i, new DossierEvent.Rescheduled(at, r.actor(), r.newAppointment(), r.reason()), false));
    });
    // A late dossier without its apology (Decree 61 Art 19(9), Decree 118 Art 19(6)).
    MUTATIONS.put(RegulationCode.OVERDUE_WITHOUT_APOLOGY, h -> {
      int i = indexOf(h, DossierEvent.Rescheduled.class);
      int j = indexOf(h, DossierEvent.Resolved.class);
      if (i < 0 || j < 0 || !h.get(j).at().isAfter(due(h.subList(0, i)))) {
        return Optional.empty();
      }
      List<DossierEvent> out = new ArrayList<>(h);
      out.remove(i);
      return Optional.of(out);
    });
    // The code dated the day before the receipt (Circular 01/2018 Art 19; Decree 118 Art 28(2)(b)).
    MUTATIONS.put(RegulationCode.DOSSIER_CODE_DATE_MISMATCH, h -> {
      int i = indexOf(h, DossierEvent.Received.class);
      if (i < 0) {
        return Optional.empty();
      }
      DossierEvent.Received r = (DossierEvent.Received) h.get(i);
      dev.motcua.core.dossier.DossierCode c = r.code().orElseThrow();
      return Optional.of(with(h, i, new DossierEvent.Received(r.at(), r.actor(), r.filing(), Optional.of(
          dev.motcua.core.dossier.DossierCode.of(c.agencyId(), c.date().minusDays(1), c.sequence())),
          r.appointment()), false));
    });
    // An online Decree 118 dossier submitted so early that its receipt is past 8 working hours (Art 17(2)(c)).
    MUTATIONS.put(RegulationCode.ONLINE_INTAKE_LATE, h -> {
      if (!(h.get(0) instanceof DossierEvent.Submitted s) || !(h.get(1) instanceof DossierEvent.Received r)
          || REG.instrumentAt(s.at()).orElse(null) != LegalInstrument.DECREE_118_2025) {
        return Optional.empty();
      }
      for (int days = 2; days < 12; days++) {
        Instant early = r.at().minus(Duration.ofDays(days));
        LocalDateTime limit = CAL.plusWorkingTime(CAL.officialReceiptTime(local(early)), Duration.ofHours(8));
        if (local(r.at()).isAfter(limit) && REG.instrumentAt(early).orElse(null) == LegalInstrument.DECREE_118_2025) {
          return Optional.of(with(h, 0, new DossierEvent.Submitted(early, s.actor(), s.filing()), false));
        }
      }
      return Optional.empty();
    });
    // A closing an hour after the supplement notice, long before 15 days (Decree 118 Art 19(5)).
    MUTATIONS.put(RegulationCode.CLOSED_BEFORE_TIME_LIMIT, h -> {
      int i = indexOf(h, DossierEvent.Closed.class);
      if (i < 0) {
        return Optional.empty();
      }
      DossierEvent.Closed c = (DossierEvent.Closed) h.get(i);
      return Optional.of(with(h, i, new DossierEvent.Closed(h.get(i - 1).at().plusSeconds(3600), c.actor(), c.reason()),
          false));
    });
    // A withdrawal right after the decision of a Decree 118 dossier (Art 21(1)).
    MUTATIONS.put(RegulationCode.WITHDRAWAL_AFTER_DECISION, h -> {
      int i = indexOf(h, DossierEvent.Resolved.class);
      if (i < 0 || REG.instrumentAt(h.get(indexOf(h, DossierEvent.Received.class)).at()).orElseThrow()
          != LegalInstrument.DECREE_118_2025) {
        return Optional.empty();
      }
      return Optional.of(with(h, i + 1, new DossierEvent.Withdrawn(h.get(i).at(), History.OFFICER, "Xin rút"), true));
    });
    // The result returned in 2101, after the calendar's range: refused once, naming the range.
    MUTATIONS.put(RegulationCode.EVENT_OUTSIDE_CALENDAR, h -> {
      int i = indexOf(h, DossierEvent.ResultReturned.class);
      if (i < 0) {
        return Optional.empty();
      }
      Instant at = instant(CAL.maxDate().plusDays(1).atTime(9, 0));
      return Optional.of(with(h, i, new DossierEvent.ResultReturned(at, h.get(i).actor()), false));
    });
    // A late approval turned into a denial (Art 19(8)).
    MUTATIONS.put(RegulationCode.DENIAL_LATE, h -> {
      int i = indexOf(h, DossierEvent.Resolved.class);
      if (i < 0 || !h.get(i).at().isAfter(due(h.subList(0, i)))) {
        return Optional.empty();
      }
      DossierEvent.Resolved r = (DossierEvent.Resolved) h.get(i);
      return Optional.of(with(h, i, DossierEvent.Resolved.denied(r.at(), r.actor(), "Không đủ điều kiện"), false));
    });
    // The filing names a procedure outside the catalogue.
    MUTATIONS.put(RegulationCode.UNKNOWN_PROCEDURE, h -> {
      DossierEvent first = h.get(0);
      if (first instanceof DossierEvent.Received r) {
        return Optional.of(with(h, 0, new DossierEvent.Received(r.at(), r.actor(), Optional.of(
            History.filing("X.0", r.filing().orElseThrow().channel())), r.code(), r.appointment()), false));
      }
      if (first instanceof DossierEvent.Submitted s) {
        return Optional.of(with(h, 0, new DossierEvent.Submitted(s.at(), s.actor(),
            History.filing("X.0", Channel.ONLINE)), false));
      }
      return Optional.empty();
    });
  }

  static Stream<Arguments> data_mutations() {
    return MUTATIONS.keySet().stream().map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("data_mutations")
  void mutation_breaksExactlyItsRule(RegulationCode code) {
    Mutation m = MUTATIONS.get(code);
    int[] applied = {0};
    Property.forEach("mutation_breaksExactlyItsRule " + code, seed -> data_firstDays()
            .map(a -> (LocalDate) a.get()[0])
            .flatMap(day -> {
              SyntheticDossiers gen = SyntheticDossiers.of(REG, seed, day).withDossiersPerWorkingDay(20);
              return LongStream.range(0, 300).boxed()
                  .flatMap(i -> m.apply(gen.history(i)).map(h -> new Mutated(day, i, h)).stream());
            }))
        .verify(mutated -> {
          applied[0]++;
          Replay r = REG.validate(mutated.history());
          Set<ViolationCode> regulationCodes = r.violations().stream().map(Violation::code)
              .filter(c -> c instanceof RegulationCode).collect(Collectors.toSet());
          assertTrue(regulationCodes.equals(Set.of(code)) && r.violations().get(0).code().equals(code),
              () -> "mutation " + code + ": got " + r.violations());
        });
    assertTrue(applied[0] >= 20, "mutation " + code + " applied to only " + applied[0] + " histories");
  }

  /** A mutated history, with where it came from. */
  record Mutated(LocalDate firstDay, long index, List<DossierEvent> history) {
    @Override
    public String toString() {
      return "first day " + firstDay + ", index " + index + ", mutated history:\n"
          + history.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
  }

  // ---------------------------------------------------------------- independence

  static List<List<DossierEvent>> mutatedSample(long seed) {
    List<List<DossierEvent>> out = new ArrayList<>();
    SyntheticDossiers gen = SyntheticDossiers.of(REG, seed, LocalDate.of(2026, 2, 2)).withDossiersPerWorkingDay(20);
    List<Mutation> ms = new ArrayList<>(MUTATIONS.values());
    for (int i = 0; i < 200; i++) {
      List<DossierEvent> h = gen.history(i);
      out.add(h);
      ms.get(i % ms.size()).apply(h).ifPresent(out::add);
    }
    return out;
  }

  static List<String> sorted(Replay r) {
    return r.violations().stream().map(v -> v.eventIndex() + " " + v.code() + " " + v.messageEn()).sorted().toList();
  }

  @ParameterizedTest
  @MethodSource("data_firstDays")
  void validation_independentOfRuleOrder(LocalDate ignored) {
    long seed = Property.seed("validation_independentOfRuleOrder " + ignored);
    Random random = new Random(seed);
    List<DossierRule> rules = new ArrayList<>(REG.rules());
    Collections.shuffle(rules, random);
    DossierLifecycle shuffled = DossierLifecycle.standard().withRules(rules);
    for (List<DossierEvent> h : mutatedSample(seed)) {
      assertEquals(sorted(REG.validate(h)), sorted(shuffled.replay(h)), () -> Property.describeSeed() + ", rules " + rules);
    }
  }

  // The regulation's lifecycle asks its framed rules through one RegulationRules: the same violations, in
  // the same order, with the same citations and the same final dossier as the rules asked one by one.
  @ParameterizedTest
  @MethodSource("data_firstDays")
  void validation_sameAsRulesOneByOne(LocalDate ignored) {
    long seed = Property.seed("validation_sameAsRulesOneByOne " + ignored);
    DossierLifecycle oneByOne = REG.lifecycle().withRules(REG.rules());
    for (List<DossierEvent> h : mutatedSample(seed)) {
      Replay grouped = REG.validate(h);
      Replay single = oneByOne.replay(h);
      assertEquals(single.violations(), grouped.violations(), Property::describeSeed);
      assertEquals(single.dossier().map(d -> d.status() + " " + d.eventCount()),
          grouped.dossier().map(d -> d.status() + " " + d.eventCount()), Property::describeSeed);
    }
  }

  @ParameterizedTest
  @MethodSource("data_firstDays")
  void validation_independentOfDefaultZone(LocalDate ignored) {
    long seed = Property.seed("validation_independentOfDefaultZone " + ignored);
    List<List<DossierEvent>> sample = mutatedSample(seed);
    List<List<Violation>> baseline = sample.stream().map(h -> REG.validate(h).violations()).toList();
    TimeZone before = TimeZone.getDefault();
    try {
      for (String zone : List.of("UTC", "Pacific/Kiritimati", "Asia/Ho_Chi_Minh", "America/St_Johns")) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        List<List<Violation>> again = sample.stream().map(h -> REG.validate(h).violations()).toList();
        assertEquals(baseline, again, () -> Property.describeSeed() + ", default zone " + zone);
      }
    } finally {
      TimeZone.setDefault(before);
    }
  }
}
