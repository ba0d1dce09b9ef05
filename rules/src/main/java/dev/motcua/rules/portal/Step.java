package dev.motcua.rules.portal;

import dev.motcua.core.json.JsonFormatException;
import dev.motcua.rules.portal.internal.json.RawRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One progress record ({@code CapNhatTienDoHoSoMC}, or an element of {@code QuaTrinhXuLy}), checked. */
record Step(String path, int status, Instant at, Optional<String> unit, Optional<String> officer,
    Optional<String> content) {

  /** Reads and checks a progress record: a status 1 to 10, a time, a well-formed step deadline. */
  static Step of(RawRecord r, String path, ZoneId zone) {
    int status = status(r.text("TrangThai"), path + ".TrangThai", true);
    Instant at = PortalDates.parse(r.text("ThoiDiemXuLy"), zone, path + ".ThoiDiemXuLy")
        .orElseThrow(() -> new JsonFormatException(path + ".ThoiDiemXuLy",
            "missing required field (the time of the step)", null, 0, 0, null));
    PortalDates.parse(r.text("NgayKetThucTheoQuyDinh"), zone, path + ".NgayKetThucTheoQuyDinh");
    return new Step(path, status, at, text(r, "PhongBanXuLy"), text(r, "NguoiXuLy"), text(r, "NoiDungXuLy"));
  }

  /** A status code 1 to 10; missing is an error if required, else 0. */
  static int status(@Nullable String text, String path, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw new JsonFormatException(path, "missing required field (a status code 1 to 10)", null, 0, 0, null);
      }
      return 0;
    }
    String t = text.strip();
    int n = t.length() <= 2 && t.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(t) : -1;
    if (n < 1 || n > 10) {
      throw new JsonFormatException(path, "unknown status code, expected 1 to 10", text, 0, 0, null);
    }
    return n;
  }

  static Optional<String> text(RawRecord r, String field) {
    String v = r.text(field);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }
}
