package dev.motcua.rules.form;

import dev.motcua.rules.internal.RulesStyle;
import dev.motcua.rules.report.ReportPeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The tracking book (Sổ theo dõi hồ sơ, form 06 of 2018, form 07 of 2025): one row per dossier received by a
 * unit in a period, in order of receipt.
 *
 * <p>An electronic book need not be printed but must hold all the information (Circular 03/2025/TT-VPCP,
 * third-party rendering). The columns follow that rendering; the 2018 layout is unconfirmed {@code
 * [inferred]}. Absent until the host fills it: the book's volume.
 *
 * <p>Legal basis: Thông tư 01/2018/TT-VPCP, Điều 9 (mẫu số 06) / Circular 01/2018/TT-VPCP, Art 9 (form 06);
 * Circular 03/2025/TT-VPCP Annex I form 07 (third-party rendering, Hanoi Decision 1594/QĐ-TTPVHCC).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract non-sealed class TrackingBook implements Form {
  TrackingBook() {}

  @Override
  public final FormKind kind() {
    return FormKind.TRACKING_BOOK;
  }

  @Override
  public abstract FormHeader header();

  /**
   * Returns the period whose receipts the book lists.
   *
   * @return the period
   */
  public abstract ReportPeriod period();

  /**
   * Returns the book's volume (quyển số), if the host gave it.
   *
   * @return the volume
   */
  public abstract Optional<String> volume();

  /**
   * Returns the rows, numbered from 1 in order of receipt.
   *
   * @return the entries
   */
  public abstract List<BookEntry> entries();

  /**
   * Returns a copy with another header.
   *
   * @param header the header
   * @return the book
   */
  public TrackingBook withHeader(FormHeader header) {
    return toBuilder().header(header).build();
  }

  /**
   * Returns a copy with the volume.
   *
   * @param volume the volume
   * @return the book
   */
  public TrackingBook withVolume(String volume) {
    return toBuilder().volume(volume).build();
  }

  /**
   * Returns a builder preset with this book.
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
    volume().ifPresent(v -> Texts.nonBlank(v, "volume"));
    for (int i = 0; i < entries().size(); i++) {
      if (entries().get(i).number() != i + 1) {
        throw new IllegalArgumentException(
            "entries[" + i + "] is numbered " + entries().get(i).number() + ", expected " + (i + 1));
      }
    }
  }

  /** A builder of {@link TrackingBook}. */
  public static final class Builder extends ImmutableTrackingBook.Builder {
    Builder() {}
  }
}
