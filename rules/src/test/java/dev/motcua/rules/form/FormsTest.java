package dev.motcua.rules.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.core.dossier.Actor;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Officer;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.deadline.Timeliness;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.testing.SampleCatalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The data of each form from hand-worked histories. Procedures from {@link SampleCatalogue}: S.KD.01 (3 working
 * days, Phòng Tài chính - Kế hoạch thành phố Bạc Liêu), S.DD.01 (10 working days, Văn phòng Đăng ký đất đai
 * tỉnh Bạc Liêu). Calendar facts: Tết 2026 off 16–20/2 (Official Letter of the Ministry of Home Affairs, see
 * the calendar's schedule data); 30/4 and 1/5 holidays (Labour Code 2019 Art 112).
 */
class FormsTest {
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String ONE_STOP = "000.00.15.H05";
  static final String LAND_OFFICE = "000.00.20.H05";
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());
  static final Forms FORMS = Forms.of(REG);
  static final Actor RECEPTION = new Officer("cb-001", "Trần Thị B", ONE_STOP);
  static final Actor LAND = new Officer("cb-207", "Lê Văn Cường", LAND_OFFICE);
  static final Applicant APPLICANT = Applicant.builder().name("Nguyễn Văn An").idNumber("095088001234")
      .phone("0291 3822 123").address("Số 12 đường Hai Bà Trưng, phường 1, Bạc Liêu").build();

  static final LegalBasis C01 = LegalBasis.of("Thông tư 01/2018/TT-VPCP, Điều 9", "Circular 01/2018/TT-VPCP, Art 9");
  static final LegalBasis C03 = LegalBasis.of("Thông tư 03/2025/TT-VPCP, Phụ lục I", "Circular 03/2025/TT-VPCP, Annex I");

  static Instant vn(String local) {
    return LocalDateTime.parse(local).atZone(VN).toInstant();
  }

  static LocalDateTime t(String local) {
    return LocalDateTime.parse(local);
  }

  static Filing filing(String procedure, Channel channel) {
    return new Filing(procedure, channel, APPLICANT, ONE_STOP);
  }

  static DossierCode code(String date) {
    return DossierCode.of(ONE_STOP, LocalDate.parse(date), 1);
  }

  /** S.KD.01 received at the counter FRI_2026_02_13 16:30: 3 working days after Tết (16–20/2) → WED 25/02 17:00. */
  static List<DossierEvent> kdReceived() {
    return List.of(new DossierEvent.Received(vn("2026-02-13T16:30"), RECEPTION, filing("S.KD.01", Channel.COUNTER),
        code("2026-02-13"), vn("2026-02-25T17:00")));
  }

  /**
   * S.DD.01 received THU_2026_02_12 08:00 (10 working days: 13/2, 23–27/2, 2–5/3 → THU 05/03 17:00), transferred
   * to the land office the same morning.
   */
  static List<DossierEvent> ddTransferred() {
    return List.of(
        new DossierEvent.Received(vn("2026-02-12T08:00"), RECEPTION, filing("S.DD.01", Channel.COUNTER),
            code("2026-02-12"), vn("2026-03-05T17:00")),
        new DossierEvent.Transferred(vn("2026-02-12T10:00"), RECEPTION, ONE_STOP, LAND_OFFICE));
  }

  static List<DossierEvent> plus(List<DossierEvent> history, DossierEvent... more) {
    List<DossierEvent> all = new ArrayList<>(history);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  static FormHeader header(String number, String title, LegalBasis basis, boolean inferred,
      LegalInstrument instrument, String date) {
    return FormHeader.builder().heading(new FormHeading(number, title, basis, inferred)).instrument(instrument)
        .unitId(ONE_STOP).date(LocalDate.parse(date)).build();
  }

  // --- 01 receipt slip

  @Test
  void receiptSlip_decree118_everyField() {
    ReceiptSlip expected = ReceiptSlip.builder()
        .header(header("Mẫu số 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", C03, false,
            LegalInstrument.DECREE_118_2025, "2026-02-13"))
        .dossierCode(DossierCode.parse("000.00.15.H05-260213-0001"))
        .applicant(APPLICANT)
        .procedureCode("S.KD.01")
        .procedureName("Đăng ký thành lập hộ kinh doanh")
        .channel(Channel.COUNTER)
        .processingTime(ProcessingTime.workingDays(3))
        .receivedAt(t("2026-02-13T16:30"))
        .appointment(t("2026-02-25T17:00"))
        .receiver("Trần Thị B")
        .build();
    ReceiptSlip slip = FORMS.receiptSlip(kdReceived());
    assertEquals(expected, slip);
    // Absent until the host fills them.
    assertEquals(Optional.empty(), slip.proxy());
    assertEquals(List.of(), slip.components());
    assertEquals(false, slip.numberOfSets().isPresent());
    assertEquals(Optional.empty(), slip.bookVolume());
    assertEquals(Optional.empty(), slip.header().unitName());
    assertEquals(FormKind.RECEIPT_SLIP, slip.kind());
    assertEquals(FormKind.Paper.A5, slip.kind().paper());
  }

  @Test
  void receiptSlip_noAppointmentOnTheReceipt_notApplicable() {
    List<DossierEvent> history = List.of(new DossierEvent.Received(vn("2026-02-13T16:30"), RECEPTION,
        Optional.of(filing("S.KD.01", Channel.COUNTER)), Optional.of(code("2026-02-13")), Optional.empty()));
    assertEquals("No receipt slip: the regulation refuses the history at events[0]: RECEIPT_WITHOUT_APPOINTMENT"
        + " (Received event at 2026-02-13T09:30:00Z carries no appointment)",
        assertThrows(FormNotApplicableException.class, () -> FORMS.receiptSlip(history)).getMessage());
  }

  @Test
  void receiptSlip_decree61_circular01Heading() {
    // MON_2024_03_04 08:00 + 3 working days (day of receipt not counted, Civil Code Art 147) → THU 07/03 17:00.
    List<DossierEvent> history = List.of(new DossierEvent.Received(vn("2024-03-04T08:00"), RECEPTION,
        filing("S.KD.01", Channel.POSTAL), code("2024-03-04"), vn("2024-03-07T17:00")));
    ReceiptSlip slip = FORMS.receiptSlip(history);
    assertEquals(header("Mẫu số 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", C01, false,
        LegalInstrument.DECREE_61_2018, "2024-03-04"), slip.header());
    assertEquals(Channel.POSTAL, slip.channel());
    assertEquals(t("2024-03-07T17:00"), slip.appointment());
  }

  @Test
  void receiptSlip_hostFills_absentFields() {
    Applicant authoriser = Applicant.builder().name("Phạm Thị Dung").idNumber("095190004321").build();
    ReceiptSlip filled = FORMS.receiptSlip(kdReceived())
        .withNumberOfSets(1)
        .withComponents(List.of("Giấy đề nghị đăng ký hộ kinh doanh", "Bản sao CCCD"))
        .withProxy(authoriser, "Giấy ủy quyền số 12/2026")
        .withResultPlace("Quầy số 3, Trung tâm Phục vụ hành chính công")
        .withBook("02", "0157");
    ReceiptSlip slip = filled.withHeader(filled.header().withUnitName("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
        .withOwningBody("UBND TỈNH BẠC LIÊU").withNumber("157/GTN").withPlace("Bạc Liêu"));
    assertEquals(1, slip.numberOfSets().getAsInt());
    assertEquals(List.of("Giấy đề nghị đăng ký hộ kinh doanh", "Bản sao CCCD"), slip.components());
    assertEquals(Optional.of(authoriser), slip.proxy());
    assertEquals(Optional.of("Giấy ủy quyền số 12/2026"), slip.proxyPapers());
    assertEquals(Optional.of("Quầy số 3, Trung tâm Phục vụ hành chính công"), slip.resultPlace());
    assertEquals(Optional.of("02"), slip.bookVolume());
    assertEquals(Optional.of("0157"), slip.bookSerial());
    assertEquals(Optional.of("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), slip.header().unitName());
    assertEquals(Optional.of("UBND TỈNH BẠC LIÊU"), slip.header().owningBody());
    assertEquals(Optional.of("157/GTN"), slip.header().number());
    assertEquals(Optional.of("Bạc Liêu"), slip.header().place());
    // The history's fields are kept.
    assertEquals(t("2026-02-25T17:00"), slip.appointment());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> slip.withNumberOfSets(0));
    assertEquals("numberOfSets must be at least 1, was 0", e.getMessage());
  }

  @Test
  void receiptSlip_refusedAtIntake_notApplicable() {
    List<DossierEvent> history = List.of(
        new DossierEvent.Submitted(vn("2026-02-13T09:00"), RECEPTION, filing("S.KD.01", Channel.ONLINE)),
        new DossierEvent.Refused(vn("2026-02-13T10:00"), RECEPTION, "Không thuộc thẩm quyền"));
    FormNotApplicableException e = assertThrows(FormNotApplicableException.class,
        () -> FORMS.receiptSlip(history));
    assertEquals(FormKind.RECEIPT_SLIP, e.kind());
    assertEquals("No receipt slip: the dossier was not received (status Từ chối tiếp nhận / Refused)",
        e.getMessage());
  }

  @Test
  void anyForm_historyRefusedByTheRegulation_namesTheEvent() {
    List<DossierEvent> history = List.of(new DossierEvent.Received(vn("2026-02-13T09:00"), RECEPTION,
        filing("X.XX.99", Channel.COUNTER), code("2026-02-13"), vn("2026-02-25T17:00")));
    // An unknown procedure is reported once and the receipt applied (issue 11 §4): no form can compute its
    // deadlines, and the reason says so.
    FormNotApplicableException e = assertThrows(FormNotApplicableException.class,
        () -> FORMS.receiptSlip(history));
    assertEquals("procedure X.XX.99 is not in the catalogue", e.reason());
    // A refused event names its index and code.
    List<DossierEvent> twice = List.of(kdReceived().get(0), kdReceived().get(0));
    FormNotApplicableException refused = assertThrows(FormNotApplicableException.class,
        () -> FORMS.receiptSlip(twice));
    assertEquals(true, refused.reason().startsWith("the regulation refuses the history at events[1]: EVENT_NOT_PERMITTED"),
        refused.reason());
    assertEquals("No processing-control slip: the history is empty",
        assertThrows(FormNotApplicableException.class, () -> FORMS.controlSlip(List.of())).getMessage());
  }

  // --- 02 supplement request

  @Test
  void supplementRequest_duringAppraisal_everyField() {
    List<DossierEvent> history = plus(ddTransferred(), new DossierEvent.SupplementRequested(vn("2026-02-13T10:00"),
        LAND, LAND_OFFICE, List.of("Bản vẽ sơ đồ thửa đất", "Bản sao Giấy chứng nhận quyền sử dụng đất"),
        "Hồ sơ thiếu bản vẽ sơ đồ thửa đất"));
    SupplementRequest expected = SupplementRequest.builder()
        .header(header("Mẫu số 02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", C03, false,
            LegalInstrument.DECREE_118_2025, "2026-02-13"))
        .dossierCode(code("2026-02-12"))
        .applicant(APPLICANT)
        .procedureCode("S.DD.01")
        .procedureName("Đăng ký biến động quyền sử dụng đất")
        .atIntake(false)
        .requestingUnit(LAND_OFFICE)
        .items(List.of("Bản vẽ sơ đồ thửa đất", "Bản sao Giấy chứng nhận quyền sử dụng đất"))
        .reason("Hồ sơ thiếu bản vẽ sơ đồ thửa đất")
        .requestedAt(t("2026-02-13T10:00"))
        .officer("Lê Văn Cường")
        .build();
    SupplementRequest request = FORMS.supplementRequest(history);
    assertEquals(expected, request);
    assertEquals(Optional.empty(), request.contactPerson());
    SupplementRequest filled = request.withContact("Lê Văn Cường", "0291 3824 567");
    assertEquals(Optional.of("Lê Văn Cường"), filled.contactPerson());
    assertEquals(Optional.of("0291 3824 567"), filled.contactPhone());
  }

  @Test
  void supplementRequest_atIntake_noCodeAndTheOneStopUnit() {
    List<DossierEvent> history = List.of(
        new DossierEvent.Submitted(vn("2026-02-13T09:00"), RECEPTION, filing("S.KD.01", Channel.ONLINE)),
        new DossierEvent.ReturnedAtIntake(vn("2026-02-13T10:15"), RECEPTION, List.of("Bản sao CCCD"),
            "Thiếu giấy tờ tùy thân"));
    SupplementRequest expected = SupplementRequest.builder()
        .header(header("Mẫu số 02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", C03, false,
            LegalInstrument.DECREE_118_2025, "2026-02-13"))
        .applicant(APPLICANT)
        .procedureCode("S.KD.01")
        .procedureName("Đăng ký thành lập hộ kinh doanh")
        .atIntake(true)
        .requestingUnit(ONE_STOP)
        .items(List.of("Bản sao CCCD"))
        .reason("Thiếu giấy tờ tùy thân")
        .requestedAt(t("2026-02-13T10:15"))
        .officer("Trần Thị B")
        .build();
    assertEquals(expected, FORMS.supplementRequest(history));
  }

  @Test
  void supplementRequest_none_notApplicable() {
    assertEquals("No supplement request: the history has no supplement request (yêu cầu bổ sung), status Đã tiếp"
        + " nhận / Received",
        assertThrows(FormNotApplicableException.class, () -> FORMS.supplementRequest(kdReceived())).getMessage());
  }

  // --- 03 refusal slip

  @Test
  void refusalSlip_atIntake_everyField() {
    List<DossierEvent> history = List.of(
        new DossierEvent.Submitted(vn("2026-02-13T09:00"), RECEPTION, filing("S.KD.01", Channel.ONLINE)),
        new DossierEvent.Refused(vn("2026-02-13T10:00"), RECEPTION, "Thủ tục không thuộc thẩm quyền tiếp nhận"));
    RefusalSlip expected = RefusalSlip.builder()
        .header(header("Mẫu số 03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", C03, false,
            LegalInstrument.DECREE_118_2025, "2026-02-13"))
        .applicant(APPLICANT)
        .procedureCode("S.KD.01")
        .procedureName("Đăng ký thành lập hộ kinh doanh")
        .atIntake(true)
        .reason("Thủ tục không thuộc thẩm quyền tiếp nhận")
        .refusedAt(t("2026-02-13T10:00"))
        .officer("Trần Thị B")
        .build();
    assertEquals(expected, FORMS.refusalSlip(history));
  }

  @Test
  void refusalSlip_denialAfterAppraisal_withTheCode() {
    List<DossierEvent> history = plus(ddTransferred(),
        DossierEvent.Resolved.denied(vn("2026-03-02T14:00"), LAND, "Thửa đất đang có tranh chấp"));
    RefusalSlip slip = FORMS.refusalSlip(history);
    assertEquals(Optional.of(code("2026-02-12")), slip.dossierCode());
    assertEquals(false, slip.atIntake());
    assertEquals("Thửa đất đang có tranh chấp", slip.reason());
    assertEquals(t("2026-03-02T14:00"), slip.refusedAt());
    assertEquals("Lê Văn Cường", slip.officer());
    assertEquals(LocalDate.of(2026, 3, 2), slip.header().date());
  }

  @Test
  void refusalSlip_receivedDossier_notApplicable() {
    FormNotApplicableException e = assertThrows(FormNotApplicableException.class,
        () -> FORMS.refusalSlip(ddTransferred()));
    assertEquals("No refusal slip: the dossier was received (status Đang giải quyết / In progress), not refused",
        e.getMessage());
  }

  // --- 04 apology

  @Test
  void apologySlip_everyField() {
    List<DossierEvent> history = plus(ddTransferred(), new DossierEvent.Rescheduled(vn("2026-03-03T09:00"), LAND,
        vn("2026-03-10T17:00"), "Cần xác minh thực địa"));
    ApologySlip expected = ApologySlip.builder()
        .header(header("Mẫu số 04", "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết", C03, true,
            LegalInstrument.DECREE_118_2025, "2026-03-03"))
        .dossierCode(code("2026-02-12"))
        .applicant(APPLICANT)
        .procedureCode("S.DD.01")
        .procedureName("Đăng ký biến động quyền sử dụng đất")
        .agency("Văn phòng Đăng ký đất đai tỉnh Bạc Liêu")
        .receivedAt(t("2026-02-12T08:00"))
        .previousAppointment(t("2026-03-05T17:00"))
        .reason("Cần xác minh thực địa")
        .newAppointment(t("2026-03-10T17:00"))
        .apologisedAt(t("2026-03-03T09:00"))
        .officer("Lê Văn Cường")
        .build();
    ApologySlip slip = FORMS.apologySlip(history);
    assertEquals(expected, slip);
    assertEquals(Optional.of("Giám đốc Nguyễn Văn Bình"), slip.withSigner("Giám đốc Nguyễn Văn Bình").signer());
  }

  @Test
  void apologySlip_decree61_2018Title() {
    // MON_2024_03_04 08:00 + 3 working days → THU 07/03/2024 17:00; apology TUE 05/03 for MON 11/03.
    List<DossierEvent> history = List.of(
        new DossierEvent.Received(vn("2024-03-04T08:00"), RECEPTION, filing("S.KD.01", Channel.COUNTER),
            code("2024-03-04"), vn("2024-03-07T17:00")),
        new DossierEvent.Rescheduled(vn("2024-03-05T09:00"), RECEPTION, vn("2024-03-11T17:00"), "Chờ xác minh"));
    ApologySlip slip = FORMS.apologySlip(history);
    assertEquals(new FormHeading("Mẫu số 04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả", C01, false),
        slip.header().heading());
    assertEquals("Phòng Tài chính - Kế hoạch thành phố Bạc Liêu", slip.agency());
    assertEquals(t("2024-03-07T17:00"), slip.previousAppointment());
    assertEquals(t("2024-03-11T17:00"), slip.newAppointment());
  }

  @Test
  void apologySlip_none_notApplicable() {
    assertEquals("No apology slip: the history has no apology and new appointment (xin lỗi và hẹn lại), status"
        + " Đang giải quyết / In progress",
        assertThrows(FormNotApplicableException.class, () -> FORMS.apologySlip(ddTransferred())).getMessage());
  }

  // --- stop notice

  @Test
  void stopNotice_withdrawnUnderDecree118_everyField() {
    List<DossierEvent> history = plus(ddTransferred(), new DossierEvent.Withdrawn(vn("2026-02-23T09:30"), LAND,
        "Người nộp hồ sơ đề nghị rút hồ sơ"));
    StopNotice expected = StopNotice.builder()
        .header(FormHeader.builder()
            .heading(new FormHeading("Mẫu số 05", "Thông báo dừng giải quyết hồ sơ",
                LegalBasis.of("Thông tư 03/2025/TT-VPCP, Điều 7; Nghị định 118/2025/NĐ-CP, Điều 21",
                    "Circular 03/2025/TT-VPCP, Art 7; Decree 118/2025/ND-CP, Art 21"), true))
            .instrument(LegalInstrument.DECREE_118_2025).unitId(ONE_STOP).date(LocalDate.of(2026, 2, 23)).build())
        .dossierCode(code("2026-02-12"))
        .applicant(APPLICANT)
        .procedureCode("S.DD.01")
        .procedureName("Đăng ký biến động quyền sử dụng đất")
        .receivedAt(t("2026-02-12T08:00"))
        .stoppedAt(t("2026-02-23T09:30"))
        .reason("Người nộp hồ sơ đề nghị rút hồ sơ")
        .atApplicantsRequest(true)
        .officer("Lê Văn Cường")
        .build();
    assertEquals(expected, FORMS.stopNotice(history));
  }

  @Test
  void stopNotice_stoppedByTheUnit_notAtTheApplicantsRequest() {
    List<DossierEvent> history = plus(ddTransferred(), new DossierEvent.Stopped(vn("2026-02-23T09:30"), LAND,
        "Người nộp không bổ sung hồ sơ"));
    assertEquals(false, FORMS.stopNotice(history).atApplicantsRequest());
  }

  @Test
  void stopNotice_decree61_notApplicable() {
    List<DossierEvent> history = List.of(
        new DossierEvent.Received(vn("2024-03-04T08:00"), RECEPTION, filing("S.KD.01", Channel.COUNTER),
            code("2024-03-04"), vn("2024-03-07T17:00")),
        new DossierEvent.Withdrawn(vn("2024-03-05T09:00"), RECEPTION, "Rút hồ sơ"));
    assertEquals("No stop notice: the stop notice exists under Decree 118/2025/ND-CP only (Circular"
        + " 03/2025/TT-VPCP Art 7); this dossier is judged under Decree 61/2018/ND-CP (received 2024-03-04)",
        assertThrows(FormNotApplicableException.class, () -> FORMS.stopNotice(history)).getMessage());
    assertEquals(Optional.empty(), FORMS.heading(FormKind.STOP_NOTICE, LegalInstrument.DECREE_61_2018));
  }

  @Test
  void stopNotice_afterADecision_notApplicable() {
    List<DossierEvent> history = plus(ddTransferred(),
        DossierEvent.Resolved.approved(vn("2026-03-02T14:00"), LAND),
        new DossierEvent.Withdrawn(vn("2026-03-03T09:00"), RECEPTION, "Rút hồ sơ"));
    // Decree 118 Art 21(1): the regulation itself refuses a withdrawal after the decision.
    String message = assertThrows(FormNotApplicableException.class, () -> FORMS.stopNotice(history)).getMessage();
    assertEquals(true, message.startsWith(
        "No stop notice: the regulation refuses the history at events[3]: WITHDRAWAL_AFTER_DECISION"), message);
  }

  @Test
  void stopNotice_stillInProgress_notApplicable() {
    assertEquals("No stop notice: the dossier was neither stopped nor withdrawn (status Đang giải quyết / In"
        + " progress)",
        assertThrows(FormNotApplicableException.class, () -> FORMS.stopNotice(ddTransferred())).getMessage());
  }

  // --- control slip

  @Test
  void controlSlip_everyStep() {
    // Transfer deadline: received 08:00, before the 15:00 cut-off → close of that day, 12/02 17:00 (Art 18(2)).
    // The land office holds it against the due date-time 05/03 17:00 and decides on 04/03: early.
    // The one-stop unit returns it on the appointment day 05/03 at 09:00: on time.
    List<DossierEvent> history = plus(ddTransferred(),
        DossierEvent.Resolved.approved(vn("2026-03-04T15:00"), LAND),
        new DossierEvent.ResultReturned(vn("2026-03-05T09:00"), RECEPTION));
    ControlSlip expected = ControlSlip.builder()
        .header(header("Mẫu số 06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", C03, false,
            LegalInstrument.DECREE_118_2025, "2026-03-05"))
        .dossierCode(code("2026-02-12"))
        .procedureCode("S.DD.01")
        .procedureName("Đăng ký biến động quyền sử dụng đất")
        .resolvingAgency("Văn phòng Đăng ký đất đai tỉnh Bạc Liêu")
        .receivedAt(t("2026-02-12T08:00"))
        .appointment(t("2026-03-05T17:00"))
        .steps(List.of(
            new ControlStep(ONE_STOP, t("2026-02-12T08:00"), Optional.of(t("2026-02-12T10:00")),
                Optional.of(LAND_OFFICE), Optional.of(t("2026-02-12T17:00")), Optional.of(Timeliness.ON_TIME)),
            new ControlStep(LAND_OFFICE, t("2026-02-12T10:00"), Optional.of(t("2026-03-04T15:00")),
                Optional.of(ONE_STOP), Optional.of(t("2026-03-05T17:00")), Optional.of(Timeliness.EARLY)),
            new ControlStep(ONE_STOP, t("2026-03-04T15:00"), Optional.of(t("2026-03-05T09:00")),
                Optional.of("Nguyễn Văn An"), Optional.of(t("2026-03-05T17:00")), Optional.of(Timeliness.ON_TIME))))
        .build();
    assertEquals(expected, FORMS.controlSlip(history));
  }

  @Test
  void controlSlip_lateTransferAndOpenStep() {
    // Received THU 12/02 08:00, transferred only FRI 13/02 09:00: after the close of 12/02 → late. The land
    // office still has it: no hand-over time, no result yet.
    List<DossierEvent> history = List.of(
        new DossierEvent.Received(vn("2026-02-12T08:00"), RECEPTION, filing("S.DD.01", Channel.COUNTER),
            code("2026-02-12"), vn("2026-03-05T17:00")),
        new DossierEvent.Transferred(vn("2026-02-13T09:00"), RECEPTION, ONE_STOP, LAND_OFFICE));
    List<ControlStep> steps = FORMS.controlSlip(history).steps();
    assertEquals(List.of(
        new ControlStep(ONE_STOP, t("2026-02-12T08:00"), Optional.of(t("2026-02-13T09:00")),
            Optional.of(LAND_OFFICE), Optional.of(t("2026-02-12T17:00")), Optional.of(Timeliness.LATE)),
        new ControlStep(LAND_OFFICE, t("2026-02-13T09:00"), Optional.empty(), Optional.empty(),
            Optional.of(t("2026-03-05T17:00")), Optional.empty())), steps);
  }

  @Test
  void controlSlip_afterASupplement_theRestartedDueDateTime() {
    // Supplement back complete MON 02/03 09:00: the period restarts (Art 19(4)), 10 working days → MON 16/03
    // 17:00. The hand-over to the land office's second reviewer on 03/03 is judged against it.
    String reviewer = "000.00.21.H05";
    List<DossierEvent> history = plus(ddTransferred(),
        new DossierEvent.SupplementRequested(vn("2026-02-13T10:00"), LAND, LAND_OFFICE, List.of("Bản vẽ"),
            "Thiếu bản vẽ"),
        new DossierEvent.Supplemented(vn("2026-03-02T09:00"), RECEPTION),
        new DossierEvent.Transferred(vn("2026-03-03T08:00"), LAND, LAND_OFFICE, reviewer));
    List<ControlStep> steps = FORMS.controlSlip(history).steps();
    assertEquals(3, steps.size());
    assertEquals(new ControlStep(LAND_OFFICE, t("2026-02-12T10:00"), Optional.of(t("2026-03-03T08:00")),
        Optional.of(reviewer), Optional.of(t("2026-03-05T17:00")), Optional.of(Timeliness.EARLY)), steps.get(1));
    assertEquals(new ControlStep(reviewer, t("2026-03-03T08:00"), Optional.empty(), Optional.empty(),
        Optional.of(t("2026-03-16T17:00")), Optional.empty()), steps.get(2));
  }

  // --- tracking book

  @Test
  void trackingBook_periodRowsInOrderOfReceipt() {
    Applicant other = Applicant.builder().name("Công ty TNHH Minh Phát").phone("0291 3955 000").build();
    // A: MON 20/04/2026 09:00 + 3 working days → THU 23/04 17:00, still in progress.
    List<DossierEvent> a = List.of(new DossierEvent.Received(vn("2026-04-20T09:00"), RECEPTION,
        filing("S.KD.01", Channel.COUNTER), code("2026-04-20"), vn("2026-04-23T17:00")));
    // B: THU 14/05/2026 16:00 + 3 working days → TUE 19/05 17:00, returned 19/05 10:00.
    List<DossierEvent> b = List.of(
        new DossierEvent.Received(vn("2026-05-14T16:00"), RECEPTION,
            new Filing("S.KD.01", Channel.ONLINE, other, ONE_STOP), code("2026-05-14"), vn("2026-05-19T17:00")),
        new DossierEvent.Transferred(vn("2026-05-15T08:00"), RECEPTION, ONE_STOP, "000.00.31.H05"),
        DossierEvent.Resolved.approved(vn("2026-05-18T15:00"), RECEPTION),
        new DossierEvent.ResultReturned(vn("2026-05-19T10:00"), RECEPTION));
    // C: FRI 15/05/2026, after the period 15/04–14/05; D: refused at intake, never received.
    List<DossierEvent> c = List.of(new DossierEvent.Received(vn("2026-05-15T08:00"), RECEPTION,
        filing("S.KD.01", Channel.COUNTER), code("2026-05-15"), vn("2026-05-20T17:00")));
    List<DossierEvent> d = List.of(new DossierEvent.Refused(vn("2026-05-04T08:00"), RECEPTION,
        Optional.of(filing("S.KD.01", Channel.COUNTER)), "Không đủ thành phần"));
    TrackingBook book = FORMS.trackingBook(List.of(b, c, d, a), ReportPeriod.parse("2026-05"));
    TrackingBook expected = TrackingBook.builder()
        .header(header("Mẫu số 07", "Sổ theo dõi hồ sơ", C03, false, LegalInstrument.DECREE_118_2025,
            "2026-05-14"))
        .period(ReportPeriod.parse("2026-05").atZone(VN))
        .entries(List.of(
            new BookEntry(1, Optional.of(code("2026-04-20")), "Đăng ký thành lập hộ kinh doanh", "Nguyễn Văn An",
                Optional.of("Số 12 đường Hai Bà Trưng, phường 1, Bạc Liêu; 0291 3822 123"),
                "Phòng Tài chính - Kế hoạch thành phố Bạc Liêu", t("2026-04-20T09:00"), t("2026-04-23T17:00"),
                Optional.empty(), Optional.empty(), DossierStatus.RECEIVED),
            new BookEntry(2, Optional.of(code("2026-05-14")), "Đăng ký thành lập hộ kinh doanh",
                "Công ty TNHH Minh Phát", Optional.of("0291 3955 000"),
                "Phòng Tài chính - Kế hoạch thành phố Bạc Liêu", t("2026-05-14T16:00"), t("2026-05-19T17:00"),
                Optional.of(t("2026-05-19T10:00")), Optional.empty(), DossierStatus.RETURNED)))
        .build();
    assertEquals(expected, book);
    // the same from a lazy, single-use Iterable (a large input read as the book iterates it)
    Iterable<List<DossierEvent>> once = java.util.stream.Stream.of(b, c, d, a)::iterator;
    assertEquals(expected, FORMS.trackingBook(once, ReportPeriod.parse("2026-05")));
    assertEquals(FormKind.Paper.A4, book.kind().paper());
    assertEquals(Optional.of("Trực tiếp"), book.entries().get(0).withReturnMethod("Trực tiếp").returnMethod());
    assertEquals(Optional.of("03"), book.withVolume("03").volume());
  }

  @Test
  void trackingBook_badInput_notApplicable() {
    List<DossierEvent> bad = List.of(new DossierEvent.Received(vn("2026-04-20T09:00"), RECEPTION,
        filing("X.XX.99", Channel.COUNTER), code("2026-04-20"), vn("2026-04-23T17:00")));
    FormNotApplicableException e = assertThrows(FormNotApplicableException.class,
        () -> FORMS.trackingBook(List.of(kdReceived(), bad), ReportPeriod.parse("2026-05")));
    assertEquals("histories[1]: procedure X.XX.99 is not in the catalogue", e.reason());
    assertEquals("No tracking book: no dossier of the 1 histories was received in 2026-05",
        assertThrows(FormNotApplicableException.class,
            () -> FORMS.trackingBook(List.of(kdReceived()), ReportPeriod.parse("2026-05"))).getMessage());
    List<DossierEvent> elsewhere = List.of(new DossierEvent.Received(vn("2026-04-20T09:00"), RECEPTION,
        new Filing("S.KD.01", Channel.COUNTER, APPLICANT, "000.31.01.H05"),
        DossierCode.of("000.31.01.H05", LocalDate.of(2026, 4, 20), 1), vn("2026-04-23T17:00")));
    List<DossierEvent> here = List.of(new DossierEvent.Received(vn("2026-04-21T09:00"), RECEPTION,
        filing("S.KD.01", Channel.COUNTER), code("2026-04-21"), vn("2026-04-24T17:00")));
    assertEquals("No tracking book: the dossiers were received by 2 units [000.00.15.H05, 000.31.01.H05]: one"
        + " book per unit",
        assertThrows(FormNotApplicableException.class,
            () -> FORMS.trackingBook(List.of(elsewhere, here), ReportPeriod.parse("2026-05"))).getMessage());
  }

  // --- headings

  @Test
  void withHeading_replacesOneHeading() {
    FormHeading province = new FormHeading("Mẫu số 05/TB", "Thông báo dừng giải quyết hồ sơ",
        LegalBasis.of("Quyết định 1594/QĐ-TTPVHCC", "Decision 1594/QD-TTPVHCC"), false);
    Forms forms = FORMS.withHeading(FormKind.STOP_NOTICE, LegalInstrument.DECREE_118_2025, province);
    assertEquals(Optional.of(province), forms.heading(FormKind.STOP_NOTICE, LegalInstrument.DECREE_118_2025));
    assertEquals(FORMS.heading(FormKind.RECEIPT_SLIP, LegalInstrument.DECREE_118_2025),
        forms.heading(FormKind.RECEIPT_SLIP, LegalInstrument.DECREE_118_2025));
    // The original is untouched.
    assertEquals("Mẫu số 05",
        FORMS.heading(FormKind.STOP_NOTICE, LegalInstrument.DECREE_118_2025).orElseThrow().number());
  }
}
