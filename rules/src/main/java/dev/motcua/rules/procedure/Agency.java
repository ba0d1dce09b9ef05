package dev.motcua.rules.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A competent agency (cơ quan có thẩm quyền giải quyết): its electronic identifier code (Decision
 * 20/2020/QĐ-TTg, e.g. {@code 000.00.12.H05}) and its name; report rows are grouped by it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the identifier code, not blank
 * @param name the name, not blank
 */
public record Agency(String code, String name) {
  /**
   * Creates an agency.
   *
   * @param code the identifier code, not blank
   * @param name the name, not blank
   * @throws IllegalArgumentException if the code or the name is blank
   */
  public Agency {
    checkArgument(!Objects.requireNonNull(code, "code").isBlank(), "Agency code must not be blank");
    checkArgument(!Objects.requireNonNull(name, "name").isBlank(), "Agency name must not be blank (code %s)", code);
  }

  /**
   * Obtains an agency.
   *
   * @param code the identifier code
   * @param name the name
   * @return the agency
   * @throws IllegalArgumentException if the code or the name is blank
   */
  public static Agency of(String code, String name) {
    return new Agency(code, name);
  }
}
