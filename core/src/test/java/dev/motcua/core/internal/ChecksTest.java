package dev.motcua.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.motcua.testkit.Property;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static final String CHARS = " \t\n\u00a0\u2003\u3000\u001f\u007fabcĐđ1-.";

  // up to max - 1 characters of CHARS: blanks of every kind, controls, letters
  private static String text(java.util.Random r, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(max); i > 0; i--) {
      b.append(CHARS.charAt(r.nextInt(CHARS.length())));
    }
    return b.toString();
  }

  @Test
  void isBlank_isStringIsBlank() {
    Property.forAll("Checks.isBlank = String.isBlank", r -> text(r, 5))
        .trials(5_000)
        .verify(s -> assertEquals(s.isBlank(), Checks.isBlank(s), () -> s.chars().boxed().toList().toString()));
  }

  @Test
  void shown_plainShortValuesAsTheyAre_restQuotedEscapedAndCut() {
    assertEquals("000.00.15.H05", Checks.shown("000.00.15.H05"));
    assertEquals("Sở Xây dựng", Checks.shown("Sở Xây dựng"));
    assertEquals("\"X.1\\u000aFAKE\"", Checks.shown("X.1\nFAKE"));
    assertEquals("\"a\\\"b\"", Checks.shown("a\"b"));
    assertEquals("\"" + "P".repeat(80) + "…\"", Checks.shown("P".repeat(5_000_000)));
  }

  @Test
  void cell_property_oneLineAndBounded() {
    Property.forAll("Checks.cell is one line of at most max + 1 visible characters", r -> text(r, 200))
        .trials(2_000)
        .verify(v -> {
          String c = Checks.cell(v, 40);
          org.junit.jupiter.api.Assertions.assertTrue(c.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f), c);
          // escapes count as characters kept: at most 40, and an escape is not cut in two
          org.junit.jupiter.api.Assertions.assertTrue(c.length() <= 40 + 6 + 1, c);
          if (v.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7f) && v.length() <= 40) {
            assertEquals(v, c);
          }
        });
    assertEquals("Trần\\u000aB", Checks.cell("Trần\nB", 80));
    assertEquals("ab…", Checks.cell("abcdef", 2));
  }
}
