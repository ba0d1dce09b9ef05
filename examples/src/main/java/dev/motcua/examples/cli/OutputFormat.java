package dev.motcua.examples.cli;

/**
 * The {@code --format} of a command's output. Constants are lower case because picocli shows them as the
 * option's accepted values ({@code table|csv|json}).
 */
enum OutputFormat {
  /** Aligned plain text for people. */
  table,
  /** RFC 4180 CSV with a header line and CRLF line ends. */
  csv,
  /** Pretty-printed JSON with {@code "formatVersion":1}. */
  json
}
