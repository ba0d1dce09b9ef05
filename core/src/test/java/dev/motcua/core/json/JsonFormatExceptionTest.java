package dev.motcua.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JsonFormatExceptionTest {
  @Test
  void inArrayElement_keepsProblemAndValue_prefixesPath_dropsPosition() {
    JsonFormatException e = new JsonFormatException("$.events[0].at", "expected an ISO-8601 date-time with offset",
        "2026-02-31T08:00:00+07:00", 1, 30, null);
    JsonFormatException inArray = e.inArrayElement(3);
    assertEquals(Optional.of("$[3].events[0].at"), inArray.path());
    assertEquals(Optional.of("\"2026-02-31T08:00:00+07:00\""), inArray.value());
    assertEquals(OptionalInt.empty(), inArray.line());
    assertEquals("$[3].events[0].at: expected an ISO-8601 date-time with offset, was \"2026-02-31T08:00:00+07:00\"",
        inArray.getMessage());
  }

  @Test
  void inArrayElement_longValue_cutAsInTheElement() {
    String huge = "x".repeat(5_000_000);
    JsonFormatException e = new JsonFormatException("$.reason", "too long", huge, 0, 0, null);
    assertEquals(e.value(), e.inArrayElement(0).value());
    assertEquals(JsonFormatException.MAX_VALUE_LENGTH + 3, e.inArrayElement(0).value().orElseThrow().length());
  }
}
