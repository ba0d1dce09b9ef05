package dev.motcua.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names given first keep their numbers; new names follow them; at most 64 are numbered. */
class FieldNumbersTest {
  @Test
  void givenNames_areNumberedInOrder_andNewNamesAfterThem() {
    FieldNumbers n = new FieldNumbers("type", "at", "actor");
    assertEquals(0, n.of("type"));
    assertEquals(2, n.of("actor"));
    // equal but not the same instance: found by equals behind the identity check
    assertEquals(1, n.of(new String("at")));
    assertEquals(-1, n.of("code"));
    assertEquals(3, n.ofOrNew("code"));
    assertEquals("code", n.name(3));
    assertEquals(4, n.count());
  }

  @Test
  void aNameGivenTwice_isRefused_evenLast() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FieldNumbers("a", "b", "b"));
    assertEquals("Name \"b\" given twice", e.getMessage());
  }

  @Test
  void moreThan64Names_areRefused_andBeyond64NoNumberIsGiven() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < FieldNumbers.NUMBERED; i++) {
      names.add("f" + i);
    }
    FieldNumbers full = new FieldNumbers(names.toArray(String[]::new));
    assertEquals(-1, full.ofOrNew("another"));
    names.add("one too many");
    assertThrows(IllegalArgumentException.class, () -> new FieldNumbers(names.toArray(String[]::new)));
  }
}
