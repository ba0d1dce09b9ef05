package dev.motcua.rules.evaluation.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.motcua.rules.evaluation.Circular01Result;
import dev.motcua.rules.evaluation.Evaluation;
import dev.motcua.rules.evaluation.EvaluationRow;
import dev.motcua.rules.evaluation.IndicatorResult;
import dev.motcua.rules.report.Rate;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an {@link Evaluation} as JSON, format version 1.
 *
 * <p>The document:
 * <pre>{@code
 * {
 *   "formatVersion" : 1,
 *   "period" : "2026-05", "start" : "2026-04-14T17:00:00Z", "end" : "2026-05-14T17:00:00Z",
 *   "zone" : "Asia/Ho_Chi_Minh", "grouping" : "BY_FIELD", "allocation" : "PORTAL_2026",
 *   "thirdPartySourced" : "...",                // the portal's formulas and points are third-party sourced
 *   "rows" : [ ROW, ... ],                      // sorted by group, UNKNOWN last; no total
 *   "total" : ROW,                              // group "TOTAL"
 *   "warnings" : [ "..." ]
 * }
 * ROW = { "group" : "G01", "name" : "Đất đai",   // name omitted when unknown
 *   "points" : 15.56, "maxPoints" : 24,         // "x of y points computable"
 *   "indicators" : [ INDICATOR, ... ],          // 766.2.1, 766.2.2, 766.3.3, 766.3.6, 766.4.3, 766.4.5
 *   "circular01" : { "instrument" : "...", "dossiers" : 3, "outOfScope" : 0,
 *     "indices" : [ INDICATOR, ... ],           // c01.1, c01.2, c01.3, c01.7
 *     "leftOut" : [ "c01.4: ..." ], "total" : 3.4, "maxTotal" : 4,
 *     "grade" : "...", "rank" : "..." } }       // grade on officer rows, rank on agency rows and TOTAL
 * INDICATOR = { "id" : "766.2.1", "computable" : true,
 *   "numerator" : 7, "denominator" : 9,         // exact; null when not computable
 *   "rate" : 0.7778,                            // shares: numerator ÷ denominator, 4 decimals
 *   "value" : 2.5, "unit" : "WORKING_DAYS",     // 766.2.2 average and c01 scores instead of a rate
 *   "points" : 15.56, "maxPoints" : 20,         // null when the indicator carries no points
 *   "reason" : "...",                           // only when not computable
 *   "parts" : { "ONLINE" : 2, ... },            // 766.3.3 only
 *   "source" : "Decision 766/QĐ-TTg indicator 2.1; ..." }
 * }</pre>
 * A later version adds fields or bumps {@code formatVersion}; readers should ignore fields they do not know.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationJson {

  /** The version written in {@code formatVersion}. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EvaluationJson() {}

  /**
   * Writes the evaluation as pretty-printed JSON.
   *
   * @param evaluation the evaluation
   * @return the JSON text, without a final line break
   */
  public static String toJson(Evaluation evaluation) {
    try {
      return MAPPER.writeValueAsString(toTree(evaluation));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the evaluation as a JSON tree.
   *
   * @param evaluation the evaluation
   * @return a new object node
   */
  public static ObjectNode toTree(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("period", evaluation.period().toString());
    root.put("start", evaluation.period().start().toString());
    root.put("end", evaluation.period().end().toString());
    root.put("zone", evaluation.period().zone().getId());
    root.put("grouping", evaluation.grouping().name());
    root.put("allocation", evaluation.settings().allocation().name());
    root.put("comparison", evaluation.settings().comparison().name());
    root.put("thirdPartySourced", "The formulas and point tables of Decision 766/QĐ-TTg are third-party"
        + " sourced (the decision's annex is not available as primary text); see each indicator's source");
    ArrayNode rows = root.putArray("rows");
    evaluation.rows().forEach(r -> rows.add(row(r)));
    root.set("total", row(evaluation.total()));
    ArrayNode warnings = root.putArray("warnings");
    evaluation.warnings().forEach(warnings::add);
    return root;
  }

  private static ObjectNode row(EvaluationRow row) {
    ObjectNode o = NODES.objectNode();
    o.put("group", row.group());
    row.name().ifPresent(n -> o.put("name", n));
    o.put("points", row.points());
    o.put("maxPoints", row.computableMaxPoints());
    ArrayNode indicators = o.putArray("indicators");
    row.indicators().forEach(r -> indicators.add(indicator(r)));
    Circular01Result c = row.circular01();
    ObjectNode c01 = o.putObject("circular01");
    c01.put("instrument", c.instrument());
    c01.put("dossiers", c.dossiers());
    c01.put("outOfScope", c.outOfScope());
    ArrayNode indices = c01.putArray("indices");
    c.indices().forEach(r -> indices.add(indicator(r)));
    ArrayNode leftOut = c01.putArray("leftOut");
    c.leftOut().forEach(leftOut::add);
    if (c.total().isPresent()) {
      c01.put("total", c.total().get());
    } else {
      c01.putNull("total");
    }
    c01.put("maxTotal", c.computableMax());
    c.officerGrade().ifPresent(g -> c01.put("grade", g));
    c.unitRank().ifPresent(g -> c01.put("rank", g));
    return o;
  }

  private static ObjectNode indicator(IndicatorResult r) {
    ObjectNode o = NODES.objectNode();
    o.put("id", r.indicator().id());
    o.put("computable", r.isComputable());
    if (r.isComputable()) {
      o.put("numerator", r.numerator());
      o.put("denominator", r.denominator());
    } else {
      o.putNull("numerator");
      o.putNull("denominator");
    }
    if (r.rate().isPresent()) {
      Rate rate = r.rate().get();
      o.put("rate", BigDecimal.valueOf(rate.numerator()).divide(BigDecimal.valueOf(rate.denominator()), 4,
          RoundingMode.HALF_UP));
    } else {
      o.putNull("rate");
    }
    r.value().ifPresent(v -> o.put("value", v));
    r.unit().ifPresent(u -> o.put("unit", u.name()));
    if (r.points().isPresent()) {
      o.put("points", r.points().get());
    } else {
      o.putNull("points");
    }
    if (r.maxPoints().isPresent()) {
      o.put("maxPoints", r.maxPoints().get());
    } else {
      o.putNull("maxPoints");
    }
    r.reason().ifPresent(reason -> o.put("reason", reason));
    if (!r.parts().isEmpty()) {
      ObjectNode parts = o.putObject("parts");
      for (String key : new String[] {"ONLINE", "COUNTER", "POSTAL"}) {
        Long v = r.parts().get(key);
        if (v != null) {
          parts.put(key, v);
        }
      }
      for (Map.Entry<String, Long> e : r.parts().entrySet()) {
        if (!parts.has(e.getKey())) {
          parts.put(e.getKey(), e.getValue());
        }
      }
    }
    o.put("source", r.source());
    return o;
  }
}
