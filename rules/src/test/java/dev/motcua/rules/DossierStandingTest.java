package dev.motcua.rules;

import static dev.motcua.rules.DossierDeadlinesTest.LAND_OFFICE;
import static dev.motcua.rules.DossierDeadlinesTest.REG;
import static dev.motcua.rules.DossierDeadlinesTest.received;
import static dev.motcua.rules.DossierDeadlinesTest.supplemented;
import static dev.motcua.rules.History.counter;
import static dev.motcua.rules.History.submitted;
import static dev.motcua.rules.History.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.deadline.DossierStanding;
import dev.motcua.rules.deadline.Timeliness;
import dev.motcua.rules.json.RegulationJson;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a validation says about each dossier: status, current due, timeliness, working time, warnings. */
class DossierStandingTest {

  private static DossierStanding standing(History h) {
    return REG.standing(REG.validate(h.events()));
  }

  private static List<DossierStanding.Warning> codes(DossierStanding s) {
    return s.warnings().stream().map(DossierStanding.Message::code).toList();
  }

  @Test
  void standing_resolvedAfterRestart_dueIsTheRestartedOneAndTimelinessIsJudged() {
    // S.DD.01, 10 working days, supplemented back MON_2026_03_02 09:00: restarted due 16/03/2026 17:00
    // (DossierDeadlinesTest); resolved FRI_2026_03_13 16:00, before the due day → early
    DossierStanding s = standing(supplemented().approved("2026-03-13T16:00"));
    assertEquals(Optional.of(DossierStatus.RESOLVED), s.status());
    assertEquals(Optional.of(vn("2026-03-16T17:00")), s.due());
    assertEquals(Optional.of(OffsetDateTime.parse("2026-03-16T17:00+07:00")), s.dueWithOffset());
    assertEquals(Optional.of(Timeliness.EARLY), s.timeliness());
    // used: 2/3 09:00–17:00 (6 h) + 3–6/3 (32 h) + 9–12/3 (32 h) + 13/3 07:00–16:00 (7 h) = 77 h; left 13/3 1 h + 16/3 8 h
    assertEquals(Optional.of(Duration.ofHours(77)), s.workingTimeUsed());
    assertEquals(Optional.of(Duration.ofHours(9)), s.workingTimeLeft());
    assertEquals(Optional.of(vn("2026-03-13T16:00")), s.asOf());
    assertEquals(List.of(), s.warnings());
  }

  @Test
  void standing_rescheduled_dueIsTheNewAppointmentButTimelinessKeepsThePeriod() {
    // due 05/03/2026 17:00; apology on 03/03 with a new appointment 10/03 17:00 (Art 19(9)); resolved 09/03: late
    // against the period's due, whatever the new appointment says (DESIGN §6 [inferred])
    History h = received().rescheduled("2026-03-03T09:00", "2026-03-10T17:00");
    DossierStanding open = standing(h);
    assertEquals(Optional.of(vn("2026-03-10T17:00")), open.due());
    assertEquals(vn("2026-03-05T17:00"), open.deadlines().orElseThrow().due());
    assertEquals(Optional.empty(), open.timeliness());
    assertEquals(List.of(DossierStanding.Warning.AS_OF_LAST_EVENT), codes(open));
    DossierStanding done = standing(h.approved("2026-03-09T09:00"));
    assertEquals(Optional.of(Timeliness.LATE), done.timeliness());
    assertEquals(Optional.of(Duration.ofHours(-10)), done.workingTimeLeft());
  }

  @Test
  void standing_rescheduleBeforeRestart_restartedDueWins() {
    // the apology's appointment belongs to the period that the complete supplement restarted
    History h = received().rescheduled("2026-02-13T09:00", "2026-03-09T17:00")
        .supplementRequested("2026-02-13T10:00", LAND_OFFICE).supplemented("2026-03-02T09:00");
    assertEquals(Optional.of(vn("2026-03-16T17:00")), standing(h).due());
  }

  @Test
  void standing_notReceived_noDueAndAWarning() {
    DossierStanding s = standing(submitted("S.DD.01", "2026-02-12T08:00"));
    assertEquals(Optional.of(DossierStatus.SUBMITTED), s.status());
    assertEquals(Optional.empty(), s.due());
    assertEquals(Optional.empty(), s.timeliness());
    assertEquals(Optional.empty(), s.workingTimeUsed());
    assertEquals(List.of(DossierStanding.Warning.NOT_RECEIVED), codes(s));
  }

  @Test
  void standing_unknownProcedure_receivedWithAWarning() {
    // UNKNOWN_PROCEDURE is reported once and the receipt applied (issue 11 §4): the status is known, the due
    // date-time is not.
    Replay r = REG.validate(counter("NOPE", "2026-02-12T08:00", "2026-03-05T17:00").events());
    DossierStanding s = REG.standing(r);
    assertEquals(Optional.of(DossierStatus.RECEIVED), s.status());
    assertEquals(Optional.empty(), s.due());
    assertEquals(List.of(DossierStanding.Warning.UNKNOWN_PROCEDURE), codes(s));
  }

  @Test
  void standing_procedureMissingFromAnotherCatalogue_isAWarningNotAnException() {
    Regulation other = Regulation.vietnam(dev.motcua.rules.procedure.ProcedureCatalogue.of(List.of()));
    Replay r = REG.validate(received().events());
    DossierStanding s = other.standing(r);
    assertEquals(List.of(DossierStanding.Warning.UNKNOWN_PROCEDURE), codes(s));
    assertTrue(s.warnings().get(0).message().contains("\"S.DD.01\""), s.warnings().toString());
  }

  @Test
  void toJson_withRegulation_addsTheStandingFields() {
    String json = RegulationJson.toJson(REG, REG.validate(supplemented().approved("2026-03-13T16:00").events()));
    assertTrue(json.contains("\"status\":\"RESOLVED\",\"due\":\"2026-03-16T17:00:00+07:00\",\"timeliness\":\"EARLY\","
        + "\"workingTimeUsed\":\"PT77H\",\"workingTimeLeft\":\"PT9H\",\"warnings\":[]"), json);
    String open = RegulationJson.toJson(REG, REG.validate(submitted("S.DD.01", "2026-02-12T08:00").events()));
    assertTrue(open.contains("\"due\":null,\"timeliness\":null"), open);
    assertTrue(open.contains("\"code\":\"NOT_RECEIVED\""), open);
  }
}
