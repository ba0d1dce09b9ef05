package dev.motcua.core.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DossierEventTypeTest {
  private static final Map<String, DossierEventType> BY_NAME = new HashMap<>();

  static {
    for (DossierEventType t : DossierEventType.values()) {
      BY_NAME.put(t.jsonName(), t);
    }
  }

  @Test
  void everyJsonName_findsItsType_andACopyOfItToo() {
    for (DossierEventType t : DossierEventType.values()) {
      assertEquals(Optional.of(t), DossierEventType.ofJsonName(t.jsonName()));
      // the reader's names are new strings, never the constants
      assertEquals(Optional.of(t), DossierEventType.ofJsonName(new String(t.jsonName().toCharArray())));
    }
  }

  @Test
  void nearMisses_andOtherNames_findNothing() {
    for (DossierEventType t : DossierEventType.values()) {
      String n = t.jsonName();
      for (String miss : new String[] {n.toUpperCase(java.util.Locale.ROOT), n + "x", "x" + n,
          n.substring(0, n.length() - 1), n.substring(1), n.charAt(0) + "_" + n.charAt(n.length() - 1),
          n.replace('_', '-'), " " + n}) {
        assertEquals(Optional.ofNullable(BY_NAME.get(miss)), DossierEventType.ofJsonName(miss), miss);
      }
    }
    assertEquals(Optional.empty(), DossierEventType.ofJsonName(""));
    assertThrows(NullPointerException.class, () -> DossierEventType.ofJsonName(null));
  }

  /** Seeded (DESIGN §9): random names over the names' own letters agree with a plain map. */
  @Test
  void randomNames_agreeWithAMap() {
    Random random = new Random(20261203L);
    String letters = "abcdefghijklmnopqrstuvwxyz_";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(18); k > 0; k--) {
        b.append(letters.charAt(random.nextInt(letters.length())));
      }
      String s = b.toString();
      assertEquals(Optional.ofNullable(BY_NAME.get(s)), DossierEventType.ofJsonName(s), s);
    }
  }
}
