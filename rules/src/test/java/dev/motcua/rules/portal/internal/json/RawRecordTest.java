package dev.motcua.rules.portal.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A record's fields found by the numbers of {@link SyncFields} are those found by name, in any order. */
class RawRecordTest {
  private static RawRecordReader reader(String json) throws IOException {
    return RawRecordReader.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "dossier records");
  }

  @Test
  void textByNumber_isTextByName_forEveryMappedField() throws IOException {
    StringBuilder json = new StringBuilder("[{\"Extra\":\"x\"");
    // in reverse order, after a name the mapping does not read: numbers do not follow the input's order
    for (int n = SyncFields.NAMES.length - 1; n >= 0; n--) {
      if (n != SyncFields.TEN_TTHC) {
        json.append(",\"").append(SyncFields.name(n)).append("\":\"v").append(n).append('"');
      }
    }
    json.append("},{\"MaHoSo\":\"only\"}]");
    try (RawRecordReader r = reader(json.toString())) {
      RawRecord first = r.next();
      for (int n = 0; n < SyncFields.NAMES.length; n++) {
        if (n != SyncFields.TEN_TTHC) {
          assertEquals("v" + n, first.text(n), SyncFields.name(n));
          assertEquals(first.text(SyncFields.name(n)), first.text(n), SyncFields.name(n));
        }
      }
      RawRecord second = r.next();
      assertEquals("only", second.text(SyncFields.MA_HO_SO));
      assertNull(second.text(SyncFields.MA_TTHC), "a field of the previous record is not seen");
    }
  }

  @Test
  void textByNumber_ofAnObject_isNotText() throws IOException {
    try (RawRecordReader r = reader("[{\"NgayTiepNhan\":{\"a\":1}}]")) {
      RawRecord.NotText e = assertThrows(RawRecord.NotText.class, () -> r.next().text(SyncFields.NGAY_TIEP_NHAN));
      assertEquals("NgayTiepNhan", e.field());
    }
  }
}
