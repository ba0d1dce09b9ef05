package dev.motcua.rules;

import java.util.Objects;
import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.internal.LocalTimes;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.procedure.ProcedureCatalogue;
import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.core.lifecycle.Dossier;
import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every rule of one {@link Regulation} shares: the calendar, the catalogue, the settings and the
 * {@link DeadlineCalculator} of each instrument, the instrument in force, and the formatting of messages.
 */
final class RegulationContext {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] WEEKDAY_VI = {
    "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"
  };

  final WorkingCalendar calendar;
  final ZoneId zone;
  final ProcedureCatalogue catalogue;
  private final EnumMap<LegalInstrument, RegulationSettings> settings;
  private final EnumMap<LegalInstrument, DeadlineCalculator> deadlines;
  private final LocalDate minDate;
  private final LocalDate maxDate;
  private final Instant rangeStart;
  private final Instant rangeEnd;
  private final LocalTimes localTimes;
  RegulationContext(WorkingCalendar calendar, ProcedureCatalogue catalogue,
      Map<LegalInstrument, RegulationSettings> settings) {
    this.calendar = calendar;
    this.zone = calendar.zone();
    this.catalogue = catalogue;
    this.settings = new EnumMap<>(settings);
    this.deadlines = new EnumMap<>(LegalInstrument.class);
    for (LegalInstrument i : LegalInstrument.values()) {
      RegulationSettings s = Objects.requireNonNull(settings.get(i), () -> "settings for " + i);
      deadlines.put(i, DeadlineCalculator.of(calendar, i, s));
    }
    this.minDate = calendar.minDate();
    this.maxDate = calendar.maxDate();
    this.rangeStart = minDate.atStartOfDay(zone).toInstant();
    this.rangeEnd = maxDate.plusDays(1).atStartOfDay(zone).toInstant();
    this.localTimes = new LocalTimes(zone);
  }

  Map<LegalInstrument, RegulationSettings> settingsMap() {
    return new EnumMap<>(settings);
  }

  RegulationSettings settings(LegalInstrument instrument) {
    return settings.get(instrument);
  }

  DeadlineCalculator deadlines(LegalInstrument instrument) {
    return deadlines.get(instrument);
  }

  /** The instrument in force on an instant's local date ({@link LegalInstrument#inForceAt}), or null before Decree 61. */
  @Nullable LegalInstrument instrumentAt(Instant at) {
    return LegalInstrument.inForceAt(at, zone).orElse(null);
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

  /**
   * Whether an instrument has the duties that Decree 118/2025/NĐ-CP added (online intake limit, closing,
   * the stop window): Decree 118 and any later instrument, which is declared after it.
   */
  static boolean hasDecree118Duties(LegalInstrument instrument) {
    return instrument.compareTo(LegalInstrument.DECREE_118_2025) >= 0;
  }

  boolean inRange(Instant at) {
    // compared as instants: an instant beyond java.time's local dates (Instant.MAX) is simply out of range
    return !at.isBefore(rangeStart) && at.isBefore(rangeEnd);
  }

  LocalDateTime local(Instant at) {
    return localTimes.local(at);
  }

  Instant instant(LocalDateTime local) {
    return local.atZone(zone).toInstant();
  }

  String fmt(Instant at) {
    try {
      return fmt(local(at));
    } catch (DateTimeException e) {
      // an instant beyond java.time's local date-times (Instant.MAX) is still named in a message, in UTC
      return at.toString();
    }
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
