package dev.motcua.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code motcua form}: the files written, and one line naming why for a form that does not apply. The log
 * {@code valid.json} is XD-001 (15 working days) received FRI 13/02/2026 10:00, supplemented, resolved and
 * returned 13/03/2026; {@code array.json} holds it and a second dossier of the same unit.
 */
class FormCommandTest {
  static final String LOGS = "src/test/resources/logs/";

  @Test
  void receipt_pdf_written(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("receipt.pdf");
    Cli.Run run = Cli.run("form", "receipt", LOGS + "valid.json", "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("Wrote receipt slip (Mẫu số 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả) to " + out + "\n",
        run.out());
    byte[] pdf = Files.readAllBytes(out);
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
  }

  @Test
  void control_html_writtenWithTheMastheadOptions(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("control.html");
    Cli.Run run = Cli.run("form", "control", LOGS + "valid.json", "--out", out.toString(),
        "--unit-name", "Trung tâm Phục vụ hành chính công", "--owning-body", "UBND tỉnh Bạc Liêu", "--place",
        "Bạc Liêu");
    assertEquals(0, run.status(), run.err());
    String html = Files.readString(out);
    for (String s : new String[] {"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mẫu số 06",
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "UBND TỈNH BẠC LIÊU", "Bạc Liêu, ngày 13 tháng 03 năm 2026",
        "000.01.15.H05"}) {
      assertTrue(html.contains(s), s);
    }
  }

  @Test
  void supplement_fromStandardInput_htmlOnStandardOutput() throws IOException {
    String log = Files.readString(Path.of(LOGS + "valid.json"));
    Cli.Run run = Cli.runWithInput(log, "form", "supplement", "-");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("<!DOCTYPE html>"));
    assertTrue(run.out().contains("Bản vẽ mặt bằng công trình trên lô đất"));
  }

  @Test
  void book_arrayAndPeriod(@TempDir Path dir) throws IOException {
    Path logs = dir.resolve("logs.json");
    Files.writeString(logs, "[" + Files.readString(Path.of(LOGS + "valid.json")) + "]");
    Path out = dir.resolve("book.pdf");
    Cli.Run run = Cli.run("form", "book", logs.toString(), "--period", "2026-02", "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("Wrote tracking book (Mẫu số 07, Sổ theo dõi hồ sơ) to " + out + "\n", run.out());
  }

  @Test
  void book_aRefusedHistory_exit2NamingIt() {
    // array.json's second log resolves a dossier that was never transferred: the book is not drawn from it.
    Cli.Run run = Cli.run("form", "book", LOGS + "array.json", "--period", "2026-02");
    assertEquals(2, run.status());
    assertEquals("motcua form: " + LOGS + "array.json: No tracking book: histories[1]: the regulation refuses the"
        + " history at events[1]: EVENT_NOT_PERMITTED (Event RESOLVED is not permitted in status RECEIVED;"
        + " permitted are [TRANSFERRED, RESCHEDULED, WITHDRAWN, STOPPED])\n", run.err());
  }

  @Test
  void refusal_ofAReceivedDossier_exit2OneLine() {
    Cli.Run run = Cli.run("form", "refusal", LOGS + "valid.json");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals("motcua form: " + LOGS + "valid.json: No refusal slip: the dossier was received (status Đã trả"
        + " kết quả / Result returned), not refused\n", run.err());
  }

  @Test
  void out_inAMissingDirectory_exit2OneLine(@TempDir Path dir) {
    Path out = dir.resolve("missing").resolve("receipt.pdf");
    Cli.Run run = Cli.run("form", "receipt", LOGS + "valid.json", "--out", out.toString());
    assertEquals(2, run.status());
    assertEquals("motcua form: cannot write " + out + ": no such directory\n", run.err());
  }

  @Test
  void usageErrors_exit2() {
    assertEquals(2, Cli.run("form", "book", LOGS + "array.json").status());
    assertEquals(2, Cli.run("form", "receipt", LOGS + "valid.json", "--period", "2026-02").status());
    Cli.Run txt = Cli.run("form", "receipt", LOGS + "valid.json", "--out", "receipt.txt");
    assertEquals(2, txt.status());
    assertTrue(txt.err().startsWith("motcua form: Invalid value for option '--out': expected a file ending in .pdf"
        + " or .html but was 'receipt.txt'\n"), txt.err());
    Cli.Run many = Cli.run("form", "receipt", LOGS + "array.json");
    assertEquals(2, many.status());
    assertEquals("motcua form: " + LOGS + "array.json holds 2 event logs; the receipt form is of one dossier (only"
        + " book takes an array)\n", many.err());
    Cli.Run unknown = Cli.run("form", "permit", LOGS + "valid.json");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().startsWith("motcua form: Invalid value for positional parameter at index 0"),
        unknown.err());
  }
}
