package dev.motcua.examples.cli;

import java.util.List;

/** RFC 4180 CSV lines: CRLF line ends; a field with a comma, a quote or a line break is quoted, quotes doubled. */
final class Csv {

  private Csv() {}

  static String line(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(fields.get(i)));
    }
    return sb.append("\r\n").toString();
  }

  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
