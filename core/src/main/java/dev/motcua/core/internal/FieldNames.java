package dev.motcua.core.internal;

/**
 * The field names of one JSON object as read by motcua's streaming readers (the event log's and the sync
 * records'): a few names in input order, looked up by the constants of the code that reads them.
 *
 * <p>Why not a hash map: an object has a few dozen fields at most, read once, and a map built for every object
 * of a large file cost more than the parse. A name is found by identity first (the parser interns names, as the
 * compiler does constants), then by equality; a 64-bit mask of the names' hash bits ends most lookups of an
 * absent name, or of a new one when duplicates are checked, at once.
 *
 * <p>Not public API.
 */
public final class FieldNames {
  private FieldNames() {}

  /**
   * Returns a name's bit in a mask of names.
   *
   * @param name the name
   * @return one bit
   */
  public static long bit(String name) {
    return 1L << (name.hashCode() & 63);
  }

  /**
   * Finds a name among the first names of an array.
   *
   * @param names the names, in input order
   * @param size how many of them are set
   * @param mask the {@link #bit}s of those names, or-ed
   * @param name the name looked up
   * @return its index, or -1
   */
  public static int indexOf(String[] names, int size, long mask, String name) {
    if ((mask & bit(name)) == 0) {
      return -1;
    }
    for (int i = 0; i < size; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
