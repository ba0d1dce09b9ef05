package dev.motcua.rules.portal.internal.json;

import dev.motcua.core.internal.FieldNames;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record as read: its index in its array, its scalar fields as text (a JSON number or boolean as its text; JSON
 * {@code null} is left out), its nested progress steps ({@code QuaTrinhXuLy}) and its result links ({@code
 * DanhSachGiayToKetQua[].DuongDanTepTinKetQua}). Not public API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RawRecord {
  private final int index;
  // Every field name in input order with its text (null for JSON null and for objects and arrays): a record
  // has a few dozen fields at most, and a scan of them by identity (the parser interns names) costs less
  // than a hash map built for every record of a large file.
  private final String[] names;
  private final @Nullable String[] values;
  private final int size;
  // One bit per name's hash (bit()): most lookups of an absent field end here, without a scan.
  private final long mask;
  private final @Nullable List<RawRecord> steps;
  private final List<String> links;

  RawRecord(int index, String[] names, @Nullable String[] values, int size, long mask,
      @Nullable List<RawRecord> steps, List<String> links) {
    this.index = index;
    this.names = names;
    this.values = values;
    this.size = size;
    this.mask = mask;
    this.steps = steps;
    this.links = links;
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
   * Returns a scalar field.
   *
   * @param name the field name
   * @return its text, or null if absent or JSON {@code null}
   */
  public @Nullable String text(String name) {
    int i = FieldNames.indexOf(names, size, mask, name);
    if (i < 0) {
      return null;
    }
    String v = values[i];
    if (v == NOT_READ) {
      // the reader skipped it as never read: a mapping that reads it must say so in RawRecordReader
      throw new IllegalStateException("Field " + name + " is not read by RawRecordReader");
    }
    return v;
  }

  /** The value of a field the reader skipped without decoding it: a distinct instance, compared by identity. */
  static final String NOT_READ = new String("(not read)");

  /**
   * Returns the nested progress steps.
   *
   * @return the steps of {@code QuaTrinhXuLy}, or null if the record has none
   */
  public @Nullable List<RawRecord> steps() {
    return steps;
  }

  /**
   * Returns the result links.
   *
   * @return the non-empty {@code DuongDanTepTinKetQua} values, in input order
   */
  public List<String> links() {
    return links;
  }
}
