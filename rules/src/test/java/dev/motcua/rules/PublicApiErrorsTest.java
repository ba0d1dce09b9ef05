package dev.motcua.rules;

import static dev.motcua.rules.History.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.calendar.CalendarRangeException;
import dev.motcua.calendar.WorkingCalendars;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.deadline.DeadlineCalculator;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.report.DossierFacts;
import dev.motcua.rules.report.ReportAccumulator;
import dev.motcua.rules.report.ReportGrouping;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.testing.SampleCatalogue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The regulation's public methods, given an extreme value, throw their documented typed exception naming it (or
 * give a violation), never a plain {@code DateTimeException} or a silent wrong answer.
 */
class PublicApiErrorsTest {
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());

  @Test
  void dueAt_instantMax_throwsCalendarRangeExceptionNamingIt() {
    CalendarRangeException e = assertThrows(CalendarRangeException.class, () -> REG.dueAt("S.DD.01", Instant.MAX));
    assertTrue(e.getMessage().contains(Instant.MAX.toString()), e.getMessage());
    CalendarRangeException min = assertThrows(CalendarRangeException.class,
        () -> REG.transferDeadline(Instant.parse("2101-01-01T00:00:00Z")));
    assertTrue(min.getMessage().contains("2101-01-01T00:00:00Z"), min.getMessage());
    assertThrows(CalendarRangeException.class, () -> DeadlineCalculator.of(WorkingCalendars.vietnamCivilService(),
        LegalInstrument.DECREE_118_2025, RegulationSettings.defaults()).local(Instant.MAX));
  }

  @Test
  void instrumentAt_everyInstant_hasAnAnswer() {
    assertEquals(Optional.of(LegalInstrument.DECREE_118_2025), REG.instrumentAt(Instant.MAX));
    assertEquals(Optional.empty(), REG.instrumentAt(Instant.MIN));
    assertEquals(Optional.of(LegalInstrument.DECREE_118_2025),
        LegalInstrument.inForceAt(Instant.MAX, History.VN));
    // the first instant of 21/6/2018 and of 1/7/2025 in Vietnam
    assertEquals(Optional.of(LegalInstrument.DECREE_61_2018), REG.instrumentAt(vn("2018-06-21T00:00")));
    assertEquals(Optional.empty(), REG.instrumentAt(vn("2018-06-21T00:00").minusNanos(1)));
    assertEquals(Optional.of(LegalInstrument.DECREE_118_2025), REG.instrumentAt(vn("2025-07-01T00:00")));
    assertEquals(Optional.of(LegalInstrument.DECREE_61_2018), REG.instrumentAt(vn("2025-07-01T00:00").minusNanos(1)));
  }

  @Test
  void validate_receiptAtInstantMax_isAViolationNotAnException() {
    List<DossierEvent> events = List.of(new DossierEvent.Received(Instant.MAX.minusSeconds(3600), History.OFFICER,
        History.filing("S.DD.01", Channel.COUNTER), dev.motcua.core.dossier.DossierCode.parse(
            "000.00.15.H05-260212-0001"), Instant.MAX));
    Replay r = REG.validate(events);
    assertTrue(r.violations().stream().anyMatch(v -> v.code() == RegulationCode.RECEIPT_OUTSIDE_CALENDAR),
        r.violations().toString());
    // and the standing says so instead of throwing
    assertTrue(REG.standing(r).warnings().size() >= 1, REG.standing(r).toString());
  }

  @Test
  void received_nullAppointment_namesTheArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new DossierEvent.Received(
        vn("2026-02-12T08:00"), History.OFFICER, History.filing("S.DD.01", Channel.COUNTER),
        dev.motcua.core.dossier.DossierCode.parse("000.00.15.H05-260212-0001"), null));
    assertEquals("appointment", e.getMessage());
    NullPointerException code = assertThrows(NullPointerException.class, () -> new DossierEvent.Received(
        vn("2026-02-12T08:00"), History.OFFICER, null, vn("2026-03-05T17:00")));
    assertEquals("code", code.getMessage());
  }

  private static DossierFacts resolved(Duration workingTime) {
    Instant received = vn("2026-04-20T08:00");
    return DossierFacts.builder().field("DD", "Đất đai").channel(Channel.COUNTER)
        .receivedAt(received).dueAt(vn("2026-04-30T17:00"))
        .resolvedAt(vn("2026-04-22T08:00"), dev.motcua.rules.deadline.Timeliness.EARLY)
        .workingTimeToResolve(workingTime).build();
  }

  @Test
  void report_workingTimeSumOverflow_throwsAndLeavesTheAccumulatorAsItWas() {
    ReportPeriod may = ReportPeriod.parse("2026-05");
    ReportAccumulator acc = ReportAccumulator.of(may, ReportGrouping.BY_FIELD);
    acc.add(resolved(Duration.ofSeconds(Long.MAX_VALUE - 10)));
    String before = acc.toReport().toCsv();
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> acc.add(resolved(Duration.ofHours(16))));
    assertTrue(e.getMessage().contains("PT16H"), e.getMessage());
    assertEquals(before, acc.toReport().toCsv());
    ReportAccumulator other = ReportAccumulator.of(may, ReportGrouping.BY_FIELD);
    other.add(resolved(Duration.ofHours(1)));
    assertThrows(ArithmeticException.class, () -> acc.merge(other));
    assertEquals(before, acc.toReport().toCsv());
  }
}
