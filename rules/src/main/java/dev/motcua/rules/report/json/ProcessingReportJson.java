package dev.motcua.rules.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.Rate;
import dev.motcua.rules.report.ReportColumn;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.report.ReportRow;
import dev.motcua.rules.report.ReportWarning;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link ProcessingReport} as JSON, format version 1.
 *
 * <p>The document:
 * <pre>{@code
 * {
 *   "formatVersion" : 1,
 *   "period" : "2026-05",                       // ReportPeriod.toString()
 *   "start" : "2026-04-14T17:00:00Z",           // inclusive, UTC
 *   "end" : "2026-05-14T17:00:00Z",             // the cut-off, exclusive, UTC
 *   "zone" : "Asia/Ho_Chi_Minh",
 *   "grouping" : "BY_FIELD",                    // or BY_AGENCY, BY_PROCEDURE
 *   "rows" : [ ROW, ... ],                      // sorted by group, UNKNOWN last; no total
 *   "total" : ROW,                              // group "TOTAL"
 *   "warnings" : [ { "code" : "UNKNOWN_GROUP", "message" : "..." } ]
 * }
 * ROW = {
 *   "group" : "G01", "name" : "Đất đai",        // name omitted when unknown
 *   "received_total" : 4, ... ,                 // the 14 columns, keys as in ReportColumn.key()
 *   "working_time_count" : 2, "working_time_seconds" : 187200,
 *   "rates" : {                                 // each null when its denominator is 0
 *     "early_or_on_time_of_resolved" : { "numerator" : 2, "denominator" : 2 },
 *     "on_time_of_received" : { ... }, "online_of_received" : { ... } },
 *   "average_working_time_to_resolve" : "PT26H" // ISO-8601 duration, or null
 * }
 * }</pre>
 * A later version adds fields or bumps {@code formatVersion}; readers should ignore fields they do not
 * know.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcessingReportJson {

  /** The version written in {@code formatVersion}. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ProcessingReportJson() {}

  /**
   * Returns the report as an indented JSON document, format version 1.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String toJson(ProcessingReport report) {
    Objects.requireNonNull(report, "report");
    ObjectNode root = NODES.objectNode();
    ReportPeriod period = report.period();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("period", period.toString());
    root.put("start", period.start().toString());
    root.put("end", period.end().toString());
    root.put("zone", period.zone().getId());
    root.put("grouping", report.grouping().name());
    ArrayNode rows = root.putArray("rows");
    for (ReportRow row : report.rows()) {
      rows.add(row(row));
    }
    root.set("total", row(report.total()));
    ArrayNode warnings = root.putArray("warnings");
    for (ReportWarning warning : report.warnings()) {
      warnings.addObject().put("code", warning.code().name()).put("message", warning.message());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serialises; this is not reachable with valid input.
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode row(ReportRow row) {
    ObjectNode node = NODES.objectNode();
    node.put("group", row.group());
    row.name().ifPresent(name -> node.put("name", name));
    for (ReportColumn column : ReportColumn.values()) {
      node.put(column.key(), row.get(column));
    }
    node.put("working_time_count", row.workingTimeCount());
    node.put("working_time_seconds", row.workingTimeSeconds());
    ObjectNode rates = node.putObject("rates");
    rate(rates, "early_or_on_time_of_resolved", row.earlyOrOnTimeRateOfResolved());
    rate(rates, "on_time_of_received", row.onTimeRateOfReceived());
    rate(rates, "online_of_received", row.onlineRateOfReceived());
    Optional<String> average = row.averageWorkingTimeToResolve().map(Object::toString);
    if (average.isPresent()) {
      node.put("average_working_time_to_resolve", average.get());
    } else {
      node.putNull("average_working_time_to_resolve");
    }
    return node;
  }

  private static void rate(ObjectNode rates, String key, Optional<Rate> rate) {
    if (rate.isPresent()) {
      rates.putObject(key).put("numerator", rate.get().numerator())
          .put("denominator", rate.get().denominator());
    } else {
      rates.putNull(key);
    }
  }
}
