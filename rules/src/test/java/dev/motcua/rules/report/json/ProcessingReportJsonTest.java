package dev.motcua.rules.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.ReportColumn;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.report.ReportRow;
import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.rules.testing.SyntheticDossiers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ProcessingReportJsonTest {

  static final ReportPeriod MAY_2026 = ReportPeriod.parse("2026-05");

  /** A small, fixed report: 2 000 synthetic dossiers from MON 13/04/2026, 100 a working day. */
  static ProcessingReport sample() {
    return SyntheticDossiers.of(Regulation.vietnam(SampleCatalogue.synthetic(3, 2, 6)), 7, LocalDate.of(2026, 4, 13))
        .withDossiersPerWorkingDay(100).withUnknownFieldShare(0.01)
        .facts(2_000).collect(ProcessingReport.collector(MAY_2026));
  }

  @Test
  void toJson_sample_matchesGoldenFile() throws IOException {
    String json = ProcessingReportJson.toJson(sample());

    if (Boolean.getBoolean("motcua.updateGolden")) {
      Path path = Path.of("src/test/resources/dev/motcua/rules/report/json/sample-2026-05.json");
      Files.createDirectories(path.getParent());
      Files.writeString(path, json, StandardCharsets.UTF_8);
    }
    try (InputStream in = getClass().getResourceAsStream("sample-2026-05.json")) {
      assertEquals(new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8), json);
    }
  }

  @Test
  void toJson_sample_countsEqualTheReport() throws IOException {
    ProcessingReport report = sample();
    JsonNode root = new ObjectMapper().readTree(ProcessingReportJson.toJson(report));

    assertEquals(1, root.get("formatVersion").asInt());
    assertEquals("2026-05", root.get("period").asText());
    assertEquals(report.rows().size(), root.get("rows").size());
    for (int i = 0; i < report.rows().size(); i++) {
      ReportRow row = report.rows().get(i);
      JsonNode node = root.get("rows").get(i);
      assertEquals(row.group(), node.get("group").asText());
      for (ReportColumn column : ReportColumn.values()) {
        assertEquals(row.get(column), node.get(column.key()).asLong(), row.group() + " " + column.key());
      }
    }
    assertEquals("TOTAL", root.get("total").get("group").asText());
    assertEquals(report.total().get(ReportColumn.RECEIVED_TOTAL), root.get("total").get("received_total").asLong());
    assertEquals(report.warnings().size(), root.get("warnings").size());
  }
}
