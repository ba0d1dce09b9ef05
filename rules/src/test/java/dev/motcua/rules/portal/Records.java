package dev.motcua.rules.portal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small sync records for tests: a dossier record of procedure S.XD.01 (sample catalogue) received FRI 13/02/2026 08:00. */
final class Records {
  private Records() {}

  /** A progress step. */
  static String step(int status, String at, String more) {
    return "{\"MaHoSo\":\"000.00.15.H05-260213-0001\",\"TrangThai\":\"" + status + "\",\"ThoiDiemXuLy\":\"" + at
        + "\",\"NguoiXuLy\":\"Trần Thị B\"" + (more.isEmpty() ? "" : "," + more) + "}";
  }

  static String step(int status, String at) {
    return step(status, at, "");
  }

  /** A dossier record with the given extra fields (overriding nothing: give each field once) and steps. */
  static String dossier(String fields, String... steps) {
    return "{\"MaHoSo\":\"000.00.15.H05-260213-0001\",\"MaTTHC\":\"S.XD.01\",\"TenTTHC\":\"Cấp giấy phép xây dựng nhà ở riêng lẻ\","
        + "\"ChuHoSo\":\"Nguyễn Văn A\",\"DonViXuLy\":\"000.00.15.H05\""
        + (fields.isEmpty() ? "" : "," + fields)
        + ",\"QuaTrinhXuLy\":[" + String.join(",", steps) + "]}";
  }

  /** The usual receipt: FRI 13/02/2026 08:00, appointment MON 02/03/2026 17:00 (15 calendar days, then the next working day). */
  static final String RECEIVED = "\"NgayTiepNhan\":\"20260213080000\",\"NgayHenTra\":\"20260302170000\"";

  static InputStream in(String... records) {
    return new ByteArrayInputStream(("[" + String.join(",\n", records) + "]").getBytes(UTF_8));
  }

  static List<SyncDossier> read(SyncReader reader, String... records) {
    try (Stream<SyncDossier> s = reader.read(in(records))) {
      return s.collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SyncDossier one(SyncReader reader, String record) {
    return read(reader, record).get(0);
  }
}
