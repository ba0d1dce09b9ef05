package dev.motcua.rules.portal.internal.json;

import dev.motcua.core.internal.FieldNumbers;
import dev.motcua.core.internal.OtherFields;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record as read: its index in its array, its scalar fields as text (a JSON number or boolean as its text; JSON
 * {@code null} is left out), its nested progress steps ({@code QuaTrinhXuLy}) and its result links ({@code
 * DanhSachGiayToKetQua[].DuongDanTepTinKetQua}). Not public API.
 *
 * <p>Read on the thread of the reader that made it: the table of field names it looks them up in is the
 * reader's, which numbers new names as it reads.
 */
public final class RawRecord {
  private final int index;
  // The scalar fields by the number of their name in the reader's table (null for JSON null and for objects and
  // arrays), with a bit per number present; names beyond the numbered ones in others.
  private final FieldNumbers numbers;
  private final @Nullable String[] values;
  private final long present;
  private final @Nullable OtherFields others;
  private final @Nullable List<RawRecord> steps;
  private final List<String> links;

  RawRecord(int index, FieldNumbers numbers, @Nullable String[] values, long present, @Nullable OtherFields others,
      @Nullable List<RawRecord> steps, List<String> links) {
    this.index = index;
    this.numbers = numbers;
    this.values = values;
    this.present = present;
    this.others = others;
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
   * @throws NotText if the field holds an object or an array
   */
  public @Nullable String text(String name) {
    int number = numbers.of(name);
    String v;
    if (number >= 0) {
      if ((present & (1L << number)) == 0) {
        return null;
      }
      v = values[number];
    } else {
      int i = others == null ? -1 : others.indexOf(name);
      if (i < 0) {
        return null;
      }
      v = (String) others.read(i);
    }
    return checked(v, name);
  }

  // A value as text: not a skipped structure, not a value the reader left undecoded.
  private static @Nullable String checked(@Nullable String v, String name) {
    if (v == STRUCTURED) {
      throw new NotText(name);
    }
    if (v == NOT_READ) {
      // the reader skipped it as never read: a mapping that reads it must say so in RawRecordReader
      throw new IllegalStateException("Field " + name + " is not read by RawRecordReader");
    }
    return v;
  }

  /**
   * Returns a scalar field by the number {@link SyncFields} gives its name, with no lookup by name.
   *
   * @param number one of {@link SyncFields}' constants
   * @return its text, or null if absent or JSON {@code null}
   * @throws NotText if the field holds an object or an array
   */
  public @Nullable String text(int number) {
    if ((present & (1L << number)) == 0) {
      return null;
    }
    return checked(values[number], SyncFields.name(number));
  }

  /** The value of a field the reader skipped without decoding it: a distinct instance, compared by identity. */
  static final String NOT_READ = new String("(not read)");

  /** The value of a field that holds an object or an array (skipped: it is an error only if read as text). */
  static final String STRUCTURED = new String("(object or array)");

  /**
   * A field read as text holds an object or an array. Thrown without a path: the caller, who knows the
   * record's place ({@code $[3]}, {@code $[3].QuaTrinhXuLy[1]}), reports it as a format error.
   */
  public static final class NotText extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    NotText(String field) {
      super("field " + field + " holds an object or an array", null, false, false);
      this.field = field;
    }

    /**
     * Returns the field's name.
     *
     * @return the name
     */
    public String field() {
      return field;
    }
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
