package dev.motcua.rules.json;

import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.rules.instrument.RegulationCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.json.EventLogJson;
import dev.motcua.core.json.JsonFormatException;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.Regulation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON entry points: one log, an array of logs, bad input, and the result format. */
class RegulationJsonTest {
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());

  // S.KD.01 (3 working days) received at the counter FRI_2026_02_13 09:00, due 25/02/2026 17:00 (Tết
  // 16–20/2); transferred MON_2026_02_23 08:00, after the deadline 13/02/2026 17:00 (Art 18(2)).
  static final String LATE_TRANSFER = "{\"formatVersion\":1,\"events\":["
      + "{\"type\":\"received\",\"at\":\"2026-02-13T09:00:00+07:00\","
      + "\"actor\":{\"kind\":\"officer\",\"id\":\"cb-001\",\"name\":\"Trần Thị B\",\"unit\":\"000.00.15.H05\"},"
      + "\"filing\":{\"procedureCode\":\"S.KD.01\",\"channel\":\"COUNTER\","
      + "\"applicant\":{\"name\":\"Nguyễn Văn A\"},\"receivingUnit\":\"000.00.15.H05\"},"
      + "\"code\":\"000.00.15.H05-260213-0001\",\"appointment\":\"2026-02-25T17:00:00+07:00\"},"
      + "{\"type\":\"transferred\",\"at\":\"2026-02-23T01:00:00Z\","
      + "\"actor\":{\"kind\":\"officer\",\"id\":\"cb-001\",\"name\":\"Trần Thị B\",\"unit\":\"000.00.15.H05\"},"
      + "\"fromUnit\":\"000.00.15.H05\",\"toUnit\":\"000.00.31.H05\"}]}";

  static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void validate_oneLog_reportsTheLateTransfer() throws IOException {
    Replay r = RegulationJson.validate(REG, in(LATE_TRANSFER));
    assertEquals(1, r.violations().size(), r.violations()::toString);
    assertEquals(RegulationCode.TRANSFER_LATE, r.violations().get(0).code());
    assertEquals(1, r.violations().get(0).eventIndex());
    String json = RegulationJson.toJson(r);
    assertTrue(json.startsWith("{\"formatVersion\":1,\"valid\":false,\"eventCount\":2,\"violations\":[{\"eventIndex\":1,"
        + "\"code\":\"TRANSFER_LATE\",\"severity\":\"BREACH\",\"legalBasis\":{\"vi\":\"Nghị định 118/2025/NĐ-CP"), json);
    assertTrue(json.contains("Transfer at 23/02/2026 08:00 is after the deadline 13/02/2026 17:00"), json);
  }

  @Test
  void validateAll_arrayOfLogs_oneReplayEach() throws IOException {
    List<Replay> rs = RegulationJson.validateAll(REG, in("[" + LATE_TRANSFER + "," + LATE_TRANSFER.replace(
        "2026-02-23T01:00:00Z", "2026-02-13T03:00:00Z") + "]"));
    assertEquals(2, rs.size());
    assertEquals(1, rs.get(0).violations().size());
    assertTrue(rs.get(1).isValid(), rs.get(1).violations()::toString);
    assertEquals(1, RegulationJson.validateAll(REG, in(LATE_TRANSFER)).size());
  }

  @Test
  void validate_roundTripOfWrittenLog_sameResult() throws IOException {
    Replay direct = RegulationJson.validate(REG, in(LATE_TRANSFER));
    String written = EventLogJson.standard().write(direct.dossier().orElseThrow().history());
    assertEquals(direct.violations(), RegulationJson.validate(REG, in(written)).violations());
  }

  @Test
  void validate_badInput_namesThePath() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RegulationJson.validateAll(REG, in("[" + LATE_TRANSFER + ",{\"formatVersion\":2,\"events\":[]}]")));
    assertEquals(java.util.Optional.of("$[1].formatVersion"), e.path(), e.getMessage());
    assertThrows(JsonFormatException.class,
        () -> RegulationJson.validate(REG, in(LATE_TRANSFER.replace("\"received\"", "\"recieved\""))));
  }
}
