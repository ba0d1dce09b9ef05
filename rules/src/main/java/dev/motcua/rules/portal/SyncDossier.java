package dev.motcua.rules.portal;

import dev.motcua.core.dossier.DossierEvent;
import java.util.List;
import java.util.Objects;

/**
 * One dossier record read: its event history, the warnings the reading gave, and the attributes that have no
 * event ({@link SyncAttributes}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyncDossier {
  private final int index;
  private final String dossierCode;
  private final List<DossierEvent> history;
  private final List<SyncWarning> warnings;
  private final SyncAttributes attributes;

  SyncDossier(int index, String dossierCode, List<DossierEvent> history, List<SyncWarning> warnings,
      SyncAttributes attributes) {
    this.index = index;
    this.dossierCode = Objects.requireNonNull(dossierCode, "dossierCode");
    this.history = List.copyOf(history);
    this.warnings = List.copyOf(warnings);
    this.attributes = Objects.requireNonNull(attributes, "attributes");
  }

  /**
   * Returns the zero-based index of the record in its array.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * Returns {@code MaHoSo} as given (mã hồ sơ): a dossier code, or a sender's own identifier.
   *
   * @return the code, not blank
   */
  public String dossierCode() {
    return dossierCode;
  }

  /**
   * Returns the event history, in time order, to replay with the regulation.
   *
   * @return the events, unmodifiable
   */
  public List<DossierEvent> history() {
    return history;
  }

  /**
   * Returns the warnings, in the order met.
   *
   * @return the warnings, unmodifiable
   */
  public List<SyncWarning> warnings() {
    return warnings;
  }

  /**
   * Returns the attributes that have no event.
   *
   * @return the attributes
   */
  public SyncAttributes attributes() {
    return attributes;
  }

  @Override
  public String toString() {
    return "SyncDossier{" + index + ", " + dossierCode + ", " + history.size() + " events, " + warnings.size()
        + " warnings}";
  }
}
