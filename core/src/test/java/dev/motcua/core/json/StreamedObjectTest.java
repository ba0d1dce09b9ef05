package dev.motcua.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An object's fields stored by the number of their name (64 numbered per pool) and beyond them in input order:
 * every field found, every duplicate an error, the first unread one in input order, nothing of an earlier object
 * seen in the next.
 */
class StreamedObjectTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static String fields(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "\"f" + i + "\":\"v" + i + "\"").collect(Collectors.joining(","));
  }

  private static StreamedObject read(String json, StreamedObject.Pool pool) throws IOException {
    JsonParser p = FACTORY.createParser(json);
    p.nextToken();
    return StreamedObject.read(p, pool);
  }

  @Test
  void get_fieldsBeyondTheNumberedNames_foundInInputOrder() throws IOException {
    StreamedObject o = read("{" + fields(0, 100) + "}", new StreamedObject.Pool());
    assertEquals("v0", o.get("f0"));
    assertEquals("f1", o.firstUnread());
    for (int i = 1; i < 100; i++) {
      if (i != 80) {
        assertEquals("v" + i, o.get("f" + i));
      }
    }
    // f80 is beyond the 64 numbered names: the first unread all the same
    assertEquals("f80", o.firstUnread());
    assertEquals("v80", o.get("f80"));
    assertNull(o.firstUnread());
    assertNull(o.get("f100"));
  }

  @Test
  void read_duplicate_errorAtTheSecondName() {
    StreamedObject.Pool pool = new StreamedObject.Pool();
    for (String twice : new String[] {"f3", "f90"}) {
      JsonParseException e = assertThrows(JsonParseException.class,
          () -> read("{" + fields(0, 100) + ",\"" + twice + "\":1}", pool));
      assertTrue(e.getMessage().startsWith("Duplicate field '" + twice + "'"), e.getMessage());
    }
  }

  @Test
  void read_nextObjectOfThePool_seesNoneOfTheLast() throws IOException {
    StreamedObject.Pool pool = new StreamedObject.Pool();
    read("{" + fields(0, 100) + "}", pool);
    pool.reset();
    StreamedObject o = read("{\"f5\":\"x\",\"f95\":\"y\"}", pool);
    assertNull(o.get("f0"));
    assertNull(o.get("f99"));
    assertEquals("f5", o.firstUnread());
    assertEquals("x", o.get("f5"));
    assertEquals("y", o.get("f95"));
    assertNull(o.firstUnread());
  }

  @Test
  void read_objectOf200000DistinctNames_read() throws IOException {
    // a scan of the names per name made this minutes long: the names beyond the numbered ones are indexed
    StreamedObject o = read("{" + fields(0, 200_000) + "}", new StreamedObject.Pool());
    assertEquals("v199999", o.get("f199999"));
    assertEquals("f0", o.firstUnread());
  }
}
