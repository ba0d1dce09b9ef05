package dev.motcua.rules.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.calendar.WorkingPeriods;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.report.DossierFacts;
import dev.motcua.rules.deadline.Timeliness;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticDossiersTest {

  static final Regulation REG = Regulation.vietnam(SampleCatalogue.synthetic(8, 12, 60));
  static final WorkingCalendar CAL = REG.calendar();
  // SAT 03/01/2026; 20 000 dossiers at 200 a working day arrive until late May 2026, across Tết (16–20/2/2026)
  static final SyntheticDossiers GEN = SyntheticDossiers.of(REG, 42, LocalDate.of(2026, 1, 3))
      .withDossiersPerWorkingDay(200);

  static final LocalDate SAT_2026_01_10 = LocalDate.of(2026, 1, 10);

  static LocalDateTime local(Instant t) {
    return LocalDateTime.ofInstant(t, CAL.zone());
  }

  /** Inside a working period of its day, both ends included (a resolution may come at the close). */
  static boolean inWorkingHours(LocalDateTime t) {
    WorkingPeriods periods = CAL.workingPeriods(t.toLocalDate());
    for (int i = 0; i < periods.size(); i++) {
      if (!t.toLocalTime().isBefore(periods.start(i)) && !t.toLocalTime().isAfter(periods.end(i))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void firstDay_saturday_movesToMonday() {
    // SAT 03/01/2026 -> MON 05/01/2026
    assertEquals(LocalDate.of(2026, 1, 5), GEN.firstDay());
    assertEquals(LocalDate.of(2026, 1, 5), GEN.arrivalDay(199));
    assertEquals(LocalDate.of(2026, 1, 6), GEN.arrivalDay(200));
    // the 6th working day is SAT 10/01/2026, a make-up day for FRI 02/01 (Government Office letter
    // 12729/VPCP-KGVX of 25/12/2025): the calendar is the regulation's, not weekends only
    assertEquals(LocalDate.of(2026, 1, 10), GEN.arrivalDay(1000));
    assertEquals(LocalDate.of(2026, 1, 12), GEN.arrivalDay(1200));
  }

  @Test
  void arrivalDay_tet2026_skipsTheHolidays() {
    // Tết 2026: MON 16/02–FRI 20/02 off (the official schedule); the working day after FRI 13/02 is MON 23/02
    LocalDate fri13 = LocalDate.of(2026, 2, 13);
    long index = 200L * CAL.workingDaysBetween(GEN.firstDay(), fri13);
    assertEquals(fri13, GEN.arrivalDay(index));
    assertEquals(LocalDate.of(2026, 2, 23), GEN.arrivalDay(index + 200));
  }

  @Test
  void factsOf_sameSeedAndIndex_equalInAnyOrder() {
    List<DossierFacts> forward = GEN.facts(2_000).collect(Collectors.toList());
    for (int i = 1_999; i >= 0; i -= 7) {
      assertEquals(forward.get(i), GEN.factsOf(i));
    }
    assertEquals(forward, GEN.facts(2_000).parallel().collect(Collectors.toList()));
  }

  @Test
  void facts_20000Dossiers_workingDaysWorkingHoursAndConsistentTimeliness() {
    long[] index = {0};
    GEN.facts(20_000).forEachOrdered(f -> {
      LocalDateTime a = local(f.receivedAt().or(f::refusedAt).orElseThrow());
      assertEquals(GEN.arrivalDay(index[0]++), a.toLocalDate(), f::toString);
      assertTrue(CAL.isWorkingDay(a.toLocalDate()), f::toString);
      // a weekday, or the make-up SAT 10/01/2026 (Government Office letter 12729/VPCP-KGVX)
      assertTrue(a.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() || a.toLocalDate().equals(SAT_2026_01_10),
          f::toString);
      assertTrue(CAL.isReceptionOpen(a, false), f::toString);
      // every procedure of the synthetic catalogue takes working days: due at the close of a working day
      f.dueAt().map(SyntheticDossiersTest::local).ifPresent(due -> {
        assertTrue(CAL.isWorkingDay(due.toLocalDate()), f::toString);
        assertEquals(CAL.closeOfBusiness(due.toLocalDate()), due, f::toString);
      });
      f.resolvedAt().map(SyntheticDossiersTest::local).ifPresent(resolved -> {
        LocalDateTime due = local(f.dueAt().orElseThrow());
        Timeliness expected = resolved.toLocalDate().isBefore(due.toLocalDate()) ? Timeliness.EARLY
            : resolved.isAfter(due) ? Timeliness.LATE : Timeliness.ON_TIME;
        assertEquals(expected, f.timeliness().orElseThrow(), f::toString);
        assertTrue(CAL.isWorkingDay(resolved.toLocalDate()) && inWorkingHours(resolved), f::toString);
        assertTrue(f.workingTimeToResolve().orElseThrow().compareTo(Duration.ZERO) > 0, f::toString);
        assertEquals(CAL.workingTimeBetween(a, resolved), f.workingTimeToResolve().orElseThrow(), f::toString);
      });
      for (Instant end : List.of(f.withdrawnAt(), f.stoppedAt()).stream().flatMap(o -> o.stream()).toList()) {
        assertTrue(end.isAfter(f.receivedAt().orElseThrow()) && CAL.isWorkingDay(local(end).toLocalDate()),
            f::toString);
      }
    });
  }

  @Test
  void facts_20000Dossiers_dueIsTheRegulationsFromTheReceiptOrARestart() {
    List<DossierFacts> facts = GEN.facts(20_000).filter(f -> f.dueAt().isPresent()).toList();
    long fromReceipt = 0;
    for (DossierFacts f : facts) {
      Instant due = REG.dueAt(f.procedureCode().orElseThrow(), f.receivedAt().orElseThrow());
      // a restarted period (after a supplement) ends later than the one from the receipt
      assertTrue(!f.dueAt().orElseThrow().isBefore(due), f::toString);
      fromReceipt += f.dueAt().orElseThrow().equals(due) ? 1 : 0;
    }
    assertEquals(0.92, fromReceipt / (double) facts.size(), 0.01);
  }

  @Test
  void facts_20000Dossiers_sharesNearTheSettings() {
    List<DossierFacts> facts = GEN.facts(20_000).collect(Collectors.toList());
    double online = facts.stream().filter(f -> f.channel() == Channel.ONLINE).count() / 20_000.0;
    double refused = facts.stream().filter(f -> f.refusedAt().isPresent()).count() / 20_000.0;
    double late = facts.stream().filter(f -> f.timeliness().filter(Timeliness.LATE::equals).isPresent())
        .count() / 20_000.0;
    assertEquals(0.45, online, 0.02);
    assertEquals(0.02, refused, 0.005);
    assertEquals(0.04, late, 0.01);
    assertEquals(8, facts.stream().map(DossierFacts::fieldCode).distinct().count());
  }

  @Test
  void withUnknownFieldShare_facts_someWithoutField_historiesUnchanged() {
    SyntheticDossiers unknown = GEN.withUnknownFieldShare(0.1);
    long without = unknown.facts(5_000).filter(f -> f.fieldCode().isEmpty()).count();
    assertEquals(0.1, without / 5_000.0, 0.02);
    assertEquals(GEN.histories(300).toList(), unknown.histories(300).toList());
    assertThrows(IllegalArgumentException.class, () -> GEN.withUnknownFieldShare(1.5));
  }

  @Test
  void history_receipt_onItsArrivalDayOrTheSaturdayAfter() {
    SyntheticDossiers gen = SyntheticDossiers.of(Regulation.vietnam(SampleCatalogue.catalogue()), 3,
        LocalDate.of(2026, 2, 2)).withDossiersPerWorkingDay(20);
    for (int i = 0; i < 1_000; i++) {
      List<DossierEvent> h = gen.history(i);
      assertEquals(h, gen.history(i));
      LocalDate day = gen.arrivalDay(i);
      h.stream().filter(e -> e instanceof DossierEvent.Received).findFirst().ifPresent(r -> {
        LocalDate received = local(r.at()).toLocalDate();
        assertTrue(received.equals(day) || received.equals(day.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)))
            && local(r.at()).toLocalTime().isBefore(LocalTime.of(11, 0)), r::toString);
      });
    }
  }

  @Test
  void of_beforeDecree61_refused() {
    assertThrows(IllegalArgumentException.class,
        () -> SyntheticDossiers.of(REG, 1, LocalDate.of(2018, 6, 20)));
  }
}
