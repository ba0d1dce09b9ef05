package dev.motcua.rules.report;

import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.rules.instrument.RegulationCode;
import static dev.motcua.rules.History.counter;
import static dev.motcua.rules.History.submitted;
import static dev.motcua.rules.History.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.rules.History;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.deadline.Timeliness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Real dossiers into the report engine: the monthly period 2026-05 runs 15/04/2026–14/05/2026 (Decree
 * 09/2019/NĐ-CP Art 12), cut-off 15/05/2026 00:00 in Vietnam. Calendar facts: Mon 27/4/2026 compensatory
 * day off (Hùng Kings on Sun 26/4), Thu 30/4 and Fri 1/5/2026 off.
 */
class DossierReportsTest {
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());
  static final ReportPeriod MAY = ReportPeriod.parse("2026-05");
  static final String KD_AGENCY = "000.00.31.H05";
  static final String LAND = "000.00.20.H05";
  static final String JUSTICE = "000.00.12.H05";

  static List<List<DossierEvent>> histories() {
    List<List<DossierEvent>> h = new ArrayList<>();
    // D1 KD, carried over: received TUE_2026_04_14 16:59, before the period; 3 working days 15, 16, 17/4 →
    // due 17/04 17:00; after 15:00, so transferred by 15/04 11:00; approved 17/04 16:00 → on time.
    h.add(counter("S.KD.01", "2026-04-14T16:59", "2026-04-17T17:00").transfer("2026-04-15T08:00", KD_AGENCY)
        .approved("2026-04-17T16:00").returned("2026-04-17T16:30").events());
    // D2 KD, new online: received WED_2026_04_15 07:00 → 16, 17, 20/4 → due 20/04 17:00; approved 16/04 → early.
    h.add(submitted("S.KD.01", "2026-04-14T20:00").receive("2026-04-15T07:00", "2026-04-20T17:00")
        .transfer("2026-04-15T09:00", KD_AGENCY).approved("2026-04-16T10:00").events());
    // D3 DD, new counter: received MON_2026_05_04 09:00 → 5–8/5 (4), 11–15/5 (9), 18/5 (10) → due 18/05 17:00;
    // resolved 19/05, after the cut-off: ignored, so in progress within the deadline.
    h.add(counter("S.DD.01", "2026-05-04T09:00", "2026-05-18T17:00").transfer("2026-05-04T10:00", LAND)
        .approved("2026-05-19T10:00").events());
    // D4 DD, overdue despite an apology: received MON_2026_04_20 08:00 → 21–24/4 (4), 27/4 off, 28, 29/4 (6),
    // 30/4, 1/5 off, 4–7/5 (10) → due 07/05 17:00; apology 05/05 (≥ 1 day before) with a new appointment
    // 20/05; unresolved at the cut-off 15/05 > 07/05 17:00 → overdue (a reschedule never helps).
    h.add(counter("S.DD.01", "2026-04-20T08:00", "2026-05-07T17:00").transfer("2026-04-20T09:00", LAND)
        .rescheduled("2026-05-05T10:00", "2026-05-20T17:00").events());
    // D5 TP, late after an apology: received WED_2026_04_15 07:00 → 16, 17 (2), 20–24 (7), 28, 29 (9), 4/5
    // (10) → due 04/05 17:00; apology 29/04, new appointment 08/05; approved 06/05 → late.
    h.add(counter("S.TP.01", "2026-04-15T07:00", "2026-05-04T17:00").transfer("2026-04-15T08:00", JUSTICE)
        .rescheduled("2026-04-29T10:00", "2026-05-08T17:00").approved("2026-05-06T10:00").events());
    // D6 invalid: a second supplement request by the same agency (Art 19(4)) is refused → not counted.
    h.add(counter("S.KD.01", "2026-05-06T09:00", "2026-05-11T17:00").transfer("2026-05-06T10:00", KD_AGENCY)
        .supplementRequested("2026-05-06T11:00", KD_AGENCY).supplemented("2026-05-07T09:00")
        .supplementRequested("2026-05-07T10:00", KD_AGENCY).events());
    // D7 unknown procedure: counted in the UNKNOWN row, judged by its appointment 08/05 → resolved 07/05 early.
    h.add(counter("X.9", "2026-05-05T09:00", "2026-05-08T17:00").transfer("2026-05-05T10:00", LAND).approved("2026-05-07T10:00").events());
    // D8 received FRI_2026_05_15 07:00, at/after the cut-off: not counted.
    h.add(counter("S.KD.01", "2026-05-15T07:00", "2026-05-20T17:00").events());
    // D9 HT, refused at intake SUN_2026_05_10 → MON_2026_05_11 08:00.
    h.add(submitted("S.HT.01", "2026-05-10T20:00").events());
    List<DossierEvent> refused = new ArrayList<>(h.get(h.size() - 1));
    refused.add(new DossierEvent.Refused(vn("2026-05-11T08:00"), History.OFFICER, "Không thuộc thẩm quyền"));
    h.set(h.size() - 1, refused);
    return h;
  }

  static final String EXPECTED_CSV = String.join("\r\n",
      "group,received_total,received_online,received_counter_postal,carried_over,resolved_total,resolved_early,"
          + "resolved_on_time,resolved_late,in_progress_total,in_progress_within_deadline,in_progress_overdue,"
          + "withdrawn,stopped,refused",
      "DD,2,0,2,0,0,0,0,0,2,1,1,0,0,0",
      "HT,0,0,0,0,0,0,0,0,0,0,0,0,0,1",
      "KD,2,1,0,1,2,1,1,0,0,0,0,0,0,0",
      "TP,1,0,1,0,1,0,0,1,0,0,0,0,0,0",
      "UNKNOWN,1,0,1,0,1,1,0,0,0,0,0,0,0,0",
      "TOTAL,6,1,4,1,4,2,1,1,2,1,1,0,0,1",
      "");

  @Test
  void collector_workedExample_everyCell() {
    ProcessingReport report = histories().stream()
        .collect(DossierReports.historyCollector(REG, MAY, ReportGrouping.BY_FIELD));
    assertEquals(EXPECTED_CSV, report.toCsv());
    List<String> warnings = report.warnings().stream().map(ReportWarning::toString).toList();
    assertEquals(List.of(
        "UNKNOWN_GROUP: 1 dossier has no field code; counted in row UNKNOWN",
        "INVALID_HISTORY: 1 dossier history failed validation and is not counted"
            + " (first refusal: SUPPLEMENT_REQUEST_REPEATED 1)"), warnings);
  }

  @Test
  void collector_dossiers_parallelAndShuffled_sameReport() {
    // Dossiers replayed with the standard lifecycle (as a host stores them), later events included.
    List<Dossier> dossiers = new ArrayList<>();
    for (List<DossierEvent> h : histories()) {
      dev.motcua.core.lifecycle.DossierLifecycle.standard().replay(h).dossier().ifPresent(dossiers::add);
    }
    ProcessingReport sequential = dossiers.stream().collect(DossierReports.collector(REG, MAY, ReportGrouping.BY_FIELD));
    Collections.shuffle(dossiers, new java.util.Random(7));
    ProcessingReport parallel =
        dossiers.parallelStream().collect(DossierReports.collector(REG, MAY, ReportGrouping.BY_FIELD));
    assertEquals(sequential, parallel);
    // The standard lifecycle admits D6's second request, so the regulation's replay finds it invalid too.
    assertTrue(sequential.warnings().stream().anyMatch(w -> w.code() == ReportWarning.Code.INVALID_HISTORY));
    assertEquals(EXPECTED_CSV, sequential.toCsv());
  }

  @Test
  void facts_eventsAfterCutOffIgnored() {
    List<DossierEvent> d3 = histories().get(2);
    HistoryReading before = DossierReports.facts(REG, d3, MAY.end());
    assertEquals(Optional.empty(), before.facts().orElseThrow().resolvedAt());
    // With the June period (15/05–14/06) the resolution 19/05 10:00 counts: due 18/05 17:00 → late; working
    // time from receipt 04/05 09:00: 04/05 6 h, 5–8/5 32 h, 11–15/5 40 h, 18/5 8 h, 19/5 3 h = 89 h.
    DossierFacts june = DossierReports.facts(REG, d3, ReportPeriod.parse("2026-06").end()).facts().orElseThrow();
    assertEquals(Optional.of(Timeliness.LATE), june.timeliness());
    assertEquals(Optional.of(Duration.ofHours(89)), june.workingTimeToResolve());
    assertEquals(Optional.of(vn("2026-05-18T17:00")), june.dueAt());
    assertEquals(Optional.of("DD"), june.fieldCode());
    assertEquals(Optional.of(LAND), june.agencyCode());
  }

  @Test
  void facts_invalidHistory_reportedWithItsRefusals() {
    HistoryReading f = DossierReports.facts(REG, histories().get(5), MAY.end());
    assertFalse(f.isValid());
    assertEquals(RegulationCode.SUPPLEMENT_REQUEST_REPEATED, f.refusals().get(0).code());
    assertEquals(Optional.empty(), f.facts());
    // Cut before the second request, the same history is valid and counted.
    assertTrue(DossierReports.facts(REG, histories().get(5), vn("2026-05-07T09:30")).facts().isPresent());
  }

  @Test
  void collector_calendarInAnotherZone_periodInThatZone() {
    // The calendar's zone is the zone of reports: a host in UTC+7 and one whose calendar runs in UTC cut the
    // same days at different instants.
    Regulation utc = Regulation.vietnam(
        dev.motcua.calendar.WorkingCalendars.builder().zone(java.time.ZoneOffset.UTC).build(),
        SampleCatalogue.catalogue());
    ProcessingReport report = histories().stream()
        .collect(DossierReports.historyCollector(utc, MAY, ReportGrouping.BY_FIELD));
    assertEquals(java.time.ZoneOffset.UTC, report.period().zone());
    assertEquals(java.time.Instant.parse("2026-05-15T00:00:00Z"), report.period().end());
    assertEquals(MAY.toString(), report.period().toString());
  }
}
