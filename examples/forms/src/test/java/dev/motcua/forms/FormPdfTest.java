package dev.motcua.forms;

import static dev.motcua.forms.Fixtures.FORMS;
import static dev.motcua.forms.Fixtures.LAND;
import static dev.motcua.forms.Fixtures.dd;
import static dev.motcua.forms.Fixtures.kdReceived;
import static dev.motcua.forms.Fixtures.refused;
import static dev.motcua.forms.Fixtures.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.rules.form.Form;
import dev.motcua.rules.form.ReceiptSlip;
import dev.motcua.rules.report.ReportPeriod;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF read back from the outside with PDFBox: the page size, the embedded fonts, and the text extracted
 * with every diacritic intact.
 */
class FormPdfTest {

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // One space between words and no line breaks: the assertions are about the words, not the wrapping.
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  static Stream<Arguments> data_forms() {
    return Stream.of(
        // receipt slip, 3 working days, appointment after Tết 2026
        Arguments.of(FORMS.receiptSlip(kdReceived()), "A5", List.of("Mẫu số 01",
            "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: 000.00.15.H05-260213-0001",
            "Nguyễn Thị Hồng Nhung", "Số 12 đường Hai Bà Trưng, tỉnh Cà Mau",
            "Đăng ký thành lập hộ kinh doanh (S.KD.01)", "03 ngày làm việc",
            "Thời gian nhận hồ sơ: 16 giờ 30 phút, ngày 13 tháng 02 năm 2026",
            "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 25 tháng 02 năm 2026",
            "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Trần Thị Bích Ngọc",
            "Thông tư 03/2025/TT-VPCP, Phụ lục I")),
        // supplement request during appraisal
        Arguments.of(FORMS.supplementRequest(dd(new DossierEvent.SupplementRequested(vn("2026-02-13T10:00"), LAND,
            "000.00.20.H05", List.of("Bản vẽ sơ đồ thửa đất"), "Thiếu bản vẽ sơ đồ thửa đất"))), "A5",
            List.of("Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "1. Bản vẽ sơ đồ thửa đất",
                "Lý do: Thiếu bản vẽ sơ đồ thửa đất", "NGƯỜI HƯỚNG DẪN", "Lê Văn Cường")),
        // refusal at intake
        Arguments.of(FORMS.refusalSlip(refused()), "A5", List.of("Mẫu số 03",
            "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Thủ tục không thuộc thẩm quyền tiếp nhận")),
        // apology, the 2025 title
        Arguments.of(FORMS.apologySlip(dd(new DossierEvent.Rescheduled(vn("2026-03-03T09:00"), LAND,
            vn("2026-03-10T17:00"), "Cần xác minh thực địa"))), "A5", List.of("Mẫu số 04",
            "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "Lý do chậm trễ: Cần xác minh thực địa",
            "17 giờ 00 phút, ngày 10 tháng 03 năm 2026", "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "[inferred]")),
        // stop notice at the applicant's request
        Arguments.of(FORMS.stopNotice(dd(new DossierEvent.Withdrawn(vn("2026-02-23T09:30"), LAND,
            "Người nộp hồ sơ đề nghị rút hồ sơ"))), "A5", List.of("Mẫu số 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
            "Theo đề nghị dừng giải quyết hồ sơ của ông/bà", "Thông tư 03/2025/TT-VPCP, Điều 7")),
        // control slip with the three steps
        Arguments.of(FORMS.controlSlip(dd(DossierEvent.Resolved.approved(vn("2026-03-04T15:00"), LAND),
            new DossierEvent.ResultReturned(vn("2026-03-05T09:00"), Fixtures.RECEPTION))), "A5",
            List.of("Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Văn phòng Đăng ký đất đai tỉnh Bạc Liêu",
                "đúng hạn", "trước hạn", "Nhận: 08:00 12/02/2026")),
        // tracking book, A4
        Arguments.of(FORMS.trackingBook(List.of(kdReceived()), ReportPeriod.parse("2026-02")), "A4",
            List.of("Mẫu số 07", "SỔ THEO DÕI HỒ SƠ", "Từ ngày 15/01/2026 đến ngày 14/02/2026",
                "000.00.15.H05-260213-0001", "Phòng Tài chính - Kế hoạch thành phố Bạc Liêu", "16:30 13/02/2026")));
  }

  @ParameterizedTest
  @MethodSource("data_forms")
  void toPdf_textExtractedBack_diacriticsIntact(Form form, String paper, List<String> expected) throws IOException {
    byte[] pdf = FormPdf.toPdf(form);
    String text = text(pdf);
    List<String> missing = new ArrayList<>();
    for (String s : expected) {
      if (!text.contains(s)) {
        missing.add(s);
      }
    }
    for (String s : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "000.00.15.H05")) {
      if (!text.contains(s)) {
        missing.add(s);
      }
    }
    assertEquals(List.of(), missing, text);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage page = doc.getPage(0);
      // A5 is 420 × 595 pt; the book is A4 landscape, 842 × 595 pt.
      float w = page.getMediaBox().getWidth();
      float h = page.getMediaBox().getHeight();
      assertEquals(paper.equals("A5") ? List.of(420f, 595f) : List.of(842f, 595f),
          List.of((float) Math.round(w), (float) Math.round(h)));
      for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        assertTrue(font.getName().contains("DejaVuSerif"), font.getName());
      }
    }
  }

  @Test
  void toPdf_hostFilledFields_printed() throws IOException {
    ReceiptSlip slip = FORMS.receiptSlip(kdReceived()).withNumberOfSets(2).withBook("02", "0157")
        .withResultPlace("Quầy số 3");
    slip = slip.withHeader(slip.header().withUnitName("Trung tâm Phục vụ hành chính công")
        .withOwningBody("Ủy ban nhân dân tỉnh Cà Mau").withNumber("157/GTN").withPlace("Cà Mau"));
    String text = text(FormPdf.toPdf(slip));
    for (String s : List.of("ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Số: 157/GTN",
        "Cà Mau, ngày 13 tháng 02 năm 2026", "Số lượng hồ sơ: 2 (bộ)", "Quyển số: 02, Số thứ tự: 0157",
        "Đăng ký nhận kết quả tại: Quầy số 3")) {
      assertTrue(text.contains(s), s + " not in " + text);
    }
  }

  /**
   * Renders the receipt slip to target/receipt-slip.png (150 dpi) for a look by eye; the README's picture,
   * examples/forms/docs/receipt-slip.png, is a copy of it.
   */
  @Test
  void toPdf_hugeValue_printedCutAtAThousandCharacters() throws IOException {
    // one unbroken 3 MB value: the PDF engine's line breaking ran for more than ten minutes
    ReceiptSlip slip = FORMS.receiptSlip(kdReceived()).withResultPlace("Q".repeat(3_000_000));
    // the PDF breaks the unbroken value across lines: count its letters (two more are in the title's "QUẢ")
    long q = text(FormPdf.toPdf(slip)).chars().filter(c -> c == 'Q').count();
    assertTrue(q >= Layout.MAX_VALUE && q < Layout.MAX_VALUE + 10, q + " Q printed, expected the value cut at "
        + Layout.MAX_VALUE);
    assertTrue(FormHtml.toHtml(slip).contains("Q".repeat(Layout.MAX_VALUE) + "…"));
  }

  @Test
  void receiptSlip_renderedToPng() throws IOException {
    ReceiptSlip slip = FORMS.receiptSlip(kdReceived()).withNumberOfSets(1)
        .withComponents(List.of("Giấy đề nghị đăng ký hộ kinh doanh", "Bản sao Căn cước công dân của chủ hộ"))
        .withResultPlace("Bộ phận Một cửa, quầy số 3").withBook("02", "0157");
    slip = slip.withHeader(slip.header().withUnitName("Trung tâm Phục vụ hành chính công")
        .withOwningBody("Ủy ban nhân dân tỉnh Cà Mau").withNumber("157/GTN").withPlace("Cà Mau"));
    try (PDDocument doc = Loader.loadPDF(FormPdf.toPdf(slip))) {
      assertEquals(1, doc.getNumberOfPages());
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
      // A5 at 150 dpi: 420 × 595 pt → 875 × 1239.6 px, which PDFBox truncates to 874 × 1239.
      assertEquals(List.of(874, 1239), List.of(image.getWidth(), image.getHeight()));
      Path out = Path.of("target", "receipt-slip.png");
      Files.createDirectories(out.getParent());
      assertTrue(ImageIO.write(image, "png", out.toFile()));
    }
  }
}
