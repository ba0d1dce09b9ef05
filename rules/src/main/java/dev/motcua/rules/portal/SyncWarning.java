package dev.motcua.rules.portal;

import java.util.Objects;

/**
 * Something a sync record could not say exactly, and what the reader or writer did about it (cảnh báo): not a
 * violation of the regulation, and not an error in the input's form.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyncWarning {

  /** The stable code of a warning. */
  public enum Code {
    /**
     * A known sender rewrite was suspected and repaired in lenient mode: statuses 5, 6 or 8 sent as 9, a
     * synthetic "received" step, a closing 9 stamped at the receipt time (Thanh Hóa's sync service, third-party
     * sourced).
     */
    SYNC_REWRITE_SUSPECTED,
    /** {@code MaHoSo} is not a dossier code motcua parses: the receipt carries no code. */
    DOSSIER_CODE_NOT_PARSED,
    /** A field the event needs was empty or missing; the reader used the value the message names. */
    VALUE_ASSUMED,
    /** The record's {@code TrangThaiHoSo} is not the status its progress records end in. */
    STATUS_MISMATCH,
    /** An event with no portal status (a return at intake, a resubmission, a reschedule) was not written. */
    EVENT_NOT_REPRESENTABLE,
    /**
     * A second dossier record with the {@code MaHoSo} of an earlier one, when progress records are given apart:
     * they are matched by {@code MaHoSo}, so both histories hold them. The portal takes a record sent again as
     * an update of the dossier, so the input is likely two snapshots of one dossier.
     */
    DUPLICATE_DOSSIER_CODE
  }

  private final int record;
  private final String path;
  private final Code code;
  private final String message;

  SyncWarning(int record, String path, Code code, String message) {
    this.record = record;
    this.path = Objects.requireNonNull(path, "path");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the zero-based index of the dossier record (or, for the writer, of the history).
   *
   * @return the index
   */
  public int record() {
    return record;
  }

  /**
   * Returns the JSON path of the field concerned, {@code $[3].QuaTrinhXuLy[2].TrangThai}; for the writer, the
   * event, {@code $[3].events[5]}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }

  /**
   * Returns what happened, in English, naming the values.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SyncWarning o && record == o.record && path.equals(o.path) && code == o.code
        && message.equals(o.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, path, code, message);
  }

  /** Returns {@code "$[3].NgayHenTra: VALUE_ASSUMED: …"}. */
  @Override
  public String toString() {
    return path + ": " + code + ": " + message;
  }
}
