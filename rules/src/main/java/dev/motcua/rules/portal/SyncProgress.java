package dev.motcua.rules.portal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Progress records given apart from the dossier records ({@code CapNhatTienDoHoSoMC}), checked and grouped by
 * {@code MaHoSo}; read with {@link SyncReader#readProgress}. Held in memory whole: its size is that of the
 * progress input.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyncProgress {
  private final Map<String, List<Step>> byCode;
  private final int count;

  SyncProgress(Map<String, List<Step>> byCode, int count) {
    this.byCode = Map.copyOf(byCode);
    this.count = count;
  }

  /** No progress records. */
  static final SyncProgress NONE = new SyncProgress(Map.of(), 0);

  List<Step> of(String dossierCode) {
    return byCode.getOrDefault(dossierCode, List.of());
  }

  /**
   * Returns the number of progress records.
   *
   * @return the count
   */
  public int size() {
    return count;
  }

  /**
   * Returns the dossier codes the records are about, so that a reader of dossier records can tell which progress
   * records matched none of them (records of dossiers synced earlier, or of another file).
   *
   * @return the codes, unmodifiable
   */
  public Set<String> dossierCodes() {
    return byCode.keySet();
  }

  /**
   * Returns the number of distinct dossier codes the records are about.
   *
   * @return the count
   */
  public int dossiers() {
    return byCode.size();
  }
}
