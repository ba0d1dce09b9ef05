package dev.motcua.rules.testing;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.rules.procedure.Agency;
import dev.motcua.rules.procedure.Field;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.procedure.ProcedureCatalogue;
import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, <strong>illustrative</strong> procedure catalogue for tests and demos: six procedures of the seed's
 * Bạc Liêu province (merged into Cà Mau province from 1/7/2025 by Resolution 202/2025/QH15), one of each kind
 * of processing time. The codes ({@code S.KD.01}…) are made up, not codes of the national database of
 * procedures, and the times are typical, not quoted from a regulation. Never a default: a host passes its own
 * catalogue to {@code Regulation.vietnam(calendar, catalogue)}. {@link #synthetic} makes larger, invented
 * catalogues, for reports with many rows.
 *
 * <table>
 *   <caption>The sample procedures</caption>
 *   <tr><th>code</th><th>procedure</th><th>time</th><th>Saturday</th></tr>
 *   <tr><td>S.KD.01</td><td>Đăng ký thành lập hộ kinh doanh</td><td>3 working days</td><td>yes</td></tr>
 *   <tr><td>S.TP.01</td><td>Cấp Phiếu lý lịch tư pháp</td><td>10 working days</td><td>yes</td></tr>
 *   <tr><td>S.HT.01</td><td>Đăng ký khai sinh</td><td>same day</td><td>no</td></tr>
 *   <tr><td>S.HT.02</td><td>Cấp bản sao trích lục hộ tịch</td><td>4 working hours</td><td>no</td></tr>
 *   <tr><td>S.DD.01</td><td>Đăng ký biến động quyền sử dụng đất</td><td>10 working days</td><td>no</td></tr>
 *   <tr><td>S.XD.01</td><td>Cấp giấy phép xây dựng nhà ở riêng lẻ</td><td>15 calendar days</td><td>no</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleCatalogue {
  private static final Agency PROVINCE_JUSTICE = Agency.of("000.00.12.H05", "Sở Tư pháp tỉnh Bạc Liêu");
  private static final Agency DISTRICT_FINANCE =
      Agency.of("000.00.31.H05", "Phòng Tài chính - Kế hoạch thành phố Bạc Liêu");
  private static final Agency LAND_OFFICE = Agency.of("000.00.20.H05", "Văn phòng Đăng ký đất đai tỉnh Bạc Liêu");
  private static final Agency COMMUNE = Agency.of("000.31.01.H05", "Ủy ban nhân dân phường 1");
  private static final Agency CONSTRUCTION = Agency.of("000.00.14.H05", "Sở Xây dựng tỉnh Bạc Liêu");

  private static final ProcedureCatalogue CATALOGUE = ProcedureCatalogue.of(List.of(
      procedure("S.KD.01", "Đăng ký thành lập hộ kinh doanh", Field.of("KD", "Đăng ký kinh doanh"),
          DISTRICT_FINANCE, ProcessingTime.workingDays(3), true),
      procedure("S.TP.01", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", Field.of("TP", "Lý lịch tư pháp"),
          PROVINCE_JUSTICE, ProcessingTime.workingDays(10), true),
      procedure("S.HT.01", "Đăng ký khai sinh", Field.of("HT", "Hộ tịch"), COMMUNE, ProcessingTime.sameDay(),
          false),
      procedure("S.HT.02", "Cấp bản sao trích lục hộ tịch", Field.of("HT", "Hộ tịch"), COMMUNE,
          ProcessingTime.workingHours(4), false),
      procedure("S.DD.01", "Đăng ký biến động quyền sử dụng đất", Field.of("DD", "Đất đai"), LAND_OFFICE,
          ProcessingTime.workingDays(10), false),
      procedure("S.XD.01", "Cấp giấy phép xây dựng nhà ở riêng lẻ", Field.of("XD", "Xây dựng"), CONSTRUCTION,
          ProcessingTime.calendarDays(15), false)));

  private static final String[] FIELD_NAMES = {
    "Đất đai", "Hộ tịch", "Xây dựng", "Đăng ký kinh doanh", "Lao động - Thương binh và Xã hội",
    "Giao thông vận tải", "Giáo dục và Đào tạo", "Y tế", "Tư pháp", "Công thương", "Nông nghiệp",
    "Văn hóa, Thể thao và Du lịch"
  };
  private static final int[] PROCESSING_DAYS = {1, 2, 3, 5, 7, 10, 15, 20, 30};

  private SampleCatalogue() {}

  /**
   * Returns the sample catalogue.
   *
   * @return the catalogue of the six sample procedures
   */
  public static ProcedureCatalogue catalogue() {
    return CATALOGUE;
  }

  /**
   * Returns an invented catalogue of working-day procedures: procedure {@code j} (code {@code TT001}…, name
   * "Thủ tục 001"…) belongs to field {@code j mod fields} (code {@code LV01}…, named after common fields) and to
   * agency {@code j mod agencies} (code {@code 000.00.01.H05}…, "Cơ quan 01"…), and takes 1, 2, 3, 5, 7, 10, 15, 20
   * or 30 working days in turn; none is received on Saturdays.
   *
   * <pre>{@code
   * Regulation regulation = Regulation.vietnam(SampleCatalogue.synthetic(8, 12, 60));
   * }</pre>
   *
   * @param fields 1 to 99
   * @param agencies 1 to 99
   * @param procedures 1 to 999
   * @return the catalogue
   * @throws IllegalArgumentException if a number is out of range
   */
  public static ProcedureCatalogue synthetic(int fields, int agencies, int procedures) {
    checkArgument(fields >= 1 && fields <= 99, "Fields must be 1 to 99, was %s", fields);
    checkArgument(agencies >= 1 && agencies <= 99, "Agencies must be 1 to 99, was %s", agencies);
    checkArgument(procedures >= 1 && procedures <= 999, "Procedures must be 1 to 999, was %s", procedures);
    List<Procedure> list = new ArrayList<>(procedures);
    for (int j = 0; j < procedures; j++) {
      int field = j % fields;
      int agency = j % agencies;
      String fieldName = field < FIELD_NAMES.length ? FIELD_NAMES[field] : String.format("Lĩnh vực %02d", field + 1);
      list.add(procedure(String.format("TT%03d", j + 1), String.format("Thủ tục %03d", j + 1),
          Field.of(String.format("LV%02d", field + 1), fieldName),
          Agency.of(String.format("000.00.%02d.H05", agency + 1), String.format("Cơ quan %02d", agency + 1)),
          ProcessingTime.workingDays(PROCESSING_DAYS[j % PROCESSING_DAYS.length]), false));
    }
    return ProcedureCatalogue.of(list);
  }

  private static Procedure procedure(String code, String name, Field field, Agency agency, ProcessingTime time,
      boolean saturday) {
    return Procedure.builder().code(code).name(name).field(field).competentAgency(agency).processingTime(time)
        .saturdayReception(saturday).build();
  }
}
