package dev.motcua.rules.form;

import dev.motcua.core.lifecycle.LegalBasis;
import java.util.Objects;

/**
 * The heading of a form for one instrument: its number (e.g. {@code "Mẫu số 01"}), its title and the
 * provision that prescribes it.
 *
 * <p>{@code inferred} is true when neither the number nor the title comes from the primary text: the 2025 set
 * is known only from third-party renderings (Circular 03/2025/TT-VPCP Annex I, see {@link Forms}), so hosts
 * may configure another heading with {@link Forms#withHeading}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the form number as printed, e.g. {@code "Mẫu số 01"}
 * @param title the title as printed, in Vietnamese
 * @param legalBasis the provision that prescribes the form
 * @param inferred whether the number or title is {@code [inferred]}
 */
public record FormHeading(String number, String title, LegalBasis legalBasis, boolean inferred) {

  /**
   * Creates a heading.
   *
   * @throws IllegalArgumentException if the number or the title is blank
   */
  public FormHeading {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(legalBasis, "legalBasis");
    if (number.isBlank() || title.isBlank()) {
      throw new IllegalArgumentException("A form heading needs a number and a title, was '" + number + "', '"
          + title + "'");
    }
  }
}
