package dev.motcua.rules.instrument;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.StructuralCode;
import dev.motcua.core.lifecycle.ViolationCode;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The national instruments on the one-stop mechanism (cơ chế một cửa) that a {@link dev.motcua.rules.Regulation} knows, each
 * in force from its effective date until the next one.
 *
 * <p>A dossier is judged by the instrument in force on its receipt date (DESIGN §6; {@code [inferred]}, since
 * Decree 118 has no transitional clause). Decree 118/2025/NĐ-CP replaced Decree 61/2018/NĐ-CP (and Decree
 * 107/2021/NĐ-CP) from 1/7/2025 (its Art 40(1)); each instrument cites its own articles ({@link #citation}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LegalInstrument {
  /** Decree 61/2018/NĐ-CP on the one-stop mechanism, in force from 21/6/2018. */
  DECREE_61_2018(LocalDate.of(2018, 6, 21), "Nghị định 61/2018/NĐ-CP", "Decree 61/2018/ND-CP"),
  /** Decree 118/2025/NĐ-CP on the one-stop mechanism, in force from 1/7/2025. */
  DECREE_118_2025(LocalDate.of(2025, 7, 1), "Nghị định 118/2025/NĐ-CP", "Decree 118/2025/ND-CP");

  // Effective dates ascending: the constants are declared in the order they took effect.
  private static final LegalInstrument[] VALUES = values();
  private static final ConcurrentMap<ZoneId, Instant[]> STARTS = new ConcurrentHashMap<>();
  // The zone asked last and its starts: a validation asks for one zone on every event, and a map lookup
  // (hashing a ZoneId) cost more than the comparisons. One immutable pair, so a reader sees both or neither.
  private static volatile @Nullable ZoneStarts lastZone;

  private record ZoneStarts(ZoneId zone, Instant[] starts) {}

  private final LocalDate effectiveFrom;
  private final String nameVi;
  private final String nameEn;

  LegalInstrument(LocalDate effectiveFrom, String nameVi, String nameEn) {
    this.effectiveFrom = effectiveFrom;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /**
   * Returns the first day the instrument is in force.
   *
   * @return the effective date
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * Returns the instrument's name in Vietnamese, e.g. {@code "Nghị định 61/2018/NĐ-CP"}.
   *
   * @return the name
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the instrument's name in English, e.g. {@code "Decree 61/2018/ND-CP"}.
   *
   * @return the name
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Returns the instrument in force on a date.
   *
   * @param date a local date in Vietnam
   * @return the instrument, or empty before 21/6/2018
   */
  public static Optional<LegalInstrument> inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Optional.ofNullable(inForce(date));
  }

  /** The single implementation of "in force": the latest constant whose effective date is not after the date. */
  static @Nullable LegalInstrument inForce(LocalDate date) {
    for (int i = VALUES.length - 1; i >= 0; i--) {
      if (!date.isBefore(VALUES[i].effectiveFrom)) {
        return VALUES[i];
      }
    }
    return null;
  }

  /**
   * Returns the instrument in force at an instant, by its local date in a zone (the calendar's).
   *
   * @param at the instant, e.g. a receipt
   * @param zone the zone of the one-stop unit
   * @return the instrument, or empty before 21/6/2018
   */
  public static Optional<LegalInstrument> inForceAt(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    // Compared as instants, so that every instant has an answer (Instant.MAX has no local date), against the
    // local midnights of the effective dates resolved once per zone: resolving them through the zone's rules on
    // every call was most of a validation's time.
    ZoneStarts last = lastZone;
    Instant[] starts;
    if (last != null && (last.zone() == zone || last.zone().equals(zone))) {
      starts = last.starts();
    } else {
      starts = STARTS.computeIfAbsent(zone, z -> {
        Instant[] s = new Instant[VALUES.length];
        for (int i = 0; i < VALUES.length; i++) {
          s[i] = VALUES[i].effectiveFrom.atStartOfDay(z).toInstant();
        }
        return s;
      });
      lastZone = new ZoneStarts(zone, starts);
    }
    for (int i = VALUES.length - 1; i >= 0; i--) {
      if (!at.isBefore(starts[i])) {
        return Optional.of(VALUES[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the legal basis of a rule when a dossier is judged under this instrument: the articles of this
   * instrument, in Vietnamese and English.
   *
   * @param code a code of {@link RegulationCode} or {@link StructuralCode}
   * @return the citation
   * @throws IllegalArgumentException if the code is not one of this library's
   */
  public LegalBasis citation(ViolationCode code) {
    Objects.requireNonNull(code, "code");
    LegalBasis basis = InstrumentTables.citations(this).get(code);
    checkArgument(basis != null, "%s has no citation for rule code %s (not a code of this library)",
        nameEn, code.code());
    return basis;
  }
}
