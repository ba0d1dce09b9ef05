package dev.motcua.examples;

import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.Regulation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A public-service portal (cổng dịch vụ công) that shows applicants, before they file, when the centre
 * receives their dossier and the appointment (ngày hẹn trả) they would get, for a few procedures and a few
 * moments around Tết 2026 and the 30/4–1/5 holidays.
 *
 * <p>What a host does: take its {@link Regulation} (here {@link ConfiguredRules#regulation()}), ask the
 * regulation's calendar {@link WorkingCalendar#isReceptionOpen} and {@link
 * WorkingCalendar#officialReceiptTime}, and the regulation {@link Regulation#dueAt} for the appointment the
 * receipt must write (Decree 61/2018/NĐ-CP Art 17(1)(c)), which is exactly what its
 * {@code APPOINTMENT_MISMATCH} rule checks. The moments are fixed here; a real portal would pass the current
 * time of its own clock.
 */
public final class PortalAppointmentExample {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd/MM HH:mm", Locale.ENGLISH);

  /** Moments an applicant might file: before Tết, the Saturday before Tết, the eve of 30/4, a normal day. */
  static final List<LocalDateTime> MOMENTS = List.of(
      LocalDateTime.of(2026, 2, 13, 16, 30),  // Fri, last working afternoon before Tết 16–20/02/2026
      LocalDateTime.of(2026, 2, 14, 9, 0),    // Sat, Saturday reception window only
      LocalDateTime.of(2026, 4, 29, 15, 30),  // Wed, before 30/04 and 01/05 (Thu, Fri)
      LocalDateTime.of(2026, 5, 13, 8, 15));  // Wed, an ordinary morning

  private PortalAppointmentExample() {}

  /**
   * Prints the appointments.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Computes the appointments.
   *
   * @return the output, lines ending with {@code \n}
   */
  public static String run() {
    Regulation regulation = ConfiguredRules.regulation();
    WorkingCalendar calendar = regulation.calendar();
    ZoneId zone = calendar.zone();
    StringBuilder out = new StringBuilder("Appointments on the portal (times in " + zone + ")\n");
    for (Procedure p : ExampleCatalogue.procedures()) {
      out.append('\n').append(p.code()).append(' ').append(p.name()).append(" — ")
          .append(ExampleCatalogue.describe(p.processingTime()))
          .append(p.saturdayReception() ? ", also received on Saturday mornings" : "").append('\n');
      for (LocalDateTime filed : MOMENTS) {
        boolean open = calendar.isReceptionOpen(filed, p.saturdayReception());
        LocalDateTime official = calendar.officialReceiptTime(filed);
        Instant appointment = regulation.dueAt(p.code(), filed.atZone(zone).toInstant());
        LocalDateTime due = LocalDateTime.ofInstant(appointment, zone);
        out.append("  filed ").append(filed.format(WHEN))
            .append(open ? "  counter open  " : "  counter closed")
            .append("  received ").append(official.format(WHEN))
            .append("  appointment ").append(due.format(WHEN))
            .append(" (").append(due.atZone(zone).toOffsetDateTime()).append(")\n");
      }
    }
    return out.toString();
  }
}
