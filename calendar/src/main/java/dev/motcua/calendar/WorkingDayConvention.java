package dev.motcua.calendar;

import java.util.Objects;

/**
 * How a processing time in working days turns into a due date-time, in
 * {@link ProcessingTime#dueFrom(WorkingCalendar, java.time.LocalDateTime, WorkingDayConvention)}.
 *
 * <p>Each convention has a kebab-case {@link #label()} for files and command lines, read back by
 * {@link #parse(String)}: {@code civil-code}, {@code eight-hours-per-day}.
 */
public enum WorkingDayConvention {
  /**
   * The default, {@code civil-code} (called A in DESIGN §3.4): the day of the official receipt is not counted;
   * the period ends at the close of the Nth working day after it (17:00 by default).
   *
   * <p>Legal basis: Civil Code 2015 Art 147–148.
   */
  CIVIL_CODE("civil-code"),
  /**
   * {@code eight-hours-per-day}: N × {@value ProcessingTime#HOURS_PER_WORKING_DAY} working hours from the official
   * receipt minute (common in provincial software) {@code [inferred]}.
   */
  EIGHT_HOURS_PER_DAY("eight-hours-per-day");

  private final String label;

  WorkingDayConvention(String label) {
    this.label = label;
  }

  /** @return the kebab-case label, e.g. {@code civil-code} */
  public String label() {
    return label;
  }

  /**
   * Obtains a convention from its {@link #label()}.
   *
   * @param label the label, e.g. {@code eight-hours-per-day}
   * @return the convention
   * @throws IllegalArgumentException if no convention has that label
   */
  public static WorkingDayConvention parse(String label) {
    Objects.requireNonNull(label, "label");
    for (WorkingDayConvention c : values()) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "Unknown working-day convention '" + label + "', expected civil-code or eight-hours-per-day");
  }
}
