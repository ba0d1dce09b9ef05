package dev.motcua.rules.portal;

import static dev.motcua.rules.portal.Records.RECEIVED;
import static dev.motcua.rules.portal.Records.dossier;
import static dev.motcua.rules.portal.Records.step;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.json.JsonFormatException;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.testing.SampleCatalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SyncReaderTest {
  static final SyncReader STRICT = SyncReader.standard();
  static final SyncReader LENIENT = SyncReader.standard().withLenientSync(true);
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());

  static List<DossierEventType> types(SyncDossier d) {
    return d.history().stream().map(DossierEvent::type).collect(Collectors.toList());
  }

  static List<SyncWarning.Code> codes(SyncDossier d) {
    return d.warnings().stream().map(SyncWarning::code).collect(Collectors.toList());
  }

  static JsonFormatException error(SyncReader reader, String... records) {
    return assertThrows(JsonFormatException.class, () -> Records.read(reader, records));
  }

  // ---- errors name the record and the field ----

  @Test
  void read_unknownStatus_errorNamesRecordStepAndField() {
    JsonFormatException e = error(STRICT, dossier(RECEIVED), dossier(RECEIVED, step(11, "20260213100000")));
    assertEquals(Optional.of("$[1].QuaTrinhXuLy[0].TrangThai"), e.path());
    assertEquals(Optional.of("\"11\""), e.value());
    assertTrue(e.getMessage().contains("unknown status code"), e.getMessage());
  }

  // A field given twice is not well-formed JSON anywhere in a record, in what is read and in what is skipped.
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "\"MaTTHC\":\"S.XD.02\"",
      "\"GhiChu\":null,\"GhiChu\":\"x\"",
      "\"ThongTin\":{\"a\":1,\"b\":{\"c\":1,\"c\":2}}",
      "\"DanhSach\":[{\"a\":1,\"a\":1}]",
      "\"DanhSachGiayToKetQua\":[{\"DuongDanTepTinKetQua\":\"a\",\"DuongDanTepTinKetQua\":\"b\"}]"})
  void read_duplicateField_notWellFormed(String fields) {
    JsonFormatException e = error(STRICT, dossier(RECEIVED), dossier(RECEIVED + "," + fields));
    assertTrue(e.getMessage().contains("not well-formed JSON: Duplicate field '"), e.getMessage());
    assertEquals(java.util.OptionalInt.of(2), e.line(), e.getMessage());
  }

  @Test
  void read_duplicateFieldInStep_notWellFormed() {
    JsonFormatException e = error(STRICT, dossier(RECEIVED, step(2, "20260213080000", "\"TrangThai\":\"2\"")));
    assertTrue(e.getMessage().contains("Duplicate field 'TrangThai'"), e.getMessage());
  }

  @Test
  void read_unreadFields_stillChecked() {
    // a step's own MaHoSo and the procedure's name are not decoded, but a duplicate is still an error
    JsonFormatException e = error(STRICT, dossier(RECEIVED, step(2, "20260213080000", "\"MaHoSo\":\"x\"")));
    assertTrue(e.getMessage().contains("Duplicate field 'MaHoSo'"), e.getMessage());
    assertTrue(error(STRICT, dossier(RECEIVED + ",\"TenTTHC\":\"y\"")).getMessage().contains("Duplicate field 'TenTTHC'"));
    // and any JSON value is accepted there
    assertEquals(1, Records.read(STRICT, dossier(RECEIVED, step(2, "20260213080000").replace(
        "\"MaHoSo\":\"000.00.15.H05-260213-0001\"", "\"MaHoSo\":{\"a\":[1]}"))).size());
  }

  // ---- any number of distinct field names ----

  private static String extras(int from, int to) {
    return java.util.stream.IntStream.range(from, to).mapToObj(i -> "\"X" + i + "\":\"" + i + "\"")
        .collect(Collectors.joining(","));
  }

  @Test
  void read_moreDistinctNamesThanTheReaderNumbers_sameDossiers() {
    // The reader numbers the first 64 names it meets; with 100 unknown ones before them, the step's names and
    // the second record's come after: they are found all the same.
    String step = step(9, "20260220100000");
    List<SyncDossier> plain = Records.read(STRICT, dossier(RECEIVED, step), dossier(RECEIVED, step));
    List<SyncDossier> wide = Records.read(STRICT, dossier(extras(0, 100) + "," + RECEIVED, step),
        dossier(RECEIVED, step.replace("}", "," + extras(100, 120) + "}")));
    assertEquals(plain.get(0).history(), wide.get(0).history());
    assertEquals(plain.get(1).history(), wide.get(1).history());
    assertEquals(List.of(DossierEventType.RECEIVED, DossierEventType.RESOLVED), types(wide.get(1)));
  }

  @Test
  void read_duplicateBeyondTheNumberedNames_notWellFormed() {
    JsonFormatException e = error(STRICT, dossier(extras(0, 100) + ",\"X90\":\"again\"," + RECEIVED));
    assertTrue(e.getMessage().contains("Duplicate field 'X90'"), e.getMessage());
    e = error(STRICT, dossier(extras(0, 100) + "," + RECEIVED, step(9, "20260220100000", "\"TrangThai\":\"9\"")));
    assertTrue(e.getMessage().contains("Duplicate field 'TrangThai'"), e.getMessage());
  }

  @Test
  void read_limitExceeded_namesTheRecordAndField() {
    JsonFormatException n = error(STRICT, dossier("\"SoTien\":" + "9".repeat(2_000) + "," + RECEIVED));
    assertEquals(Optional.of("$[0].SoTien"), n.path(), n.getMessage());
    assertTrue(n.line().isPresent(), n.getMessage());
    JsonFormatException nm = error(STRICT, dossier("\"" + "N".repeat(60_000) + "\":\"x\"," + RECEIVED));
    assertEquals(Optional.of("$[0]"), nm.path(), nm.getMessage());
    assertTrue(nm.problem().contains("Name length (60000)"), nm.getMessage());
  }

  @Test
  void read_recordOf200000DistinctNames_read() {
    // a scan of the names per name made this minutes long: the names beyond the numbered ones are indexed
    List<SyncDossier> ds = Records.read(STRICT, dossier(extras(0, 200_000) + "," + RECEIVED));
    assertEquals(List.of(DossierEventType.RECEIVED), types(ds.get(0)));
  }

  @Test
  void read_fieldsAfterSkippedValues_stillRead() {
    // the detection switched on to skip a value is off again after it: later fields are read as before
    List<SyncDossier> ds = Records.read(STRICT, dossier("\"ThongTin\":{\"a\":[{\"b\":1}]}," + RECEIVED
        + ",\"DanhSachGiayToKetQua\":[{\"DuongDanTepTinKetQua\":\"http://x\"}],\"KenhThucHien\":\"2\""));
    assertEquals(1, ds.size());
  }

  @Test
  void read_unknownDossierStatus_error() {
    assertEquals(Optional.of("$[0].TrangThaiHoSo"), error(STRICT, dossier(RECEIVED + ",\"TrangThaiHoSo\":\"0\"")).path());
  }

  @Test
  void read_malformedDate_errorNamesField() {
    JsonFormatException e = error(STRICT, dossier("\"NgayTiepNhan\":\"2026-02-13T08:00\""));
    assertEquals(Optional.of("$[0].NgayTiepNhan"), e.path());
    assertTrue(e.getMessage().contains("yyyyMMddHHmmss"), e.getMessage());
  }

  @Test
  void read_impossibleDate_error() {
    // 30 February does not exist: 14 digits are not enough
    assertEquals(Optional.of("$[0].NgayHenTra"), error(STRICT, dossier("\"NgayHenTra\":\"20260230080000\"")).path());
  }

  @Test
  void read_stepWithoutTime_error() {
    assertEquals(Optional.of("$[0].QuaTrinhXuLy[0].ThoiDiemXuLy"),
        error(STRICT, dossier(RECEIVED, step(4, ""))).path());
  }

  @Test
  void read_noMaHoSo_errorNamesRecord() {
    String noCode = dossier(RECEIVED).replace("\"MaHoSo\":\"000.00.15.H05-260213-0001\",", "");
    JsonFormatException e = error(STRICT, dossier(RECEIVED), dossier(RECEIVED), noCode);
    assertEquals(Optional.of("$[2].MaHoSo"), e.path());
  }

  @Test
  void read_unknownChannel_error() {
    assertEquals(Optional.of("$[0].KenhThucHien"), error(STRICT, dossier("\"KenhThucHien\":\"4\"")).path());
  }

  @Test
  void read_notAnArray_error() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> STRICT.read(new ByteArrayInputStream(dossier(RECEIVED).getBytes(UTF_8))));
    assertEquals(Optional.of("$"), e.path());
  }

  @Test
  void read_textAfterTheArray_error() {
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> {
      try (Stream<SyncDossier> s = STRICT.read(new ByteArrayInputStream(("[" + dossier(RECEIVED) + "] []")
          .getBytes(UTF_8)))) {
        s.count();
      }
    });
    assertTrue(e.getMessage().contains("after the array"), e.getMessage());
  }

  @Test
  void read_recordNotAnObject_error() {
    assertEquals(Optional.of("$[1]"), assertThrows(JsonFormatException.class, () -> {
      try (Stream<SyncDossier> s = STRICT.read(new ByteArrayInputStream(("[" + dossier(RECEIVED) + ",3]")
          .getBytes(UTF_8)))) {
        s.count();
      }
    }).path());
  }

  // ---- the mapping ----

  @Test
  void read_validDossier_validatesWithTheRegulation() {
    SyncDossier d = Records.one(STRICT, dossier(RECEIVED + ",\"TrangThaiHoSo\":\"10\"", step(2, "20260213080000"),
        step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""), step(9, "20260225100000"),
        step(10, "20260226090000")));
    Replay r = REG.validate(d.history());
    assertTrue(r.isValid(), r.violations().toString());
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void read_stepsOutOfOrder_sortedByTime() {
    SyncDossier d = Records.one(STRICT, dossier(RECEIVED, step(9, "20260225100000"),
        step(4, "20260213100000")));
    assertEquals(List.of(DossierEventType.RECEIVED, DossierEventType.TRANSFERRED, DossierEventType.RESOLVED),
        types(d));
  }

  @Test
  void read_separateProgress_matchedByMaHoSo() throws IOException {
    String other = "{\"MaHoSo\":\"000.00.15.H05-260213-0002\",\"TrangThai\":\"4\",\"ThoiDiemXuLy\":\"20260213100000\"}";
    String progress = "[" + step(4, "20260213100000") + "," + other + "," + step(9, "20260225100000") + "]";
    SyncProgress p = STRICT.readProgress(new ByteArrayInputStream(progress.getBytes(UTF_8)));
    assertEquals(3, p.size());
    assertEquals(2, p.dossiers());
    String record = dossier(RECEIVED).replace(",\"QuaTrinhXuLy\":[]", "");
    try (Stream<SyncDossier> s = STRICT.read(Records.in(record), p)) {
      SyncDossier d = s.findFirst().orElseThrow();
      assertEquals(List.of(DossierEventType.RECEIVED, DossierEventType.TRANSFERRED, DossierEventType.RESOLVED),
          types(d));
    }
  }

  /**
   * Progress given apart is matched by MaHoSo, so a record sent twice (the portal takes it as an update) gets
   * the same steps twice: the second says so, naming the first; each still holds the steps.
   */
  @Test
  void read_separateProgress_secondRecordWithTheSameCode_warnsNamingTheFirst() throws IOException {
    String progress = "[" + step(4, "20260213100000") + "," + step(9, "20260225100000") + "]";
    SyncProgress p = STRICT.readProgress(new ByteArrayInputStream(progress.getBytes(UTF_8)));
    String record = dossier(RECEIVED).replace(",\"QuaTrinhXuLy\":[]", "");
    String other = record.replace("000.00.15.H05-260213-0001", "000.00.15.H05-260213-0002");
    try (Stream<SyncDossier> s = STRICT.read(Records.in(record + "," + other + "," + record), p)) {
      List<SyncDossier> ds = s.collect(java.util.stream.Collectors.toList());
      assertEquals(List.of(), ds.get(0).warnings());
      assertEquals(List.of(), ds.get(1).warnings(), "another code, no progress: nothing to say");
      SyncWarning w = ds.get(2).warnings().get(0);
      assertEquals(List.of(SyncWarning.Code.DUPLICATE_DOSSIER_CODE), codes(ds.get(2)));
      assertEquals("$[2].MaHoSo", w.path());
      assertEquals("MaHoSo \"000.00.15.H05-260213-0001\" is also that of record $[0]: the 2 progress records"
          + " given apart for it are read into both", w.message());
      assertEquals(types(ds.get(0)), types(ds.get(2)));
    }
    // Without progress given apart the records are independent: nothing is read twice.
    try (Stream<SyncDossier> s = STRICT.read(Records.in(record + "," + record))) {
      assertTrue(s.allMatch(d -> d.warnings().isEmpty()));
    }
  }

  @Test
  void readProgress_unknownStatus_errorNamesRecord() {
    String progress = "[" + step(4, "20260213100000") + "," + step(0, "20260213100000") + "]";
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> STRICT.readProgress(new ByteArrayInputStream(progress.getBytes(UTF_8))));
    assertEquals(Optional.of("$[1].TrangThai"), e.path());
  }

  @Test
  void read_objectOrArrayWhereTextIsRead_errorNamingThePath() {
    // a structure in a field the mapping reads was skipped and read as missing: a dossier of no events, exit 0
    JsonFormatException top = error(STRICT, dossier("\"NgayTiepNhan\":{\"ngay\":\"20260213\"},"
        + "\"NgayHenTra\":\"20260302170000\""));
    assertEquals(Optional.of("$[0].NgayTiepNhan"), top.path());
    assertEquals("expected a string, was an object or an array", top.problem());
    JsonFormatException nested = error(STRICT, dossier(RECEIVED), dossier(RECEIVED,
        step(4, "20260213100000", "\"NoiDungXuLy\":[\"a\",\"b\"]")));
    assertEquals(Optional.of("$[1].QuaTrinhXuLy[0].NoiDungXuLy"), nested.path());
    String progress = "[" + step(4, "20260213100000").replace("\"ThoiDiemXuLy\":\"20260213100000\"",
        "\"ThoiDiemXuLy\":[20260213100000]") + "]";
    JsonFormatException inProgress = assertThrows(JsonFormatException.class,
        () -> STRICT.readProgress(new ByteArrayInputStream(progress.getBytes(UTF_8))));
    assertEquals(Optional.of("$[0].ThoiDiemXuLy"), inProgress.path());
    // a structure in a field nobody reads is no error (records carry document lists and more)
    List<SyncDossier> ds = Records.read(STRICT, dossier(RECEIVED + ",\"ThanhPhanHoSo\":[{\"Ten\":\"Đơn\"}]"));
    assertEquals(List.of(DossierEventType.RECEIVED), types(ds.get(0)));
  }

  @Test
  void read_attributes_keptOnTheResult() {
    SyncDossier d = Records.one(STRICT, dossier(RECEIVED + ",\"KenhThucHien\":2,\"TrangThaiHoSo\":\"10\","
        + "\"HoSoCoThanhPhanSoHoa\":\"1\",\"DuocThanhToanTrucTuyen\":\"2\",\"TaiKhoanDuocXacThucVoiVNeID\":\"0\","
        + "\"NgayTra\":\"20260226090000\",\"DanhSachGiayToKetQua\":[{\"TenGiayTo\":\"Giấy phép\","
        + "\"DuongDanTepTinKetQua\":\"https://example.gov.vn/kq/1.pdf\"},{\"DuongDanTepTinKetQua\":\"\"}]"));
    SyncAttributes a = d.attributes();
    assertEquals(10, a.portalStatus().getAsInt());
    assertEquals(2, a.channelCode().getAsInt());
    assertEquals(Optional.of(true), a.digitisedComponents());
    assertEquals(Optional.of("2"), a.paidOnline());
    assertEquals(Optional.of(false), a.vneidAuthenticated());
    assertEquals(Optional.of(Instant.parse("2026-02-26T02:00:00Z")), a.returnedAt());
    assertEquals(List.of("https://example.gov.vn/kq/1.pdf"), a.resultLinks());
    assertEquals(Optional.of("000.00.15.H05"), a.processingUnit());
  }

  @Test
  void read_statusDisagreesWithSteps_warning() {
    SyncDossier d = Records.one(STRICT, dossier(RECEIVED + ",\"TrangThaiHoSo\":\"10\"", step(4, "20260213100000")));
    assertEquals(List.of(SyncWarning.Code.STATUS_MISMATCH), codes(d));
  }

  @Test
  void read_decree118CodeLayout_parsed() {
    // The Decree 118 Art 28(2) layout (the resolving agency's identifier) is a dossier code like the 2018 one.
    String record = dossier(RECEIVED).replace("000.00.15.H05-260213-0001", "H56.01.10-260213-0001");
    SyncDossier d = Records.one(STRICT, record);
    assertEquals("H56.01.10-260213-0001", d.dossierCode());
    DossierEvent.Received r = (DossierEvent.Received) d.history().get(0);
    assertEquals(dev.motcua.core.dossier.DossierCode.Layout.RESOLVING_AGENCY_2025, r.code().orElseThrow().layout());
    assertTrue(!codes(d).contains(SyncWarning.Code.DOSSIER_CODE_NOT_PARSED), d.warnings().toString());
  }

  @Test
  void read_codeNotParsed_keptWithWarning() {
    // A MaHoSo in no layout of the law: the record is kept, the receipt has no code, the reader says so.
    String record = dossier(RECEIVED).replace("000.00.15.H05-260213-0001", "H56.01.10-260213-001");
    SyncDossier d = Records.one(STRICT, record);
    assertEquals("H56.01.10-260213-001", d.dossierCode());
    assertEquals(DossierEventType.RECEIVED, d.history().get(0).type());
    assertTrue(codes(d).contains(SyncWarning.Code.DOSSIER_CODE_NOT_PARSED), d.warnings().toString());
  }

  // ---- the known sender rewrites: refusals when strict, warnings when lenient ----

  @Test
  void read_nineThenProcessing_strictRefusedLenientWarned() {
    // Thanh Hóa's sender rewrites 5 to 9: "resolved", then processing goes on
    String record = dossier(RECEIVED, step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""),
        step(9, "20260216090000"), step(4, "20260223090000"), step(9, "20260225100000"));
    assertFalse(REG.validate(Records.one(STRICT, record).history()).refusals().isEmpty());
    SyncDossier lenient = Records.one(LENIENT, record);
    assertEquals(List.of(SyncWarning.Code.SYNC_REWRITE_SUSPECTED), codes(lenient));
    assertEquals("$[0].QuaTrinhXuLy[1]", lenient.warnings().get(0).path());
    assertTrue(REG.validate(lenient.history()).refusals().isEmpty());
  }

  @Test
  void read_secondReceivedStep_strictRefusedLenientWarned() {
    String record = dossier(RECEIVED, step(2, "20260213090000"),
        step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""));
    Replay strict = REG.validate(Records.one(STRICT, record).history());
    assertFalse(strict.refusals().isEmpty());
    SyncDossier lenient = Records.one(LENIENT, record);
    assertEquals(List.of(SyncWarning.Code.SYNC_REWRITE_SUSPECTED), codes(lenient));
    assertTrue(REG.validate(lenient.history()).isValid(), REG.validate(lenient.history()).toString());
  }

  @Test
  void read_closingNineAtReceipt_strictRefusedLenientRetimed() {
    String record = dossier(RECEIVED + ",\"NgayKetThucXuLy\":\"20260225100000\"",
        step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""), step(9, "20260213080000"));
    assertFalse(REG.validate(Records.one(STRICT, record).history()).refusals().isEmpty());
    SyncDossier lenient = Records.one(LENIENT, record);
    assertEquals(List.of(SyncWarning.Code.SYNC_REWRITE_SUSPECTED), codes(lenient));
    DossierEvent last = lenient.history().get(lenient.history().size() - 1);
    assertEquals(DossierEventType.RESOLVED, last.type());
    assertEquals(Instant.parse("2026-02-25T03:00:00Z"), last.at());
    assertTrue(REG.validate(lenient.history()).isValid());
  }

  @Test
  void read_cleanRecord_lenientSameAsStrict() {
    String record = dossier(RECEIVED, step(2, "20260213080000"),
        step(4, "20260213100000", "\"PhongBanXuLy\":\"000.01.15.H05\""), step(9, "20260225100000"),
        step(10, "20260226090000"));
    assertEquals(Records.one(STRICT, record).history(), Records.one(LENIENT, record).history());
    assertEquals(List.of(), Records.one(LENIENT, record).warnings());
  }
}
