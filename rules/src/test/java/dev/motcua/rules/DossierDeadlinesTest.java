package dev.motcua.rules;

import dev.motcua.rules.deadline.DossierDeadlines;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.testing.SampleCatalogue;
import static dev.motcua.rules.History.counter;
import static dev.motcua.rules.History.submitted;
import static dev.motcua.rules.History.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.rules.deadline.Timeliness;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Deadlines of dossiers: restart after a supplement (Art 19(4)), timeliness (DESIGN §6), reschedules. */
class DossierDeadlinesTest {
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());
  static final String LAND_OFFICE = "000.00.20.H05";

  /** S.DD.01 (10 working days) received THU_2026_02_12 08:00, due 05/03/2026 17:00 (Tết 16–20/2 skipped). */
  static History received() {
    return counter("S.DD.01", "2026-02-12T08:00", "2026-03-05T17:00").transfer("2026-02-12T10:00", LAND_OFFICE);
  }

  /** The same, supplement requested 13/02 and back complete MON_2026_03_02 09:00. */
  static History supplemented() {
    return received().supplementRequested("2026-02-13T10:00", LAND_OFFICE).supplemented("2026-03-02T09:00");
  }

  static Dossier dossier(History h) {
    return REG.validate(h.events()).orElseThrow();
  }

  @Test
  void deadlines_noSupplement_dueIsTheAppointment() {
    DossierDeadlines d = REG.deadlines(dossier(received()), vn("2026-03-05T16:00"));
    assertEquals(vn("2026-03-05T17:00"), d.due());
    assertEquals(LocalDateTime.parse("2026-03-05T17:00"), d.dueLocal());
    assertEquals(vn("2026-02-12T08:00"), d.periodStart());
    assertFalse(d.isRestarted());
    assertEquals(Duration.ofHours(1), d.workingTimeLeft());
    assertFalse(d.isOverdue());
    assertEquals(LegalInstrument.DECREE_118_2025, d.instrument());
    // After 17:00 on the due day it is overdue; working time left is negative.
    DossierDeadlines late = REG.deadlines(dossier(received()), vn("2026-03-06T08:00"));
    assertTrue(late.isOverdue());
    assertEquals(Duration.ofHours(-1), late.workingTimeLeft());
  }

  @Test
  void deadlines_supplemented_periodRestartsFromZero() {
    // Art 19(4): "thời gian giải quyết được tính lại từ đầu" once the complete dossier comes back.
    // Supplemented MON_2026_03_02 09:00 + 10 working days: 3–6/3 (4), 9–13/3 (9), 16/3 (10) → 16/03 17:00.
    DossierDeadlines d = REG.deadlines(dossier(supplemented()), vn("2026-03-10T09:00"));
    assertTrue(d.isRestarted());
    assertEquals(vn("2026-03-02T09:00"), d.periodStart());
    assertEquals(vn("2026-03-16T17:00"), d.due());
    assertEquals(Optional.of(vn("2026-03-05T17:00")), d.appointment());
    // Used: 2/3 09:00–17:00 (6 h), 3–6/3 (32 h), 9/3 (8 h), 10/3 07:00–09:00 (2 h) = 48 h.
    assertEquals(Duration.ofHours(48), d.workingTimeUsed());
    // Left: 10/3 09:00–17:00 (6 h), 11–13/3 (24 h), 16/3 (8 h) = 38 h.
    assertEquals(Duration.ofHours(38), d.workingTimeLeft());
    assertFalse(d.isOverdue());
    assertEquals(Optional.empty(), d.timeliness());
  }

  @Test
  void timeliness_earlyOnTimeLate() {
    // Restarted due 16/03/2026 17:00: before the due day → early; on it until 17:00 → on time; after → late.
    assertEquals(Optional.of(Timeliness.EARLY),
        REG.deadlines(dossier(supplemented().approved("2026-03-13T16:00")), vn("2026-04-01T00:00")).timeliness());
    assertEquals(Optional.of(Timeliness.ON_TIME),
        REG.deadlines(dossier(supplemented().approved("2026-03-16T07:00")), vn("2026-04-01T00:00")).timeliness());
    assertEquals(Optional.of(Timeliness.ON_TIME),
        REG.deadlines(dossier(supplemented().approved("2026-03-16T17:00")), vn("2026-04-01T00:00")).timeliness());
    DossierDeadlines late =
        REG.deadlines(dossier(supplemented().approved("2026-03-17T08:00")), vn("2026-04-01T00:00"));
    assertEquals(Optional.of(Timeliness.LATE), late.timeliness());
    assertFalse(late.isOverdue());
    assertEquals(Duration.ofHours(-1), late.workingTimeLeft());
  }

  @Test
  void timeliness_rescheduleNeverMakesLateOnTime() {
    // Apology 04/03 with a new appointment 10/03/2026 17:00; resolved 09/03 — before the new appointment but
    // after the due date-time 05/03/2026 17:00: late (DESIGN §6).
    Dossier d = dossier(received().rescheduled("2026-03-04T10:00", "2026-03-10T17:00").approved("2026-03-09T10:00"));
    DossierDeadlines dl = REG.deadlines(d, vn("2026-03-09T12:00"));
    assertEquals(Optional.of(Timeliness.LATE), dl.timeliness());
    assertEquals(Optional.of(vn("2026-03-10T17:00")), dl.rescheduledAppointment());
    assertEquals(vn("2026-03-05T17:00"), dl.due());
  }

  @Test
  void deadlines_beforeReceiptOrUnknownProcedure_rejected() {
    Dossier notReceived = REG.validate(submitted("S.KD.01", "2026-03-07T20:00").events()).orElseThrow();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> REG.deadlines(notReceived, vn("2026-03-09T08:00")));
    assertTrue(e.getMessage().contains("has not been received"), e.getMessage());
    Dossier unknown = dev.motcua.core.lifecycle.DossierLifecycle.standard()
        .replay(counter("X.1", "2026-03-09T09:00", "2026-03-12T17:00").events()).orElseThrow();
    e = assertThrows(IllegalArgumentException.class, () -> REG.deadlines(unknown, vn("2026-03-09T10:00")));
    assertTrue(e.getMessage().contains("X.1"), e.getMessage());
  }

  @Test
  void dueAt_isTheAppointmentToWrite() {
    // S.KD.01 received FRI_2026_02_13 09:00 → 25/02/2026 17:00 (Tết 2026).
    assertEquals(vn("2026-02-25T17:00"), REG.dueAt("S.KD.01", vn("2026-02-13T09:00")));
  }
}
