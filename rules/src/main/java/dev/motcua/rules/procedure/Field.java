package dev.motcua.rules.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A field (lĩnh vực) of administrative procedures, e.g. {@code G12} "Xây dựng": its code in the catalogue
 * and its name; report rows are grouped by it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code, not blank
 * @param name the name, not blank
 */
public record Field(String code, String name) {
  /**
   * Creates a field.
   *
   * @param code the code, not blank
   * @param name the name, not blank
   * @throws IllegalArgumentException if the code or the name is blank
   */
  public Field {
    checkArgument(!Objects.requireNonNull(code, "code").isBlank(), "Field code must not be blank");
    checkArgument(!Objects.requireNonNull(name, "name").isBlank(), "Field name must not be blank (code %s)", code);
  }

  /**
   * Obtains a field.
   *
   * @param code the code
   * @param name the name
   * @return the agency
   * @throws IllegalArgumentException if the code or the name is blank
   */
  public static Field of(String code, String name) {
    return new Field(code, name);
  }
}
