package dev.motcua.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a date is not a working day: its kind, its name in Vietnamese and English, where it comes from and the
 * document that decided it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DayOff {

  private final DayKind kind;
  private final String nameVi;
  private final String nameEn;
  private final Provenance provenance;
  private final @Nullable String source;

  private DayOff(DayKind kind, String nameVi, String nameEn, Provenance provenance, @Nullable String source) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.nameVi = Objects.requireNonNull(nameVi, "nameVi");
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.source = source;
    checkArgument(!kind.isWorking(), "A day off cannot have kind %s", kind);
  }

  /**
   * Obtains a day off.
   *
   * @param kind the kind, not {@link DayKind#MAKE_UP}
   * @param nameVi the name in Vietnamese
   * @param nameEn the name in English
   * @param provenance where it comes from
   * @param source the deciding document, if any
   * @return the day off
   * @throws IllegalArgumentException if the kind is a working kind
   */
  public static DayOff of(
      DayKind kind, String nameVi, String nameEn, Provenance provenance, Optional<String> source) {
    return new DayOff(kind, nameVi, nameEn, provenance, source.orElse(null));
  }

  /** @return the kind */
  public DayKind kind() {
    return kind;
  }

  /** @return the name in Vietnamese, with diacritics */
  public String nameVi() {
    return nameVi;
  }

  /** @return the name in English */
  public String nameEn() {
    return nameEn;
  }

  /** @return where the day off comes from */
  public Provenance provenance() {
    return provenance;
  }

  /** @return the document that decided it (with its confidence for bundled data), if any */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DayOff d && kind == d.kind && nameVi.equals(d.nameVi) && nameEn.equals(d.nameEn)
        && provenance == d.provenance && Objects.equals(source, d.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, nameVi, nameEn, provenance, source);
  }

  @Override
  public String toString() {
    return kind + " " + nameEn + " (" + provenance + (source == null ? "" : ", " + source) + ")";
  }
}
