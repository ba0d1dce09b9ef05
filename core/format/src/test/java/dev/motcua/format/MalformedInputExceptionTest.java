package dev.motcua.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MalformedInputExceptionTest {

  static final class Example extends MalformedInputException {
    private static final long serialVersionUID = 1L;

    Example(String problem, String path, CharSequence value, int line, int column) {
      super(problem, path, value, line, column, null);
    }
  }

  @Test
  void message_allParts_inOneOrder() {
    Example e = new Example("expected an ISO-8601 date-time with offset", "$.events[3].at", "29/04/2026", 4, 12);
    assertEquals("$.events[3].at: expected an ISO-8601 date-time with offset, was \"29/04/2026\" (line 4, column 12)",
        e.getMessage());
    assertEquals(Optional.of("$.events[3].at"), e.path());
    assertEquals(Optional.of("\"29/04/2026\""), e.value());
    assertEquals(OptionalInt.of(4), e.line());
    assertEquals(OptionalInt.of(12), e.column());
  }

  @Test
  void message_unknownParts_leftOut() {
    Example e = new Example("must not be empty", null, null, 0, 0);
    assertEquals("must not be empty", e.getMessage());
    assertEquals(Optional.empty(), e.path());
    assertEquals(Optional.empty(), e.value());
    assertEquals(OptionalInt.empty(), e.line());
    assertEquals(OptionalInt.empty(), e.column());
    assertEquals("bad character", new Example("bad character", null, null, 0, 7).problem());
    assertEquals("bad character (at character 7)", new Example("bad character", null, null, 0, 7).getMessage());
  }

  @Test
  void quote_escapesAndBounds() {
    assertEquals("\"a\\\"b\\\\c\\u000a\\u0000\"", MalformedInputException.quote("a\"b\\c\n\u0000"));
    assertEquals("\"\\u202e\"", MalformedInputException.quote("\u202e")); // right-to-left override, invisible
    assertEquals("\"Tết 😀\"", MalformedInputException.quote("Tết 😀"));
    assertEquals("\"\\ud83d\"", MalformedInputException.quote("\ud83d")); // lone surrogate
    String longValue = "x".repeat(1000);
    String q = MalformedInputException.quote(longValue);
    assertEquals(MalformedInputException.MAX_VALUE_LENGTH + 3, q.length());
    assertEquals("\"" + "x".repeat(80) + "…\"", q);
  }
}
