package dev.motcua.core.dossier;

import dev.motcua.core.internal.CoreStyle;
import dev.motcua.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A field (lĩnh vực) of administrative procedures, used for the rows of reports.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CoreStyle
public abstract class Field {
  Field() {}

  /**
   * Returns the field's code.
   *
   * @return the code, not blank
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the field's name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Creates a field.
   *
   * @param code the field's code
   * @param name the field's name
   * @return the field
   * @throws IllegalArgumentException if a text is blank
   */
  public static Field of(String code, String name) {
    return ImmutableField.of(code, name);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(code(), "code");
    Checks.nonBlank(name(), "name");
  }
}
