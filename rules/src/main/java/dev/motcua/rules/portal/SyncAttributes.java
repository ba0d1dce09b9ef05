package dev.motcua.rules.portal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a dossier record says that motcua's events do not: the inputs of the national service-quality index
 * (Bộ chỉ số 766) and the record's own summary fields.
 *
 * <p>Flags are read as the senders write them: {@code "1"} (or {@code true}) is true, {@code "0"} (or {@code
 * false}) false, empty or missing unknown.
 *
 * @param portalStatus {@code TrangThaiHoSo}, 1 to 10
 * @param channelCode {@code KenhThucHien}: 1 counter, 2 online, 3 post; empty when the record has none
 *     (DVCQG counts that as 1)
 * @param digitisedComponents {@code HoSoCoThanhPhanSoHoa}: a component digitised or reused (766 indicator 4.3)
 * @param paidOnline {@code DuocThanhToanTrucTuyen} as given: 1 paid on DVCQG, 2 through a ministry or province
 *     gateway, 0 not (third-party sourced; 3 is seen and unexplained)
 * @param vneidAuthenticated {@code TaiKhoanDuocXacThucVoiVNeID}: the account was authenticated with VNeID (4.5)
 * @param endOfProcessing {@code NgayKetThucXuLy}
 * @param returnedAt {@code NgayTra}
 * @param refusedAt {@code NgayTuChoi}
 * @param processingUnit {@code DonViXuLy}
 * @param resultLinks the {@code DanhSachGiayToKetQua[].DuongDanTepTinKetQua} links, in input order
 */
public record SyncAttributes(
    OptionalInt portalStatus,
    OptionalInt channelCode,
    Optional<Boolean> digitisedComponents,
    Optional<String> paidOnline,
    Optional<Boolean> vneidAuthenticated,
    Optional<Instant> endOfProcessing,
    Optional<Instant> returnedAt,
    Optional<Instant> refusedAt,
    Optional<String> processingUnit,
    List<String> resultLinks) {

  /**
   * Creates the attributes.
   *
   * @throws NullPointerException if an argument is null
   */
  public SyncAttributes {
    Objects.requireNonNull(portalStatus, "portalStatus");
    Objects.requireNonNull(channelCode, "channelCode");
    Objects.requireNonNull(digitisedComponents, "digitisedComponents");
    Objects.requireNonNull(paidOnline, "paidOnline");
    Objects.requireNonNull(vneidAuthenticated, "vneidAuthenticated");
    Objects.requireNonNull(endOfProcessing, "endOfProcessing");
    Objects.requireNonNull(returnedAt, "returnedAt");
    Objects.requireNonNull(refusedAt, "refusedAt");
    Objects.requireNonNull(processingUnit, "processingUnit");
    resultLinks = List.copyOf(resultLinks);
  }
}
