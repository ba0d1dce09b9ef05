package dev.motcua.core.dossier;

/**
 * Who performed a dossier event: an officer (cán bộ, công chức) or a system (hệ thống).
 *
 * <p>This interface is sealed over {@link Officer} and {@link SystemActor}. Implementations are immutable
 * and thread-safe.
 */
public sealed interface Actor permits Officer, SystemActor {

  /**
   * Returns the display name of the actor.
   *
   * @return the name, never blank
   */
  String name();

  /**
   * Creates an officer actor.
   *
   * @param id the officer's identifier in the host system
   * @param name the officer's full name
   * @param unit the identifier of the officer's unit
   * @return the officer
   * @throws IllegalArgumentException if a text is blank
   */
  static Officer officer(String id, String name, String unit) {
    return new Officer(id, name, unit);
  }

  /**
   * Creates a system actor, for events recorded by software (for example an online portal).
   *
   * @param name the system's name
   * @return the system actor
   * @throws IllegalArgumentException if the name is blank
   */
  static SystemActor system(String name) {
    return new SystemActor(name);
  }
}
