package dev.motcua.rules.evaluation;

import static dev.motcua.rules.History.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.PaymentChannel;
import dev.motcua.rules.deadline.Timeliness;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.report.Rate;
import dev.motcua.rules.report.ReportPeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples, every number by hand. The period 2025-05 runs 15/04/2025–14/05/2025 (Decree 09/2019/NĐ-CP
 * Art 12), cut-off 15/05/2025 00:00 in Vietnam; Decree 61/2018/NĐ-CP is in force (until 30/6/2025), so
 * Circular 01/2018 scores the resolved dossiers by default. Times are Vietnam local.
 */
class EvaluationTest {
  static final ReportPeriod MAY_2025 = ReportPeriod.parse("2025-05");
  static final EvaluationSettings PORTAL = EvaluationSettings.defaults();
  static final EvaluationSettings Y2022 = PORTAL.withAllocation(PointAllocation.DECISION_766_2022);

  static EvaluationFacts.Builder dossier(String officer, Channel channel, String received, String appointment) {
    return EvaluationFacts.builder().field("G01", "Đất đai").agency("A1", "Sở A").procedure("P1", "Thủ tục 1")
        .officer(officer, "Cán bộ " + officer).channel(channel).receivedAt(vn(received))
        .appointment(vn(appointment)).instrument(LegalInstrument.DECREE_61_2018);
  }

  static Duration workingDays(int n) {
    return Duration.ofHours(8L * n);
  }

  /** The nine dossiers of the worked example (README "Evaluation"), without flags. */
  static List<EvaluationFacts> nine() {
    List<EvaluationFacts> l = new ArrayList<>();
    // A online, resolved 24/04 10:00 before the appointment 25/04 17:00 → on time; early (c01.1 2); no
    // supplement (c01.3 2); 3 working days. Fees requested and paid on the portal → paid online.
    l.add(dossier("O1", Channel.ONLINE, "2025-04-21T08:00", "2025-04-25T17:00")
        .resolvedAt(vn("2025-04-24T10:00"), Timeliness.EARLY).resolutionTime(workingDays(3), ResolutionUnit.WORKING_DAYS)
        .feeRequestedAt(vn("2025-04-21T09:00")).paid(vn("2025-04-22T09:00"), PaymentChannel.PORTAL).build());
    // B counter, resolved exactly at the appointment 28/04 17:00 → on time (equality is on time); on time
    // (c01.1 1); 5 working days. Fees paid at the counter → not online.
    l.add(dossier("O1", Channel.COUNTER, "2025-04-21T08:00", "2025-04-28T17:00")
        .resolvedAt(vn("2025-04-28T17:00"), Timeliness.ON_TIME).resolutionTime(workingDays(5), ResolutionUnit.WORKING_DAYS)
        .feeRequestedAt(vn("2025-04-21T09:00")).paid(vn("2025-04-22T09:00"), PaymentChannel.COUNTER).build());
    // C counter, one supplement 23/04 08:00 → 25/04 08:00 (48 h of the applicant's time); resolved 01/05
    // 10:00, 01/05 10:00 − 48 h = 29/04 10:00 ≤ appointment 29/04 17:00 → on time (without the deduction it
    // would be late); c01.1 1 (on time after the restart), c01.3 1 (one contact); 4 working days. Fees
    // requested, not paid.
    l.add(dossier("O2", Channel.COUNTER, "2025-04-22T08:00", "2025-04-29T17:00")
        .supplement(vn("2025-04-23T08:00"), vn("2025-04-25T08:00"))
        .resolvedAt(vn("2025-05-01T10:00"), Timeliness.ON_TIME).resolutionTime(workingDays(4), ResolutionUnit.WORKING_DAYS)
        .feeRequestedAt(vn("2025-04-22T09:00")).build());
    // D online, two supplement requests → late for 766 2.1 although resolved before its appointment; c01.1 2
    // (early), c01.3 0 (two contacts); 2 working days.
    l.add(dossier("O2", Channel.ONLINE, "2025-04-22T09:00", "2025-05-06T17:00")
        .supplement(vn("2025-04-24T08:00"), vn("2025-04-25T08:00"))
        .supplement(vn("2025-04-28T08:00"), vn("2025-04-29T08:00"))
        .resolvedAt(vn("2025-05-02T10:00"), Timeliness.EARLY).resolutionTime(workingDays(2), ResolutionUnit.WORKING_DAYS)
        .build());
    // E postal, supplement requested 08/05 08:00 and unanswered at the cut-off → ends at the request,
    // 08/05 08:00 ≤ appointment 12/05 17:00 → on time; not resolved: no c01, no 2.2.
    l.add(dossier("O2", Channel.POSTAL, "2025-05-05T08:00", "2025-05-12T17:00")
        .supplement(vn("2025-05-08T08:00"), null).build());
    // F counter, in progress at the cut-off 15/05 00:00 > appointment 09/05 17:00 → late.
    l.add(dossier("O2", Channel.COUNTER, "2025-05-06T08:00", "2025-05-09T17:00").build());
    // G carried over (received 20/03), resolved 16/04 after its appointment 10/04 → late; c01.1 0, c01.3 2.
    l.add(dossier("O2", Channel.COUNTER, "2025-03-20T08:00", "2025-04-10T17:00")
        .resolvedAt(vn("2025-04-16T08:00"), Timeliness.LATE).resolutionTime(workingDays(19), ResolutionUnit.WORKING_DAYS)
        .build());
    // H resolved 01/04, before the period → not counted at all.
    l.add(dossier("O2", Channel.COUNTER, "2025-03-01T08:00", "2025-03-10T17:00")
        .resolvedAt(vn("2025-04-01T08:00"), Timeliness.LATE).build());
    // I online, withdrawn 12/05 before its appointment 20/05 → ended on time (the portal compares every end).
    l.add(dossier("O2", Channel.ONLINE, "2025-05-10T08:00", "2025-05-20T17:00")
        .withdrawnAt(vn("2025-05-12T08:00")).build());
    // J received 20/05, after the cut-off → not counted.
    l.add(dossier("O2", Channel.ONLINE, "2025-05-20T08:00", "2025-05-27T17:00").build());
    return l;
  }

  static Evaluation evaluate(List<EvaluationFacts> facts, EvaluationGrouping grouping, EvaluationSettings s) {
    return facts.stream().collect(Evaluation.collector(MAY_2025, grouping, s));
  }

  @Test
  void indicator21_workedExample_fiveOfEight() {
    EvaluationRow t = evaluate(nine(), EvaluationGrouping.BY_FIELD, PORTAL).total();
    IndicatorResult r = t.indicator(Indicator.I766_2_1);
    // denominator A B C D E F G I = 8; numerator A B C E I = 5; late D (two requests), F (overdue), G.
    assertEquals(Optional.of(Rate.of(5, 8)), r.rate());
    assertEquals(Optional.of(new BigDecimal("12.50")), r.points()); // 20 × 5/8
    assertEquals(Optional.of(20), r.maxPoints());
    assertTrue(r.source().contains("third-party"));
  }

  @Test
  void indicator22_workedExample_averageOfNewResolvedDossiers() {
    IndicatorResult r = evaluate(nine(), EvaluationGrouping.BY_PROCEDURE, PORTAL).total()
        .indicator(Indicator.I766_2_2);
    // received in the period and resolved: A 3, B 5, C 4, D 2 working days → 14 / 4 = 3.50; G is carried over.
    assertEquals(Optional.of(new BigDecimal("3.50")), r.value());
    assertEquals(new BigDecimal("14"), r.numerator());
    assertEquals(4, r.denominator());
    assertEquals(Optional.of(ResolutionUnit.WORKING_DAYS), r.unit());
    assertEquals(Optional.empty(), r.points());
  }

  @Test
  void indicator33_workedExample_channelShares() {
    IndicatorResult portal = evaluate(nine(), EvaluationGrouping.BY_FIELD, PORTAL).total()
        .indicator(Indicator.I766_3_3);
    // new in the period: A D I online, B C F counter, E postal → 3/7 online.
    assertEquals(Optional.of(Rate.of(3, 7)), portal.rate());
    assertEquals(Map.of("ONLINE", 3L, "COUNTER", 3L, "POSTAL", 1L), portal.parts());
    assertEquals(Optional.empty(), portal.points()); // tracked, no points in the 2026 allocation
    IndicatorResult y2022 = evaluate(nine(), EvaluationGrouping.BY_FIELD, Y2022).total()
        .indicator(Indicator.I766_3_3);
    // full 6 at 50 %: 6 × (3/7) ÷ (1/2) = 36/7 = 5.142857… → 5.14
    assertEquals(Optional.of(new BigDecimal("5.14")), y2022.points());
  }

  @Test
  void indicator36_workedExample_paidOnlineOfFeeBearing() {
    IndicatorResult portal = evaluate(nine(), EvaluationGrouping.BY_FIELD, PORTAL).total()
        .indicator(Indicator.I766_3_6);
    // fees requested: A (portal), B (counter), C (unpaid) → 1/3; 2026: 6 × 1/3 = 2.00
    assertEquals(Optional.of(Rate.of(1, 3)), portal.rate());
    assertEquals(Optional.of(new BigDecimal("2.00")), portal.points());
    // 2022: full 6 at 30 %: 6 × (1/3) ÷ (3/10) = 20/3 > 6 → 6.00
    assertEquals(Optional.of(new BigDecimal("6.00")),
        evaluate(nine(), EvaluationGrouping.BY_FIELD, Y2022).total().indicator(Indicator.I766_3_6).points());
  }

  @Test
  void indicator36_paymentWithoutChannel_notComputable() {
    List<EvaluationFacts> l = new ArrayList<>();
    l.add(dossier("O1", Channel.ONLINE, "2025-04-21T08:00", "2025-04-25T17:00")
        .feeRequestedAt(vn("2025-04-21T09:00")).paid(vn("2025-04-22T09:00"), null).build());
    IndicatorResult r = evaluate(l, EvaluationGrouping.BY_FIELD, PORTAL).total().indicator(Indicator.I766_3_6);
    assertFalse(r.isComputable());
    assertEquals(Optional.of("1 of 1 dossiers with fees were paid without a payment channel in the input"),
        r.reason());
    assertEquals(Optional.empty(), r.points());
  }

  @Test
  void flags_absent_notComputableNeverZero() {
    EvaluationRow t = evaluate(nine(), EvaluationGrouping.BY_FIELD, PORTAL).total();
    for (Indicator i : List.of(Indicator.I766_4_3, Indicator.I766_4_5)) {
      IndicatorResult r = t.indicator(i);
      assertFalse(r.isComputable(), i.id());
      assertTrue(r.reason().orElseThrow().startsWith("7 of 7 dossiers received in the period have no"), i.id());
      assertEquals(Optional.empty(), r.rate());
      assertEquals(Optional.empty(), r.points());
    }
  }

  @Test
  void totalPoints_workedExample_xOfYComputable() {
    EvaluationRow portal = evaluate(nine(), EvaluationGrouping.BY_FIELD, PORTAL).total();
    // 2026: 2.1 12.50 of 20 + 3.6 2.00 of 6 = 14.50 of 26 (3.3 carries no points; 4.3, 4.5 not computable)
    assertEquals(new BigDecimal("14.50"), portal.points());
    assertEquals(26, portal.computableMaxPoints());
    EvaluationRow y2022 = evaluate(nine(), EvaluationGrouping.BY_FIELD, Y2022).total();
    // 2022: 12.5 + 36/7 + 6 = 23.642857… → 23.64 of 20 + 6 + 6 = 32
    assertEquals(new BigDecimal("23.64"), y2022.points());
    assertEquals(32, y2022.computableMaxPoints());
  }

  @Test
  void circular01_workedExample_indices1and3_othersLeftOut() {
    Circular01Result c = evaluate(nine(), EvaluationGrouping.BY_AGENCY, PORTAL).total().circular01();
    // resolved in the period: A B C D G = 5 (I was withdrawn, H before the period)
    assertEquals(5, c.dossiers());
    // index 1: A 2 + B 1 + C 1 + D 2 + G 0 = 6 → 6/5 = 1.2; index 3: A 2 + B 2 + C 1 + D 0 + G 2 = 7 → 1.4
    assertEquals(Optional.of(new BigDecimal("1.2")), c.indices().get(0).value());
    assertEquals(Optional.of(new BigDecimal("1.4")), c.indices().get(2).value());
    assertEquals(Optional.of("5 of 5 dossiers without per-step time limits"), c.indices().get(1).reason());
    assertEquals(Optional.of("5 of 5 dossiers without complaint information"), c.indices().get(3).reason());
    assertEquals(Optional.of(new BigDecimal("2.6")), c.total());
    assertEquals(4, c.computableMax());
    assertEquals(Optional.of("yếu (< 6)"), c.unitRank());
    assertTrue(c.leftOut().stream().anyMatch(s -> s.startsWith("c01.4:")));
    assertTrue(c.leftOut().stream().anyMatch(s -> s.startsWith("c01.5, c01.6, c01.8, c01.9:")));
  }

  /** The nine dossiers with flags: digitised A B D, steps and complaints for every resolved one. */
  static List<EvaluationFacts> nineWithFlags() {
    List<EvaluationFacts> l = new ArrayList<>();
    List<EvaluationFacts> base = nine();
    // A: digitised, steps EARLY EARLY (2), no complaint and early (2)
    l.add(with(base.get(0), DossierAttributes.builder().digitisedComponent(true).citizenDataUsed(true)
        .stepTimeliness(List.of(Timeliness.EARLY, Timeliness.EARLY)).complaint(false)));
    // B: digitised, steps EARLY ON_TIME (1), a complaint (0)
    l.add(with(base.get(1), DossierAttributes.builder().digitisedComponent(true).citizenDataUsed(false)
        .stepTimeliness(List.of(Timeliness.EARLY, Timeliness.ON_TIME)).complaint(true)));
    // C: steps LATE (0), no complaint and on time (1)
    l.add(with(base.get(2), DossierAttributes.builder().digitisedComponent(false).citizenDataUsed(false)
        .stepTimeliness(List.of(Timeliness.LATE)).complaint(false)));
    // D: digitised, steps EARLY (2), no complaint and early (2)
    l.add(with(base.get(3), DossierAttributes.builder().digitisedComponent(true).citizenDataUsed(false)
        .stepTimeliness(List.of(Timeliness.EARLY)).complaint(false)));
    // E, F: new, not resolved
    l.add(with(base.get(4), DossierAttributes.builder().digitisedComponent(false).citizenDataUsed(false)));
    l.add(with(base.get(5), DossierAttributes.builder().digitisedComponent(false).citizenDataUsed(true)));
    // G: carried over; steps ON_TIME (1), no complaint and late (0)
    l.add(with(base.get(6), DossierAttributes.builder().stepTimeliness(List.of(Timeliness.ON_TIME))
        .complaint(false)));
    l.add(base.get(7));
    // I: new, withdrawn
    l.add(with(base.get(8), DossierAttributes.builder().digitisedComponent(false).citizenDataUsed(false)));
    l.add(base.get(9));
    return l;
  }

  static EvaluationFacts with(EvaluationFacts f, DossierAttributes.Builder attributes) {
    return rebuild(f).attributes(attributes.build()).build();
  }

  /** A builder with the facts of {@code f} (the test copies only what {@link #nine()} sets). */
  static EvaluationFacts.Builder rebuild(EvaluationFacts f) {
    EvaluationFacts.Builder b = EvaluationFacts.builder().field(f.fieldCode, f.fieldName)
        .agency(f.agencyCode, f.agencyName).procedure(f.procedureCode, f.procedureName)
        .officer(f.officerId, f.officerName).channel(f.channel).receivedAt(f.receivedAt).appointment(f.appointment);
    if (f.instrument != null) {
      b.instrument(f.instrument);
    }
    if (f.end == EvaluationFacts.End.RESOLVED) {
      b.resolvedAt(f.endedAt, f.timeliness);
    } else if (f.end == EvaluationFacts.End.WITHDRAWN) {
      b.withdrawnAt(f.endedAt);
    } else if (f.end == EvaluationFacts.End.STOPPED) {
      b.stoppedAt(f.endedAt);
    }
    if (f.resolutionTime != null) {
      b.resolutionTime(f.resolutionTime, f.resolutionUnit);
    }
    f.supplements.forEach(s -> b.supplement(s.requestedAt(), s.suppliedAt().orElse(null)));
    b.intakeNotices(f.intakeNotices);
    if (f.feeRequestedAt != null) {
      b.feeRequestedAt(f.feeRequestedAt);
    }
    if (f.paidAt != null) {
      b.paid(f.paidAt, f.paymentChannel);
    }
    return b.attributes(f.attributes);
  }

  @Test
  void flags_present_indicators43and45_andAllFourIndices() {
    EvaluationRow t = evaluate(nineWithFlags(), EvaluationGrouping.BY_AGENCY, PORTAL).total();
    // 4.3: digitised A B D of the 7 new → 3/7; min(2, 2 × (3/7) ÷ (4/5)) = 15/14 = 1.0714… → 1.07
    assertEquals(Optional.of(Rate.of(3, 7)), t.indicator(Indicator.I766_4_3).rate());
    assertEquals(Optional.of(new BigDecimal("1.07")), t.indicator(Indicator.I766_4_3).points());
    // 4.5: A F of 7 → 2/7; 2 × 2/7 = 4/7 = 0.571… → 0.57
    assertEquals(Optional.of(Rate.of(2, 7)), t.indicator(Indicator.I766_4_5).rate());
    assertEquals(Optional.of(new BigDecimal("0.57")), t.indicator(Indicator.I766_4_5).points());
    // total: 12.5 + 2 + 15/14 + 4/7 = 16.142857… → 16.14 of 20 + 6 + 2 + 2 = 30
    assertEquals(new BigDecimal("16.14"), t.points());
    assertEquals(30, t.computableMaxPoints());
    Circular01Result c = t.circular01();
    // index 2: A 2 + B 1 + C 0 + D 2 + G 1 = 6 → 1.2; index 7: A 2 + B 0 + C 1 + D 2 + G 0 = 5 → 1.0
    assertEquals(Optional.of(new BigDecimal("1.2")), c.indices().get(1).value());
    assertEquals(Optional.of(new BigDecimal("1.0")), c.indices().get(3).value());
    // 1.2 + 1.2 + 1.4 + 1.0 = 4.8 of 8
    assertEquals(Optional.of(new BigDecimal("4.8")), c.total());
    assertEquals(8, c.computableMax());
  }

  @Test
  void circular01_byOfficer_gradeAtTheBoundary() {
    Evaluation e = evaluate(nine(), EvaluationGrouping.BY_OFFICER, PORTAL);
    Circular01Result o1 = e.row("O1").orElseThrow().circular01();
    // O1 resolved A and B: index 1 (2 + 1)/2 = 1.5, index 3 (2 + 2)/2 = 2.0 → 3.5, the lower bound of 3.5 – < 5
    assertEquals(Optional.of(new BigDecimal("3.5")), o1.total());
    assertEquals(Optional.of("hoàn thành từ 70% đến dưới 100% nhiệm vụ (3.5 – < 5)"), o1.officerGrade());
    assertEquals(Optional.empty(), o1.unitRank());
    Circular01Result o2 = e.row("O2").orElseThrow().circular01();
    // O2 resolved C D G: index 1 (1 + 2 + 0)/3 = 1.0, index 3 (1 + 0 + 2)/3 = 1.0 → 2.0 → below 70 %
    assertEquals(Optional.of(new BigDecimal("2.0")), o2.total());
    assertEquals(Optional.of("hoàn thành dưới 70% nhiệm vụ (< 3.5)"), o2.officerGrade());
  }

  @Test
  void circular01_indexScoreRoundsToOneDecimal() {
    List<EvaluationFacts> l = new ArrayList<>();
    // three resolved dossiers: early, early, on time → (2 + 2 + 1)/3 = 1.666… → 1.7
    l.add(dossier("O1", Channel.COUNTER, "2025-04-21T08:00", "2025-04-25T17:00")
        .resolvedAt(vn("2025-04-22T08:00"), Timeliness.EARLY).build());
    l.add(dossier("O1", Channel.COUNTER, "2025-04-21T08:00", "2025-04-25T17:00")
        .resolvedAt(vn("2025-04-22T08:00"), Timeliness.EARLY).build());
    l.add(dossier("O1", Channel.COUNTER, "2025-04-21T08:00", "2025-04-25T17:00")
        .resolvedAt(vn("2025-04-25T16:00"), Timeliness.ON_TIME).build());
    Circular01Result c = evaluate(l, EvaluationGrouping.BY_OFFICER, PORTAL).total().circular01();
    assertEquals(Optional.of(new BigDecimal("1.7")), c.indices().get(0).value());
    assertEquals(new BigDecimal("5"), c.indices().get(0).numerator());
  }

  @Test
  void circular01_laterInstrument_onRequestOnly() {
    List<EvaluationFacts> l = List.of(dossier("O1", Channel.COUNTER, "2025-04-21T08:00", "2025-04-25T17:00")
        .instrument(LegalInstrument.DECREE_118_2025).resolvedAt(vn("2025-04-22T08:00"), Timeliness.EARLY).build());
    Evaluation byDefault = evaluate(l, EvaluationGrouping.BY_AGENCY, PORTAL);
    assertEquals(0, byDefault.total().circular01().dossiers());
    assertEquals(1, byDefault.total().circular01().outOfScope());
    assertTrue(byDefault.warnings().get(0).startsWith("1 resolved dossiers are under a later instrument"));
    assertEquals(Optional.of("1 dossiers resolved in the period are under a later instrument than Decree"
        + " 61/2018/ND-CP; Circular 01/2018 scores them on request only"),
        byDefault.total().circular01().indices().get(0).reason());
    Evaluation onRequest = evaluate(l, EvaluationGrouping.BY_AGENCY, PORTAL.withCircular01ForLaterInstruments(true));
    assertEquals(Optional.of(new BigDecimal("2.0")), onRequest.total().circular01().indices().get(0).value());
    assertTrue(onRequest.total().circular01().instrument().contains("on request"));
  }

  @Test
  void supplement_unansweredWhenResolved_endsAtRequest() {
    // requested 23/04, answered only after the resolution (a data error the portal tolerates) → judged at
    // the request 23/04 08:00 ≤ appointment 24/04 17:00 → on time although resolved late on 30/04.
    List<EvaluationFacts> l = List.of(dossier("O1", Channel.COUNTER, "2025-04-21T08:00", "2025-04-24T17:00")
        .supplement(vn("2025-04-23T08:00"), null)
        .resolvedAt(vn("2025-04-30T08:00"), Timeliness.LATE).build());
    assertEquals(Optional.of(Rate.of(1, 1)),
        evaluate(l, EvaluationGrouping.BY_FIELD, PORTAL).total().indicator(Indicator.I766_2_1).rate());
  }

  @Test
  void supplement_inProgressAfterAnswer_applicantTimeNotCounted() {
    // received 05/05 08:00, appointment 12/05 17:00; supplement 06/05 08:00 → 10/05 08:00 (96 h); in progress
    // at the cut-off 15/05 00:00: 15/05 00:00 − 96 h = 11/05 00:00 ≤ 12/05 17:00 → within the deadline.
    List<EvaluationFacts> l = List.of(dossier("O1", Channel.COUNTER, "2025-05-05T08:00", "2025-05-12T17:00")
        .supplement(vn("2025-05-06T08:00"), vn("2025-05-10T08:00")).build());
    assertEquals(Optional.of(Rate.of(1, 1)),
        evaluate(l, EvaluationGrouping.BY_FIELD, PORTAL).total().indicator(Indicator.I766_2_1).rate());
    // a supplement answered after the cut-off is unanswered as of the cut-off: ends at the request 06/05 → on time
    List<EvaluationFacts> late = List.of(dossier("O1", Channel.COUNTER, "2025-05-05T08:00", "2025-05-05T17:00")
        .supplement(vn("2025-05-06T08:00"), vn("2025-05-20T08:00")).build());
    // 06/05 08:00 > appointment 05/05 17:00 → late
    assertEquals(Optional.of(Rate.of(0, 1)),
        evaluate(late, EvaluationGrouping.BY_FIELD, PORTAL).total().indicator(Indicator.I766_2_1).rate());
  }

  @Test
  void comparison_date_sameDayAfterTheHourIsOnTime() {
    List<EvaluationFacts> l = List.of(dossier("O1", Channel.COUNTER, "2025-04-21T08:00", "2025-04-25T17:00")
        .resolvedAt(vn("2025-04-25T18:30"), Timeliness.LATE).build());
    assertEquals(Optional.of(Rate.of(0, 1)),
        evaluate(l, EvaluationGrouping.BY_FIELD, PORTAL).total().indicator(Indicator.I766_2_1).rate());
    assertEquals(Optional.of(Rate.of(1, 1)), evaluate(l, EvaluationGrouping.BY_FIELD,
        PORTAL.withComparison(EvaluationSettings.Comparison.DATE)).total().indicator(Indicator.I766_2_1).rate());
  }

  @Test
  void indicator22_mixedUnits_notComputableOnTheTotal() {
    List<EvaluationFacts> l = List.of(
        dossier("O1", Channel.COUNTER, "2025-04-21T08:00", "2025-04-25T17:00")
            .resolvedAt(vn("2025-04-22T08:00"), Timeliness.EARLY).resolutionTime(workingDays(1), ResolutionUnit.WORKING_DAYS)
            .build(),
        dossier("O1", Channel.COUNTER, "2025-04-21T08:00", "2025-04-25T17:00").procedure("P2", null)
            .resolvedAt(vn("2025-04-22T08:00"), Timeliness.EARLY).resolutionTime(Duration.ofHours(3), ResolutionUnit.WORKING_HOURS)
            .build());
    Evaluation e = evaluate(l, EvaluationGrouping.BY_PROCEDURE, PORTAL);
    assertFalse(e.total().indicator(Indicator.I766_2_2).isComputable());
    assertEquals(Optional.of(new BigDecimal("1.00")), e.row("P1").orElseThrow().indicator(Indicator.I766_2_2).value());
    assertEquals(Optional.of(new BigDecimal("3.00")), e.row("P2").orElseThrow().indicator(Indicator.I766_2_2).value());
  }

  @Test
  void empty_everythingNotComputable() {
    EvaluationRow t = evaluate(List.of(), EvaluationGrouping.BY_FIELD, PORTAL).total();
    assertTrue(t.indicators().stream().noneMatch(IndicatorResult::isComputable));
    assertEquals(new BigDecimal("0.00"), t.points());
    assertEquals(0, t.computableMaxPoints());
    assertEquals(Optional.empty(), t.circular01().total());
  }

  @Test
  void builder_inconsistentFacts_rejected() {
    assertThrows(IllegalStateException.class, () -> dossier("O1", Channel.COUNTER, "2025-04-21T08:00",
        "2025-04-20T17:00").build());
    assertThrows(IllegalStateException.class, () -> dossier("O1", Channel.COUNTER, "2025-04-21T08:00",
        "2025-04-25T17:00").supplement(vn("2025-04-22T08:00"), null).supplement(vn("2025-04-23T08:00"), null)
        .build());
    assertThrows(IllegalArgumentException.class, () -> EvaluationFacts.builder().field("TOTAL", null));
  }

  @Test
  void groupMaxima_bothAllocationsSumTo100() {
    for (PointAllocation a : PointAllocation.values()) {
      assertEquals(100, a.groupMaxima().values().stream().mapToInt(Integer::intValue).sum(), a.name());
    }
    assertEquals(List.of(18, 20, 22, 22, 18), List.copyOf(PointAllocation.DECISION_766_2022.groupMaxima().values()));
    assertEquals(List.of(18, 20, 12, 22, 18, 10), List.copyOf(PointAllocation.PORTAL_2026.groupMaxima().values()));
  }
}
