/**
 * The forms of the one-stop mechanism (biểu mẫu một cửa) as data derived from a dossier's history: the receipt
 * slip and appointment, the supplement request, the refusal slip, the apology and new appointment, the stop
 * notice, the processing-control slip and the tracking book.
 *
 * <p>Entry point: {@link dev.motcua.rules.form.Forms}. Each form is an immutable value carrying its form number
 * and title for the instrument in force ({@link dev.motcua.rules.form.FormHeading}), every field the history
 * can supply, and explicit absent values ({@code Optional}, empty lists) for what only the host knows (the
 * number of sets, the book's volume and serial, the proxy…), which the host fills with the {@code with…}
 * methods or the builder. Local date-times are in the calendar's zone; {@link
 * dev.motcua.rules.form.VietnameseDates} writes them as the forms do.
 *
 * <p>The field lists follow the third-party renderings summarised in the project's reference on the national
 * portal (§10): Circular 01/2018/TT-VPCP Art 9 names the 2018 forms but its annex (the layouts) was not
 * available, and no primary text of Circular 03/2025/TT-VPCP Annex I was found. Rendering (PDF, HTML) lives
 * outside the library, in the {@code motcua-forms} module.
 *
 * <pre>{@code
 * Forms forms = Forms.of(regulation);
 * ReceiptSlip slip = forms.receiptSlip(history).withNumberOfSets(1);
 * VietnameseDates.dateTime(slip.appointment());  // "17 giờ 00 phút, ngày 25 tháng 02 năm 2026"
 * }</pre>
 */
@NullMarked
package dev.motcua.rules.form;

import org.jspecify.annotations.NullMarked;
