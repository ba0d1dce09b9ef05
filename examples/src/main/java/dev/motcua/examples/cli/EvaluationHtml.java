package dev.motcua.examples.cli;

import dev.motcua.rules.evaluation.Circular01Result;
import dev.motcua.rules.evaluation.Evaluation;
import dev.motcua.rules.evaluation.EvaluationRow;
import dev.motcua.rules.evaluation.Indicator;
import dev.motcua.rules.evaluation.IndicatorResult;
import dev.motcua.rules.report.Rate;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --format html} page of {@code motcua evaluate}: one self-contained document (no script, no
 * font, no image fetched from the network) with the table and bar charts drawn by JFreeChart, embedded as
 * PNG data URIs at twice the displayed size so that they stay sharp when printed. (Not SVG: the SVG writer
 * for JFreeChart, JFreeSVG, is GPL-3.0, which the Apache-2.0 shaded jar cannot carry.)
 */
final class EvaluationHtml {

  private static final int WIDTH = 720;
  private static final Color BAR = new Color(0x1f, 0x5f, 0x9f);
  private static final Color BAR2 = new Color(0xd0, 0x7a, 0x1e);

  private EvaluationHtml() {}

  static String page(Evaluation e, List<Evaluation> months, String header) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Đánh giá chất lượng giải quyết TTHC – ").append(esc(e.period().toString()))
        .append("</title>\n<style>\n")
        .append("body{font-family:\"DejaVu Sans\",Arial,sans-serif;margin:2em;color:#111}\n")
        .append("table{border-collapse:collapse;font-size:0.85em}\n")
        .append("th,td{border:1px solid #999;padding:0.25em 0.5em;text-align:right;vertical-align:top}\n")
        .append("th:first-child,td:first-child{text-align:left}\n")
        .append("tr.total td{font-weight:bold;background:#eef}\n")
        .append(".na{color:#777}\n.chart{margin:1.5em 0}\n.chart img{max-width:100%;height:auto}\n")
        .append("@media print{body{margin:1cm}.chart,table{page-break-inside:avoid}"
            + "tr.total td{background:none}a{color:inherit}}\n")
        .append("</style>\n</head>\n<body>\n");
    sb.append("<h1>Đánh giá chất lượng giải quyết thủ tục hành chính</h1>\n");
    sb.append("<p>Kỳ <strong>").append(esc(e.period().toString())).append("</strong>: ")
        .append(esc(e.period().startDate().toString())).append(" – ")
        .append(esc(e.period().endDateInclusive().toString())).append(" (").append(esc(e.period().zone().getId()))
        .append("); rows by ").append(esc(e.grouping().headingEn().toLowerCase(java.util.Locale.ROOT)))
        .append(".</p>\n<pre>").append(esc(header.strip())).append("</pre>\n");
    sb.append("<p>Decision 766/QĐ-TTg points: ").append(esc(e.settings().allocation().description()))
        .append(". <strong>The portal's formulas and point tables are third-party sourced</strong> (the"
            + " decision's annex is not available as primary text). ")
        .append(esc(e.total().circular01().instrument())).append(".</p>\n");
    table(sb, e);
    EvaluationRow t = e.total();
    sb.append("<p><strong>TOTAL: ").append(t.points().toPlainString()).append(" of ")
        .append(t.computableMaxPoints()).append(" points computable</strong> (of 100 in the allocation).</p>\n");

    List<EvaluationRow> rows = e.rows();
    DefaultCategoryDataset rates = new DefaultCategoryDataset();
    DefaultCategoryDataset points = new DefaultCategoryDataset();
    for (EvaluationRow row : rows) {
      rate(row.indicator(Indicator.I766_2_1)).ifPresent(v -> rates.addValue(v, "766.2.1 %", row.group()));
      points.addValue(row.points(), "points", row.group());
      points.addValue(row.computableMaxPoints(), "computable maximum", row.group());
    }
    sb.append("<h2>Biểu đồ</h2>\n");
    chart(sb, "rate", "766.2.1 early-or-on-time rate by row (%)", rates, 100, false);
    chart(sb, "points", "766 points by row (of the computable maximum)", points, null, true);
    if (!months.isEmpty()) {
      DefaultCategoryDataset monthly = new DefaultCategoryDataset();
      for (Evaluation m : months) {
        rate(m.total().indicator(Indicator.I766_2_1)).ifPresent(v -> monthly.addValue(v, "766.2.1 %",
            m.period().toString()));
      }
      chart(sb, "monthly", "766.2.1 early-or-on-time rate month by month (%)", monthly, 100, false);
    }

    sb.append("<h2>Not computable (TOTAL)</h2>\n<ul>\n");
    for (IndicatorResult r : t.indicators()) {
      r.reason().ifPresent(reason -> sb.append("<li>").append(esc(r.indicator().id() + ": " + reason))
          .append("</li>\n"));
    }
    for (String left : t.circular01().leftOut()) {
      sb.append("<li>").append(esc(left)).append("</li>\n");
    }
    sb.append("</ul>\n<h2>Sources</h2>\n<ul>\n");
    List<IndicatorResult> all = new ArrayList<>(t.indicators());
    all.addAll(t.circular01().indices());
    for (IndicatorResult r : all) {
      sb.append("<li><strong>").append(esc(r.indicator().id())).append("</strong> ")
          .append(esc(r.indicator().labelVi())).append(": ").append(esc(r.source())).append("</li>\n");
    }
    sb.append("</ul>\n");
    if (!e.warnings().isEmpty()) {
      sb.append("<h2>Warnings</h2>\n<ul>\n");
      e.warnings().forEach(w -> sb.append("<li>").append(esc(w)).append("</li>\n"));
      sb.append("</ul>\n");
    }
    return sb.append("</body>\n</html>\n").toString();
  }

  private static java.util.Optional<BigDecimal> rate(IndicatorResult r) {
    return r.rate().map(x -> x.toPercent(2));
  }

  private static void table(StringBuilder sb, Evaluation e) {
    sb.append("<table>\n<thead><tr><th>").append(esc(e.grouping().headingVi())).append("</th>");
    for (IndicatorResult r : e.total().indicators()) {
      sb.append("<th>").append(esc(r.indicator().id())).append("<br>").append(esc(r.indicator().labelVi()))
          .append("</th>");
    }
    sb.append("<th>Points</th><th>Circular 01/2018</th></tr></thead>\n<tbody>\n");
    List<EvaluationRow> all = new ArrayList<>(e.rows());
    all.add(e.total());
    for (EvaluationRow row : all) {
      sb.append(row.group().equals(EvaluationRow.TOTAL) ? "<tr class=\"total\">" : "<tr>").append("<td>")
          .append(esc(row.group())).append(row.name().map(n -> "<br>" + esc(n)).orElse("")).append("</td>");
      for (IndicatorResult r : row.indicators()) {
        sb.append("<td>").append(cell(r)).append("</td>");
      }
      sb.append("<td>").append(row.points().toPlainString()).append(" of ").append(row.computableMaxPoints())
          .append("</td>");
      Circular01Result c = row.circular01();
      sb.append("<td>").append(c.total().map(v -> esc(v.toPlainString() + " of " + c.computableMax()))
          .orElse("<span class=\"na\">not computable</span>"))
          .append(c.officerGrade().map(g -> "<br>" + esc(g)).orElse(""))
          .append(c.unitRank().map(g -> "<br>" + esc(g)).orElse("")).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private static String cell(IndicatorResult r) {
    if (!r.isComputable()) {
      return "<span class=\"na\" title=\"" + esc(r.reason().orElseThrow()) + "\">not computable</span>";
    }
    StringBuilder sb = new StringBuilder();
    if (r.rate().isPresent()) {
      Rate rate = r.rate().get();
      sb.append(rate.numerator()).append('/').append(rate.denominator()).append(" = ")
          .append(rate.toPercent(2).toPlainString()).append('%');
    } else {
      sb.append(esc(r.value().orElseThrow().toPlainString() + r.unit().map(u -> " " + u.labelEn()).orElse("")));
    }
    r.points().ifPresent(p -> sb.append("<br>").append(p.toPlainString()).append(" / ")
        .append(r.maxPoints().orElseThrow()).append(" pts"));
    return sb.toString();
  }

  /** A horizontal bar chart as an image with a PNG data URI. */
  private static void chart(StringBuilder sb, String id, String title, DefaultCategoryDataset data,
      @Nullable Integer max, boolean legend) {
    if (data.getColumnCount() == 0) {
      sb.append("<p class=\"na\">").append(esc(title)).append(": nothing to draw.</p>\n");
      return;
    }
    JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, legend,
        false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, BAR);
    renderer.setSeriesPaint(1, BAR2);
    if (max != null) {
      ((NumberAxis) plot.getRangeAxis()).setRange(0, max);
    }
    int height = 90 + 28 * data.getColumnCount() * Math.max(1, data.getRowCount());
    BufferedImage image = new BufferedImage(2 * WIDTH, 2 * height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.scale(2, 2);
      chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
    } finally {
      g2.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writes to memory: cannot fail
    }
    sb.append("<div class=\"chart\"><img id=\"").append(id).append("\" alt=\"").append(esc(title))
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png.toByteArray()))
        .append("\"></div>\n");
  }

  /** Escapes text for HTML element content and attribute values. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
