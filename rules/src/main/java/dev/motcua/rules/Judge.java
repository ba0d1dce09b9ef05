package dev.motcua.rules;

import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.procedure.ProcedureCatalogue;
import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.core.lifecycle.Dossier;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every rule of one {@link Regulation} shares: the calendar, the catalogue, the settings of each
 * instrument, and the deadline arithmetic of DESIGN §3.4 and §6.
 *
 * <p>Why one place: the rules, the deadlines snapshot and the report adapter must compute the same due
 * date-time, or a dossier could be on time for one and late for another.
 */
final class Judge {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] WEEKDAY_VI = {
    "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"
  };

  final WorkingCalendar calendar;
  final ZoneId zone;
  final ProcedureCatalogue catalogue;
  private final RegulationSettings settings61;
  private final RegulationSettings settings118;
  private final Instant decree61From;
  private final Instant decree118From;
  private final LocalDate minDate;
  private final LocalDate maxDate;

  Judge(WorkingCalendar calendar, ProcedureCatalogue catalogue, Map<LegalInstrument, RegulationSettings> settings) {
    this.calendar = calendar;
    this.zone = calendar.zone();
    this.catalogue = catalogue;
    this.settings61 = settings.get(LegalInstrument.DECREE_61_2018);
    this.settings118 = settings.get(LegalInstrument.DECREE_118_2025);
    this.decree61From = LegalInstrument.DECREE_61_2018.effectiveFrom().atStartOfDay(zone).toInstant();
    this.decree118From = LegalInstrument.DECREE_118_2025.effectiveFrom().atStartOfDay(zone).toInstant();
    this.minDate = calendar.minDate();
    this.maxDate = calendar.maxDate();
  }

  Map<LegalInstrument, RegulationSettings> settingsMap() {
    Map<LegalInstrument, RegulationSettings> m = new EnumMap<>(LegalInstrument.class);
    m.put(LegalInstrument.DECREE_61_2018, settings61);
    m.put(LegalInstrument.DECREE_118_2025, settings118);
    return m;
  }

  RegulationSettings settings(LegalInstrument instrument) {
    return instrument == LegalInstrument.DECREE_61_2018 ? settings61 : settings118;
  }

  /** The instrument in force on an instant's local date, or null before Decree 61. */
  @Nullable LegalInstrument instrumentAt(Instant at) {
    if (at.isBefore(decree61From)) {
      return null;
    }
    return at.isBefore(decree118From) ? LegalInstrument.DECREE_61_2018 : LegalInstrument.DECREE_118_2025;
  }

  /**
   * The instrument that judges an event: the one in force on the dossier's receipt date (DESIGN §6). Before
   * receipt (intake notices) the dossier will be received no earlier than the event, so the instrument in
   * force at the event, and at least Decree 61: a receipt before 21/6/2018 is refused on its own. Null for an
   * event of a dossier received before Decree 61.
   */
  @Nullable LegalInstrument instrumentFor(Dossier d, Instant eventAt) {
    Instant received = d.receivedAt().orElse(null);
    if (received != null) {
      return instrumentAt(received);
    }
    LegalInstrument atEvent = instrumentAt(eventAt);
    return atEvent != null ? atEvent : LegalInstrument.DECREE_61_2018;
  }

  boolean inRange(Instant at) {
    LocalDate date = LocalDate.ofInstant(at, zone);
    return !date.isBefore(minDate) && !date.isAfter(maxDate);
  }

  LocalDateTime local(Instant at) {
    return LocalDateTime.ofInstant(at, zone);
  }

  Instant instant(LocalDateTime local) {
    return local.atZone(zone).toInstant();
  }

  String fmt(Instant at) {
    return fmt(local(at));
  }

  static String fmt(LocalDateTime local) {
    return DATE_TIME.format(local);
  }

  static String fmt(LocalDate date) {
    return DATE.format(date);
  }

  static String weekdayVi(DayOfWeek day) {
    return WEEKDAY_VI[day.ordinal()];
  }

  /** Due date-time of a processing time started at a local time, with the settings' convention. */
  LocalDateTime due(ProcessingTime time, LocalDateTime start, RegulationSettings s) {
    return s.convention().isPresent()
        ? time.dueFrom(calendar, start, s.convention().get())
        : time.dueFrom(calendar, start);
  }

  /** The start of the current processing period: the last complete supplement, else the receipt. */
  static Instant periodStart(Dossier d) {
    return d.lastSupplementedAt().orElseGet(() -> d.receivedAt().orElseThrow());
  }

  /** The due date-time of a received dossier from its last period start (DESIGN §6, Art 19(4)). */
  LocalDateTime currentDue(Dossier d, Procedure entry, RegulationSettings s) {
    return due(entry.processingTime(), local(periodStart(d)), s);
  }

  /**
   * The deadline of the first transfer (Art 18(2)): received on a working day inside its hours not after the
   * cut-off, the close of that day; otherwise the start of the next working day, read as the working time
   * {@code nextDayTransferWindow} from its opening ({@code [inferred]}: 11:00 by default, the end of the
   * morning period). A receipt after hours or on a day off is received officially at the next opening and
   * counts as received after the cut-off of its own day.
   */
  LocalDateTime transferDeadline(Instant receivedAt, RegulationSettings s) {
    LocalDateTime r = local(receivedAt);
    LocalDateTime official = calendar.officialReceiptTime(r);
    boolean sameDay = official.toLocalDate().equals(r.toLocalDate());
    if (sameDay && !official.toLocalTime().isAfter(s.transferCutoff())) {
      return calendar.closeOfBusiness(official.toLocalDate());
    }
    LocalDate next = sameDay ? calendar.nextWorkingDay(official.toLocalDate()) : official.toLocalDate();
    LocalDateTime opening = calendar.officialReceiptTime(next.atStartOfDay());
    return calendar.plusWorkingTime(opening, s.nextDayTransferWindow());
  }

  /** The latest local time for a supplement request by a unit that received the dossier at an instant. */
  LocalDateTime supplementNoticeDeadline(Instant agencyReceipt, RegulationSettings s) {
    return due(ProcessingTime.workingDays(s.supplementNoticeWorkingDays()), local(agencyReceipt), s);
  }

  /** The processing time in words, Vietnamese. */
  static String describeVi(ProcessingTime t) {
    return switch (t.kind()) {
      case WORKING_DAYS -> t.amount() + " ngày làm việc";
      case WORKING_HOURS -> t.amount() + " giờ làm việc";
      case SAME_DAY -> "trong ngày";
      case CALENDAR_DAYS -> t.amount() + " ngày";
    };
  }

  /** The processing time in words, English. */
  static String describeEn(ProcessingTime t) {
    return switch (t.kind()) {
      case WORKING_DAYS -> t.amount() + " working days";
      case WORKING_HOURS -> t.amount() + " working hours";
      case SAME_DAY -> "same day";
      case CALENDAR_DAYS -> t.amount() + " calendar days";
    };
  }
}
