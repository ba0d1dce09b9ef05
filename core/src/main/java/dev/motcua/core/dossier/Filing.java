package dev.motcua.core.dossier;

import dev.motcua.core.internal.Checks;
import java.util.Objects;

/**
 * What a dossier is about, fixed by the event that opens its history: the procedure (thủ tục hành chính),
 * the channel, the applicant and the receiving unit (Bộ phận Một cửa).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param procedureCode the code of the procedure in the national database of procedures, not blank
 * @param channel the channel of filing
 * @param applicant the applicant
 * @param receivingUnit the identifier of the receiving one-stop unit, not blank
 */
public record Filing(String procedureCode, Channel channel, Applicant applicant, String receivingUnit) {
  /**
   * Creates a filing.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Filing {
    Checks.nonBlank(procedureCode, "procedureCode");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(applicant, "applicant");
    Checks.nonBlank(receivingUnit, "receivingUnit");
  }
}
