package dev.motcua.rules.form;

import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierStatus;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the tracking book: one dossier received in the book's period. Times are in the calendar's zone.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the row's number (STT), from 1, in order of receipt
 * @param dossierCode the dossier code (mã hồ sơ), if the receipt carried one
 * @param procedureName the procedure's name (tên thủ tục hành chính)
 * @param applicantName the organisation or person
 * @param applicantContact the address and phone the filing gave, joined by {@code "; "}, if any
 * @param leadAgency the lead agency's name (cơ quan chủ trì giải quyết)
 * @param receivedAt when the dossier was received (nhận hồ sơ)
 * @param appointment the appointment in force at the end of the history (hẹn trả kết quả)
 * @param returnedAt when the result was returned (trả kết quả), if it was
 * @param returnMethod how the applicant received the result (phương thức nhận kết quả), absent unless the
 *     host gave it: the history does not record it
 * @param status the dossier's status at the end of the history
 */
public record BookEntry(
    int number,
    Optional<DossierCode> dossierCode,
    String procedureName,
    String applicantName,
    Optional<String> applicantContact,
    String leadAgency,
    LocalDateTime receivedAt,
    LocalDateTime appointment,
    Optional<LocalDateTime> returnedAt,
    Optional<String> returnMethod,
    DossierStatus status) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the number is below 1 or a name is blank
   */
  public BookEntry {
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1, was " + number);
    }
    Objects.requireNonNull(dossierCode, "dossierCode");
    Texts.nonBlank(procedureName, "procedureName");
    Texts.nonBlank(applicantName, "applicantName");
    Objects.requireNonNull(applicantContact, "applicantContact");
    Texts.nonBlank(leadAgency, "leadAgency");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(appointment, "appointment");
    Objects.requireNonNull(returnedAt, "returnedAt");
    Objects.requireNonNull(returnMethod, "returnMethod");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Returns a copy with how the applicant received the result.
   *
   * @param method e.g. {@code "Trực tiếp"} or {@code "Qua dịch vụ bưu chính công ích"}
   * @return the entry
   */
  public BookEntry withReturnMethod(String method) {
    return new BookEntry(number, dossierCode, procedureName, applicantName, applicantContact, leadAgency,
        receivedAt, appointment, returnedAt, Optional.of(Texts.nonBlank(method, "method")), status);
  }
}
