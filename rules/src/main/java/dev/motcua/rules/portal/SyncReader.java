package dev.motcua.rules.portal;

import dev.motcua.core.json.JsonFormatException;
import dev.motcua.rules.portal.internal.json.RawRecord;
import dev.motcua.rules.portal.internal.json.SyncFields;
import dev.motcua.rules.portal.internal.json.RawRecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads the national portal's sync records (bản ghi đồng bộ DVCQG) into event histories: a JSON array of
 * dossier records ({@code DongBoHoSoMC}), each with its progress records ({@code CapNhatTienDoHoSoMC}) nested
 * as {@code "QuaTrinhXuLy": […]} or given apart ({@link #readProgress}) and matched by {@code MaHoSo}. The
 * mapping is the README's "Sync records" table; it is third-party sourced (the Government Office's guide is
 * not available).
 *
 * <p>Strict by default: a history is mapped as the records say, and the regulation refuses what is
 * impossible. {@link #withLenientSync(boolean) Lenient} reading repairs the known sender rewrites (statuses 5,
 * 6 or 8 sent as 9; a synthetic "received" step; a closing 9 stamped at the receipt time) and says so with a
 * warning {@link SyncWarning.Code#SYNC_REWRITE_SUSPECTED}.
 *
 * <p>Records are read one at a time: memory is bounded by the largest record. An unknown status code, a
 * malformed date, a record without {@code MaHoSo} or {@code MaTTHC} are {@link JsonFormatException}s naming
 * the record and the field ({@code $[3].QuaTrinhXuLy[1].TrangThai}).
 *
 * <pre>{@code
 * try (Stream<SyncDossier> dossiers = SyncReader.standard().read(in)) {
 *   dossiers.forEach(d -> regulation.lifecycle().replay(d.history()));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyncReader {
  /** The zone of the records' dates: {@code Asia/Ho_Chi_Minh} (OpenCPS's constants, third-party sourced). */
  static final ZoneId PORTAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ZoneId zone;
  private final boolean lenient;

  private SyncReader(ZoneId zone, boolean lenient) {
    this.zone = zone;
    this.lenient = lenient;
  }

  /**
   * Returns a strict reader of dates in {@code Asia/Ho_Chi_Minh}.
   *
   * @return the reader
   */
  public static SyncReader standard() {
    return new SyncReader(PORTAL_ZONE, false);
  }

  /**
   * Returns a strict reader of dates local to a zone (the calendar's).
   *
   * @param zone the zone of the {@code yyyyMMddHHmmss} dates
   * @return the reader
   */
  public static SyncReader of(ZoneId zone) {
    return new SyncReader(Objects.requireNonNull(zone, "zone"), false);
  }

  /**
   * Returns a copy that repairs the known sender rewrites, with warnings, or that does not.
   *
   * @param lenientSync true to repair and warn, false (the default) to map as given
   * @return the reader
   */
  public SyncReader withLenientSync(boolean lenientSync) {
    return new SyncReader(zone, lenientSync);
  }

  /**
   * Checks whether this reader repairs the known sender rewrites.
   *
   * @return true if lenient
   */
  public boolean isLenientSync() {
    return lenient;
  }

  /**
   * Reads a JSON array of progress records given apart from the dossier records, whole.
   *
   * @param in the UTF-8 input; not closed
   * @return the records, grouped by {@code MaHoSo}
   * @throws JsonFormatException if the input is not such an array, a record has no {@code MaHoSo}, an unknown
   *     status or a malformed date, naming the path {@code $[index].field}
   * @throws IOException if the input cannot be read
   */
  public SyncProgress readProgress(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    Map<String, List<Step>> byCode = new HashMap<>();
    int count = 0;
    PortalDates dates = new PortalDates(zone);
    RawRecordReader r = RawRecordReader.open(new Unclosed(in), "progress records");
    try (r) {
      for (RawRecord raw = r.next(); raw != null; raw = r.next()) {
        String p = "$[" + raw.index() + "]";
        try {
          String code = Step.text(raw, SyncFields.MA_HO_SO).orElseThrow(() -> new JsonFormatException(p + ".MaHoSo",
              "missing required field (the dossier code)", null, 0, 0, null));
          byCode.computeIfAbsent(code, k -> new ArrayList<>(4)).add(Step.of(raw, p, -1, dates));
        } catch (RawRecord.NotText e) {
          throw notText(p, e);
        }
        count++;
      }
    }
    return new SyncProgress(byCode, count);
  }

  /**
   * Streams the dossier records of a JSON array, progress nested, reading one record at a time.
   *
   * @param in the UTF-8 input, closed with the stream
   * @return the dossiers, in input order; a record that does not match the format is thrown as {@link
   *     JsonFormatException} when reached, an I/O failure as {@link UncheckedIOException}
   * @throws JsonFormatException if the input is not a JSON array
   * @throws IOException if the input cannot be read
   */
  public Stream<SyncDossier> read(InputStream in) throws IOException {
    return read(in, SyncProgress.NONE);
  }

  /**
   * Streams the dossier records of a JSON array with progress records given apart (and any nested ones).
   *
   * @param in the UTF-8 input, closed with the stream
   * @param progress the progress records, from {@link #readProgress}
   * @return the dossiers, in input order
   * @throws JsonFormatException if the input is not a JSON array
   * @throws IOException if the input cannot be read
   */
  public Stream<SyncDossier> read(InputStream in, SyncProgress progress) throws IOException {
    Objects.requireNonNull(progress, "progress");
    RawRecordReader r = RawRecordReader.open(Objects.requireNonNull(in, "in"), "dossier records");
    RecordMapping mapping = new RecordMapping(zone, lenient);
    Iterator<SyncDossier> it = new Iterator<>() {
      private @Nullable RawRecord next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = r.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          done = next == null;
        }
        return next != null;
      }

      @Override
      public SyncDossier next() {
        if (!hasNext()) {
          throw new NoSuchElementException("No more dossier records");
        }
        RawRecord raw = Objects.requireNonNull(next);
        next = null;
        try {
          return mapping.map(raw, progress);
        } catch (RawRecord.NotText e) {
          throw notText("$[" + raw.index() + "]", e);
        }
      }
    };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            r.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Keeps the caller's stream open when the parser closes. */
  private static final class Unclosed extends java.io.FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller's
    }
  }

  /** A field read as text that holds an object or an array, at its path under the record's. */
  static JsonFormatException notText(String recordPath, RawRecord.NotText e) {
    return new JsonFormatException(recordPath + "." + e.field(), "expected a string, was an object or an array",
        null, 0, 0, null);
  }
}
