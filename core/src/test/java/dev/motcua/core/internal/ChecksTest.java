package dev.motcua.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.motcua.testkit.Property;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static final String CHARS = " \t\n\u00a0\u2003\u3000\u001f\u007fabcĐđ1-.";

  @Test
  void isBlank_isStringIsBlank() {
    Property.forAll("Checks.isBlank = String.isBlank", r -> {
          StringBuilder b = new StringBuilder();
          for (int i = r.nextInt(5); i > 0; i--) {
            b.append(CHARS.charAt(r.nextInt(CHARS.length())));
          }
          return b.toString();
        })
        .trials(5_000)
        .verify(s -> assertEquals(s.isBlank(), Checks.isBlank(s), () -> s.chars().boxed().toList().toString()));
  }
}
