package dev.motcua.rules.report;

import dev.motcua.calendar.WorkingCalendars;
import dev.motcua.core.dossier.Channel;

import static dev.motcua.core.dossier.Channel.COUNTER;
import static dev.motcua.core.dossier.Channel.ONLINE;
import static dev.motcua.core.dossier.Channel.POSTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.motcua.rules.deadline.Timeliness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Worked example: the monthly report for 2026-05, i.e. 15/04/2026 00:00 to the cut-off 15/05/2026 00:00
 * (Asia/Ho_Chi_Minh), per Decree 09/2019/NĐ-CP Art 12, with a dozen dossiers around its boundaries.
 */
class ProcessingReportTest {

  static final ReportPeriod MAY_2026 = ReportPeriod.monthly(YearMonth.of(2026, 5));

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendars.defaultZone()).toInstant();
  }

  static DossierFacts.Builder g01(Channel channel) {
    return DossierFacts.builder().field("G01", "Đất đai").agency("A1", "Sở Tài nguyên và Môi trường")
        .procedure("P1", "Cấp giấy chứng nhận").channel(channel);
  }

  static DossierFacts.Builder g02(Channel channel) {
    return DossierFacts.builder().field("G02", "Hộ tịch").agency("A2", "Sở Tư pháp")
        .procedure("P2", "Đăng ký khai sinh").channel(channel);
  }

  /** The dossiers of the worked example; each comment says where it lands. */
  static List<DossierFacts> example() {
    return List.of(
        // A: received TUE 14/04 16:59, the last minute before the period: carried over; resolved early.
        g01(COUNTER).receivedAt(at("2026-04-14T16:59")).dueAt(at("2026-04-21T17:00"))
            .resolvedAt(at("2026-04-20T10:00"), Timeliness.EARLY).workingTimeToResolve(Duration.ofHours(12))
            .build(),
        // B: received WED 15/04 07:00, the first working minute of the period: new online; resolved exactly
        // at the deadline WED 22/04 17:00: on time.
        g01(ONLINE).receivedAt(at("2026-04-15T07:00")).dueAt(at("2026-04-22T17:00"))
            .resolvedAt(at("2026-04-22T17:00"), Timeliness.ON_TIME).workingTimeToResolve(Duration.ofHours(40))
            .build(),
        // C: received THU 14/05 16:59, the last working minute of the period: new online; in progress,
        // within deadline.
        g01(ONLINE).receivedAt(at("2026-05-14T16:59")).dueAt(at("2026-05-21T17:00")).build(),
        // D: received FRI 15/05 07:00, after the cut-off: not counted.
        g01(COUNTER).receivedAt(at("2026-05-15T07:00")).dueAt(at("2026-05-22T17:00")).build(),
        // E: received and resolved before the period (FRI 10/04, MON 13/04): not counted.
        g01(COUNTER).receivedAt(at("2026-04-10T09:00")).dueAt(at("2026-04-17T17:00"))
            .resolvedAt(at("2026-04-13T09:00"), Timeliness.EARLY).build(),
        // F: received MON 20/04 by post, due MON 27/04 17:00, rescheduled with an apology, resolved
        // TUE 05/05: late (a reschedule never makes it on time).
        g02(POSTAL).receivedAt(at("2026-04-20T09:00")).dueAt(at("2026-04-27T17:00"))
            .resolvedAt(at("2026-05-05T10:00"), Timeliness.LATE).workingTimeToResolve(Duration.ofHours(72))
            .build(),
        // G: received THU 02/04, due THU 09/04, never resolved: carried over, in progress, overdue.
        g02(COUNTER).receivedAt(at("2026-04-02T08:00")).dueAt(at("2026-04-09T17:00")).build(),
        // H: received TUE 05/05 online, withdrawn THU 07/05: new online, withdrawn.
        g02(ONLINE).receivedAt(at("2026-05-05T08:00")).dueAt(at("2026-05-12T17:00"))
            .withdrawnAt(at("2026-05-07T09:00")).build(),
        // I: received WED 06/05 at the counter, stopped FRI 08/05: new counter, stopped.
        g02(COUNTER).receivedAt(at("2026-05-06T08:00")).dueAt(at("2026-05-13T17:00"))
            .stoppedAt(at("2026-05-08T09:00")).build(),
        // J: refused at intake TUE 12/05: refused only.
        g01(ONLINE).refusedAt(at("2026-05-12T10:00")).build(),
        // K: refused at intake FRI 15/05 08:00, after the cut-off: not counted.
        g01(ONLINE).refusedAt(at("2026-05-15T08:00")).build(),
        // L: received MON 04/05, due THU 14/05 17:00, resolved FRI 15/05 08:00 after the cut-off: in
        // progress at the cut-off, and overdue since the cut-off is after 14/05 17:00.
        g01(COUNTER).receivedAt(at("2026-05-04T08:00")).dueAt(at("2026-05-14T17:00"))
            .resolvedAt(at("2026-05-15T08:00"), Timeliness.LATE).build(),
        // M: no field code: row UNKNOWN, new counter, in progress within deadline.
        DossierFacts.builder().channel(COUNTER).receivedAt(at("2026-05-08T08:00"))
            .dueAt(at("2026-05-20T17:00")).build(),
        // N: received TUE 05/05, resolved THU 14/05 16:00, due 17:00 that day: on time; no working time.
        g02(COUNTER).receivedAt(at("2026-05-05T09:00")).dueAt(at("2026-05-14T17:00"))
            .resolvedAt(at("2026-05-14T16:00"), Timeliness.ON_TIME).build());
  }

  // Columns in ReportColumn order:
  // received_total, online, counter_postal, carried_over, resolved_total, early, on_time, late,
  // in_progress_total, within, overdue, withdrawn, stopped, refused
  static final long[] G01 = {4, 2, 1, 1, 2, 1, 1, 0, 2, 1, 1, 0, 0, 1};
  static final long[] G02 = {5, 1, 3, 1, 2, 0, 1, 1, 1, 0, 1, 1, 1, 0};
  static final long[] UNKNOWN = {1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0};
  static final long[] TOTAL = {10, 3, 5, 2, 4, 1, 2, 1, 4, 2, 2, 1, 1, 1};

  static long[] cells(ReportRow row) {
    return Arrays.stream(ReportColumn.values()).mapToLong(row::get).toArray();
  }

  @Test
  void collector_workedExample_everyCellAsComputedByHand() {
    ProcessingReport report = example().stream().collect(ProcessingReport.collector(MAY_2026));

    assertEquals(List.of("G01", "G02", "UNKNOWN"),
        report.rows().stream().map(ReportRow::group).collect(Collectors.toList()));
    assertEquals(Arrays.toString(G01), Arrays.toString(cells(report.rows().get(0))));
    assertEquals(Arrays.toString(G02), Arrays.toString(cells(report.rows().get(1))));
    assertEquals(Arrays.toString(UNKNOWN), Arrays.toString(cells(report.rows().get(2))));
    assertEquals(Arrays.toString(TOTAL), Arrays.toString(cells(report.total())));
    assertEquals(Optional.of("Đất đai"), report.rows().get(0).name());
    assertEquals(Optional.empty(), report.rows().get(2).name());
  }

  @Test
  void rates_workedExample_exactFractions() {
    ProcessingReport report = example().stream().collect(ProcessingReport.collector(MAY_2026));
    ReportRow total = report.total();

    assertEquals(Optional.of(Rate.of(3, 4)), total.earlyOrOnTimeRateOfResolved());
    // (early 1 + on time 2 + within 2) / (received 10 - withdrawn 1 - stopped 1)
    assertEquals(Optional.of(Rate.of(5, 8)), total.onTimeRateOfReceived());
    // online 3 of 8 new (carried over left out)
    assertEquals(Optional.of(Rate.of(3, 8)), total.onlineRateOfReceived());
    // (12 h + 40 h + 72 h) / 3; N has no working time
    assertEquals(Optional.of(Duration.ofMinutes(41 * 60 + 20)), total.averageWorkingTimeToResolve());
    assertEquals(Optional.of(Duration.ofHours(26)), report.rows().get(0).averageWorkingTimeToResolve());
    ReportRow unknown = report.rows().get(2);
    assertEquals(Optional.empty(), unknown.earlyOrOnTimeRateOfResolved());
    assertEquals(Optional.empty(), unknown.averageWorkingTimeToResolve());
  }

  @Test
  void warnings_workedExample_unknownGroupAndMissingWorkingTime() {
    ProcessingReport report = example().stream().collect(ProcessingReport.collector(MAY_2026));

    assertEquals(List.of(
            "UNKNOWN_GROUP: 1 dossier has no field code; counted in row UNKNOWN",
            "MISSING_WORKING_TIME: 1 resolved dossier has no working time; the average working time"
                + " leaves them out"),
        report.warnings().stream().map(ReportWarning::toString).collect(Collectors.toList()));
  }

  @Test
  void collector_byAgency_rowsPerAgency() {
    ProcessingReport report =
        example().stream().collect(ProcessingReport.collector(MAY_2026, ReportGrouping.BY_AGENCY));

    assertEquals(List.of("A1", "A2", "UNKNOWN"),
        report.rows().stream().map(ReportRow::group).collect(Collectors.toList()));
    assertEquals(Arrays.toString(G01), Arrays.toString(cells(report.rows().get(0))));
    assertEquals(Optional.of("Sở Tư pháp"), report.rows().get(1).name());
  }

  @Test
  void collector_conflictingNames_smallestShownWithWarning() {
    List<DossierFacts> facts = List.of(
        g01(ONLINE).field("G01", "Đất đai").refusedAt(at("2026-05-12T10:00")).build(),
        g01(ONLINE).field("G01", "Dat dai").refusedAt(at("2026-05-12T10:00")).build());

    ProcessingReport report = facts.stream().collect(ProcessingReport.collector(MAY_2026));

    assertEquals(Optional.of("Dat dai"), report.rows().get(0).name());
    assertEquals(List.of("GROUP_NAME_CONFLICT: Group G01 has more than one name, 'Dat dai' and 'Đất đai';"
            + " the report shows 'Dat dai'"),
        report.warnings().stream().map(ReportWarning::toString).collect(Collectors.toList()));
  }

  @Test
  void collector_noInput_onlyTotalRowOfZeros() {
    ProcessingReport report = List.<DossierFacts>of().stream().collect(ProcessingReport.collector(MAY_2026));

    assertEquals(List.of(), report.rows());
    assertEquals(0, report.total().get(ReportColumn.RECEIVED_TOTAL));
    assertEquals(Optional.empty(), report.total().onTimeRateOfReceived());
    assertEquals("group,received_total,received_online,received_counter_postal,carried_over,resolved_total,"
            + "resolved_early,resolved_on_time,resolved_late,in_progress_total,in_progress_within_deadline,"
            + "in_progress_overdue,withdrawn,stopped,refused\r\nTOTAL,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n",
        report.toCsv());
  }

  @Test
  void toCsv_workedExample_matchesGoldenFile() throws IOException {
    ProcessingReport report = example().stream().collect(ProcessingReport.collector(MAY_2026));

    assertEquals(golden("worked-example-2026-05.csv", report.toCsv()), report.toCsv());
  }

  @Test
  void toText_workedExample_matchesGoldenFile() throws IOException {
    ProcessingReport report = example().stream().collect(ProcessingReport.collector(MAY_2026));

    assertEquals(golden("worked-example-2026-05.txt", report.toText()), report.toText());
  }

  @Test
  void csvField_commaOrQuote_quotedPerRfc4180() {
    assertEquals("G01", ReportFormats.csvField("G01"));
    assertEquals("\"a,b\"", ReportFormats.csvField("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", ReportFormats.csvField("say \"hi\""));
  }

  @Test
  void merge_differentPeriods_throwsNamingBoth() {
    ReportAccumulator may = ReportAccumulator.of(MAY_2026, ReportGrouping.BY_FIELD);
    ReportAccumulator june = ReportAccumulator.of(ReportPeriod.parse("2026-06"), ReportGrouping.BY_FIELD);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> may.merge(june));
    assertEquals("Cannot merge the accumulator of 2026-06 BY_FIELD into that of 2026-05 BY_FIELD",
        e.getMessage());
  }

  /**
   * Reads a golden file; with {@code -Dmotcua.updateGolden=true} first rewrites it under
   * {@code src/test/resources} from {@code actual} (review the diff before committing).
   */
  static String golden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("motcua.updateGolden")) {
      Path path = Path.of("src/test/resources/dev/motcua/rules/report", name);
      Files.createDirectories(path.getParent());
      Files.writeString(path, actual, StandardCharsets.UTF_8);
    }
    return resource(name);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ProcessingReportTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
