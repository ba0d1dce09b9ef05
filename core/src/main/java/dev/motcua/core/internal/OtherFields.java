package dev.motcua.core.internal;

import java.util.Arrays;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one object whose names {@link FieldNumbers} could not number, in input order: none in a
 * well-formed input, many in a hostile one. A few are scanned; beyond them a hash index is kept, so an object of
 * 200 000 distinct names is read in linear time (a scan per name took minutes).
 *
 * <p>Not thread-safe. Not public API.
 */
public final class OtherFields {
  private static final int SCANNED = 8;
  private String[] names = new String[4];
  private @Nullable Object[] values = new Object[4];
  private boolean[] read = new boolean[4];
  private int size;
  private @Nullable HashMap<String, Integer> index;

  /** No fields. */
  public OtherFields() {}

  /**
   * Adds a field.
   *
   * @param name its name, not already added
   * @param value its value, null for none
   */
  public void add(String name, @Nullable Object value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
      read = Arrays.copyOf(read, size * 2);
    }
    names[size] = name;
    values[size] = value;
    if (index != null) {
      index.put(name, size);
    } else if (size == SCANNED) {
      index = new HashMap<>();
      for (int i = 0; i <= size; i++) {
        index.put(names[i], i);
      }
    }
    size++;
  }

  /**
   * Finds a field.
   *
   * @param name its name
   * @return its index in input order, or -1
   */
  public int indexOf(String name) {
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns how many fields there are.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Returns a field's name.
   *
   * @param i its index
   * @return the name
   */
  public String name(int i) {
    return names[i];
  }

  /**
   * Returns a field's value and marks it read.
   *
   * @param i its index
   * @return the value
   */
  public @Nullable Object read(int i) {
    read[i] = true;
    return values[i];
  }

  /**
   * Checks whether a field was read.
   *
   * @param i its index
   * @return true once {@link #read} was called for it
   */
  public boolean isRead(int i) {
    return read[i];
  }

  /** Removes every field. */
  public void clear() {
    if (size > 0) {
      Arrays.fill(names, 0, size, null);
      Arrays.fill(values, 0, size, null);
      Arrays.fill(read, 0, size, false);
      size = 0;
      index = null;
    }
  }
}
