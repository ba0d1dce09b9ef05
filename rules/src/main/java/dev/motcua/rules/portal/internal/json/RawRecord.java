package dev.motcua.rules.portal.internal.json;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record as read: its position, its scalar fields as text (a JSON number or boolean as its text; JSON
 * {@code null} is left out), its nested progress steps ({@code QuaTrinhXuLy}) and its result links ({@code
 * DanhSachGiayToKetQua[].DuongDanTepTinKetQua}). Not public API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RawRecord {
  private final int index;
  private final int line;
  private final int column;
  private final Map<String, String> fields;
  private final @Nullable List<RawRecord> steps;
  private final List<String> links;

  RawRecord(int index, int line, int column, Map<String, String> fields, @Nullable List<RawRecord> steps,
      List<String> links) {
    this.index = index;
    this.line = line;
    this.column = column;
    this.fields = fields;
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
   * Returns the 1-based line where the record starts.
   *
   * @return the line, 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column where the record starts.
   *
   * @return the column, 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns a scalar field.
   *
   * @param name the field name
   * @return its text, or null if absent or JSON {@code null}
   */
  public @Nullable String text(String name) {
    return fields.get(name);
  }

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
