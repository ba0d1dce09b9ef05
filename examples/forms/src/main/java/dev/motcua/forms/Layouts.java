package dev.motcua.forms;

import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.forms.Layout.Block;
import dev.motcua.forms.Layout.Field;
import dev.motcua.forms.Layout.Masthead;
import dev.motcua.forms.Layout.Numbered;
import dev.motcua.forms.Layout.Paragraph;
import dev.motcua.forms.Layout.Signature;
import dev.motcua.forms.Layout.Table;
import dev.motcua.rules.form.ApologySlip;
import dev.motcua.rules.form.BookEntry;
import dev.motcua.rules.form.ControlSlip;
import dev.motcua.rules.form.ControlStep;
import dev.motcua.rules.form.Form;
import dev.motcua.rules.form.FormHeader;
import dev.motcua.rules.form.FormHeading;
import dev.motcua.rules.form.ReceiptSlip;
import dev.motcua.rules.form.RefusalSlip;
import dev.motcua.rules.form.StopNotice;
import dev.motcua.rules.form.SupplementRequest;
import dev.motcua.rules.form.TrackingBook;
import dev.motcua.rules.form.VietnameseDates;
import dev.motcua.rules.deadline.Timeliness;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The layout of each form: its fields in the order of the third-party renderings of the reference (§10), with
 * a dotted blank where the form has nothing to print {@code [inferred]}.
 */
final class Layouts {

  /** What a blank to fill by hand looks like. */
  static final String BLANK = "………………";

  static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu", Locale.ROOT);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  private Layouts() {}

  static Layout of(Form form) {
    return switch (form.kind()) {
      case RECEIPT_SLIP -> receipt((ReceiptSlip) form);
      case SUPPLEMENT_REQUEST -> supplement((SupplementRequest) form);
      case REFUSAL_SLIP -> refusal((RefusalSlip) form);
      case APOLOGY_SLIP -> apology((ApologySlip) form);
      case STOP_NOTICE -> stop((StopNotice) form);
      case CONTROL_SLIP -> control((ControlSlip) form);
      case TRACKING_BOOK -> book((TrackingBook) form);
    };
  }

  private static Layout receipt(ReceiptSlip s) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph(unit(s.header()) + " tiếp nhận hồ sơ của:"));
    applicant(b, s.applicant());
    b.add(new Field("Trường hợp được ủy quyền, người ủy quyền", s.proxy().map(Layouts::person).orElse(BLANK)));
    b.add(new Field("Giấy tờ ủy quyền", or(s.proxyPapers())));
    b.add(new Field("Nội dung yêu cầu giải quyết", s.procedureName() + " (" + s.procedureCode() + ")"));
    b.add(new Field("Hình thức nộp hồ sơ", s.channel().labelVi()));
    if (s.components().isEmpty()) {
      b.add(new Field("Thành phần hồ sơ nộp gồm", BLANK));
    } else {
      b.add(new Paragraph("Thành phần hồ sơ nộp gồm:"));
      b.add(new Numbered(s.components()));
    }
    b.add(new Field("Số lượng hồ sơ", s.numberOfSets().isPresent() ? s.numberOfSets().getAsInt() + " (bộ)" : BLANK
        + " (bộ)"));
    b.add(new Field("Thời gian giải quyết hồ sơ theo quy định", VietnameseDates.processingTime(s.processingTime())));
    b.add(new Field("Thời gian nhận hồ sơ", VietnameseDates.dateTime(s.receivedAt())));
    b.add(new Field("Thời gian trả kết quả giải quyết hồ sơ", VietnameseDates.dateTime(s.appointment())));
    b.add(new Field("Đăng ký nhận kết quả tại", or(s.resultPlace())));
    b.add(new Field("Vào Sổ theo dõi hồ sơ, Quyển số", or(s.bookVolume()) + ", Số thứ tự: " + or(s.bookSerial())));
    return layout(s, code(s.dossierCode()), b, List.of(
        new Signature("NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)", Optional.of(s.applicant().name())),
        new Signature("NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", Optional.of(s.receiver()))));
  }

  private static Layout supplement(SupplementRequest s) {
    List<Block> b = new ArrayList<>();
    b.add(new Field("Hồ sơ của", s.applicant().name()));
    b.add(new Field("Nội dung yêu cầu giải quyết", procedure(s.procedureName(), s.procedureCode())));
    b.add(new Field("Địa chỉ", or(s.applicant().address())));
    b.add(new Field("Số điện thoại", or(s.applicant().phone()) + "    Email: " + or(s.applicant().email())));
    b.add(new Field("Giai đoạn", s.atIntake() ? "Khi tiếp nhận hồ sơ"
        : "Trong quá trình giải quyết (đơn vị yêu cầu: " + s.requestingUnit() + ")"));
    b.add(new Paragraph("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:"));
    b.add(new Numbered(s.items()));
    b.add(new Field("Lý do", s.reason()));
    b.add(new Field("Thời gian yêu cầu", VietnameseDates.dateTime(s.requestedAt())));
    b.add(new Paragraph("Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ với "
        + or(s.contactPerson()) + ", số điện thoại " + or(s.contactPhone()) + " để được hướng dẫn."));
    return layout(s, code(s.dossierCode()), b, List.of(
        new Signature("NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)", Optional.of(s.officer()))));
  }

  private static Layout refusal(RefusalSlip s) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph(unit(s.header()) + " tiếp nhận hồ sơ của:"));
    applicant(b, s.applicant());
    b.add(new Field("Mã hồ sơ (nếu có)", s.dossierCode().map(DossierCode::toString).orElse(BLANK)));
    b.add(new Field("Nội dung yêu cầu giải quyết", procedure(s.procedureName(), s.procedureCode())));
    b.add(new Paragraph(s.atIntake()
        ? "Qua xem xét, cơ quan, đơn vị từ chối tiếp nhận hồ sơ với lý do sau:"
        : "Sau khi thẩm định, cơ quan có thẩm quyền từ chối giải quyết hồ sơ với lý do sau:"));
    b.add(new Numbered(List.of(s.reason())));
    b.add(new Field("Thời gian", VietnameseDates.dateTime(s.refusedAt())));
    b.add(new Paragraph("Xin thông báo để ông/bà được biết và thực hiện."));
    return layout(s, "", b, List.of(
        new Signature("NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)", Optional.of(s.applicant().name())),
        new Signature("NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", Optional.of(s.officer()))));
  }

  private static Layout apology(ApologySlip s) {
    List<Block> b = new ArrayList<>();
    b.add(new Field("Kính gửi", s.applicant().name()));
    b.add(new Paragraph(capitalised(VietnameseDates.date(s.receivedAt().toLocalDate())) + ", " + s.agency()
        + " tiếp nhận giải quyết hồ sơ của ông/bà đề nghị giải quyết thủ tục " + s.procedureName() + ". Mã hồ sơ: "
        + code(s.dossierCode()) + "."));
    b.add(new Field("Thời hạn trả kết quả giải quyết hồ sơ", VietnameseDates.dateTime(s.previousAppointment())));
    b.add(new Field("Lý do chậm trễ", s.reason()));
    b.add(new Paragraph("Sự chậm trễ này đã gây phiền hà cho ông/bà. " + s.agency() + " xin lỗi ông/bà và sẽ trả"
        + " kết quả giải quyết hồ sơ cho ông/bà vào " + VietnameseDates.dateTime(s.newAppointment()) + "."));
    b.add(new Paragraph("Xin trân trọng cảm ơn sự hợp tác của ông/bà."));
    return layout(s, "", b, List.of(
        new Signature("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "(Ký, ghi rõ họ tên và đóng dấu)", s.signer())));
  }

  private static Layout stop(StopNotice s) {
    List<Block> b = new ArrayList<>();
    b.add(new Field("Kính gửi", s.applicant().name()));
    b.add(new Field("Mã hồ sơ", code(s.dossierCode())));
    b.add(new Field("Nội dung yêu cầu giải quyết", procedure(s.procedureName(), s.procedureCode())));
    b.add(new Field("Thời gian tiếp nhận", s.receivedAt().map(VietnameseDates::dateTime).orElse(BLANK)));
    String since = VietnameseDates.dateTime(s.stoppedAt());
    b.add(new Paragraph(s.atApplicantsRequest()
        ? "Theo đề nghị dừng giải quyết hồ sơ của ông/bà, " + unit(s.header())
            + " thông báo dừng giải quyết hồ sơ nêu trên kể từ " + since + "."
        : unit(s.header()) + " thông báo dừng giải quyết hồ sơ nêu trên kể từ " + since + "."));
    b.add(new Field("Lý do", s.reason()));
    return layout(s, "", b, List.of(
        new Signature("NGƯỜI THÔNG BÁO", "(Ký và ghi rõ họ tên)", Optional.of(s.officer()))));
  }

  private static Layout control(ControlSlip s) {
    List<Block> b = new ArrayList<>();
    b.add(new Field("Mã hồ sơ", code(s.dossierCode())));
    b.add(new Field("Tên thủ tục hành chính", s.procedureName() + " (" + s.procedureCode() + ")"));
    b.add(new Field("Cơ quan, đơn vị chủ trì giải quyết", s.resolvingAgency()));
    b.add(new Field("Cơ quan phối hợp giải quyết",
        s.coordinatingAgencies().isEmpty() ? BLANK : String.join("; ", s.coordinatingAgencies())));
    b.add(new Field("Thời gian nhận hồ sơ", VietnameseDates.dateTime(s.receivedAt())));
    b.add(new Field("Thời gian trả kết quả giải quyết hồ sơ", VietnameseDates.dateTime(s.appointment())));
    List<List<String>> rows = new ArrayList<>();
    for (ControlStep step : s.steps()) {
      rows.add(List.of(
          step.unit(),
          "Nhận: " + SHORT.format(step.receivedAt()) + "\nGiao: "
              + step.handedOverAt().map(SHORT::format).orElse(BLANK)
              + step.handedOverTo().map(to -> " → " + to).orElse(""),
          step.timeliness().map(Timeliness::labelVi).orElse(""),
          step.deadline().map(d -> "Hạn: " + SHORT.format(d)).orElse("")));
    }
    b.add(new Table(List.of("Tên đơn vị", "Thời gian giao, nhận hồ sơ",
        "Kết quả giải quyết (trước hạn / đúng hạn / quá hạn)", "Ghi chú"), List.of(3f, 4f, 2.4f, 2.6f), rows));
    return layout(s, "", b, List.of());
  }

  private static Layout book(TrackingBook s) {
    List<Block> b = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (BookEntry e : s.entries()) {
      rows.add(List.of(
          String.valueOf(e.number()),
          code(e.dossierCode()),
          e.procedureName(),
          e.applicantName(),
          e.applicantContact().orElse(""),
          e.leadAgency(),
          SHORT.format(e.receivedAt()),
          SHORT.format(e.appointment()),
          e.returnedAt().map(SHORT::format).orElse(""),
          e.returnMethod().orElse(""),
          ""));
    }
    b.add(new Table(List.of("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Tổ chức, cá nhân",
        "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ", "Hẹn trả kết quả", "Trả kết quả",
        "Phương thức nhận kết quả", "Ký nhận"),
        List.of(1.2f, 7f, 5f, 4f, 4.5f, 4.5f, 3.2f, 3.2f, 3.2f, 3.2f, 2.5f), rows));
    String subtitle = "Từ ngày " + DAY.format(s.period().startDate()) + " đến ngày "
        + DAY.format(s.period().endDateInclusive()) + " — Quyển số: " + or(s.volume());
    return new Layout(s.kind().paper(), masthead(s.header(), false), s.header().heading().title().toUpperCase(
        new Locale("vi")), List.of(subtitle), b, List.of(), footer(s.header().heading()));
  }

  // --- helpers

  private static Layout layout(Form form, String code, List<Block> blocks, List<Signature> signatures) {
    FormHeading heading = form.header().heading();
    List<String> subtitles = code.isEmpty() ? List.of() : List.of("Mã hồ sơ: " + code);
    return new Layout(form.kind().paper(), masthead(form.header(), true),
        heading.title().toUpperCase(new Locale("vi")), subtitles, blocks, signatures, footer(heading));
  }

  private static Masthead masthead(FormHeader h, boolean numbered) {
    return new Masthead(h.heading().number(), h.owningBody(),
        h.unitName().orElse(h.unitId()), numbered ? Optional.of(h.number().orElse(BLANK)) : Optional.empty(),
        h.place().orElse(BLANK) + ", " + VietnameseDates.date(h.date()));
  }

  private static String footer(FormHeading heading) {
    return heading.number() + " — " + heading.legalBasis().vi() + (heading.inferred() ? " [inferred]" : "")
        + ". Bố cục do motcua dựng lại theo bản trình bày của bên thứ ba [inferred].";
  }

  private static void applicant(List<Block> b, Applicant a) {
    b.add(new Field("Ông/bà, tổ chức", a.name()));
    b.add(new Field("Số định danh cá nhân/tổ chức", or(a.idNumber())));
    b.add(new Field("Địa chỉ", or(a.address())));
    b.add(new Field("Số điện thoại", or(a.phone()) + "    Email: " + or(a.email())));
  }

  private static String person(Applicant a) {
    return a.name() + a.idNumber().map(id -> ", số định danh " + id).orElse("")
        + a.address().map(ad -> ", địa chỉ " + ad).orElse("")
        + a.phone().map(p -> ", điện thoại " + p).orElse("")
        + a.email().map(e -> ", email " + e).orElse("");
  }

  private static String unit(FormHeader h) {
    return h.unitName().orElse("Đơn vị " + h.unitId());
  }

  private static String procedure(Optional<String> name, String code) {
    return name.map(n -> n + " (" + code + ")").orElse(code);
  }

  private static String code(Optional<DossierCode> code) {
    return code.map(DossierCode::toString).orElse(BLANK);
  }

  private static String or(Optional<String> value) {
    return value.orElse(BLANK);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
