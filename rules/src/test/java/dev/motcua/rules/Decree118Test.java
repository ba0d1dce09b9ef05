package dev.motcua.rules;

import static dev.motcua.rules.History.counter;
import static dev.motcua.rules.History.submitted;
import static dev.motcua.rules.History.vn;
import static dev.motcua.rules.RegulationTest.codes;
import static dev.motcua.rules.RegulationTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Severity;
import dev.motcua.core.lifecycle.StructuralCode;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.deadline.DossierDeadlines;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.procedure.ProcedureCatalogue;
import dev.motcua.rules.testing.SampleCatalogue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The duties Decree 118/2025/NĐ-CP added, each with a passing and a failing history worked by hand on the
 * civil-service calendar (Mon–Fri 07:00–11:00, 13:00–17:00; March 2026 and March 2024 have no holidays), and
 * the same history judged under each instrument across 30/6/2025 → 1/7/2025.
 */
class Decree118Test {
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());
  static final String LAND_OFFICE = RegulationTest.LAND_OFFICE;

  // ---------------------------------------------------------------- Art 17(2)(c): 8 working hours online

  @Test
  void onlineIntake_within8WorkingHours_art17_2_c() {
    // "không muộn hơn 08 (tám) giờ làm việc kể từ khi Hệ thống … tiếp nhận hồ sơ". Submitted Mon 9/3/2026
    // 14:00: 14–17 (3 h), Tue 10/3 07–11 (7 h), 13–14 (8 h) → limit 10/03/2026 14:00. S.KD.01, 3 working days
    // from Tue 10/3: Wed 11, Thu 12, Fri 13 → 13/03/2026 17:00.
    assertTrue(REG.validate(submitted("S.KD.01", "2026-03-09T14:00")
        .receive("2026-03-10T14:00", "2026-03-13T17:00").events()).isValid());
    Violation v = only(REG.validate(submitted("S.KD.01", "2026-03-09T14:00")
        .receive("2026-03-10T14:01", "2026-03-13T17:00").events()), RegulationCode.ONLINE_INTAKE_LATE);
    assertEquals(Severity.BREACH, v.severity());
    assertEquals("Decree 118/2025/ND-CP, Art 17(2)(c)", v.legalBasis().en());
    assertEquals("Nghị định 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c", v.legalBasis().vi());
    assertTrue(v.messageEn().contains("limit 10/03/2026 14:00"), v.messageEn());
    // A notice to supplement counts too: returned Wed 11/3 08:00, past the limit.
    assertEquals(List.of("1:" + RegulationCode.ONLINE_INTAKE_LATE), codes(REG.validate(
        submitted("S.KD.01", "2026-03-09T14:00").returnedAtIntake("2026-03-11T08:00").events())));
    // The limit runs again from a resubmission: resubmitted Wed 11/3 09:00, received Wed 11/3 16:00.
    // S.KD.01 from Wed 11/3: Thu 12, Fri 13, Mon 16 → 16/03/2026 17:00.
    assertTrue(REG.validate(submitted("S.KD.01", "2026-03-09T14:00").returnedAtIntake("2026-03-10T08:00")
        .resubmitted("2026-03-11T09:00").receive("2026-03-11T16:00", "2026-03-16T17:00").events()).isValid());
  }

  @Test
  void onlineIntake_boundary_submissionDecidesTheInstrument() {
    // Submitted Mon 30/6/2025 14:00 (Decree 61 in force, no limit), received Wed 2/7/2025 09:00: not judged.
    // S.KD.01 from Wed 2/7: Thu 3, Fri 4, Mon 7 → 07/07/2025 17:00.
    assertTrue(REG.validate(submitted("S.KD.01", "2025-06-30T14:00")
        .receive("2025-07-02T09:00", "2025-07-07T17:00").events()).isValid());
    // Submitted Tue 1/7/2025 14:00: limit Wed 2/7 14:00; received Thu 3/7 09:00 (Fri 4, Mon 7, Tue 8 →
    // 08/07/2025 17:00) is late.
    assertEquals(List.of("1:" + RegulationCode.ONLINE_INTAKE_LATE), codes(REG.validate(
        submitted("S.KD.01", "2025-07-01T14:00").receive("2025-07-03T09:00", "2025-07-08T17:00").events())));
    // Decree 61 (2024): two days later is no breach. Mon 4/3/2024 14:00 → Wed 6/3 09:00; Thu 7, Fri 8, Mon 11.
    assertTrue(REG.validate(submitted("S.KD.01", "2024-03-04T14:00")
        .receive("2024-03-06T09:00", "2024-03-11T17:00").events()).isValid());
  }

  // ---------------------------------------------------------------- Art 19(5): closing after 15 days

  /** S.DD.01 (10 working days) received Mon 2/3/2026 09:00 → 16/03/2026 17:00; request Wed 4/3 09:00. */
  static History awaiting2026() {
    return counter("S.DD.01", "2026-03-02T09:00", "2026-03-16T17:00").transfer("2026-03-02T10:00", LAND_OFFICE)
        .supplementRequested("2026-03-04T09:00", LAND_OFFICE);
  }

  @Test
  void closing_after15Days_art19_5() {
    // "Sau 15 ngày kể từ khi thông báo … thực hiện đóng hồ sơ": 15 calendar days [inferred] after Wed 4/3 →
    // Thu 19/3, at the close of business: 19/03/2026 17:00.
    Replay ok = REG.validate(awaiting2026().closed("2026-03-19T17:00").events());
    assertTrue(ok.isValid(), ok.violations()::toString);
    assertEquals(DossierStatus.CLOSED, ok.dossier().orElseThrow().status());
    Violation v = only(REG.validate(awaiting2026().closed("2026-03-19T16:59").events()),
        RegulationCode.CLOSED_BEFORE_TIME_LIMIT);
    assertEquals(Severity.REFUSAL, v.severity());
    assertEquals("Decree 118/2025/ND-CP, Art 19(5)", v.legalBasis().en());
    assertTrue(v.messageEn().contains("may be closed from 19/03/2026 17:00"), v.messageEn());
    // The deadlines show it while the dossier waits.
    DossierDeadlines d = REG.deadlines(REG.validate(awaiting2026().events()).orElseThrow(), vn("2026-03-05T09:00"));
    assertEquals(Optional.of(vn("2026-03-19T17:00")), d.closableFrom());
  }

  @Test
  void closing_workingDaysSettingAndSectorLawOverride() {
    // Setting: 15 working days after Wed 4/3: 5, 6 (2), 9–13 (7), 16–20 (12), 23, 24, 25 → 25/03/2026 17:00.
    Regulation working = REG.withSettings(LegalInstrument.DECREE_118_2025,
        RegulationSettings.builder().supplementWaitLimit(ProcessingTime.workingDays(15)).build());
    assertEquals(List.of("3:" + RegulationCode.CLOSED_BEFORE_TIME_LIMIT),
        codes(working.validate(awaiting2026().closed("2026-03-25T16:00").events())));
    assertTrue(working.validate(awaiting2026().closed("2026-03-25T17:00").events()).isValid());
    // Sector law: 5 working days for this procedure: 5, 6, 9, 10, 11 → 11/03/2026 17:00.
    Procedure dd = SampleCatalogue.catalogue().find("S.DD.01").orElseThrow();
    Procedure sector = Procedure.builder().from(dd).supplementWaitLimit(ProcessingTime.workingDays(5)).build();
    List<Procedure> ps = new ArrayList<>(SampleCatalogue.catalogue().procedures());
    ps.replaceAll(p -> p.code().equals("S.DD.01") ? sector : p);
    Regulation sectorLaw = Regulation.vietnam(REG.calendar(), ProcedureCatalogue.of(ps));
    assertTrue(sectorLaw.validate(awaiting2026().closed("2026-03-11T17:00").events()).isValid());
    assertEquals(List.of("3:" + RegulationCode.CLOSED_BEFORE_TIME_LIMIT),
        codes(sectorLaw.validate(awaiting2026().closed("2026-03-11T16:00").events())));
  }

  @Test
  void closing_underDecree61_notPermitted() {
    // 2024: S.DD.01 received Mon 4/3/2024 09:00 → 5–8 (4), 11–15 (9), 18 → 18/03/2024 17:00. Decree 61 has no
    // closing: the event is not permitted, citing Decree 61.
    Replay r = REG.validate(counter("S.DD.01", "2024-03-04T09:00", "2024-03-18T17:00")
        .transfer("2024-03-04T10:00", LAND_OFFICE).supplementRequested("2024-03-06T09:00", LAND_OFFICE)
        .closed("2024-04-01T09:00").events());
    Violation v = only(r, StructuralCode.EVENT_NOT_PERMITTED);
    assertEquals("Decree 61/2018/ND-CP, Art 17–20", v.legalBasis().en());
    assertEquals(DossierStatus.AWAITING_SUPPLEMENT, r.dossier().orElseThrow().status());
    assertEquals(Optional.empty(),
        REG.deadlines(r.dossier().orElseThrow(), vn("2024-03-07T09:00")).closableFrom());
  }

  // ---------------------------------------------------------------- Art 21(1): stop until the decision

  @Test
  void withdrawal_untilTheDecision_art21_1() {
    // S.KD.01 received Mon 2/3/2026 09:00 → 3, 4, 5 → 05/03/2026 17:00; approved Wed 4/3 10:00.
    History decided = counter("S.KD.01", "2026-03-02T09:00", "2026-03-05T17:00")
        .transfer("2026-03-02T10:00", LAND_OFFICE).approved("2026-03-04T10:00");
    Violation v = only(REG.validate(decided.withdrawn("2026-03-04T11:00").events()),
        RegulationCode.WITHDRAWAL_AFTER_DECISION);
    assertEquals(Severity.REFUSAL, v.severity());
    assertEquals("Decree 118/2025/ND-CP, Art 21(1)", v.legalBasis().en());
    assertTrue(REG.validate(counter("S.KD.01", "2026-03-02T09:00", "2026-03-05T17:00")
        .transfer("2026-03-02T10:00", LAND_OFFICE).withdrawn("2026-03-03T11:00").events()).isValid());
    // Decree 61 keeps the table: 2024, Mon 4/3 09:00 → 5, 6, 7 → 07/03/2024 17:00; withdrawn after approval.
    assertTrue(REG.validate(counter("S.KD.01", "2024-03-04T09:00", "2024-03-07T17:00")
        .transfer("2024-03-04T10:00", LAND_OFFICE).approved("2024-03-06T10:00").withdrawn("2024-03-06T11:00")
        .events()).isValid());
  }

  // ---------------------------------------------------------------- Art 19(6) / 19(9): apology before the due

  @Test
  void overdueWithoutApology_bothInstruments() {
    // 2026: due 05/03/2026 17:00, approved Fri 6/3 09:00 without an apology (Decree 118 Art 19(6)).
    Violation v118 = only(REG.validate(counter("S.KD.01", "2026-03-02T09:00", "2026-03-05T17:00")
        .transfer("2026-03-02T10:00", LAND_OFFICE).approved("2026-03-06T09:00").events()),
        RegulationCode.OVERDUE_WITHOUT_APOLOGY);
    assertEquals("Decree 118/2025/ND-CP, Art 19(6)", v118.legalBasis().en());
    // With the apology on Wed 4/3 09:00 (at least 1 day before the due day) and a new appointment: clean.
    assertTrue(REG.validate(counter("S.KD.01", "2026-03-02T09:00", "2026-03-05T17:00")
        .transfer("2026-03-02T10:00", LAND_OFFICE).rescheduled("2026-03-04T09:00", "2026-03-10T17:00")
        .approved("2026-03-06T09:00").events()).isValid());
    // 2024: due 07/03/2024 17:00, approved Fri 8/3 09:00 (Decree 61 Art 19(9)).
    Violation v61 = only(REG.validate(counter("S.KD.01", "2024-03-04T09:00", "2024-03-07T17:00")
        .transfer("2024-03-04T10:00", LAND_OFFICE).approved("2024-03-08T09:00").events()),
        RegulationCode.OVERDUE_WITHOUT_APOLOGY);
    assertEquals("Decree 61/2018/ND-CP, Art 19(9)", v61.legalBasis().en());
  }

  @Test
  void refusedSecondApology_reportsOnlyItsRefusal() {
    // The second apology on Tue 10/3 16:00 is both repeated and less than a day before the new appointment:
    // refused, it reports only RESCHEDULE_REPEATED (the step it would be late for did not happen).
    Replay r = REG.validate(counter("S.KD.01", "2026-03-02T09:00", "2026-03-05T17:00")
        .transfer("2026-03-02T10:00", LAND_OFFICE).rescheduled("2026-03-03T09:00", "2026-03-10T17:00")
        .rescheduled("2026-03-10T16:00", "2026-03-12T17:00").events());
    assertEquals(List.of("3:" + RegulationCode.RESCHEDULE_REPEATED), codes(r));
  }

  // ---------------------------------------------------------------- the dossier code's date

  @Test
  void dossierCodeDate_isTheReceiptDate() {
    // Decree 118 Art 28(2)(b): "Dãy số tự nhiên gồm ngày, tháng, năm tiếp nhận …". The new layout with the
    // resolving agency's identifier and the receipt date validates clean.
    assertTrue(REG.validate(History.submitted("S.KD.01", "2026-03-02T08:00")
        .receiveWithCode("2026-03-02T09:00", "2026-03-05T17:00", "H56.01.10-260302-0001").events()).isValid());
    Violation v = only(REG.validate(History.submitted("S.KD.01", "2026-03-02T08:00")
        .receiveWithCode("2026-03-02T09:00", "2026-03-05T17:00", "H56.01.10-260301-0001").events()),
        RegulationCode.DOSSIER_CODE_DATE_MISMATCH);
    assertEquals("Decree 118/2025/ND-CP, Art 28(2)(b)", v.legalBasis().en());
    assertTrue(v.messageEn().contains("01/03/2026") && v.messageEn().contains("02/03/2026"), v.messageEn());
    Violation v61 = only(REG.validate(History.submitted("S.KD.01", "2024-03-04T08:00")
        .receiveWithCode("2024-03-04T09:00", "2024-03-07T17:00", "000.00.15.H05-240303-0001").events()),
        RegulationCode.DOSSIER_CODE_DATE_MISMATCH);
    assertEquals("Decree 61/2018/ND-CP, Art 26(2); Circular 01/2018/TT-VPCP, Art 19", v61.legalBasis().en());
  }

  // ---------------------------------------------------------------- never a silent pass

  @Test
  void eventOutsideCalendar_refusedNamingTheRange() {
    // A 2026 dossier whose transfer is dated 2101: the calendar covers 1990–2100, so no rule can judge it.
    Replay r = REG.validate(counter("S.KD.01", "2026-03-02T09:00", "2026-03-05T17:00")
        .transfer("2101-03-01T09:00", LAND_OFFICE).events());
    Violation v = only(r, RegulationCode.EVENT_OUTSIDE_CALENDAR);
    assertEquals(Severity.REFUSAL, v.severity());
    assertTrue(v.messageEn().contains("01/01/1990–31/12/2100"), v.messageEn());
    assertEquals(DossierStatus.RECEIVED, r.dossier().orElseThrow().status());
  }

  @Test
  void receipt2100_inRange_codeReadsInItsCentury() {
    // 2100 is inside the calendar: a receipt on Tue 5/1/2100 writes 000105 and is judged like any other.
    Instant receipt = vn("2100-01-05T09:00");
    Instant due = REG.dueAt("S.KD.01", receipt);
    Replay r = REG.validate(History.submitted("S.KD.01", "2100-01-05T08:00")
        .receiveWithCode("2100-01-05T09:00", java.time.LocalDateTime.ofInstant(due, REG.calendar().zone()).toString(),
            "H56.01.10-000105-0001").events());
    assertTrue(r.isValid(), r.violations()::toString);
  }
}
