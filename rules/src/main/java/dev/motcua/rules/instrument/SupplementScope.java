package dev.motcua.rules.instrument;

/**
 * What the limit on supplement requests during appraisal counts: requests of each agency, or of the whole
 * dossier.
 *
 * <p>Legal basis: Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4 / Decree 61/2018/ND-CP, Art 19(4); Quyết định
 * 09/2015/QĐ-TTg ("không quá một lần").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SupplementScope {
  /** The limit applies to each agency (cơ quan) that handles the dossier: the default. */
  PER_AGENCY,
  /** The limit applies to the dossier as a whole, whichever agency asks. */
  PER_DOSSIER
}
