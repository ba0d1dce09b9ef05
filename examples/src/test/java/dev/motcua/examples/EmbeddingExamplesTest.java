package dev.motcua.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs each embedding example, as Strata runs its examples' {@code main}, against a golden file. */
class EmbeddingExamplesTest {

  static Stream<Arguments> data_examples() {
    return Stream.of(
        Arguments.of("portal-appointments.txt", (Supplier<String>) PortalAppointmentExample::run),
        Arguments.of("integrator-validation.txt", (Supplier<String>) IntegratorValidationExample::run),
        Arguments.of("monthly-report.txt", (Supplier<String>) MonthlyReportJob::run));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_examples")
  void run_matchesGoldenFile(String golden, Supplier<String> example) {
    Golden.assertMatches("examples/" + golden, example.get());
  }

  @Test
  void run_twice_sameOutput() {
    // Parallel aggregation and the calendar's lazy initialisation must not change a byte.
    assertEquals(MonthlyReportJob.run(), MonthlyReportJob.run());
  }

  @Test
  void portal_tetAndHolidays_appointmentsWorkedByHand() {
    String out = PortalAppointmentExample.run();
    // KD-001, 3 working days, filed Fri 13/02 16:30: Tết 16–20/02 skipped, days 23, 24, 25 → Wed 25/02 17:00.
    assertTrue(out.contains("filed Fri 13/02 16:30  counter open    received Fri 13/02 16:30  appointment Wed 25/02"
        + " 17:00"), out);
    // CT-001, same day, filed Wed 29/04 15:30 (after the 15:00 cut-off): 30/04 and 01/05 off → Mon 04/05 17:00.
    assertTrue(out.contains("filed Wed 29/04 15:30  counter open    received Wed 29/04 15:30  appointment Mon 04/05"
        + " 17:00"), out);
  }

  @Test
  void integrator_partnerLog_reportsEachViolationByIndex() {
    String out = IntegratorValidationExample.run();
    assertTrue(out.contains("events[0] RECEIPT_WITHOUT_APPOINTMENT"), out);
    // KD-001, 3 working days from Wed 29/04 15:31: 30/04 and 01/05 off → Wed 06/05 17:00, not 07/05.
    assertTrue(out.contains("events[1] APPOINTMENT_MISMATCH"), out);
    assertTrue(out.contains("events[2] EVENT_NOT_PERMITTED"), out);
    assertTrue(out.contains("events[6] TERMINAL_STATUS"), out);
    assertTrue(out.contains("rejected: malformed at $.events[0].at"), out);
  }
}
