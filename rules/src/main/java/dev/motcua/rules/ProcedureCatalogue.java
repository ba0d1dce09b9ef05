package dev.motcua.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import dev.motcua.calendar.ProcessingTime;
import dev.motcua.core.dossier.Agency;
import dev.motcua.core.dossier.Field;
import dev.motcua.core.dossier.ProcessingPeriod;
import dev.motcua.core.dossier.Procedure;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of administrative procedures (danh mục thủ tục hành chính) a one-stop unit receives: by
 * code, each procedure's field, competent agency, processing time and Saturday reception.
 *
 * <p>Hosts build it from their published procedures with {@link #of(Collection)}; {@link #sample()} is a
 * small illustrative catalogue for tests and demos.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcedureCatalogue {
  private static final Agency PROVINCE_JUSTICE = Agency.of("000.00.12.H05", "Sở Tư pháp tỉnh Bạc Liêu");
  private static final Agency DISTRICT_FINANCE =
      Agency.of("000.00.31.H05", "Phòng Tài chính - Kế hoạch thành phố Bạc Liêu");
  private static final Agency LAND_OFFICE = Agency.of("000.00.20.H05", "Văn phòng Đăng ký đất đai tỉnh Bạc Liêu");
  private static final Agency COMMUNE = Agency.of("000.31.01.H05", "Ủy ban nhân dân phường 1");
  private static final Agency CONSTRUCTION = Agency.of("000.00.14.H05", "Sở Xây dựng tỉnh Bạc Liêu");

  private static final ProcedureCatalogue SAMPLE = of(List.of(
      procedure("S.KD.01", "Đăng ký thành lập hộ kinh doanh", Field.of("KD", "Đăng ký kinh doanh"),
          DISTRICT_FINANCE, ProcessingPeriod.ofWorkingDays(3), true),
      procedure("S.TP.01", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", Field.of("TP", "Lý lịch tư pháp"),
          PROVINCE_JUSTICE, ProcessingPeriod.ofWorkingDays(10), true),
      procedure("S.HT.01", "Đăng ký khai sinh", Field.of("HT", "Hộ tịch"), COMMUNE, ProcessingPeriod.sameDay(),
          false),
      procedure("S.HT.02", "Cấp bản sao trích lục hộ tịch", Field.of("HT", "Hộ tịch"), COMMUNE,
          ProcessingPeriod.ofWorkingHours(4), false),
      procedure("S.DD.01", "Đăng ký biến động quyền sử dụng đất", Field.of("DD", "Đất đai"), LAND_OFFICE,
          ProcessingPeriod.ofWorkingDays(10), false),
      procedure("S.XD.01", "Cấp giấy phép xây dựng nhà ở riêng lẻ", Field.of("XD", "Xây dựng"), CONSTRUCTION,
          ProcessingPeriod.ofCalendarDays(15), false)));

  private final ImmutableMap<String, Entry> byCode;

  /** A procedure and its processing time as the calendar reads it, resolved once. */
  record Entry(Procedure procedure, ProcessingTime time) {}

  private ProcedureCatalogue(ImmutableMap<String, Entry> byCode) {
    this.byCode = byCode;
  }

  /**
   * Creates a catalogue.
   *
   * @param procedures the procedures, with distinct codes
   * @return the catalogue
   * @throws IllegalArgumentException if two procedures share a code
   */
  public static ProcedureCatalogue of(Collection<Procedure> procedures) {
    Objects.requireNonNull(procedures, "procedures");
    ImmutableMap.Builder<String, Entry> b = ImmutableMap.builderWithExpectedSize(procedures.size());
    Set<String> seen = new HashSet<>();
    for (Procedure p : procedures) {
      Objects.requireNonNull(p, "procedure");
      checkArgument(seen.add(p.code()), "Procedure code %s appears more than once", p.code());
      b.put(p.code(), new Entry(p, processingTime(p.processingPeriod())));
    }
    return new ProcedureCatalogue(b.build());
  }

  /**
   * Returns a small sample catalogue across five fields and agencies of Bạc Liêu province: household
   * business registration (3 working days, Saturday reception), judicial record (10 working days, Saturday
   * reception), birth registration (same day), civil-status extract (4 working hours), land change
   * registration (10 working days), building permit (15 calendar days). The codes ({@code S.KD.01}…) and
   * times are illustrative, not taken from the national database of procedures.
   *
   * @return the sample catalogue
   */
  public static ProcedureCatalogue sample() {
    return SAMPLE;
  }

  /**
   * Finds a procedure by code.
   *
   * @param code the procedure code
   * @return the procedure, or empty if not in the catalogue
   */
  public Optional<Procedure> find(String code) {
    Objects.requireNonNull(code, "code");
    Entry e = byCode.get(code);
    return e == null ? Optional.empty() : Optional.of(e.procedure());
  }

  /**
   * Returns every procedure, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<Procedure> procedures() {
    return byCode.values().stream().map(Entry::procedure).toList();
  }

  /** Returns the entry of a code, or null; the rules' hot path avoids the Optional. */
  @Nullable Entry entry(String code) {
    return byCode.get(code);
  }

  static ProcessingTime processingTime(ProcessingPeriod period) {
    return switch (period.unit()) {
      case WORKING_DAYS -> ProcessingTime.workingDays(period.amount());
      case WORKING_HOURS -> ProcessingTime.workingHours(period.amount());
      case SAME_DAY -> ProcessingTime.sameDay();
      case CALENDAR_DAYS -> ProcessingTime.calendarDays(period.amount());
    };
  }

  private static Procedure procedure(String code, String name, Field field, Agency agency,
      ProcessingPeriod period, boolean saturday) {
    return Procedure.builder().code(code).name(name).field(field).competentAgency(agency)
        .processingPeriod(period).saturdayReception(saturday).build();
  }

  @Override
  public String toString() {
    return "ProcedureCatalogue{" + byCode.size() + " procedures}";
  }
}
