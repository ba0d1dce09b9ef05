package dev.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date that breaks the weekly pattern: a non-working weekday (holiday, compensatory, swapped, closure) or a
 * make-up working day on a weekly rest day. Returned by {@link WorkingCalendar#specialDays(int)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpecialDay implements Comparable<SpecialDay> {

  private final LocalDate date;
  private final DayKind kind;
  private final String nameVi;
  private final String nameEn;
  private final Provenance provenance;
  private final @Nullable String source;

  private SpecialDay(
      LocalDate date, DayKind kind, String nameVi, String nameEn, Provenance provenance, @Nullable String source) {
    this.date = Objects.requireNonNull(date, "date");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.nameVi = Objects.requireNonNull(nameVi, "nameVi");
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.source = source;
  }

  /**
   * Obtains a special day.
   *
   * @param date the date
   * @param kind the kind; {@link DayKind#MAKE_UP} makes it a working day
   * @param nameVi the name in Vietnamese
   * @param nameEn the name in English
   * @param provenance where it comes from
   * @param source the deciding document, if any
   * @return the special day
   */
  public static SpecialDay of(
      LocalDate date, DayKind kind, String nameVi, String nameEn, Provenance provenance, Optional<String> source) {
    return new SpecialDay(date, kind, nameVi, nameEn, provenance, source.orElse(null));
  }

  /** @return the date */
  public LocalDate date() {
    return date;
  }

  /** @return true for a make-up working day, false for a day off */
  public boolean isWorking() {
    return kind.isWorking();
  }

  /** @return the kind */
  public DayKind kind() {
    return kind;
  }

  /** @return the name in Vietnamese */
  public String nameVi() {
    return nameVi;
  }

  /** @return the name in English */
  public String nameEn() {
    return nameEn;
  }

  /** @return where it comes from */
  public Provenance provenance() {
    return provenance;
  }

  /** @return the deciding document, if any */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Converts a non-working special day to its {@link DayOff}.
   *
   * @return the day off
   * @throws IllegalStateException if this is a make-up working day
   */
  public DayOff toDayOff() {
    if (isWorking()) {
      throw new IllegalStateException("A make-up working day is not a day off: " + date);
    }
    return DayOff.of(kind, nameVi, nameEn, provenance, source());
  }

  @Override
  public int compareTo(SpecialDay o) {
    return date.compareTo(o.date);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SpecialDay d && date.equals(d.date) && kind == d.kind && nameVi.equals(d.nameVi)
        && nameEn.equals(d.nameEn) && provenance == d.provenance && Objects.equals(source, d.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, nameVi, nameEn, provenance, source);
  }

  @Override
  public String toString() {
    return date + " " + kind + " " + nameEn + " (" + provenance + (source == null ? "" : ", " + source) + ")";
  }
}
