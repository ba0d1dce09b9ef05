package dev.motcua.core.dossier;

import dev.motcua.core.internal.Checks;

/**
 * A software system (hệ thống) that recorded a dossier event, for example an online public-service portal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the system's name, not blank
 */
public record SystemActor(String name) implements Actor {
  /**
   * Creates a system actor.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public SystemActor {
    Checks.nonBlank(name, "name");
  }
}
