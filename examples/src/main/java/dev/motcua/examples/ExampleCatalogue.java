package dev.motcua.examples;

import dev.motcua.rules.procedure.Agency;
import dev.motcua.rules.procedure.Field;
import dev.motcua.calendar.ProcessingTime;
import dev.motcua.rules.procedure.Procedure;
import java.util.List;

/**
 * A small, illustrative catalogue of procedures (thủ tục hành chính) for the examples and {@code motcua
 * demo}. The codes are made up ({@code XD-001}…), not codes of the national database of procedures; the
 * processing times and Saturday reception are typical, not quoted from a regulation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExampleCatalogue {

  /** The one-stop unit (Trung tâm Phục vụ hành chính công tỉnh) that receives and returns: its identifier. */
  public static final String CENTRE = "000.00.15.H05";

  /** Construction permit for a single house: 15 working days. */
  public static final Procedure CONSTRUCTION_PERMIT = Procedure.builder()
      .code("XD-001")
      .name("Cấp giấy phép xây dựng nhà ở riêng lẻ")
      .field(Field.of("XD", "Xây dựng"))
      .competentAgency(Agency.of("000.01.15.H05", "Sở Xây dựng"))
      .processingTime(ProcessingTime.workingDays(15))
      .build();

  /** Household business registration: 3 working days, also received on Saturday mornings. */
  public static final Procedure HOUSEHOLD_BUSINESS = Procedure.builder()
      .code("KD-001")
      .name("Đăng ký thành lập hộ kinh doanh")
      .field(Field.of("KD", "Đăng ký kinh doanh"))
      .competentAgency(Agency.of("000.02.15.H05", "Sở Tài chính"))
      .processingTime(ProcessingTime.workingDays(3))
      .saturdayReception(true)
      .build();

  /** Judicial record certificate: 10 working days, also received on Saturday mornings. */
  public static final Procedure JUDICIAL_RECORD = Procedure.builder()
      .code("TP-001")
      .name("Cấp Phiếu lý lịch tư pháp")
      .field(Field.of("TP", "Tư pháp"))
      .competentAgency(Agency.of("000.03.15.H05", "Sở Tư pháp"))
      .processingTime(ProcessingTime.workingDays(10))
      .saturdayReception(true)
      .build();

  /** Certified copy from the original: same day. */
  public static final Procedure CERTIFIED_COPY = Procedure.builder()
      .code("CT-001")
      .name("Chứng thực bản sao từ bản chính")
      .field(Field.of("TP", "Tư pháp"))
      .competentAgency(Agency.of("000.03.15.H05", "Sở Tư pháp"))
      .processingTime(ProcessingTime.sameDay())
      .build();

  /** Seal registration confirmation: 4 working hours. */
  public static final Procedure SEAL_NOTICE = Procedure.builder()
      .code("KD-002")
      .name("Thông báo mẫu con dấu")
      .field(Field.of("KD", "Đăng ký kinh doanh"))
      .competentAgency(Agency.of("000.02.15.H05", "Sở Tài chính"))
      .processingTime(ProcessingTime.workingHours(4))
      .build();

  /** First complaint: 30 calendar days. */
  public static final Procedure FIRST_COMPLAINT = Procedure.builder()
      .code("TT-001")
      .name("Giải quyết khiếu nại lần đầu")
      .field(Field.of("TT", "Thanh tra"))
      .competentAgency(Agency.of("000.04.15.H05", "Thanh tra tỉnh"))
      .processingTime(ProcessingTime.calendarDays(30))
      .build();

  private ExampleCatalogue() {}

  /**
   * Returns every procedure of the catalogue.
   *
   * @return the procedures, in declaration order
   */
  public static List<Procedure> procedures() {
    return List.of(CONSTRUCTION_PERMIT, HOUSEHOLD_BUSINESS, JUDICIAL_RECORD, CERTIFIED_COPY, SEAL_NOTICE,
        FIRST_COMPLAINT);
  }

  /**
   * Describes a processing time in Vietnamese and English, for example {@code 15 ngày làm việc / 15 working
   * days}.
   *
   * @param time the processing time
   * @return the description
   */
  public static String describe(ProcessingTime time) {
    int n = time.amount();
    return switch (time.kind()) {
      case WORKING_DAYS -> n + " ngày làm việc / " + n + " working day" + (n == 1 ? "" : "s");
      case WORKING_HOURS -> n + " giờ làm việc / " + n + " working hour" + (n == 1 ? "" : "s");
      case SAME_DAY -> "trong ngày / same day";
      case CALENDAR_DAYS -> n + " ngày / " + n + " calendar day" + (n == 1 ? "" : "s");
    };
  }
}
