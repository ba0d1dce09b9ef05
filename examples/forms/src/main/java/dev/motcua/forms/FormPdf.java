package dev.motcua.forms;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import dev.motcua.rules.form.Form;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Renders a form as PDF: A5 portrait for the slips, A4 landscape for the tracking book, as Circular
 * 01/2018/TT-VPCP Art 9 prescribes the paper; DejaVu Serif embedded (subset, Identity-H with a ToUnicode map)
 * so that every Vietnamese letter prints and the text can be searched and copied.
 *
 * <p>The page carries the national motto (Quốc hiệu, tiêu ngữ), the unit's name, the form's number and title
 * for the instrument in force, the fields, the signature blocks and a footer naming the legal basis and saying
 * that the layout is motcua's reconstruction of third-party renderings {@code [inferred]}.
 *
 * <pre>{@code
 * Files.write(Path.of("receipt.pdf"), FormPdf.toPdf(forms.receiptSlip(history)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormPdf {

  private static final byte[] REGULAR = font("DejaVuSerif.ttf");
  private static final byte[] BOLD = font("DejaVuSerif-Bold.ttf");
  private static final byte[] ITALIC = font("DejaVuSerif-Italic.ttf");

  private FormPdf() {}

  /**
   * Renders a form as PDF.
   *
   * @param form the form
   * @return the PDF document
   */
  public static byte[] toPdf(Form form) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(form, out);
    return out.toByteArray();
  }

  /**
   * Renders a form as PDF onto a stream, which is flushed and left open.
   *
   * @param form the form
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(Form form, OutputStream out) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(out, "out");
    new Drawing(Layouts.of(form)).draw(out);
  }

  private static byte[] font(String name) {
    try (InputStream in = FormPdf.class.getResourceAsStream("fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("The bundled font " + name + " is missing from the motcua-forms jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One rendering: the fonts are made per document, so that each embeds the subset it uses. */
  private static final class Drawing {
    private final Layout layout;
    private final Font body;
    private final Font bold;
    private final Font italic;
    private final Font small;
    private final Font title;

    Drawing(Layout layout) {
      this.layout = layout;
      float size = 9f;
      BaseFont regular = base("DejaVuSerif.ttf", REGULAR);
      BaseFont boldFace = base("DejaVuSerif-Bold.ttf", BOLD);
      BaseFont italicFace = base("DejaVuSerif-Italic.ttf", ITALIC);
      this.body = new Font(regular, size);
      this.bold = new Font(boldFace, size);
      this.italic = new Font(italicFace, size);
      this.small = new Font(italicFace, 7f);
      this.title = new Font(boldFace, size + 2);
    }

    private static BaseFont base(String name, byte[] bytes) {
      try {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void draw(OutputStream out) {
      // Landscape as a wide media box, not a /Rotate entry, so that viewers and printers agree on it.
      Rectangle page = layout.landscape() ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth())
          : PageSize.A5;
      Document doc = new Document(page, 30, 30, 22, 24);
      try {
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setCloseStream(false);
        doc.addTitle(layout.title());
        doc.addCreator("motcua");
        doc.open();
        masthead(doc);
        Paragraph t = new Paragraph(layout.title(), title);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(8);
        doc.add(t);
        for (String s : layout.subtitles()) {
          Paragraph p = new Paragraph(s, italic);
          p.setAlignment(Element.ALIGN_CENTER);
          doc.add(p);
        }
        Paragraph gap = new Paragraph(" ", body);
        gap.setLeading(6);
        doc.add(gap);
        for (Layout.Block block : layout.blocks()) {
          block(doc, block);
        }
        signatures(doc);
        Paragraph f = new Paragraph(layout.footer(), small);
        f.setSpacingBefore(8);
        doc.add(f);
        doc.close();
        out.flush();
      } catch (DocumentException e) {
        throw new IllegalStateException("OpenPDF refused the layout of " + layout.title(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void masthead(Document doc) throws DocumentException {
      Layout.Masthead m = layout.masthead();
      Paragraph number = new Paragraph(m.formNumber(), italic);
      number.setAlignment(Element.ALIGN_RIGHT);
      doc.add(number);
      // The masthead is a size smaller, so that the motto fits on one line of an A5 page.
      Font mBody = new Font(body.getBaseFont(), 8f);
      Font mBold = new Font(bold.getBaseFont(), 8f);
      PdfPTable table = new PdfPTable(new float[] {4.2f, 5.8f});
      table.setWidthPercentage(100);
      PdfPCell left = cell();
      m.owningBody().ifPresent(b -> left.addElement(centred(b.toUpperCase(java.util.Locale.ROOT), mBody)));
      left.addElement(centred(m.unit().toUpperCase(java.util.Locale.ROOT), mBold));
      left.addElement(rule(30));
      m.number().ifPresent(n -> left.addElement(centred("Số: " + n, mBody)));
      PdfPCell right = cell();
      right.addElement(centred(Layouts.MOTTO_1, mBold));
      right.addElement(centred(Layouts.MOTTO_2, mBold));
      right.addElement(rule(40));
      right.addElement(centred(m.placeAndDate(), italic));
      table.addCell(left);
      table.addCell(right);
      doc.add(table);
    }

    private void block(Document doc, Layout.Block block) throws DocumentException {
      if (block instanceof Layout.Field f) {
        Paragraph p = new Paragraph("", body);
        p.add(new Chunk(f.label() + ": ", body));
        p.add(new Chunk(f.value(), bold));
        p.setSpacingAfter(1);
        doc.add(p);
      } else if (block instanceof Layout.Paragraph para) {
        Paragraph p = new Paragraph(para.text(), body);
        p.setSpacingAfter(1);
        doc.add(p);
      } else if (block instanceof Layout.Numbered n) {
        // Numbered by hand: OpenPDF's List draws its numbers in a default (non-embedded) font.
        for (int i = 0; i < n.items().size(); i++) {
          Paragraph p = new Paragraph((i + 1) + ". " + n.items().get(i), body);
          p.setIndentationLeft(12);
          p.setFirstLineIndent(-10);
          doc.add(p);
        }
      } else if (block instanceof Layout.Table t) {
        float[] widths = new float[t.widths().size()];
        for (int i = 0; i < widths.length; i++) {
          widths[i] = t.widths().get(i);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        Font cellFont = new Font(body.getBaseFont(), body.getSize() - 2);
        Font headFont = new Font(bold.getBaseFont(), bold.getSize() - 2);
        for (String h : t.headers()) {
          PdfPCell c = new PdfPCell(new Phrase(h, headFont));
          c.setHorizontalAlignment(Element.ALIGN_CENTER);
          c.setPadding(3);
          table.addCell(c);
        }
        for (java.util.List<String> row : t.rows()) {
          for (String v : row) {
            PdfPCell c = new PdfPCell(new Phrase(v, cellFont));
            c.setPadding(3);
            table.addCell(c);
          }
        }
        doc.add(table);
      }
    }

    private void signatures(Document doc) throws DocumentException {
      if (layout.signatures().isEmpty()) {
        return;
      }
      PdfPTable table = new PdfPTable(layout.signatures().size());
      table.setWidthPercentage(100);
      table.setSpacingBefore(8);
      for (Layout.Signature s : layout.signatures()) {
        PdfPCell c = cell();
        c.addElement(centred(s.role(), bold));
        c.addElement(centred(s.hint(), italic));
        Paragraph space = new Paragraph(" ", body);
        space.setSpacingAfter(22);
        c.addElement(space);
        c.addElement(centred(s.name().orElse(Layouts.BLANK), bold));
        table.addCell(c);
      }
      doc.add(table);
    }

    private static PdfPCell cell() {
      PdfPCell c = new PdfPCell();
      c.setBorder(Rectangle.NO_BORDER);
      return c;
    }

    private static Paragraph centred(String text, Font font) {
      Paragraph p = new Paragraph(text, font);
      p.setAlignment(Element.ALIGN_CENTER);
      p.setLeading(font.getSize() * 1.25f);
      return p;
    }

    private Paragraph rule(float percent) {
      // Below the line before it, not through it: the offset is from that line's baseline.
      Paragraph p = new Paragraph(6f, "", body);
      p.add(new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 2)));
      p.setSpacingAfter(4);
      return p;
    }
  }
}
