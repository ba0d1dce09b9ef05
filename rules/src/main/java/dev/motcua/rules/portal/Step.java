package dev.motcua.rules.portal;

import dev.motcua.core.json.JsonFormatException;
import dev.motcua.rules.portal.internal.json.RawRecord;
import dev.motcua.rules.portal.internal.json.SyncFields;
import java.time.Instant;
import java.util.Objects;
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
    try {
      return read(r, base, nested, dates);
    } catch (RawRecord.NotText e) {
      throw SyncReader.notText(path(base, nested), e);
    }
  }

  private static Step read(RawRecord r, String base, int nested, PortalDates dates) {
    // The path is built only for a message: the fields are checked first without it.
    String statusText = r.text(SyncFields.TRANG_THAI);
    int status = code(statusText);
    if (status <= 0) {
      status = status(statusText, path(base, nested), "TrangThai", true);
    }
    String atText = r.text(SyncFields.THOI_DIEM_XU_LY);
    Instant at = dates.parseOrNull(atText);
    if (at == null) {
      String path = path(base, nested);
      at = dates.parse(atText, path, "ThoiDiemXuLy")
          .orElseThrow(() -> new JsonFormatException(path + ".ThoiDiemXuLy",
              "missing required field (the time of the step)", null, 0, 0, null));
    }
    String deadline = r.text(SyncFields.NGAY_KET_THUC_THEO_QUY_DINH);
    if (deadline != null && !deadline.isEmpty() && dates.parseOrNull(deadline) == null) {
      dates.parse(deadline, path(base, nested), "NgayKetThucTheoQuyDinh");
    }
    return new Step(base, nested, status, at, text(r, SyncFields.PHONG_BAN_XU_LY), text(r, SyncFields.NGUOI_XU_LY),
        text(r, SyncFields.NOI_DUNG_XU_LY));
  }

  /** The JSON path of the step. */
  String path() {
    return path(base, nested);
  }

  private static String path(String base, int nested) {
    return nested < 0 ? base : base + ".QuaTrinhXuLy[" + nested + "]";
  }

  /** A status code 1 to 10; missing is an error at {@code base.field} if required, else 0. */
  static int status(@Nullable String text, String base, String field, boolean required) {
    int n = code(text);
    if (n == 0 && required) {
      throw new JsonFormatException(base + "." + field, "missing required field (a status code 1 to 10)", null,
          0, 0, null);
    }
    if (n < 0) {
      // quoted as code() last read it: stripped, unless one or two characters long
      String value = Objects.requireNonNull(text).length() <= 2 ? text : text.strip();
      throw new JsonFormatException(base + "." + field, "unknown status code, expected 1 to 10", value, 0, 0, null);
    }
    return n;
  }

  /** The status code of a text (space around it allowed): 1 to 10, 0 if missing or blank, -1 if not a code. */
  private static int code(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    int len = text.length();
    if (len != 1 && len != 2) {
      String stripped = text.strip();
      return stripped.equals(text) ? -1 : code(stripped);
    }
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + c - '0';
    }
    return n >= 1 && n <= 10 ? n : -1;
  }

  static Optional<String> text(RawRecord r, int field) {
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
