package dev.motcua.core.dossier;

import dev.motcua.core.internal.CoreStyle;
import dev.motcua.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An agency (cơ quan): the competent agency of a procedure (cơ quan có thẩm quyền) or a unit that handles
 * dossiers, with its identifier code (mã định danh, Thông tư 10/2016/TT-BTTTT).
 *
 * <p>The code is not checked against the form of Circular 10/2016/TT-BTTTT here, because hosts also use
 * internal unit codes; {@link DossierCode#isAgencyIdentifier(CharSequence)} checks the form.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CoreStyle
public abstract class Agency {
  Agency() {}

  /**
   * Returns the agency's identifier code, for example {@code 000.00.15.H05}.
   *
   * @return the code, not blank
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the agency's name.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Creates an agency.
   *
   * @param code the identifier code
   * @param name the name
   * @return the agency
   * @throws IllegalArgumentException if a text is blank
   */
  public static Agency of(String code, String name) {
    return ImmutableAgency.of(code, name);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(code(), "code");
    Checks.nonBlank(name(), "name");
  }
}
