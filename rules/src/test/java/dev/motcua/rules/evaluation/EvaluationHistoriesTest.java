package dev.motcua.rules.evaluation;

import static dev.motcua.rules.History.counter;
import static dev.motcua.rules.History.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Officer;
import dev.motcua.core.dossier.PaymentChannel;
import dev.motcua.rules.History;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.deadline.Timeliness;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.report.Rate;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.testing.SampleCatalogue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Event histories into the evaluation. The period 2026-05 runs 15/04/2026–14/05/2026, cut-off 15/05/2026
 * 00:00 in Vietnam. Calendar facts (Labour Code 2019 Art 112, Art 111(3)): Mon 27/4/2026 compensatory day
 * off for Hùng Kings on Sun 26/4, Thu 30/4 and Fri 1/5/2026 off.
 */
class EvaluationHistoriesTest {
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());
  static final ReportPeriod MAY = ReportPeriod.parse("2026-05");
  static final String KD_AGENCY = "000.00.31.H05";
  static final String OTHER = "000.00.99.H05";
  static final Officer RESOLVER = new Officer("cb-009", "Lê Văn C", KD_AGENCY);

  static EvaluationFacts facts(List<DossierEvent> history) {
    return EvaluationHistories.read(REG, history, MAY.atZone(History.VN).end(), DossierAttributes.none())
        .facts().orElseThrow();
  }

  @Test
  void read_supplementAnswered_resolutionTimeNetOfApplicantTime() {
    // S.KD.01 (3 working days): received TUE 05/05 08:00, appointment FRI 08/05 17:00; supplement requested
    // WED 06/05 08:00, complete THU 07/05 08:00; resolved FRI 08/05 16:00. Working periods 07–11 and 13–17
    // (Bạc Liêu 221/QĐ-UBND Art 5): 05/05 08:00 → 08/05 16:00 = 7 + 8 + 8 + 7 h = 30 h; the applicant's time
    // 06/05 08:00 → 07/05 08:00 = 7 + 1 h = 8 h; net 22 h.
    List<DossierEvent> h = counter("S.KD.01", "2026-05-05T08:00", "2026-05-08T17:00")
        .transfer("2026-05-05T09:00", KD_AGENCY).supplementRequested("2026-05-06T08:00", KD_AGENCY)
        .supplemented("2026-05-07T08:00").approved("2026-05-08T16:00").events();
    EvaluationFacts f = facts(h);
    assertEquals(Optional.of(Duration.ofHours(22)), f.resolutionTime());
    assertEquals(Optional.of(ResolutionUnit.WORKING_DAYS), f.resolutionUnit());
    assertEquals(List.of(new EvaluationFacts.Supplement(vn("2026-05-06T08:00"), Optional.of(vn("2026-05-07T08:00")))),
        f.supplements());
    assertEquals(Optional.of(LegalInstrument.DECREE_118_2025), f.instrument());
    assertEquals(Optional.of("KD"), f.fieldCode());
    assertEquals(Optional.of("cb-001"), f.officerId()); // History.OFFICER resolved it
    assertEquals(vn("2026-05-08T17:00"), f.appointment());
  }

  @Test
  void collect_repeatedSupplementBySameAgency_countedLateNotDropped() {
    List<List<DossierEvent>> hs = new ArrayList<>();
    // refused by the report (Art 11(2)(c): once per agency), but the portal counts it: late.
    hs.add(counter("S.KD.01", "2026-05-06T09:00", "2026-05-11T17:00").transfer("2026-05-06T10:00", KD_AGENCY)
        .supplementRequested("2026-05-06T11:00", KD_AGENCY).supplemented("2026-05-07T09:00")
        .supplementRequested("2026-05-07T10:00", KD_AGENCY).supplemented("2026-05-07T11:00")
        .approved("2026-05-08T10:00").events());
    // two agencies once each, valid everywhere: late too.
    hs.add(counter("S.KD.01", "2026-05-06T09:00", "2026-05-11T17:00").transfer("2026-05-06T10:00", KD_AGENCY)
        .supplementRequested("2026-05-06T11:00", KD_AGENCY).supplemented("2026-05-07T09:00")
        .transfer("2026-05-07T10:00", OTHER).supplementRequested("2026-05-07T11:00", OTHER)
        .supplemented("2026-05-07T14:00").approved("2026-05-08T10:00").events());
    // one supplement, resolved in time: on time.
    hs.add(counter("S.KD.01", "2026-05-06T09:00", "2026-05-11T17:00").transfer("2026-05-06T10:00", KD_AGENCY)
        .supplementRequested("2026-05-06T11:00", KD_AGENCY).supplemented("2026-05-07T09:00")
        .approved("2026-05-08T10:00").events());
    Evaluation e = hs.stream().collect(EvaluationHistories.collector(REG, MAY, EvaluationGrouping.BY_FIELD,
        EvaluationSettings.defaults()));
    assertEquals(Optional.of(Rate.of(1, 3)), e.total().indicator(Indicator.I766_2_1).rate());
    assertTrue(e.warnings().stream().noneMatch(w -> w.contains("failed validation")), e.warnings().toString());
    // Decree 118 dossiers: not scored by Circular 01/2018 unless asked
    assertEquals(3, e.total().circular01().outOfScope());
    Evaluation asked = hs.stream().collect(EvaluationHistories.collector(REG, MAY, EvaluationGrouping.BY_FIELD,
        EvaluationSettings.defaults().withCircular01ForLaterInstruments(true)));
    // index 3: 2 + 2 + 1 contacts → 0 + 0 + 1 = 1 → 1/3 = 0.3
    assertEquals(Optional.of(new java.math.BigDecimal("0.3")),
        asked.total().circular01().indices().get(2).value());
  }

  @Test
  void read_paymentChannel_andResolvingOfficer() {
    List<DossierEvent> h = new ArrayList<>(counter("S.KD.01", "2026-05-05T08:00", "2026-05-08T17:00")
        .transfer("2026-05-05T09:00", KD_AGENCY).events());
    h.add(new DossierEvent.PaymentRequested(vn("2026-05-05T10:00"), History.OFFICER, 100_000));
    h.add(new DossierEvent.Paid(vn("2026-05-05T11:00"), History.OFFICER, Optional.of(PaymentChannel.PORTAL)));
    h.add(DossierEvent.Resolved.approved(vn("2026-05-06T10:00"), RESOLVER));
    EvaluationFacts f = facts(h);
    assertEquals(Optional.of(vn("2026-05-05T10:00")), f.feeRequestedAt());
    assertEquals(Optional.of(PaymentChannel.PORTAL), f.paymentChannel());
    assertEquals(Optional.of("cb-009"), f.officerId());
    assertEquals(Optional.of(Timeliness.EARLY), f.timeliness());
    Evaluation e = List.of(h).stream().collect(EvaluationHistories.collector(REG, MAY, EvaluationGrouping.BY_OFFICER,
        EvaluationSettings.defaults()));
    assertEquals(Optional.of(Rate.of(1, 1)), e.row("cb-009").orElseThrow().indicator(Indicator.I766_3_6).rate());
  }

  @Test
  void read_afterCutOffOrRefused_nothing_invalid_warned() {
    assertFalse(EvaluationHistories.read(REG, counter("S.KD.01", "2026-05-20T08:00", "2026-05-25T17:00").events(),
        MAY.atZone(History.VN).end(), DossierAttributes.none()).facts().isPresent());
    // a resolution before the transfer to an agency is not permitted → invalid, warned, not counted
    List<DossierEvent> bad = new ArrayList<>(counter("S.KD.01", "2026-05-05T08:00", "2026-05-08T17:00").events());
    bad.add(new DossierEvent.ResultReturned(vn("2026-05-06T08:00"), History.OFFICER));
    EvaluationReading r = EvaluationHistories.read(REG, bad, MAY.atZone(History.VN).end(), DossierAttributes.none());
    assertFalse(r.isValid());
    Evaluation e = List.of(bad).stream().collect(EvaluationHistories.collector(REG, MAY,
        EvaluationGrouping.BY_FIELD, EvaluationSettings.defaults()));
    assertTrue(e.warnings().get(0).startsWith("1 dossier history failed validation and is not counted"),
        e.warnings().toString());
    assertFalse(e.total().indicator(Indicator.I766_2_1).isComputable());
  }

  @Test
  void collect_withAttributes_flagsReachTheIndicators() {
    List<DossierEvent> h = counter("S.KD.01", "2026-05-05T08:00", "2026-05-08T17:00")
        .transfer("2026-05-05T09:00", KD_AGENCY).approved("2026-05-06T10:00").events();
    Evaluation e = List.of(h).stream().collect(EvaluationHistories.collector(REG, MAY, EvaluationGrouping.BY_FIELD,
        EvaluationSettings.defaults(), x -> DossierAttributes.builder().digitisedComponent(true)
            .citizenDataUsed(false).build()));
    assertEquals(Optional.of(Rate.of(1, 1)), e.total().indicator(Indicator.I766_4_3).rate());
    assertEquals(Optional.of(Rate.of(0, 1)), e.total().indicator(Indicator.I766_4_5).rate());
  }

  @Test
  void read_withdrawnAndStopped_endAtTheirEvent() {
    List<DossierEvent> withdrawn = new ArrayList<>(counter("S.KD.01", "2026-05-05T08:00", "2026-05-08T17:00")
        .transfer("2026-05-05T09:00", KD_AGENCY).events());
    withdrawn.add(new DossierEvent.Withdrawn(vn("2026-05-06T08:00"), History.OFFICER, "Người nộp xin rút"));
    EvaluationFacts w = facts(withdrawn);
    assertEquals(Optional.of(EvaluationFacts.End.WITHDRAWN), w.end());
    assertEquals(Optional.of(vn("2026-05-06T08:00")), w.endedAt());
    assertEquals(Optional.empty(), w.timeliness());
    List<DossierEvent> stopped = new ArrayList<>(counter("S.KD.01", "2026-05-05T08:00", "2026-05-08T17:00")
        .transfer("2026-05-05T09:00", KD_AGENCY).events());
    stopped.add(new DossierEvent.Stopped(vn("2026-05-11T08:00"), History.OFFICER, "Người nộp đề nghị dừng"));
    EvaluationFacts st = facts(stopped);
    assertEquals(Optional.of(EvaluationFacts.End.STOPPED), st.end());
    // withdrawn 06/05 ≤ appointment 08/05 17:00: on time; stopped 11/05 > 08/05 17:00: late (the portal
    // compares every end with the appointment)
    Evaluation e = List.of(withdrawn, stopped).stream().collect(EvaluationHistories.collector(REG, MAY,
        EvaluationGrouping.BY_FIELD, EvaluationSettings.defaults()));
    assertEquals(Optional.of(Rate.of(1, 2)), e.total().indicator(Indicator.I766_2_1).rate());
    assertEquals(0, e.total().circular01().dossiers() + e.total().circular01().outOfScope());
  }

  @Test
  void attributes_emptyStepList_rejected() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> DossierAttributes.builder().stepTimeliness(List.of()));
  }
}
