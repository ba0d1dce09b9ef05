package dev.motcua.rules.report;

/**
 * How a dossier reached the one-stop unit (Bộ phận Một cửa), as the reporting form splits it.
 *
 * <p>Legal basis: Circular 01/2020/TT-VPCP form II.06a (columns "Trực tuyến" and "Trực tiếp và qua dịch vụ
 * bưu chính").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IntakeChannel {
  /** Submitted online (trực tuyến), through a public-service portal. */
  ONLINE,
  /** Handed in at the counter (trực tiếp). */
  COUNTER,
  /** Sent by post (qua dịch vụ bưu chính công ích). */
  POSTAL;

  /**
   * Tells whether the dossier was submitted online.
   *
   * @return true for {@link #ONLINE}
   */
  public boolean isOnline() {
    return this == ONLINE;
  }
}
