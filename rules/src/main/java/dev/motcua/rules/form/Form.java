package dev.motcua.rules.form;

/**
 * A one-stop form (biểu mẫu) derived from a dossier's history: what every form has in common.
 *
 * <p>Switch over the permitted types to render them; a new form is a compile error in such a switch.
 */
public sealed interface Form
    permits ReceiptSlip, SupplementRequest, RefusalSlip, ApologySlip, StopNotice, ControlSlip, TrackingBook {

  /**
   * Returns the kind of form.
   *
   * @return the kind
   */
  FormKind kind();

  /**
   * Returns the heading, the issuing unit and the place and date of issue.
   *
   * @return the header
   */
  FormHeader header();
}
