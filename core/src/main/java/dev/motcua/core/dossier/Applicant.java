package dev.motcua.core.dossier;

import dev.motcua.core.internal.CoreStyle;
import dev.motcua.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The applicant (tổ chức, cá nhân nộp hồ sơ): the person or organisation that files a dossier.
 *
 * <pre>{@code
 * Applicant a = Applicant.builder().name("Nguyễn Văn A").idNumber("095080000123").build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CoreStyle
public abstract class Applicant {
  Applicant() {}

  /**
   * Returns the applicant's full name or the organisation's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the identity document or enterprise number (số định danh), if known.
   *
   * @return the identifier, or empty
   */
  public abstract Optional<String> idNumber();

  /**
   * Returns the phone number, if known.
   *
   * @return the phone number, or empty
   */
  public abstract Optional<String> phone();

  /**
   * Returns the e-mail address, if known.
   *
   * @return the e-mail address, or empty
   */
  public abstract Optional<String> email();

  /**
   * Returns the postal address, if known.
   *
   * @return the address, or empty
   */
  public abstract Optional<String> address();

  /**
   * Creates an applicant with only a name.
   *
   * @param name the name
   * @return the applicant
   * @throws IllegalArgumentException if the name is blank
   */
  public static Applicant of(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "name");
    idNumber().ifPresent(v -> Checks.nonBlank(v, "idNumber"));
    phone().ifPresent(v -> Checks.nonBlank(v, "phone"));
    email().ifPresent(v -> Checks.nonBlank(v, "email"));
    address().ifPresent(v -> Checks.nonBlank(v, "address"));
  }

  /** A strict builder of {@link Applicant}: each attribute may be set once. */
  public static final class Builder extends ImmutableApplicant.Builder {
    Builder() {}
  }
}
