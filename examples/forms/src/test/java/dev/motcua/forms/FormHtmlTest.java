package dev.motcua.forms;

import static dev.motcua.forms.Fixtures.FORMS;
import static dev.motcua.forms.Fixtures.kdReceived;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.rules.form.ReceiptSlip;
import dev.motcua.rules.report.ReportPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML page: self-contained, print CSS, the same content as the PDF, escaped. */
class FormHtmlTest {

  @Test
  void toHtml_receiptSlip_contentAndPrintCss() {
    String html = FormHtml.toHtml(FORMS.receiptSlip(kdReceived()));
    for (String s : List.of("<html lang=\"vi\">", "<meta charset=\"utf-8\">", "@page { size: A5 portrait;",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "<h1>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT"
            + " QUẢ</h1>", "Mã hồ sơ: 000.00.15.H05-260213-0001",
        "Thời gian trả kết quả giải quyết hồ sơ: <span class=\"value\">17 giờ 00 phút, ngày 25 tháng 02 năm"
            + " 2026</span>", "NGƯỜI TIẾP NHẬN HỒ SƠ")) {
      assertTrue(html.contains(s), s);
    }
    // Self-contained: nothing loaded from elsewhere.
    assertFalse(html.contains("<link"));
    assertFalse(html.contains("src="));
    assertFalse(html.contains("@import"));
  }

  @Test
  void toHtml_book_a4Landscape() {
    String html = FormHtml.toHtml(FORMS.trackingBook(List.of(kdReceived()), ReportPeriod.parse("2026-02")));
    assertTrue(html.contains("@page { size: A4 landscape;"));
    assertTrue(html.contains("<th>Cơ quan chủ trì giải quyết</th>"));
  }

  @Test
  void toHtml_hostText_escaped() {
    ReceiptSlip slip = FORMS.receiptSlip(kdReceived()).withResultPlace("<script>alert('x')</script> & co");
    String html = FormHtml.toHtml(slip);
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
    assertEquals("a&quot;b", FormHtml.esc("a\"b"));
  }
}
