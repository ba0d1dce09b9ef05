package dev.motcua.rules.form;

import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every form carries above its body: the heading for the instrument in force, the unit issuing it, the
 * form's own number and the place and date of issue.
 *
 * <p>The history knows the unit's identifier (mã định danh) and the date; the owning body (cơ quan chủ quản),
 * the unit's name, the slip's number ({@code …/PBS-…}, {@code …/PTC-…}) and the place are the host's to fill.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract class FormHeader {
  FormHeader() {}

  /**
   * Returns the form's number and title for the instrument in force.
   *
   * @return the heading
   */
  public abstract FormHeading heading();

  /**
   * Returns the instrument the dossier is judged by (the one in force on its receipt, or on the event for a
   * dossier never received).
   *
   * @return the instrument
   */
  public abstract LegalInstrument instrument();

  /**
   * Returns the identifier of the unit issuing the form, from the history.
   *
   * @return the unit's identifier, e.g. {@code "000.00.15.H05"}
   */
  public abstract String unitId();

  /**
   * Returns the unit's name, e.g. {@code "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"}, if the host gave it.
   *
   * @return the name
   */
  public abstract Optional<String> unitName();

  /**
   * Returns the owning body (cơ quan chủ quản), e.g. {@code "UBND TỈNH CÀ MAU"}, if the host gave it.
   *
   * @return the owning body
   */
  public abstract Optional<String> owningBody();

  /**
   * Returns the form's own number (số phiếu), if the host gave it.
   *
   * @return the number
   */
  public abstract Optional<String> number();

  /**
   * Returns the place of issue (địa danh), e.g. {@code "Cà Mau"}, if the host gave it.
   *
   * @return the place
   */
  public abstract Optional<String> place();

  /**
   * Returns the date of issue: the local date of the event the form records, in the calendar's zone.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns a copy with the unit's name.
   *
   * @param name the name
   * @return the header
   */
  public FormHeader withUnitName(String name) {
    return toBuilder().unitName(name).build();
  }

  /**
   * Returns a copy with the owning body.
   *
   * @param body the owning body
   * @return the header
   */
  public FormHeader withOwningBody(String body) {
    return toBuilder().owningBody(body).build();
  }

  /**
   * Returns a copy with the form's own number.
   *
   * @param number the number, e.g. {@code "15/PBS-TTPVHCC"}
   * @return the header
   */
  public FormHeader withNumber(String number) {
    return toBuilder().number(number).build();
  }

  /**
   * Returns a copy with the place of issue.
   *
   * @param place the place
   * @return the header
   */
  public FormHeader withPlace(String place) {
    return toBuilder().place(place).build();
  }

  /**
   * Returns a builder preset with this header.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Texts.nonBlank(unitId(), "unitId");
    unitName().ifPresent(v -> Texts.nonBlank(v, "unitName"));
    owningBody().ifPresent(v -> Texts.nonBlank(v, "owningBody"));
    number().ifPresent(v -> Texts.nonBlank(v, "number"));
    place().ifPresent(v -> Texts.nonBlank(v, "place"));
  }

  /** A builder of {@link FormHeader}. */
  public static final class Builder extends ImmutableFormHeader.Builder {
    Builder() {}
  }
}
