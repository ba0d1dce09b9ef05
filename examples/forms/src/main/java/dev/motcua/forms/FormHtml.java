package dev.motcua.forms;

import dev.motcua.rules.form.Form;
import java.util.Objects;

/**
 * Renders a form as one self-contained HTML page (no external resources) with print CSS: {@code @page} A5
 * portrait for the slips, A4 landscape for the book; the same content as {@link FormPdf}.
 *
 * <p>The page declares {@code lang="vi"} and UTF-8 and asks for Times New Roman, then DejaVu Serif, then any
 * serif font; every value is HTML-escaped.
 *
 * <pre>{@code
 * Files.writeString(Path.of("receipt.html"), FormHtml.toHtml(forms.receiptSlip(history)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormHtml {

  private FormHtml() {}

  /**
   * Renders a form as HTML.
   *
   * @param form the form
   * @return the page
   */
  public static String toHtml(Form form) {
    Objects.requireNonNull(form, "form");
    Layout layout = Layouts.of(form);
    StringBuilder h = new StringBuilder(4096);
    String page = layout.landscape() ? "A4 landscape" : "A5 portrait";
    h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(layout.title())).append("</title>\n<style>\n")
        .append("@page { size: ").append(page).append("; margin: 12mm; }\n")
        .append("body { font-family: \"Times New Roman\", \"DejaVu Serif\", serif; font-size: ")
        .append(layout.landscape() ? "10pt" : "11pt").append("; line-height: 1.35; max-width: ")
        .append(layout.landscape() ? "273mm" : "124mm").append("; margin: 0 auto; color: #000; }\n")
        .append(".masthead { display: flex; justify-content: space-between; text-align: center; }\n")
        .append(".masthead .left { width: 42%; } .masthead .right { width: 58%; }\n")
        .append(".masthead b { display: block; } .masthead hr { width: 40%; border: 0; border-top: 1px solid #000; }\n")
        .append(".form-number { text-align: right; font-style: italic; }\n")
        .append("h1 { text-align: center; font-size: 1.15em; margin: 1em 0 0.2em; }\n")
        .append(".subtitle { text-align: center; font-style: italic; margin: 0; }\n")
        .append("p { margin: 0.2em 0; } .value { font-weight: bold; }\n")
        .append("table.grid { width: 100%; border-collapse: collapse; font-size: 0.9em; margin-top: 0.6em; }\n")
        .append("table.grid th, table.grid td { border: 1px solid #000; padding: 2px 4px; vertical-align: top;"
            + " white-space: pre-line; }\n")
        .append(".signatures { display: flex; justify-content: space-around; margin-top: 1.2em; text-align: center; }\n")
        .append(".signatures .hint { font-style: italic; } .signatures .name { margin-top: 3.5em; font-weight: bold; }\n")
        .append("footer { margin-top: 1.5em; font-size: 0.75em; font-style: italic; }\n")
        .append("@media print { body { max-width: none; } }\n")
        .append("</style>\n</head>\n<body>\n");
    Layout.Masthead m = layout.masthead();
    h.append("<p class=\"form-number\">").append(esc(m.formNumber())).append("</p>\n");
    h.append("<div class=\"masthead\">\n<div class=\"left\">");
    m.owningBody().ifPresent(b -> h.append("<span>").append(esc(b.toUpperCase(java.util.Locale.ROOT))).append("</span>"));
    h.append("<b>").append(esc(m.unit().toUpperCase(java.util.Locale.ROOT))).append("</b><hr>");
    m.number().ifPresent(n -> h.append("<span>Số: ").append(esc(n)).append("</span>"));
    h.append("</div>\n<div class=\"right\"><b>").append(esc(Layouts.MOTTO_1)).append("</b><b>")
        .append(esc(Layouts.MOTTO_2)).append("</b><hr><i>").append(esc(m.placeAndDate())).append("</i></div>\n</div>\n");
    h.append("<h1>").append(esc(layout.title())).append("</h1>\n");
    for (String s : layout.subtitles()) {
      h.append("<p class=\"subtitle\">").append(esc(s)).append("</p>\n");
    }
    for (Layout.Block block : layout.blocks()) {
      if (block instanceof Layout.Field f) {
        h.append("<p>").append(esc(f.label())).append(": <span class=\"value\">").append(esc(f.value()))
            .append("</span></p>\n");
      } else if (block instanceof Layout.Paragraph p) {
        h.append("<p>").append(esc(p.text())).append("</p>\n");
      } else if (block instanceof Layout.Numbered n) {
        h.append("<ol>\n");
        n.items().forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
        h.append("</ol>\n");
      } else if (block instanceof Layout.Table t) {
        h.append("<table class=\"grid\">\n<thead><tr>");
        t.headers().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (java.util.List<String> row : t.rows()) {
          h.append("<tr>");
          row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
          h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
      }
    }
    if (!layout.signatures().isEmpty()) {
      h.append("<div class=\"signatures\">\n");
      for (Layout.Signature s : layout.signatures()) {
        h.append("<div><b>").append(esc(s.role())).append("</b><div class=\"hint\">").append(esc(s.hint()))
            .append("</div><div class=\"name\">").append(esc(s.name().orElse(Layouts.BLANK))).append("</div></div>\n");
      }
      h.append("</div>\n");
    }
    h.append("<footer>").append(esc(layout.footer())).append("</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
