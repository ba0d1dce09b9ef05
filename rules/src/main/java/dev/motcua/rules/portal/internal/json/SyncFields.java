package dev.motcua.rules.portal.internal.json;

/**
 * The field names of the sync records that the mapping reads, numbered first by every {@link RawRecordReader} in
 * this order, so that {@link RawRecord#text(int)} finds a field by its number, with no lookup by name. Not public
 * API.
 */
public final class SyncFields {
  private SyncFields() {}

  /** The names, by number. */
  static final String[] NAMES = {
      "MaHoSo", "MaTTHC", "KenhThucHien", "TrangThaiHoSo", "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "NgayTra",
      "NgayTuChoi", "DonViXuLy", "ChuHoSo", "SoGiayToChuHoSo", "SoDienThoai", "Email", "HoSoCoThanhPhanSoHoa",
      "DuocThanhToanTrucTuyen", "TaiKhoanDuocXacThucVoiVNeID", "TrangThai", "ThoiDiemXuLy", "NgayKetThucTheoQuyDinh",
      "PhongBanXuLy", "NguoiXuLy", "NoiDungXuLy", "TenTTHC"
  };

  /** {@code MaHoSo}. */
  public static final int MA_HO_SO = 0;
  /** {@code MaTTHC}. */
  public static final int MA_TTHC = 1;
  /** {@code KenhThucHien}. */
  public static final int KENH_THUC_HIEN = 2;
  /** {@code TrangThaiHoSo}. */
  public static final int TRANG_THAI_HO_SO = 3;
  /** {@code NgayTiepNhan}. */
  public static final int NGAY_TIEP_NHAN = 4;
  /** {@code NgayHenTra}. */
  public static final int NGAY_HEN_TRA = 5;
  /** {@code NgayKetThucXuLy}. */
  public static final int NGAY_KET_THUC_XU_LY = 6;
  /** {@code NgayTra}. */
  public static final int NGAY_TRA = 7;
  /** {@code NgayTuChoi}. */
  public static final int NGAY_TU_CHOI = 8;
  /** {@code DonViXuLy}. */
  public static final int DON_VI_XU_LY = 9;
  /** {@code ChuHoSo}. */
  public static final int CHU_HO_SO = 10;
  /** {@code SoGiayToChuHoSo}. */
  public static final int SO_GIAY_TO_CHU_HO_SO = 11;
  /** {@code SoDienThoai}. */
  public static final int SO_DIEN_THOAI = 12;
  /** {@code Email}. */
  public static final int EMAIL = 13;
  /** {@code HoSoCoThanhPhanSoHoa}. */
  public static final int HO_SO_CO_THANH_PHAN_SO_HOA = 14;
  /** {@code DuocThanhToanTrucTuyen}. */
  public static final int DUOC_THANH_TOAN_TRUC_TUYEN = 15;
  /** {@code TaiKhoanDuocXacThucVoiVNeID}. */
  public static final int TAI_KHOAN_DUOC_XAC_THUC_VOI_VNEID = 16;
  /** {@code TrangThai}. */
  public static final int TRANG_THAI = 17;
  /** {@code ThoiDiemXuLy}. */
  public static final int THOI_DIEM_XU_LY = 18;
  /** {@code NgayKetThucTheoQuyDinh}. */
  public static final int NGAY_KET_THUC_THEO_QUY_DINH = 19;
  /** {@code PhongBanXuLy}. */
  public static final int PHONG_BAN_XU_LY = 20;
  /** {@code NguoiXuLy}. */
  public static final int NGUOI_XU_LY = 21;
  /** {@code NoiDungXuLy}. */
  public static final int NOI_DUNG_XU_LY = 22;
  /** {@code TenTTHC}. */
  public static final int TEN_TTHC = 23;

  /**
   * Returns the name of a number.
   *
   * @param number one of the constants
   * @return its name
   */
  public static String name(int number) {
    return NAMES[number];
  }
}
