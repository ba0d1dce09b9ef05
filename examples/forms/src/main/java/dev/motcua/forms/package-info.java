/**
 * Renders the one-stop forms (biểu mẫu một cửa) of {@link dev.motcua.rules.form.Forms} as print-ready PDF
 * ({@link dev.motcua.forms.FormPdf}: A5 slips, an A4 book, embedded DejaVu Serif with full Vietnamese coverage,
 * extractable text) and as self-contained HTML with print CSS ({@link dev.motcua.forms.FormHtml}).
 *
 * <p>Both print the same content: the national motto (Quốc hiệu, tiêu ngữ), the unit's name, the form's number
 * and title for the instrument in force, every field of the form (a dotted blank for what neither the history
 * nor the host supplied) and the signature blocks. The layouts are drawn by motcua from third-party renderings
 * of Circular 01/2018/TT-VPCP Art 9 and Circular 03/2025/TT-VPCP Annex I, whose official layouts were not
 * available: they are {@code [inferred]}, and every page says so in its footer.
 *
 * <pre>{@code
 * byte[] pdf = FormPdf.toPdf(Forms.of(regulation).receiptSlip(history));
 * String html = FormHtml.toHtml(Forms.of(regulation).receiptSlip(history));
 * }</pre>
 */
@NullMarked
package dev.motcua.forms;

import org.jspecify.annotations.NullMarked;
