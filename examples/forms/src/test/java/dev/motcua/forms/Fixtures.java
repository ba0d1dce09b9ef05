package dev.motcua.forms;

import dev.motcua.core.dossier.Actor;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Officer;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.form.Forms;
import dev.motcua.rules.testing.SampleCatalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Histories for the rendering tests, under Decree 118/2025/NĐ-CP. S.KD.01 (3 working days) received FRI
 * 13/02/2026 16:30 is due WED 25/02 17:00 (Tết 16–20/2/2026 off); S.DD.01 (10 working days) received THU
 * 12/02/2026 08:00 is due THU 05/03 17:00 (procedures of SampleCatalogue).
 */
final class Fixtures {
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String ONE_STOP = "000.00.15.H05";
  static final String LAND_OFFICE = "000.00.20.H05";
  static final Forms FORMS = Forms.of(Regulation.vietnam(SampleCatalogue.catalogue()));
  static final Actor RECEPTION = new Officer("cb-001", "Trần Thị Bích Ngọc", ONE_STOP);
  static final Actor LAND = new Officer("cb-207", "Lê Văn Cường", LAND_OFFICE);
  static final Applicant APPLICANT = Applicant.builder().name("Nguyễn Thị Hồng Nhung").idNumber("095188001234")
      .phone("0291 3822 123").email("nhung@example.vn")
      .address("Số 12 đường Hai Bà Trưng, tỉnh Cà Mau").build();

  private Fixtures() {}

  static Instant vn(String local) {
    return LocalDateTime.parse(local).atZone(VN).toInstant();
  }

  static Filing filing(String procedure) {
    return new Filing(procedure, Channel.COUNTER, APPLICANT, ONE_STOP);
  }

  static DossierCode code(String date) {
    return DossierCode.of(ONE_STOP, LocalDate.parse(date), 1);
  }

  static List<DossierEvent> kdReceived() {
    return List.of(new DossierEvent.Received(vn("2026-02-13T16:30"), RECEPTION, filing("S.KD.01"),
        code("2026-02-13"), vn("2026-02-25T17:00")));
  }

  static List<DossierEvent> dd(DossierEvent... more) {
    List<DossierEvent> base = List.of(
        new DossierEvent.Received(vn("2026-02-12T08:00"), RECEPTION, filing("S.DD.01"), code("2026-02-12"),
            vn("2026-03-05T17:00")),
        new DossierEvent.Transferred(vn("2026-02-12T10:00"), RECEPTION, ONE_STOP, LAND_OFFICE));
    java.util.ArrayList<DossierEvent> all = new java.util.ArrayList<>(base);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  static List<DossierEvent> refused() {
    return List.of(
        new DossierEvent.Submitted(vn("2026-02-13T09:00"), RECEPTION, filing("S.KD.01")),
        new DossierEvent.Refused(vn("2026-02-13T10:00"), RECEPTION, "Thủ tục không thuộc thẩm quyền tiếp nhận"));
  }
}
