package dev.motcua.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A strict RFC 4180 reader and writer, so that every field of a CSV file is known with its line and column.
 *
 * <p>Strict means: UTF-8 only (a malformed byte is an error, a leading byte-order mark is skipped); records end
 * with CRLF or LF (a lone CR is an error); a quote inside an unquoted field, text after a closing quote, and a
 * quoted field left open at the end of the input are errors. Written text uses CRLF and quotes a field exactly
 * when it holds a comma, a quote, a CR or an LF, or has leading or trailing spaces.
 *
 * <p>Not public API. This class is immutable and thread-safe.
 */
public final class Rfc4180 {

  private Rfc4180() {}

  /**
   * One field of a record.
   *
   * @param value the unquoted value
   * @param line the 1-based line of its first character
   * @param column the 1-based column of its first character (code points)
   */
  public record Field(String value, int line, int column) {}

  /**
   * A syntax error.
   */
  public static final class SyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String problem;
    private final int line;
    private final int column;

    SyntaxException(String problem, int line, int column) {
      super(problem + " (line " + line + ", column " + column + ")");
      this.problem = problem;
      this.line = line;
      this.column = column;
    }

    /** @return what is wrong */
    public String problem() {
      return problem;
    }

    /** @return the 1-based line */
    public int line() {
      return line;
    }

    /** @return the 1-based column */
    public int column() {
      return column;
    }
  }

  /**
   * Decodes UTF-8 strictly, skipping a leading byte-order mark.
   *
   * @param in the stream, read to its end and not closed
   * @return the text
   * @throws SyntaxException if the bytes are not UTF-8
   * @throws UncheckedIOException if reading fails
   */
  public static String decode(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return decode(bytes);
  }

  /**
   * Decodes UTF-8 strictly, skipping a leading byte-order mark.
   *
   * @param bytes the bytes
   * @return the text
   * @throws SyntaxException if the bytes are not UTF-8, at the line and column of the first bad byte
   */
  public static String decode(byte[] bytes) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      // find the first bad byte's position by decoding prefixes leniently
      String lenient = new String(bytes, StandardCharsets.UTF_8);
      int bad = lenient.indexOf('\uFFFD');
      int line = 1;
      int column = 1;
      for (int i = 0; i < Math.max(bad, 0); i++) {
        if (lenient.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new SyntaxException("not UTF-8 text", line, column);
    }
  }

  /**
   * Parses text into records of fields.
   *
   * @param text the text
   * @return the records, in order; no record for an empty input or for a final line end
   * @throws SyntaxException naming the line and column of the first error
   */
  public static List<List<Field>> parse(String text) {
    Objects.requireNonNull(text, "text");
    List<List<Field>> records = new ArrayList<>();
    List<Field> record = new ArrayList<>();
    int i = 0;
    int n = text.length();
    int line = 1;
    int lineStart = 0;
    if (n == 0) {
      return records;
    }
    while (true) {
      int fieldLine = line;
      int fieldColumn = column(text, lineStart, i);
      StringBuilder value = new StringBuilder();
      if (i < n && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw new SyntaxException("quoted field not closed before the end of the input", fieldLine, fieldColumn);
          }
          char c = text.charAt(i);
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              value.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c == '\n') {
            line++;
            lineStart = i + 1;
          }
          value.append(c);
          i++;
        }
        if (i < n && !isDelimiter(text, i)) {
          throw new SyntaxException("text after the closing quote of a field", line, column(text, lineStart, i));
        }
      } else {
        while (i < n && !isDelimiter(text, i)) {
          char c = text.charAt(i);
          if (c == '"') {
            throw new SyntaxException("quote inside an unquoted field (quote the whole field and double the quote)",
                line, column(text, lineStart, i));
          }
          if (c == '\r') {
            throw new SyntaxException("carriage return not followed by a line feed", line, column(text, lineStart, i));
          }
          value.append(c);
          i++;
        }
      }
      record.add(new Field(value.toString(), fieldLine, fieldColumn));
      if (i >= n) {
        records.add(List.copyOf(record));
        return records;
      }
      char c = text.charAt(i);
      if (c == ',') {
        i++;
        continue;
      }
      // a line end: CRLF or LF
      i += c == '\r' ? 2 : 1;
      line++;
      lineStart = i;
      records.add(List.copyOf(record));
      record = new ArrayList<>();
      if (i >= n) {
        return records;
      }
    }
  }

  private static boolean isDelimiter(String text, int i) {
    char c = text.charAt(i);
    return c == ',' || c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
  }

  private static int column(String text, int lineStart, int i) {
    return text.codePointCount(lineStart, i) + 1;
  }

  /**
   * Writes one record: fields separated by commas, ending with CRLF.
   *
   * @param fields the fields
   * @return the line
   */
  public static String line(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < fields.size(); k++) {
      if (k > 0) {
        sb.append(',');
      }
      String v = fields.get(k);
      boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
          || !v.equals(v.strip());
      sb.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
    }
    return sb.append("\r\n").toString();
  }
}
