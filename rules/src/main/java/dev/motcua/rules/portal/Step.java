package dev.motcua.rules.portal;

import dev.motcua.core.json.JsonFormatException;
import dev.motcua.rules.portal.internal.json.RawRecord;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One progress record ({@code CapNhatTienDoHoSoMC}, or an element of {@code QuaTrinhXuLy}), checked. Its path
 * is built only when asked (a warning), not for every step read.
 *
 * @param base the path of the record ({@code $[3]}) holding the step, or of the progress record itself
 * @param nested the index in {@code QuaTrinhXuLy}, or -1 for a progress record given apart (or a date of the
 *     dossier record, with {@code base} its path)
 */
record Step(String base, int nested, int status, Instant at, Optional<String> unit, Optional<String> officer,
    Optional<String> content) {

  /** Reads and checks a progress record: a status 1 to 10, a time, a well-formed step deadline. */
  static Step of(RawRecord r, String base, int nested, PortalDates dates) {
    // The path is built only for a message: the fields are checked first without it.
    String statusText = r.text("TrangThai");
    int status = Step.status(statusText, null, "TrangThai", false);
    if (status == 0) {
      status = status(statusText, path(base, nested), "TrangThai", true);
    }
    String atText = r.text("ThoiDiemXuLy");
    Instant at = dates.parseOrNull(atText);
    if (at == null) {
      String path = path(base, nested);
      at = dates.parse(atText, path, "ThoiDiemXuLy")
          .orElseThrow(() -> new JsonFormatException(path + ".ThoiDiemXuLy",
              "missing required field (the time of the step)", null, 0, 0, null));
    }
    String deadline = r.text("NgayKetThucTheoQuyDinh");
    if (deadline != null && !deadline.isEmpty() && dates.parseOrNull(deadline) == null) {
      dates.parse(deadline, path(base, nested), "NgayKetThucTheoQuyDinh");
    }
    return new Step(base, nested, status, at, text(r, "PhongBanXuLy"), text(r, "NguoiXuLy"),
        text(r, "NoiDungXuLy"));
  }

  /** The JSON path of the step. */
  String path() {
    return path(base, nested);
  }

  private static String path(String base, int nested) {
    return nested < 0 ? base : base + ".QuaTrinhXuLy[" + nested + "]";
  }

  /**
   * A status code 1 to 10; missing is an error at {@code base.field} if required, else 0. With no base (a first
   * check, before any path is built), 0 for anything but a valid code.
   */
  static int status(@Nullable String text, @Nullable String base, String field, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw new JsonFormatException(base + "." + field, "missing required field (a status code 1 to 10)", null,
            0, 0, null);
      }
      return 0;
    }
    int n = -1;
    int len = text.length();
    if (len == 1 || len == 2) {
      n = 0;
      for (int i = 0; i < len && n >= 0; i++) {
        char c = text.charAt(i);
        n = c >= '0' && c <= '9' ? n * 10 + c - '0' : -1;
      }
    } else if (!text.strip().equals(text)) {
      return status(text.strip(), base, field, required);
    }
    if (n < 1 || n > 10) {
      if (base == null) {
        return 0;
      }
      throw new JsonFormatException(base + "." + field, "unknown status code, expected 1 to 10", text, 0, 0, null);
    }
    return n;
  }

  static Optional<String> text(RawRecord r, String field) {
    String v = r.text(field);
    if (v == null || v.isEmpty()) {
      return Optional.empty();
    }
    // Most values have no surrounding space: skip the scans of isBlank and strip for them.
    if (v.charAt(0) > ' ' && v.charAt(v.length() - 1) > ' ') {
      return Optional.of(v);
    }
    return v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }
}
