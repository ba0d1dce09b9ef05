package dev.motcua.rules.form;

import java.util.Objects;

/**
 * Thrown when a form does not apply to a dossier's history: a refusal slip for a received dossier, an apology
 * slip without an apology, a stop notice under Decree 61/2018/NĐ-CP, a history the regulation refuses…
 *
 * <p>The message names the form and the reason, e.g. {@code "No refusal slip: the dossier was received
 * (status Đang giải quyết / In progress), not refused"}.
 */
public final class FormNotApplicableException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final FormKind kind;
  private final String reason;

  FormNotApplicableException(FormKind kind, String reason) {
    super("No " + Objects.requireNonNull(kind, "kind").nameEn() + ": " + Objects.requireNonNull(reason, "reason"));
    this.kind = kind;
    this.reason = reason;
  }

  /**
   * Returns the form asked for.
   *
   * @return the kind
   */
  public FormKind kind() {
    return kind;
  }

  /**
   * Returns why the form does not apply, in English, without the form's name.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
