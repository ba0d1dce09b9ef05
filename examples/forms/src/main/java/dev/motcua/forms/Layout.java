package dev.motcua.forms;

import dev.motcua.rules.form.FormKind;
import java.util.List;
import java.util.Optional;

/**
 * What a form prints, independent of the output format: the masthead, the title, the body blocks, the
 * signatures and the footer. {@link FormPdf} and {@link FormHtml} draw the same layout.
 */
record Layout(
    FormKind.Paper paper,
    Masthead masthead,
    String title,
    List<String> subtitles,
    List<Block> blocks,
    List<Signature> signatures,
    String footer) {

  Layout {
    subtitles = subtitles.stream().map(Layout::fit).toList();
    blocks = List.copyOf(blocks);
    signatures = List.copyOf(signatures);
  }

  /** The most characters a printed value keeps. */
  static final int MAX_VALUE = 1_000;

  /**
   * A value as a form prints it: at most {@value #MAX_VALUE} characters, then "…". A slip has no room for more,
   * and the PDF engine's line breaking of one unbroken 3 MB name ran for more than ten minutes.
   */
  static String fit(String value) {
    if (value.length() <= MAX_VALUE) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(MAX_VALUE - 1)) ? MAX_VALUE - 1 : MAX_VALUE;
    return value.substring(0, end) + "…";
  }

  /** The A4 book is printed landscape: its eleven columns do not fit across a portrait page. */
  boolean landscape() {
    return paper == FormKind.Paper.A4;
  }

  /**
   * The top of the page: the form number, the owning body and the unit on the left, the national motto and
   * the place and date on the right.
   */
  record Masthead(String formNumber, Optional<String> owningBody, String unit, Optional<String> number,
      String placeAndDate) {
    Masthead {
      owningBody = owningBody.map(Layout::fit);
      unit = fit(unit);
      number = number.map(Layout::fit);
      placeAndDate = fit(placeAndDate);
    }
  }

  /** A block of the body. */
  sealed interface Block {}

  /** A labelled field, {@code label: value}. */
  record Field(String label, String value) implements Block {
    Field {
      value = fit(value);
    }
  }

  /** A paragraph. */
  record Paragraph(String text) implements Block {
    Paragraph {
      text = fit(text);
    }
  }

  /** A numbered list. */
  record Numbered(List<String> items) implements Block {
    Numbered {
      items = items.stream().map(Layout::fit).toList();
    }
  }

  /** A table with a header row; widths are relative. */
  record Table(List<String> headers, List<Float> widths, List<List<String>> rows) implements Block {
    Table {
      headers = List.copyOf(headers);
      widths = List.copyOf(widths);
      rows = rows.stream().map(r -> r.stream().map(Layout::fit).toList()).toList();
    }
  }

  /** A signature block: the role, the hint under it and the name, if known. */
  record Signature(String role, String hint, Optional<String> name) {
    Signature {
      name = name.map(Layout::fit);
    }
  }
}
