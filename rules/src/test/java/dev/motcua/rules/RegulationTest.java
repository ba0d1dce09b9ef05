package dev.motcua.rules;

import dev.motcua.core.lifecycle.LegalBasis;

import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.SupplementScope;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.testing.SampleCatalogue;
import java.util.Optional;

import java.time.LocalDate;

import dev.motcua.core.lifecycle.StructuralCode;

import static dev.motcua.rules.History.counter;
import static dev.motcua.rules.History.submitted;
import static dev.motcua.rules.History.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.calendar.WorkingCalendars;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Severity;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.core.lifecycle.ViolationCode;
import java.time.Instant;
import java.util.ArrayList;
import dev.motcua.core.dossier.DossierStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of DESIGN §6 with a passing and a failing history; dates worked out by hand with the default
 * civil-service calendar (Mon–Fri 07:00–11:00, 13:00–17:00; Tết 2026 off Mon 16/2–Fri 20/2/2026; 2025:
 * Sat 26/4/2025 worked for Fri 2/5/2025; 2026: 30/4, 1/5, 31/8, 1/9, 2/9 off, Sat 22/8/2026 worked).
 */
class RegulationTest {
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());
  // Sample catalogue: S.KD.01 3 working days (Saturday reception), S.TP.01 10 working days (Saturday
  // reception), S.HT.01 same day, S.HT.02 4 working hours, S.DD.01 10 working days, S.XD.01 15 calendar days.
  static final String LAND_OFFICE = "000.00.20.H05";
  static final String JUSTICE = "000.00.12.H05";

  static List<String> codes(Replay r) {
    return r.violations().stream().map(v -> v.eventIndex() + ":" + v.code().code()).toList();
  }

  static Violation only(Replay r, ViolationCode code) {
    assertEquals(1, r.violations().size(), () -> "violations " + r.violations());
    Violation v = r.violations().get(0);
    assertEquals(code, v.code(), v::toString);
    return v;
  }

  // ---------------------------------------------------------------- appointment (Art 17(1)(c))

  @Test
  void appointment_tet2026_dueSkipsTet() {
    // "Giấy tiếp nhận hồ sơ và hẹn ngày trả kết quả" (Art 17(1)(c)). S.KD.01, 3 working days, received
    // FRI_2026_02_13 09:00: Tết 16–20/2, weekend 21–22/2 → Mon 23/2 (1), Tue 24/2 (2), Wed 25/2 (3), 17:00.
    assertTrue(REG.validate(counter("S.KD.01", "2026-02-13T09:00", "2026-02-25T17:00").events()).isValid());
    Violation v = only(REG.validate(counter("S.KD.01", "2026-02-13T09:00", "2026-02-24T17:00").events()),
        RegulationCode.APPOINTMENT_MISMATCH);
    assertEquals(Severity.BREACH, v.severity());
    // Received after 1/7/2025: judged under Decree 118/2025, Art 17(1)(c) (the slip) and 17(3) ("thời hạn ... được
    // tính từ ngày tiếp nhận hồ sơ ... ghi trên Giấy tiếp nhận").
    assertEquals("Decree 118/2025/ND-CP, Art 17(1)(c), 17(3)", v.legalBasis().en());
    assertTrue(v.messageEn().contains("24/02/2026 17:00") && v.messageEn().contains("25/02/2026 17:00"),
        v.messageEn());
    assertTrue(v.messageVi().contains("Ngày hẹn trả 24/02/2026 17:00"), v.messageVi());
  }

  @Test
  void appointment_swap2025_makeUpSaturdayCounts() {
    // 2025: Sat 26/4/2025 is worked in exchange for Fri 2/5/2025. S.KD.01 received FRI_2025_04_25 10:00:
    // Sat 26/4 (1), Mon 28/4 (2), Tue 29/4 (3) → 29/04/2025 17:00; judged under Decree 61 (before 1/7/2025).
    assertTrue(REG.validate(counter("S.KD.01", "2025-04-25T10:00", "2025-04-29T17:00").events()).isValid());
    Violation v = only(REG.validate(counter("S.KD.01", "2025-04-25T10:00", "2025-05-05T17:00").events()),
        RegulationCode.APPOINTMENT_MISMATCH);
    assertEquals("Decree 61/2018/ND-CP, Art 17(1)(c)", v.legalBasis().en());
    assertEquals("Nghị định 61/2018/NĐ-CP, Điều 17 khoản 1 điểm c", v.legalBasis().vi());
    // Received TUE_2025_04_29 10:00: 30/4, 1/5, 2/5 (swapped) off, 3–4/5 weekend → 5/5, 6/5, 7/5 → 07/05 17:00.
    assertTrue(REG.validate(counter("S.KD.01", "2025-04-29T10:00", "2025-05-07T17:00").events()).isValid());
  }

  @Test
  void appointment_otherKinds_computedByTheCalendar() {
    // Same day (S.HT.01): received MON_2026_03_09 14:00, before 15:00 → 09/03 17:00; 15:30 → 10/03 17:00.
    assertTrue(REG.validate(counter("S.HT.01", "2026-03-09T14:00", "2026-03-09T17:00").events()).isValid());
    assertTrue(REG.validate(counter("S.HT.01", "2026-03-09T15:30", "2026-03-10T17:00").events()).isValid());
    // 4 working hours (S.HT.02): received FRI_2026_02_13 16:00 → 1 h on 13/2, Tết, 3 h on Mon 23/2 → 10:00.
    assertTrue(REG.validate(counter("S.HT.02", "2026-02-13T16:00", "2026-02-23T10:00").events()).isValid());
    // 15 calendar days (S.XD.01): received MON_2026_02_02 → Tue 17/2 is Tết → next working day Mon 23/2 17:00.
    assertTrue(REG.validate(counter("S.XD.01", "2026-02-02T08:00", "2026-02-23T17:00").events()).isValid());
    // Minute precision: 17:00:59 is the same minute.
    List<DossierEvent> seconds = List.of(new DossierEvent.Received(vn("2026-03-09T14:00"), History.OFFICER,
        History.filing("S.HT.01", Channel.COUNTER),
        dev.motcua.core.dossier.DossierCode.of(History.ONE_STOP, java.time.LocalDate.of(2026, 3, 9), 1),
        vn("2026-03-09T17:00:59")));
    assertTrue(REG.validate(seconds).isValid());
  }

  // ---------------------------------------------------------------- reception hours (seed Art 5)

  @Test
  void receptionHours_saturdayOnlyForDesignatedProcedures() {
    // Seed Art 5(1): "sáng thứ Bảy (đối với những thủ tục ...: Đăng ký kinh doanh, lý lịch tư pháp...)".
    // S.TP.01 (judicial record, Saturday reception) received SAT_2026_08_15 09:00: open. Officially received
    // Mon 17/8 07:00; 10 working days: 18–21/8 (4), Sat 22/8 make-up (5), 24–28/8 (10) → 28/08/2026 17:00.
    assertTrue(REG.validate(counter("S.TP.01", "2026-08-15T09:00", "2026-08-28T17:00").events()).isValid());
    // 11:30 on that Saturday is after the Saturday window 07:00–11:00.
    only(REG.validate(counter("S.TP.01", "2026-08-15T11:30", "2026-08-28T17:00").events()),
        RegulationCode.RECEIPT_OUTSIDE_RECEPTION_HOURS);
    // S.DD.01 (land, no Saturday reception) on SAT_2026_08_15 09:00: closed.
    // (its appointment counts from the official receipt, Mon 17/8 07:00 → 28/08/2026 17:00 as above)
    Violation v = only(REG.validate(counter("S.DD.01", "2026-08-15T09:00", "2026-08-28T17:00").events()),
        RegulationCode.RECEIPT_OUTSIDE_RECEPTION_HOURS);
    assertTrue(v.messageVi().contains("thứ Bảy"), v.messageVi());
    assertEquals("Bạc Liêu Decision 221/QD-UBND (2018), Art 5; Decision 14/2010/QD-TTg", v.legalBasis().en());
    // The make-up SAT_2026_08_22 is a full working day for every procedure. S.DD.01 at 09:00: 24–28/8 (5),
    // 31/8, 1/9, 2/9 off, 3/9, 4/9 (7), 7/9, 8/9, 9/9 (10) → 09/09/2026 17:00.
    assertTrue(REG.validate(counter("S.DD.01", "2026-08-22T09:00", "2026-09-09T17:00").events()).isValid());
    // Lunch break on a weekday (12:00) is outside the windows; online and postal dossiers are not judged.
    only(REG.validate(counter("S.KD.01", "2026-03-09T12:00", "2026-03-12T17:00").events()),
        RegulationCode.RECEIPT_OUTSIDE_RECEPTION_HOURS);
    assertTrue(REG.validate(History.received("S.KD.01", Channel.POSTAL, "2026-03-09T12:00", "2026-03-12T17:00")
        .events()).isValid());
  }

  // ---------------------------------------------------------------- transfer (Art 18(2))

  @Test
  void transfer_sameDayOrStartOfNextWorkingDay() {
    // Art 18(2): "chuyển ngay trong ngày hoặc chuyển vào đầu giờ ngày làm việc tiếp theo đối với trường hợp
    // tiếp nhận sau 15 giờ". Received FRI_2026_02_13 09:00 → by 13/02 17:00.
    assertTrue(REG.validate(counter("S.KD.01", "2026-02-13T09:00", "2026-02-25T17:00")
        .transfer("2026-02-13T17:00", "000.00.31.H05").events()).isValid());
    Violation v = only(REG.validate(counter("S.KD.01", "2026-02-13T09:00", "2026-02-25T17:00")
        .transfer("2026-02-13T17:05", "000.00.31.H05").events()), RegulationCode.TRANSFER_LATE);
    assertEquals(1, v.eventIndex());
    assertTrue(v.messageEn().contains("deadline 13/02/2026 17:00"), v.messageEn());
    // Received FRI_2026_02_13 16:00 (after 15:00) → start of the next working day, Mon 23/2 after Tết,
    // read as the end of its first working period: 23/02/2026 11:00.
    assertTrue(REG.validate(counter("S.KD.01", "2026-02-13T16:00", "2026-02-25T17:00")
        .transfer("2026-02-23T10:59", "000.00.31.H05").events()).isValid());
    v = only(REG.validate(counter("S.KD.01", "2026-02-13T16:00", "2026-02-25T17:00")
        .transfer("2026-02-23T11:30", "000.00.31.H05").events()), RegulationCode.TRANSFER_LATE);
    assertTrue(v.messageEn().contains("23/02/2026 11:00"), v.messageEn());
    // Exactly 15:00 is not "after 15:00": same day.
    only(REG.validate(counter("S.KD.01", "2026-03-09T15:00", "2026-03-12T17:00")
        .transfer("2026-03-10T08:00", "000.00.31.H05").events()), RegulationCode.TRANSFER_LATE);
    // Only the first transfer is judged.
    assertTrue(REG.validate(counter("S.KD.01", "2026-03-09T09:00", "2026-03-12T17:00")
        .transfer("2026-03-09T10:00", "000.00.31.H05").transfer("2026-03-11T10:00", "000.00.31.H05.P1")
        .events()).isValid());
  }

  @Test
  void transferDeadline_publicApi_matchesTheRule() {
    // Art 18(2), as the rule reads it: received FRI_2026_02_13 09:00 → 13/02 17:00; received 16:00 (after
    // 15:00) → the end of the first working period of the next working day, Mon 23/2 after Tết, 11:00.
    assertEquals(Instant.parse("2026-02-13T17:00:00+07:00"),
        REG.transferDeadline(Instant.parse("2026-02-13T09:00:00+07:00")));
    assertEquals(Instant.parse("2026-02-23T11:00:00+07:00"),
        REG.transferDeadline(Instant.parse("2026-02-13T16:00:00+07:00")));
    assertThrows(IllegalArgumentException.class,
        () -> REG.transferDeadline(Instant.parse("2018-06-20T09:00:00+07:00")));
  }

  @Test
  void supplementNoticeDeadline_publicApi_countsFromTheAgencysReceipt() {
    // Art 19(4): S.DD.01 received THU_2026_02_12 08:00, land office receives it 12/02 10:00; 3 working days:
    // 13/2 (1), Tết 16–20/2, 23/2 (2), 24/2 (3) → 24/02 17:00. A unit that never got a transfer counts from
    // the one-stop unit's receipt (12/02 08:00), the same day here.
    Dossier d = REG.validate(counter("S.DD.01", "2026-02-12T08:00", "2026-03-05T17:00")
        .transfer("2026-02-12T10:00", LAND_OFFICE).events()).orElseThrow();
    assertEquals(Instant.parse("2026-02-24T17:00:00+07:00"), REG.supplementNoticeDeadline(d, LAND_OFFICE));
    assertEquals(Instant.parse("2026-02-24T17:00:00+07:00"), REG.supplementNoticeDeadline(d, JUSTICE));
  }

  // ---------------------------------------------------------------- supplement (Art 19(4))

  @Test
  void supplementNotice_withinThreeWorkingDaysOfAgencyReceipt() {
    // Art 19(4): "trong thời hạn 03 ngày làm việc ... cơ quan ... phải thông báo bằng văn bản". S.DD.01
    // received THU_2026_02_12 08:00 (10 working days: 13/2 (1), 23–27/2 (6), 2–5/3 (10) → 05/03 17:00);
    // land office receives it 12/02 10:00; 3 working days: 13/2 (1), Tết, 23/2 (2), 24/2 (3) → 24/02 17:00.
    History ok = counter("S.DD.01", "2026-02-12T08:00", "2026-03-05T17:00")
        .transfer("2026-02-12T10:00", LAND_OFFICE).supplementRequested("2026-02-24T16:00", LAND_OFFICE);
    assertTrue(REG.validate(ok.events()).isValid());
    Violation v = only(REG.validate(counter("S.DD.01", "2026-02-12T08:00", "2026-03-05T17:00")
        .transfer("2026-02-12T10:00", LAND_OFFICE).supplementRequested("2026-02-25T08:00", LAND_OFFICE).events()),
        RegulationCode.SUPPLEMENT_NOTICE_LATE);
    assertEquals(Severity.BREACH, v.severity());
    assertTrue(v.messageEn().contains("deadline 24/02/2026 17:00") && v.messageEn().contains("12/02/2026 10:00"),
        v.messageEn());
    // Decree 118/2025 Art 19(5): "không quá 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ".
    assertEquals("Decree 118/2025/ND-CP, Art 19(5)", v.legalBasis().en());
  }

  @Test
  void supplementRequest_oncePerAgency_orPerDossierBySetting() {
    // Art 19(4); Decision 09/2015/QĐ-TTg: "không quá một lần". S.DD.01 received MON_2026_03_09 08:00
    // (10 working days → 23/03 17:00).
    History twice = counter("S.DD.01", "2026-03-09T08:00", "2026-03-23T17:00")
        .transfer("2026-03-09T09:00", LAND_OFFICE).supplementRequested("2026-03-10T09:00", LAND_OFFICE)
        .supplemented("2026-03-12T09:00").supplementRequested("2026-03-13T09:00", LAND_OFFICE);
    Violation v = only(REG.validate(twice.events()), RegulationCode.SUPPLEMENT_REQUEST_REPEATED);
    assertEquals(Severity.REFUSAL, v.severity());
    assertEquals(4, v.eventIndex());
    assertTrue(v.messageEn().contains("number 2 by unit " + LAND_OFFICE), v.messageEn());
    // A second agency may ask once too...
    History otherAgency = counter("S.DD.01", "2026-03-09T08:00", "2026-03-23T17:00")
        .transfer("2026-03-09T09:00", LAND_OFFICE).supplementRequested("2026-03-10T09:00", LAND_OFFICE)
        .supplemented("2026-03-12T09:00").transfer("2026-03-12T10:00", JUSTICE)
        .supplementRequested("2026-03-13T09:00", JUSTICE);
    assertTrue(REG.validate(otherAgency.events()).isValid());
    // ... unless the limit counts per dossier.
    Regulation perDossier = REG.withSettings(
        RegulationSettings.builder().supplementScope(SupplementScope.PER_DOSSIER).build());
    only(perDossier.validate(otherAgency.events()), RegulationCode.SUPPLEMENT_REQUEST_REPEATED);
  }

  @Test
  void intakeNotice_onceOnly() {
    // Art 15(3), 17(2)(a); seed Art 8(3)(c): "chỉ được yêu cầu sửa đổi, bổ sung một lần".
    History once = submitted("S.KD.01", "2026-03-07T20:00").returnedAtIntake("2026-03-09T08:00")
        .resubmitted("2026-03-09T20:00").receive("2026-03-10T09:00", "2026-03-13T17:00");
    assertTrue(REG.validate(once.events()).isValid());
    History twice = submitted("S.KD.01", "2026-03-07T20:00").returnedAtIntake("2026-03-09T08:00")
        .resubmitted("2026-03-09T20:00").returnedAtIntake("2026-03-10T08:00");
    Violation v = only(REG.validate(twice.events()), RegulationCode.INTAKE_NOTICE_REPEATED);
    assertEquals(Severity.REFUSAL, v.severity());
    assertEquals(3, v.eventIndex());
    // A 2026 dossier: Decree 118/2025 Art 16(3) ("hướng dẫn ... một lần đầy đủ"), 17(1)(c), 17(2)(a).
    assertEquals("Decree 118/2025/ND-CP, Art 16(3), 17(1)(c), 17(2)(a)", v.legalBasis().en());
  }

  // ---------------------------------------------------------------- apology (Art 19(9)) and denial (Art 19(8))

  @Test
  void reschedule_atLeastOneDayBefore_once_later() {
    // Art 19(9): "chậm nhất 01 ngày trước ngày hết hạn". S.DD.01 received THU_2026_02_12 08:00 → due
    // 05/03/2026 17:00, so the apology is due by Wed 04/03/2026.
    History base = counter("S.DD.01", "2026-02-12T08:00", "2026-03-05T17:00")
        .transfer("2026-02-12T10:00", LAND_OFFICE);
    assertTrue(REG.validate(counter("S.DD.01", "2026-02-12T08:00", "2026-03-05T17:00")
        .transfer("2026-02-12T10:00", LAND_OFFICE).rescheduled("2026-03-04T16:59", "2026-03-10T17:00")
        .events()).isValid());
    Violation v = only(REG.validate(counter("S.DD.01", "2026-02-12T08:00", "2026-03-05T17:00")
        .transfer("2026-02-12T10:00", LAND_OFFICE).rescheduled("2026-03-05T08:00", "2026-03-10T17:00").events()),
        RegulationCode.RESCHEDULE_LATE);
    assertTrue(v.messageEn().contains("05/03/2026 17:00") && v.messageEn().contains("04/03/2026"), v.messageEn());
    v = only(REG.validate(base.rescheduled("2026-03-02T08:00", "2026-03-10T17:00")
        .rescheduled("2026-03-03T08:00", "2026-03-12T17:00").events()), RegulationCode.RESCHEDULE_REPEATED);
    assertEquals(Severity.REFUSAL, v.severity());
    assertEquals(3, v.eventIndex());
    only(REG.validate(counter("S.DD.01", "2026-02-12T08:00", "2026-03-05T17:00")
        .transfer("2026-02-12T10:00", LAND_OFFICE).rescheduled("2026-03-02T08:00", "2026-03-05T17:00").events()),
        RegulationCode.RESCHEDULE_NOT_LATER);
  }

  @Test
  void denial_withinThePeriod_decree118() {
    // Art 19(8). S.TP.01 received WED_2026_08_26 09:00: 27/8, 28/8 (2), 31/8–2/9 off, 3/9, 4/9 (4),
    // 7–11/9 (9), 14/9 (10) → 14/09/2026 17:00. Judged under Decree 118/2025 (received after 1/7/2025).
    History ok = counter("S.TP.01", "2026-08-26T09:00", "2026-09-14T17:00")
        .transfer("2026-08-26T10:00", JUSTICE).denied("2026-09-14T16:00");
    assertTrue(REG.validate(ok.events()).isValid());
    Violation v = only(REG.validate(counter("S.TP.01", "2026-08-26T09:00", "2026-09-14T17:00")
        .transfer("2026-08-26T10:00", JUSTICE).denied("2026-09-15T08:00").events()), RegulationCode.DENIAL_LATE);
    // Decree 118/2025 Art 19(3): "Thời hạn thông báo phải trong thời hạn giải quyết hồ sơ".
    assertEquals("Decree 118/2025/ND-CP, Art 19(3)", v.legalBasis().en());
    assertEquals("Nghị định 118/2025/NĐ-CP, Điều 19 khoản 3",
        v.legalBasis().vi());
    assertTrue(v.messageEn().contains("15/09/2026 08:00") && v.messageEn().contains("14/09/2026 17:00"));
    // A late approval is no breach of Art 19(3); with no apology before the due date-time it breaks Art 19(6).
    only(REG.validate(counter("S.TP.01", "2026-08-26T09:00", "2026-09-14T17:00")
        .transfer("2026-08-26T10:00", JUSTICE).approved("2026-09-15T08:00").events()),
        RegulationCode.OVERDUE_WITHOUT_APOLOGY);
  }

  @Test
  void denial_afterSupplement_judgedAgainstRestartedPeriod() {
    // Art 19(4): the period restarts when the complete dossier comes back. Received THU_2026_02_12 08:00
    // (due 05/03); supplemented MON_2026_03_02 09:00 → 10 working days: 3–6/3 (4), 9–13/3 (9), 16/3 (10)
    // → 16/03/2026 17:00; a denial on 10/03 is within the restarted period.
    History h = counter("S.DD.01", "2026-02-12T08:00", "2026-03-05T17:00")
        .transfer("2026-02-12T10:00", LAND_OFFICE).supplementRequested("2026-02-13T10:00", LAND_OFFICE)
        .supplemented("2026-03-02T09:00").denied("2026-03-10T09:00");
    assertTrue(REG.validate(h.events()).isValid());
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void unknownProcedure_reportedOnceAndTheRestStillChecked() {
    // One root cause, one violation: the procedure is unknown at the opening event, which is applied; the
    // transfer is not refused again, and the lifecycle still checks the rest (a second receipt is refused).
    Replay r = REG.validate(counter("X.UNKNOWN", "2026-03-09T09:00", "2026-03-12T17:00")
        .transfer("2026-03-09T10:00", LAND_OFFICE).approved("2026-03-10T10:00").events());
    assertEquals(List.of("0:" + RegulationCode.UNKNOWN_PROCEDURE), codes(r));
    Violation v = r.violations().get(0);
    assertEquals(Severity.BREACH, v.severity());
    assertTrue(v.messageEn().contains("X.UNKNOWN"));
    assertEquals(DossierStatus.RESOLVED, r.dossier().orElseThrow().status());
    List<DossierEvent> twice = new ArrayList<>(counter("X.UNKNOWN", "2026-03-09T09:00", "2026-03-12T17:00").events());
    twice.add(twice.get(0));
    assertEquals(List.of("0:" + RegulationCode.UNKNOWN_PROCEDURE, "1:" + StructuralCode.EVENT_NOT_PERMITTED),
        codes(REG.validate(twice)));
  }

  @Test
  void unknownProcedure_hugeOrMultiLineCode_messageBoundedOnOneLine() {
    // the code was interpolated whole: a 5 MB code made a 5 MB message line in `motcua validate`
    for (String code : List.of("P".repeat(5_000_000), "X.1\nFAKE LINE")) {
      Violation v = only(REG.validate(counter(code, "2026-03-09T09:00", "2026-03-12T17:00").events()),
          RegulationCode.UNKNOWN_PROCEDURE);
      for (String m : List.of(v.messageVi(), v.messageEn())) {
        assertTrue(m.length() < 300, m.length() + " characters");
        assertFalse(m.contains("\n"), m);
      }
    }
    // a plain code reads as before, unquoted
    assertTrue(only(REG.validate(counter("X.UNKNOWN", "2026-03-09T09:00", "2026-03-12T17:00").events()),
        RegulationCode.UNKNOWN_PROCEDURE).messageEn().startsWith("Procedure X.UNKNOWN is not in"));
  }

  @Test
  void receiptBeforeDecree61_refused() {
    // Decree 61/2018/NĐ-CP took effect on THU_2018_06_21.
    Violation v = only(REG.validate(counter("S.KD.01", "2018-06-20T09:00", "2018-06-25T17:00").events()),
        RegulationCode.RECEIVED_BEFORE_DECREE_61);
    assertEquals(Severity.BREACH, v.severity()); // reported once; the regulation is silent after it
    assertTrue(v.messageEn().contains("20/06/2018 09:00"));
    // 21/6/2018 09:00 + 3 working days: Fri 22/6, Mon 25/6, Tue 26/6 → 26/06/2018 17:00.
    assertTrue(REG.validate(counter("S.KD.01", "2018-06-21T09:00", "2018-06-26T17:00").events()).isValid());
  }

  @Test
  void receiptOutsideCalendar_refusedNeverThrown() {
    // A host calendar covering 2019-01-01..2026-12-31 only.
    Regulation narrow = Regulation.vietnam(new NarrowCalendar(), SampleCatalogue.catalogue());
    Violation v = only(narrow.validate(counter("S.KD.01", "2027-01-04T09:00", "2027-01-07T17:00").events()),
        RegulationCode.RECEIPT_OUTSIDE_CALENDAR);
    assertEquals(Severity.BREACH, v.severity()); // reported once; the deadline rules are silent after it
    assertTrue(v.messageEn().contains("01/01/2019–31/12/2026"), v.messageEn());
    // In range, but the due date-time (10 working days from MON_2026_12_28) falls after the range: the
    // calendar throws, the rule reports it.
    Replay r = narrow.validate(counter("S.DD.01", "2026-12-28T09:00", "2027-01-11T17:00").events());
    assertEquals(List.of("0:" + RegulationCode.CALENDAR_UNAVAILABLE), codes(r));
  }

  @Test
  void strictCalendar_unpublishedYear_violationNotException() {
    Regulation strict = Regulation.vietnam(WorkingCalendars.builder().strict(true).build(), SampleCatalogue.catalogue());
    Replay r = strict.validate(counter("S.KD.01", "2031-03-10T09:00", "2031-03-13T17:00").events());
    assertTrue(codes(r).contains("0:" + RegulationCode.CALENDAR_UNAVAILABLE), () -> codes(r).toString());
  }

  @Test
  void disabledRule_notChecked() {
    Regulation lenient = REG.withSettings(
        RegulationSettings.builder().disable(RegulationCode.APPOINTMENT_MISMATCH).build());
    assertTrue(lenient.validate(counter("S.KD.01", "2026-02-13T09:00", "2026-02-24T17:00").events()).isValid());
  }

  // ---------------------------------------------------------------- structural rules cite the instrument

  @Test
  void structural_refusal_citesInstrumentInForceOnReceipt() {
    // A result returned before the dossier is resolved is not in the transition table (DESIGN §4). The
    // dossier of 13/02/2026 is judged under Decree 118/2025 (in force from 1/7/2025); the same history
    // received on 13/02/2024 under Decree 61/2018.
    Violation v2026 = only(REG.validate(counter("S.KD.01", "2026-02-13T09:00", "2026-02-25T17:00")
        .returned("2026-02-16T09:00").events()), StructuralCode.EVENT_NOT_PERMITTED);
    assertEquals(LegalInstrument.DECREE_118_2025.citation(StructuralCode.EVENT_NOT_PERMITTED), v2026.legalBasis());
    assertTrue(v2026.legalBasis().vi().startsWith("Nghị định 118/2025/NĐ-CP"), v2026.legalBasis()::vi);
    Violation v2024 = only(REG.validate(counter("S.KD.01", "2024-02-01T09:00", "2024-02-06T17:00")
        .returned("2024-02-02T09:00").events()), StructuralCode.EVENT_NOT_PERMITTED);
    assertEquals("Decree 61/2018/ND-CP, Art 17–20", v2024.legalBasis().en());
  }

  @Test
  void legalInstrument_everyCode_hasCitationUnderEveryInstrument() {
    for (LegalInstrument i : LegalInstrument.values()) {
      for (ViolationCode c : RegulationCode.values()) {
        assertTrue(!i.citation(c).en().isBlank(), i + " " + c);
      }
      for (ViolationCode c : StructuralCode.values()) {
        assertTrue(!i.citation(c).en().isBlank(), i + " " + c);
      }
    }
    ViolationCode host = new ViolationCode() {
      @Override public String code() {
        return "HOST_RULE";
      }

      @Override public Severity defaultSeverity() {
        return Severity.BREACH;
      }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LegalInstrument.DECREE_118_2025.citation(host));
    assertTrue(e.getMessage().contains("HOST_RULE"), e.getMessage());
  }

  @Test
  void legalInstrument_inForceOn_boundaries() {
    assertEquals(Optional.empty(), LegalInstrument.inForceOn(LocalDate.of(2018, 6, 20)));
    assertEquals(Optional.of(LegalInstrument.DECREE_61_2018), LegalInstrument.inForceOn(LocalDate.of(2018, 6, 21)));
    assertEquals(Optional.of(LegalInstrument.DECREE_61_2018), LegalInstrument.inForceOn(LocalDate.of(2025, 6, 30)));
    assertEquals(Optional.of(LegalInstrument.DECREE_118_2025), LegalInstrument.inForceOn(LocalDate.of(2025, 7, 1)));
  }

  @Test
  void citations_decree61Dossier_citeDecree61Articles() {
    // A 2024 dossier is judged under Decree 61/2018: the second supplement request cites Art 11(2)(c) ("chỉ
    // được yêu cầu sửa đổi, bổ sung một lần"), not Decision 09/2015/QĐ-TTg, which Decree 61 Art 40(2) repealed.
    assertEquals("Decree 61/2018/ND-CP, Art 11(2)(c) (with 19(4))",
        LegalInstrument.DECREE_61_2018.citation(RegulationCode.SUPPLEMENT_REQUEST_REPEATED).en());
    assertEquals("Decree 118/2025/ND-CP, Art 11(2)(c) (with 19(5))",
        LegalInstrument.DECREE_118_2025.citation(RegulationCode.SUPPLEMENT_REQUEST_REPEATED).en());
    assertEquals("Decree 118/2025/ND-CP, Art 19(6)",
        LegalInstrument.DECREE_118_2025.citation(RegulationCode.RESCHEDULE_LATE).en());
    // No article requires a later new appointment: the citation says it is our inference.
    assertTrue(LegalInstrument.DECREE_118_2025.citation(RegulationCode.RESCHEDULE_NOT_LATER).en().endsWith("[inferred]"));
    assertEquals("Decree 118/2025/ND-CP, Art 28(2)",
        LegalInstrument.DECREE_118_2025.citation(StructuralCode.RECEIPT_WITHOUT_CODE).en());
    for (LegalInstrument i : LegalInstrument.values()) {
      for (RegulationCode c : RegulationCode.values()) {
        assertTrue(!i.citation(c).en().contains("09/2015"), i + " " + c);
      }
    }
  }

  @Test
  void receptionHours_citeTheCentresOwnRegulation_configurable() {
    // Neither decree has an article on Saturday reception: the centre's regulation (seed: Bạc Liêu Decision
    // 221/QĐ-UBND Art 5) with Decision 14/2010/QĐ-TTg. S.DD.01 is not received on Saturday mornings.
    History saturday = counter("S.DD.01", "2026-03-07T08:00", "2026-03-23T17:00");
    Violation v = REG.validate(saturday.events()).violations().stream()
        .filter(x -> x.code() == RegulationCode.RECEIPT_OUTSIDE_RECEPTION_HOURS).findFirst().orElseThrow();
    assertEquals("Bạc Liêu Decision 221/QD-UBND (2018), Art 5; Decision 14/2010/QD-TTg", v.legalBasis().en());
    LegalBasis caMau = LegalBasis.of("Quyết định …/QĐ-UBND tỉnh Cà Mau, Điều 5", "Cà Mau Decision …/QD-UBND, Art 5");
    Regulation mine = REG.withSettings(RegulationSettings.builder().centreRegulation(caMau).build());
    Violation w = mine.validate(saturday.events()).violations().stream()
        .filter(x -> x.code() == RegulationCode.RECEIPT_OUTSIDE_RECEPTION_HOURS).findFirst().orElseThrow();
    assertEquals("Cà Mau Decision …/QD-UBND, Art 5; Decision 14/2010/QD-TTg", w.legalBasis().en());
  }
}
