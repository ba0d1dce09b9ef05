package dev.motcua.core.dossier;

import dev.motcua.core.internal.Checks;

/**
 * An officer (cán bộ, công chức) who performed a dossier event.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the officer's identifier in the host system, not blank
 * @param name the officer's full name, not blank
 * @param unit the identifier of the officer's unit, not blank
 */
public record Officer(String id, String name, String unit) implements Actor {
  /**
   * Creates an officer.
   *
   * @throws IllegalArgumentException if a text is blank
   */
  public Officer {
    Checks.nonBlank(id, "id");
    Checks.nonBlank(name, "name");
    Checks.nonBlank(unit, "unit");
  }
}
