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
    subtitles = List.copyOf(subtitles);
    blocks = List.copyOf(blocks);
    signatures = List.copyOf(signatures);
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
      String placeAndDate) {}

  /** A block of the body. */
  sealed interface Block {}

  /** A labelled field, {@code label: value}. */
  record Field(String label, String value) implements Block {}

  /** A paragraph. */
  record Paragraph(String text) implements Block {}

  /** A numbered list. */
  record Numbered(List<String> items) implements Block {
    Numbered {
      items = List.copyOf(items);
    }
  }

  /** A table with a header row; widths are relative. */
  record Table(List<String> headers, List<Float> widths, List<List<String>> rows) implements Block {
    Table {
      headers = List.copyOf(headers);
      widths = List.copyOf(widths);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** A signature block: the role, the hint under it and the name, if known. */
  record Signature(String role, String hint, Optional<String> name) {}
}
