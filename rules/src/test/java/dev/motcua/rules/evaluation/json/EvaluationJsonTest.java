package dev.motcua.rules.evaluation.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.motcua.core.dossier.Channel;
import dev.motcua.rules.deadline.Timeliness;
import dev.motcua.rules.evaluation.Evaluation;
import dev.motcua.rules.evaluation.EvaluationFacts;
import dev.motcua.rules.evaluation.EvaluationGrouping;
import dev.motcua.rules.evaluation.EvaluationSettings;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.report.ReportPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON shape of the issue: ids, numerator, denominator, rate, points, maxPoints, source; nulls and reasons. */
class EvaluationJsonTest {

  @Test
  void toJson_oneDossier_shapeAndNotComputableAsNullWithReason() throws Exception {
    // received 21/04/2025 08:00 +07, appointment 25/04 17:00, resolved 24/04 10:00: early, on time
    EvaluationFacts f = EvaluationFacts.builder().field("DD", "Đất đai").channel(Channel.ONLINE)
        .receivedAt(Instant.parse("2025-04-21T01:00:00Z")).appointment(Instant.parse("2025-04-25T10:00:00Z"))
        .instrument(LegalInstrument.DECREE_61_2018)
        .resolvedAt(Instant.parse("2025-04-24T03:00:00Z"), Timeliness.EARLY).build();
    Evaluation e = List.of(f).stream().collect(Evaluation.collector(ReportPeriod.parse("2025-05"),
        EvaluationGrouping.BY_FIELD, EvaluationSettings.defaults()));
    JsonNode root = new ObjectMapper().readTree(EvaluationJson.toJson(e));
    assertEquals(1, root.get("formatVersion").asInt());
    assertEquals("2025-05", root.get("period").asText());
    assertEquals("DD", root.get("rows").get(0).get("group").asText());
    JsonNode total = root.get("total");
    assertEquals("TOTAL", total.get("group").asText());
    List<String> ids = new ArrayList<>();
    total.get("indicators").forEach(i -> ids.add(i.get("id").asText()));
    total.get("circular01").get("indices").forEach(i -> ids.add(i.get("id").asText()));
    assertEquals(List.of("766.2.1", "766.2.2", "766.3.3", "766.3.6", "766.4.3", "766.4.5", "c01.1", "c01.2", "c01.3",
        "c01.7"), ids);
    JsonNode r21 = total.get("indicators").get(0);
    assertEquals(1, r21.get("numerator").asLong());
    assertEquals(1, r21.get("denominator").asLong());
    assertEquals(1.0, r21.get("rate").asDouble());
    assertEquals(20.0, r21.get("points").asDouble());
    assertEquals(20, r21.get("maxPoints").asInt());
    assertTrue(r21.get("source").asText().contains("third-party sourced"));
    JsonNode r43 = total.get("indicators").get(4);
    assertTrue(r43.get("numerator").isNull() && r43.get("rate").isNull() && r43.get("points").isNull());
    assertEquals(2, r43.get("maxPoints").asInt());
    assertEquals("1 of 1 dossiers received in the period have no digitised-component flag (HoSoCoThanhPhanSoHoa)",
        r43.get("reason").asText());
    JsonNode c01 = total.get("circular01");
    // index 1: early → 2.0; index 3: no contact → 2.0; total 4.0 of 4; the unit rank of 4.0 is weak (< 6)
    assertEquals(4.0, c01.get("total").asDouble());
    assertEquals(4, c01.get("maxTotal").asInt());
    assertEquals("yếu (< 6)", c01.get("rank").asText());
  }
}
