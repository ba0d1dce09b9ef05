package dev.motcua.rules.deadline;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The timeliness of a resolved dossier (hồ sơ): early (trước hạn), on time (đúng hạn) or late (quá hạn).
 *
 * <p>A dossier resolved before its due day is early; on its due day, not after the due time, it is on time;
 * after the due time it is late. A reschedule (xin lỗi và hẹn lại) never turns a late dossier on time.
 *
 * <p>Legal basis: Circular 01/2020/TT-VPCP form II.06a (columns "Trước hạn", "Đúng hạn", "Quá hạn");
 * Decree 61/2018/NĐ-CP Art 19.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Timeliness {
  /** Resolved before the due day (trước hạn). */
  EARLY("trước hạn", "early"),
  /** Resolved on the due day, not after the due time (đúng hạn). */
  ON_TIME("đúng hạn", "on time"),
  /** Resolved after the due date-time (quá hạn). */
  LATE("quá hạn", "late");

  private final String labelVi;
  private final String labelEn;

  Timeliness(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /**
   * Judges a resolution against its due date-time, both local to the same zone: before the due day is
   * early; on the due day and not after the due time is on time; after the due time is late.
   *
   * <pre>{@code
   * Timeliness.of(LocalDateTime.parse("2026-02-27T16:00"), LocalDateTime.parse("2026-02-27T17:00")); // ON_TIME
   * }</pre>
   *
   * @param resolvedAt the local date-time of resolution
   * @param dueAt the local due date-time (not a rescheduled appointment)
   * @return the timeliness
   */
  public static Timeliness of(LocalDateTime resolvedAt, LocalDateTime dueAt) {
    Objects.requireNonNull(resolvedAt, "resolvedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    if (resolvedAt.toLocalDate().isBefore(dueAt.toLocalDate())) {
      return EARLY;
    }
    return resolvedAt.isAfter(dueAt) ? LATE : ON_TIME;
  }

  /**
   * Returns the Vietnamese label, as written on the reporting form.
   *
   * @return the label in Vietnamese, lower case, e.g. {@code "đúng hạn"}
   */
  public String labelVi() {
    return labelVi;
  }

  /**
   * Returns the English label.
   *
   * @return the label in English, lower case, e.g. {@code "on time"}
   */
  public String labelEn() {
    return labelEn;
  }

  /**
   * Tells whether this is early or on time, the numerator of the Decision 766/QĐ-TTg rate.
   *
   * @return true for {@link #EARLY} and {@link #ON_TIME}
   */
  public boolean isEarlyOrOnTime() {
    return this != LATE;
  }
}
