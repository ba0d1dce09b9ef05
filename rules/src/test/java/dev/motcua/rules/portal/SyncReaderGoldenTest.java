package dev.motcua.rules.portal;

import static dev.motcua.rules.portal.Records.RECEIVED;
import static dev.motcua.rules.portal.Records.dossier;
import static dev.motcua.rules.portal.Records.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.json.EventLogJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden file per row of the README's mapping table: a dossier record (dates of FRI 13/02/2026 onwards,
 * Asia/Ho_Chi_Minh) and the history it reads as, one event per line, then the warnings. Regenerate with
 * {@code -Dmotcua.updateGolden=true} and review the diff.
 */
class SyncReaderGoldenTest {
  static final EventLogJson JSON = EventLogJson.standard().withOutputZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  static Stream<Arguments> data_statusRows() {
    return Stream.of(
        // channel 1 (counter) and the status-2 step at the receipt time: one receipt, opening the history
        Arguments.of("channel-1-receipt", dossier(RECEIVED + ",\"KenhThucHien\":\"1\",\"TrangThaiHoSo\":\"2\"",
            step(2, "20260213080000"))),
        // channel null counts as 1 (DVCQG's rule, 766 formula document)
        Arguments.of("channel-null-counter", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"2\"")),
        // channel 3 (public postal service)
        Arguments.of("channel-3-post", dossier(RECEIVED + ",\"KenhThucHien\":3,\"TrangThaiHoSo\":\"2\"")),
        // status 1 then the receipt: channel 2, submitted online, received later
        Arguments.of("status-1-submitted", dossier(RECEIVED + ",\"KenhThucHien\":\"2\",\"TrangThaiHoSo\":\"2\"",
            step(1, "20260212210000"), step(2, "20260213080000"))),
        // status 3: refused at intake, no receipt
        Arguments.of("status-3-refused", dossier("\"KenhThucHien\":\"2\",\"TrangThaiHoSo\":\"3\","
            + "\"NgayTuChoi\":\"20260213090000\"", step(1, "20260212210000"),
            step(3, "20260213090000", "\"NoiDungXuLy\":\"Không thuộc thẩm quyền tiếp nhận\""))),
        // status 4: the hand-over to the department named
        Arguments.of("status-4-transfer", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"4\"",
            step(2, "20260213080000"), step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""))),
        // status 5: supplement requested by the department
        Arguments.of("status-5-supplement-requested", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"5\"",
            step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""),
            step(5, "20260216090000", "\"PhongBanXuLy\":\"000.01.15.H05\",\"NoiDungXuLy\":\"Thiếu bản vẽ\""))),
        // status 4 after 5: the supplement came back
        Arguments.of("status-4-after-5-supplemented", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"4\"",
            step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""),
            step(5, "20260216090000", "\"NoiDungXuLy\":\"Thiếu bản vẽ\""), step(4, "20260223090000"))),
        // status 6: payment requested
        Arguments.of("status-6-payment-requested", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"6\"",
            step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""), step(6, "20260216090000"))),
        // status 4 after 6: paid
        Arguments.of("status-4-after-6-paid", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"4\"",
            step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""), step(6, "20260216090000"),
            step(4, "20260216150000"))),
        // status 7: withdrawal requested; the 8 that closes it is no second event
        Arguments.of("status-7-withdrawn", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"8\"",
            step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""),
            step(7, "20260216090000", "\"NoiDungXuLy\":\"Công dân rút hồ sơ\""), step(8, "20260216100000"))),
        // status 8: processing stopped
        Arguments.of("status-8-stopped", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"8\"",
            step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""),
            step(8, "20260217090000", "\"NoiDungXuLy\":\"Dừng xử lý theo yêu cầu\""))),
        // status 9: resolved, approved
        Arguments.of("status-9-resolved", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"9\","
            + "\"NgayKetThucXuLy\":\"20260225100000\"",
            step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""), step(9, "20260225100000"))),
        // status 9 whose content starts "Từ chối giải quyết": a denial [inferred convention]
        Arguments.of("status-9-denied", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"9\"",
            step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""),
            step(9, "20260225100000", "\"NoiDungXuLy\":\"Từ chối giải quyết: Không đủ điều kiện\""))),
        // status 10: result returned
        Arguments.of("status-10-returned", dossier(RECEIVED + ",\"TrangThaiHoSo\":\"10\","
            + "\"NgayTra\":\"20260226090000\"",
            step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""), step(9, "20260225100000"),
            step(10, "20260226090000"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_statusRows")
  void read_statusRow_matchesGoldenFile(String name, String record) throws IOException {
    SyncDossier d = Records.one(SyncReader.standard(), record);
    StringBuilder sb = new StringBuilder();
    for (DossierEvent e : d.history()) {
      sb.append(JSON.writeEvent(e)).append('\n');
    }
    d.warnings().forEach(w -> sb.append("warning ").append(w).append('\n'));
    String text = sb.toString();
    String file = name + ".txt";
    if (Boolean.getBoolean("motcua.updateGolden")) {
      Path path = Path.of("src/test/resources/dev/motcua/rules/portal/" + file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    }
    try (InputStream in = getClass().getResourceAsStream(file)) {
      assertEquals(new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8), text);
    }
  }
}
