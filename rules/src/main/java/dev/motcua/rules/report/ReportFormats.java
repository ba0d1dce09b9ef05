package dev.motcua.rules.report;

import dev.motcua.core.internal.Checks;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes reports as CSV and as a plain-text table; the JSON form lives in the {@code json} package. */
final class ReportFormats {

  private static final ReportColumn[] COLUMNS = ReportColumn.values();
  private static final String SEPARATOR = " | ";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private ReportFormats() {}

  static String csv(ProcessingReport report) {
    StringBuilder sb = new StringBuilder(64 * (report.rows().size() + 2));
    sb.append("group");
    for (ReportColumn column : COLUMNS) {
      sb.append(',').append(column.key());
    }
    sb.append("\r\n");
    for (ReportRow row : report.rows()) {
      csvLine(sb, row);
    }
    csvLine(sb, report.total());
    return sb.toString();
  }

  private static void csvLine(StringBuilder sb, ReportRow row) {
    sb.append(csvField(row.group()));
    for (ReportColumn column : COLUMNS) {
      sb.append(',').append(row.get(column));
    }
    sb.append("\r\n");
  }

  /** Quotes a field per RFC 4180 if it holds a comma, a quote or a line break. */
  static String csvField(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  static String text(ProcessingReport report) {
    List<ReportRow> all = new ArrayList<>(report.rows());
    all.add(report.total());
    int n = COLUMNS.length;
    int[] width = new int[n + 1];
    width[0] = report.grouping().headingVi().length();
    for (ReportRow row : all) {
      width[0] = Math.max(width[0], label(row).length());
    }
    for (int i = 0; i < n; i++) {
      width[i + 1] = COLUMNS[i].headingVi().length();
      for (ReportRow row : all) {
        width[i + 1] = Math.max(width[i + 1], Long.toString(row.get(COLUMNS[i])).length());
      }
    }
    // Widen the last column of a group whose heading is longer than the columns under it.
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && COLUMNS[j + 1].groupHeadingVi().equals(COLUMNS[i].groupHeadingVi())) {
        j++;
      }
      int span = spanWidth(width, i, j);
      int need = COLUMNS[i].groupHeadingVi().length();
      if (need > span) {
        width[j + 1] += need - span;
      }
      i = j + 1;
    }

    StringBuilder sb = new StringBuilder();
    ReportPeriod period = report.period();
    sb.append("Tình hình, kết quả giải quyết thủ tục hành chính\n");
    sb.append("Kỳ báo cáo: ").append(period).append(" (từ ").append(DAY.format(period.startDate()))
        .append(" đến ").append(DAY.format(period.endDateInclusive())).append(")\n\n");

    StringBuilder top = new StringBuilder(pad(report.grouping().headingVi(), width[0], false));
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && COLUMNS[j + 1].groupHeadingVi().equals(COLUMNS[i].groupHeadingVi())
          && !COLUMNS[i].groupHeadingVi().isEmpty()) {
        j++;
      }
      // A column without a group has its heading on the top line, spanning both header lines.
      String heading = COLUMNS[i].groupHeadingVi().isEmpty()
          ? COLUMNS[i].headingVi() : COLUMNS[i].groupHeadingVi();
      top.append(SEPARATOR).append(pad(heading, spanWidth(width, i, j), false));
      i = j + 1;
    }
    sb.append(top.toString().stripTrailing()).append('\n');
    StringBuilder sub = new StringBuilder(pad("", width[0], false));
    for (int i = 0; i < n; i++) {
      String heading = COLUMNS[i].groupHeadingVi().isEmpty() ? "" : COLUMNS[i].headingVi();
      sub.append(SEPARATOR).append(pad(heading, width[i + 1], false));
    }
    sb.append(sub.toString().stripTrailing()).append('\n');
    String rule = "-".repeat(spanWidth(width, -1, n - 1)) + '\n';
    sb.append(rule);
    for (ReportRow row : all) {
      if (row.isTotal()) {
        sb.append(rule);
      }
      StringBuilder line = new StringBuilder(pad(label(row), width[0], false));
      for (int i = 0; i < n; i++) {
        line.append(SEPARATOR).append(pad(Long.toString(row.get(COLUMNS[i])), width[i + 1], true));
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    ReportRow total = report.total();
    sb.append('\n');
    sb.append("Tỷ lệ giải quyết trước hạn và đúng hạn: ").append(percent(total.earlyOrOnTimeRateOfResolved()))
        .append('\n');
    sb.append("Tỷ lệ đúng hạn trên số hồ sơ tiếp nhận: ").append(percent(total.onTimeRateOfReceived()))
        .append('\n');
    sb.append("Tỷ lệ hồ sơ trực tuyến: ").append(percent(total.onlineRateOfReceived())).append('\n');
    sb.append("Thời gian giải quyết trung bình: ")
        .append(total.averageWorkingTimeToResolve().map(ReportFormats::hours).orElse("—"))
        .append(" làm việc\n");
    for (ReportWarning warning : report.warnings()) {
      sb.append("Cảnh báo: ").append(warning).append('\n');
    }
    return sb.toString();
  }

  /** The width of columns {@code from..to} (indexes into COLUMNS; -1 is the group column) with separators. */
  private static int spanWidth(int[] width, int from, int to) {
    int sum = 0;
    for (int k = from; k <= to; k++) {
      sum += width[k + 1];
    }
    return sum + SEPARATOR.length() * (to - from);
  }

  // A row's label from the input (an agency's name, a field's) on one line and at most 80 characters.
  private static String label(ReportRow row) {
    return Checks.cell(row.name().map(name -> row.group() + " " + name).orElse(row.group()), 80);
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }

  private static String percent(Optional<Rate> rate) {
    return rate.map(r -> r.toPercent(2).toPlainString().replace('.', ',') + "% (" + r + ")").orElse("—");
  }

  private static String hours(Duration d) {
    return d.toHours() + " giờ " + d.toMinutesPart() + " phút";
  }
}
