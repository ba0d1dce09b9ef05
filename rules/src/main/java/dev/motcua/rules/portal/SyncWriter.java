package dev.motcua.rules.portal;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.rules.portal.internal.json.RawRecordWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes event histories as the national portal's dossier records ({@code DongBoHoSoMC}), each with its
 * progress records nested as {@code QuaTrinhXuLy}: what a one-stop system must send (Circular 01/2018/TT-VPCP
 * Art 17(1)(d)). The mapping is the inverse of {@link SyncReader}'s; events the portal has no status for (a
 * return at intake, a resubmission, a reschedule) are left out with a warning {@link
 * SyncWarning.Code#EVENT_NOT_REPRESENTABLE}.
 *
 * <pre>{@code
 * try (SyncWriter.Output out = SyncWriter.standard().open(stream)) {
 *   for (List<DossierEvent> history : histories) {
 *     out.write(history);
 *   }
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyncWriter {
  private final ZoneId zone;

  private SyncWriter(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Returns a writer of dates in {@code Asia/Ho_Chi_Minh}, the portal's zone.
   *
   * @return the writer
   */
  public static SyncWriter standard() {
    return new SyncWriter(SyncReader.PORTAL_ZONE);
  }

  /**
   * Returns a writer of dates local to a zone (the calendar's).
   *
   * @param zone the zone of the {@code yyyyMMddHHmmss} dates
   * @return the writer
   */
  public static SyncWriter of(ZoneId zone) {
    return new SyncWriter(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Starts a JSON array of records on an output.
   *
   * @param out the UTF-8 output; {@link Output#close()} ends the array and leaves it open
   * @return the output to write histories to
   * @throws IOException if the output cannot be written
   */
  public Output open(OutputStream out) throws IOException {
    return new Output(RawRecordWriter.open(out), new HistoryMapping(zone));
  }

  /**
   * Starts a JSON array of records on a character output.
   *
   * @param out the output; {@link Output#close()} ends the array and leaves it open
   * @return the output to write histories to
   * @throws IOException if the output cannot be written
   */
  public Output open(java.io.Writer out) throws IOException {
    return new Output(RawRecordWriter.open(out), new HistoryMapping(zone));
  }

  /**
   * An open array of records; not thread-safe.
   */
  public static final class Output implements Closeable {
    private final RawRecordWriter writer;
    private final HistoryMapping mapping;
    private int index;

    private Output(RawRecordWriter writer, HistoryMapping mapping) {
      this.writer = writer;
      this.mapping = mapping;
    }

    /**
     * Writes one history as a record whose {@code MaHoSo} is its receipt's dossier code.
     *
     * @param history the events
     * @return the warnings, for events not written
     * @throws IllegalArgumentException if the history has no filing or no receipt with a code
     * @throws IOException if the output cannot be written
     */
    public List<SyncWarning> write(List<? extends DossierEvent> history) throws IOException {
      return write(history, Optional.empty());
    }

    /**
     * Writes one history as a record whose {@code MaHoSo} is its receipt's dossier code or, for a dossier never
     * received (no code issued), the code given.
     *
     * @param history the events
     * @param codeIfNone the record's {@code MaHoSo} if the history has no receipt with a code, not blank
     * @return the warnings, for events not written
     * @throws IllegalArgumentException if the history has no filing, or the code given is blank
     * @throws IOException if the output cannot be written
     */
    public List<SyncWarning> write(List<? extends DossierEvent> history, String codeIfNone) throws IOException {
      Objects.requireNonNull(codeIfNone, "codeIfNone");
      if (codeIfNone.isBlank()) {
        throw new IllegalArgumentException("codeIfNone must not be blank");
      }
      return write(history, Optional.of(codeIfNone));
    }

    private List<SyncWarning> write(List<? extends DossierEvent> history, Optional<String> code)
        throws IOException {
      Objects.requireNonNull(history, "history");
      HistoryMapping.Written w = mapping.map(history, index, code);
      writer.write(w.record());
      index++;
      return w.warnings();
    }

    /**
     * Ends the array and flushes the output; the output stays open.
     *
     * @throws IOException if the output cannot be written
     */
    @Override
    public void close() throws IOException {
      writer.close();
    }
  }
}
