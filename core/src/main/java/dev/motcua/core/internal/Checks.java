package dev.motcua.core.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * Argument checks shared by the value types of the core module.
 *
 * <p>Not public API.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks that a text is present and not blank.
   *
   * @param value the text
   * @param name the name of the argument, used in messages
   * @return the text, unchanged
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is blank
   */
  public static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    checkArgument(!isBlank(value), "%s must not be blank, was '%s'", name, value);
    return value;
  }

  /**
   * Checks whether a text is empty or white space only, as {@link String#isBlank()} does, without its scan of
   * the whole text when the first character is printable ASCII (every identifier, code and most names).
   *
   * @param value the text
   * @return true if blank
   */
  public static boolean isBlank(String value) {
    if (!value.isEmpty()) {
      char first = value.charAt(0);
      if (first > ' ' && first < 0x7f) {
        return false;
      }
    }
    return value.isBlank();
  }

  /**
   * Copies a list of non-blank texts.
   *
   * @param values the texts
   * @param name the name of the argument, used in messages
   * @return an unmodifiable copy
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if an element is blank
   */
  public static List<String> nonBlankList(List<String> values, String name) {
    Objects.requireNonNull(values, name);
    List<String> copy = List.copyOf(values);
    for (int i = 0; i < copy.size(); i++) {
      nonBlank(copy.get(i), name + "[" + i + "]");
    }
    return copy;
  }

  /**
   * Returns an input value as a violation message shows it: as it is when short and printable (a procedure
   * code, a unit identifier), else quoted as {@link dev.motcua.format.MalformedInputException#quote} does —
   * control characters escaped, cut at 80 characters — so a 5 MB or multi-line value never makes a message that
   * long or breaks its line.
   *
   * @param value the value from an event
   * @return the value to interpolate
   */
  public static String shown(String value) {
    if (value.length() <= 80) {
      boolean plain = true;
      for (int i = 0; i < value.length() && plain; i++) {
        char c = value.charAt(i);
        plain = c >= 0x20 && c != 0x7f && c != '"' && Character.getType(c) != Character.FORMAT
            && !Character.isSurrogate(c);
      }
      if (plain) {
        return value;
      }
    }
    return dev.motcua.format.MalformedInputException.quote(value);
  }

  /**
   * Returns a value on one bounded line, as a cell of a text table or a detail of a message shows it: control
   * and format characters escaped as {@code \\uXXXX}, cut at {@code max} characters with "…", so that an agency
   * or officer name from the input never breaks a row or widens the table without bound (CSV and JSON keep the
   * value whole).
   *
   * @param value the value
   * @param max the most characters kept
   * @return the cell text
   */
  public static String cell(String value, int max) {
    StringBuilder b = new StringBuilder(Math.min(value.length(), max) + 8);
    for (int i = 0; i < value.length(); i++) {
      if (b.length() >= max) {
        return b.append('…').toString();
      }
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
