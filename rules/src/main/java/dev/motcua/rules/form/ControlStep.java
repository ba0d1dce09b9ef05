package dev.motcua.rules.form;

import dev.motcua.rules.deadline.Timeliness;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the processing-control slip: a unit's step, from the hand-over that gave it the dossier to the
 * hand-over that passed it on, with the step's timeliness.
 *
 * <p>The first row is the one-stop unit's, from the receipt to the first transfer, judged against the transfer
 * deadline (Decree 61/2018/NĐ-CP Art 18(2)); the rows of the agencies are judged against the dossier's due
 * date-time in force when they received it (the circular allots no share of the period to each unit, so this
 * is {@code [inferred]}); the row after the decision is the one-stop unit's again, judged against the
 * appointment in force, and ends when the result is returned. Times are in the calendar's zone.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unit the identifier of the unit (Tên đơn vị)
 * @param receivedAt when the unit received the dossier ("2. Nhận")
 * @param handedOverAt when the unit handed it on ("1. Giao"), absent while the unit still has it
 * @param handedOverTo to whom: the next unit's identifier, or the applicant's name for the return
 * @param deadline the step's deadline, absent when none applies (a dossier stopped or withdrawn)
 * @param timeliness the step's result (trước hạn / đúng hạn / quá hạn), once handed over
 */
public record ControlStep(
    String unit,
    LocalDateTime receivedAt,
    Optional<LocalDateTime> handedOverAt,
    Optional<String> handedOverTo,
    Optional<LocalDateTime> deadline,
    Optional<Timeliness> timeliness) {

  /** Checks the components. */
  public ControlStep {
    Texts.nonBlank(unit, "unit");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(handedOverAt, "handedOverAt");
    Objects.requireNonNull(handedOverTo, "handedOverTo");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(timeliness, "timeliness");
  }
}
