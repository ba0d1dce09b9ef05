package dev.motcua.core.lifecycle;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Transition#orElseThrow()} when an event was refused; lists every violation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransitionRefusedException extends IllegalStateException {
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations that refused the event
   */
  public TransitionRefusedException(List<Violation> violations) {
    super(
        "Event refused: "
            + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns the violations.
   *
   * @return an unmodifiable list
   */
  public List<Violation> violations() {
    return violations;
  }
}
