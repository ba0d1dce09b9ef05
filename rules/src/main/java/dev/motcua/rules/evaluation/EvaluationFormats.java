package dev.motcua.rules.evaluation;

import dev.motcua.core.internal.Checks;
import dev.motcua.rules.report.Rate;
import dev.motcua.rules.report.ReportPeriod;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes evaluations as CSV and as a plain-text table; the JSON form lives in the {@code json} package. */
final class EvaluationFormats {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final String NOT_COMPUTABLE = "—";

  private EvaluationFormats() {}

  static String csv(Evaluation e) {
    StringBuilder sb = new StringBuilder();
    sb.append("group,name,indicator,numerator,denominator,rate,value,unit,points,max_points,reason\r\n");
    List<EvaluationRow> all = new ArrayList<>(e.rows());
    all.add(e.total());
    for (EvaluationRow row : all) {
      List<IndicatorResult> results = new ArrayList<>(row.indicators());
      results.addAll(row.circular01().indices());
      for (IndicatorResult r : results) {
        List<String> f = new ArrayList<>();
        f.add(row.group());
        f.add(row.name().orElse(""));
        f.add(r.indicator().id());
        f.add(r.isComputable() ? r.numerator().toPlainString() : "");
        f.add(r.isComputable() ? Long.toString(r.denominator()) : "");
        f.add(r.rate().map(EvaluationFormats::fraction).orElse(""));
        f.add(r.value().map(BigDecimal::toPlainString).orElse(""));
        f.add(r.unit().map(ResolutionUnit::name).orElse(""));
        f.add(r.points().map(BigDecimal::toPlainString).orElse(""));
        f.add(r.maxPoints().map(String::valueOf).orElse(""));
        f.add(r.reason().orElse(""));
        for (int i = 0; i < f.size(); i++) {
          sb.append(i == 0 ? "" : ",").append(field(f.get(i)));
        }
        sb.append("\r\n");
      }
    }
    return sb.toString();
  }

  /** The exact share as a fraction, for CSV: {@code 7/9}. */
  static String fraction(Rate rate) {
    return rate.numerator() + "/" + rate.denominator();
  }

  /** Quotes a field per RFC 4180 if it holds a comma, a quote or a line break. */
  static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** A share as "num/den = pct %", a value as is, or a dash. */
  static String cell(IndicatorResult r) {
    if (!r.isComputable()) {
      return NOT_COMPUTABLE;
    }
    if (r.rate().isPresent()) {
      Rate rate = r.rate().get();
      return rate.numerator() + "/" + rate.denominator() + " = " + rate.toPercent(2).toPlainString() + "%";
    }
    return r.value().orElseThrow().toPlainString() + r.unit().map(u -> " " + u.labelEn()).orElse("");
  }

  static String text(Evaluation e) {
    ReportPeriod p = e.period();
    StringBuilder sb = new StringBuilder();
    sb.append("Đánh giá chất lượng giải quyết thủ tục hành chính\n");
    sb.append(String.format(java.util.Locale.ROOT, "Kỳ %s: %s – %s (cut-off %s 00:00, %s)\n", p, DAY.format(p.startDate()),
        DAY.format(p.endDateInclusive()), DAY.format(p.endDateInclusive().plusDays(1)), p.zone()));
    sb.append("Decision 766/QĐ-TTg points: ").append(e.settings().allocation().description())
        .append("; the portal's formulas and points are third-party sourced (reference §8)\n");
    sb.append(e.total().circular01().instrument()).append("\n\n");

    List<EvaluationRow> all = new ArrayList<>(e.rows());
    all.add(e.total());
    List<String> headings = new ArrayList<>();
    headings.add(e.grouping().headingVi());
    for (IndicatorResult r : e.total().indicators()) {
      headings.add(r.indicator().id());
      if (r.maxPoints().isPresent()) {
        headings.add("pts");
      }
    }
    headings.add("points");
    headings.add("c01 total");
    List<List<String>> lines = new ArrayList<>();
    for (EvaluationRow row : all) {
      List<String> l = new ArrayList<>();
      // the label from the input (an officer's name) on one line and at most 80 characters
      l.add(Checks.cell(row.group() + row.name().map(n -> " " + n).orElse(""), 80));
      for (IndicatorResult r : row.indicators()) {
        l.add(cell(r));
        if (r.maxPoints().isPresent()) {
          l.add(r.points().map(BigDecimal::toPlainString).orElse(NOT_COMPUTABLE));
        }
      }
      l.add(row.points().toPlainString() + " of " + row.computableMaxPoints());
      Circular01Result c = row.circular01();
      l.add(c.total().map(t -> t.toPlainString() + " of " + c.computableMax()).orElse(NOT_COMPUTABLE)
          + c.officerGrade().map(g -> ", " + g).orElse("") + c.unitRank().map(g -> ", " + g).orElse(""));
      lines.add(l);
    }
    int[] width = new int[headings.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = headings.get(i).length();
      for (List<String> l : lines) {
        width[i] = Math.max(width[i], l.get(i).length());
      }
    }
    line(sb, headings, width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
    }
    sb.append(rule).append('\n');
    for (List<String> l : lines) {
      line(sb, l, width);
    }
    EvaluationRow t = e.total();
    sb.append("\nTOTAL: ").append(t.points().toPlainString()).append(" of ").append(t.computableMaxPoints())
        .append(" points computable (of 100 in the allocation)\n");
    sb.append("Not computable (TOTAL; each row's reasons are in the CSV and JSON):\n");
    for (IndicatorResult r : t.indicators()) {
      r.reason().ifPresent(reason -> sb.append("  ").append(r.indicator().id()).append(": ").append(reason)
          .append('\n'));
    }
    for (String left : t.circular01().leftOut()) {
      sb.append("  ").append(left).append('\n');
    }
    sb.append("Sources:\n");
    Set<String> seen = new LinkedHashSet<>();
    for (IndicatorResult r : t.indicators()) {
      seen.add("  " + r.indicator().id() + " " + r.indicator().labelVi() + ": " + r.source());
    }
    for (IndicatorResult r : t.circular01().indices()) {
      seen.add("  " + r.indicator().id() + " " + r.indicator().labelVi() + ": " + r.source());
    }
    seen.forEach(s -> sb.append(s).append('\n'));
    for (String w : e.warnings()) {
      sb.append("Warning: ").append(w).append('\n');
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      l.append(i == 0 ? "" : " | ").append(c).append(" ".repeat(width[i] - c.length()));
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
