package dev.motcua.core.internal;

/**
 * The field names met by one streaming reader (the event log's, the sync records'), each numbered when first
 * seen, up to {@link #NUMBERED} of them: a reader stores an object's fields by number, with a bit per number for
 * "present" and "read", so a field is stored, found and checked for a duplicate with one probe and no scan of the
 * object's names. Names beyond the numbered ones go to {@link OtherFields}.
 *
 * <p>Why: the objects of a large input have the same few dozen names over and over; the scans of an object's
 * names that found them (by identity, behind a mask of hash bits) were a seventh of reading a log. The table is
 * open-addressed, probed by the name's hash and compared by identity first: the parser interns names, as the
 * compiler does the constants the formats look up.
 *
 * <p>Not thread-safe: one per parser, and the objects read with it are read on its thread. Not public API.
 */
public final class FieldNumbers {
  /** How many names are numbered: a bit each in a {@code long}. */
  public static final int NUMBERED = 64;

  private static final int SLOTS = 2 * NUMBERED;
  private final String[] keys = new String[SLOTS];
  private final int[] numbers = new int[SLOTS];
  private final String[] byNumber = new String[NUMBERED];
  private int count;

  /** An empty table. */
  public FieldNumbers() {}

  /**
   * A table whose first numbers are given: {@code names[i]} is number {@code i}, so a reader that knows its
   * format's names can test a field by number, with no lookup by name.
   *
   * @param names distinct names, at most {@link #NUMBERED}
   * @throws IllegalArgumentException if a name is repeated or there are too many
   */
  public FieldNumbers(String... names) {
    if (names.length > NUMBERED) {
      throw new IllegalArgumentException(names.length + " names, at most " + NUMBERED + " can be numbered");
    }
    for (String name : names) {
      int before = count;
      if (ofOrNew(name) != before) {
        throw new IllegalArgumentException("Name \"" + name + "\" given twice");
      }
    }
  }

  /**
   * Returns a name's number.
   *
   * @param name the name
   * @return its number, or -1 if it has none
   */
  public int of(String name) {
    int i = slot(name);
    return keys[i] == null ? -1 : numbers[i];
  }

  /**
   * Returns a name's number, numbering it if it is new and numbers are left.
   *
   * @param name the name
   * @return its number, or -1 if it is new and all numbers are taken
   */
  public int ofOrNew(String name) {
    int i = slot(name);
    if (keys[i] != null) {
      return numbers[i];
    }
    if (count == NUMBERED) {
      return -1;
    }
    keys[i] = name;
    numbers[i] = count;
    byNumber[count] = name;
    return count++;
  }

  // The name's slot, or the empty one where it would go (at most NUMBERED of the SLOTS are ever filled).
  private int slot(String name) {
    for (int i = name.hashCode() & (SLOTS - 1); ; i = (i + 1) & (SLOTS - 1)) {
      String k = keys[i];
      if (k == name || k == null || k.equals(name)) {
        return i;
      }
    }
  }

  /**
   * Returns the name of a number.
   *
   * @param number a number given by {@link #ofOrNew}
   * @return its name
   */
  public String name(int number) {
    return byNumber[number];
  }

  /**
   * Returns how many names are numbered.
   *
   * @return between 0 and {@link #NUMBERED}
   */
  public int count() {
    return count;
  }
}
