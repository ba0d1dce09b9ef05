package dev.motcua.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.json.EventLogJson;
import dev.motcua.examples.ConfiguredRules;
import dev.motcua.examples.Golden;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.testing.SyntheticDossiers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Facts about the commands' output, checked independently of the golden transcripts. */
class MotcuaCommandTest {

  /**
   * The official 2026 schedule: weekdays off and make-up Saturdays. Sources: Government Office letter
   * 12729/VPCP-KGVX (2025-12-25) for New Year; Notice 9441/TB-BNV (2025-10-16) for Tết and National Day;
   * Labour Code 45/2019/QH14 Art 111(3) for 27/04; Politburo Resolution 80-NQ/TW and National Assembly
   * Resolution 28/2026/QH16 Art 2 for 24/11 (see shared/reference/vn-official-schedules.md).
   */
  private static final Map<String, Boolean> OFFICIAL_2026 = new LinkedHashMap<>();

  static {
    OFFICIAL_2026.put("2026-01-01", false); // Thu, New Year's Day
    OFFICIAL_2026.put("2026-01-02", false); // Fri, swapped, made up on Sat 10/01
    OFFICIAL_2026.put("2026-01-10", true);  // Sat, make-up working day
    OFFICIAL_2026.put("2026-02-16", false); // Mon, Tết
    OFFICIAL_2026.put("2026-02-17", false); // Tue, Tết (1st day of the 1st lunar month)
    OFFICIAL_2026.put("2026-02-18", false); // Wed, Tết
    OFFICIAL_2026.put("2026-02-19", false); // Thu, Tết
    OFFICIAL_2026.put("2026-02-20", false); // Fri, Tết
    OFFICIAL_2026.put("2026-04-27", false); // Mon, compensates Hùng Kings on Sun 26/04
    OFFICIAL_2026.put("2026-04-30", false); // Thu, Reunification Day
    OFFICIAL_2026.put("2026-05-01", false); // Fri, International Labour Day
    OFFICIAL_2026.put("2026-08-22", true);  // Sat, make-up working day for Mon 31/08
    OFFICIAL_2026.put("2026-08-31", false); // Mon, swapped
    OFFICIAL_2026.put("2026-09-01", false); // Tue, National Day (adjacent day)
    OFFICIAL_2026.put("2026-09-02", false); // Wed, National Day
    OFFICIAL_2026.put("2026-11-24", false); // Tue, Vietnamese Culture Day
  }

  @Test
  void daysOff_2026_matchesOfficialSchedule() {
    Cli.Run run = Cli.run("days-off", "2026", "--format", "csv");
    assertEquals(0, run.status(), run::transcript);
    List<String> lines = run.out().lines().toList();
    assertEquals("date,working,kind,name_vi,name_en,provenance,source", lines.get(0));
    Map<String, Boolean> actual = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 3);
      actual.put(f[0], Boolean.parseBoolean(f[1]));
    }
    assertEquals(OFFICIAL_2026, actual);
  }

  @Test
  void daysOff_csv_rfc4180() {
    Cli.Run run = Cli.run("days-off", "2026", "--format", "csv");
    assertTrue(run.out().endsWith("\r\n"), "CRLF line ends");
    // The name of the swapped day holds a comma, so it is quoted.
    assertTrue(run.out().contains("2026-01-02,false,SWAPPED,\"Nghỉ hoán đổi, làm bù thứ Bảy 10/01/2026\","), run.out());
    assertEquals("\"a \"\"b\"\", c\"", Csv.field("a \"b\", c"));
    assertEquals("plain", Csv.field("plain"));
  }

  static Stream<Arguments> data_due() {
    return Stream.of(
        // Fri 13/02 16:30 + 1 working day (convention civil-code): Tết 16–20/02 → Mon 23/02 at the close
        Arguments.of(new String[] {"--received", "2026-02-13T16:30", "--working-days", "1"},
            "2026-02-13T16:30+07:00", "2026-02-23T17:00+07:00"),
        // Same day, 15:05 after the cut-off → close of the next working day
        Arguments.of(new String[] {"--received", "2026-05-13T15:05", "--same-day"},
            "2026-05-13T15:05+07:00", "2026-05-14T17:00+07:00"),
        // Same day, 14:59 before the cut-off → close of that day
        Arguments.of(new String[] {"--received", "2026-05-13T14:59", "--same-day"},
            "2026-05-13T14:59+07:00", "2026-05-13T17:00+07:00"),
        // Lunch break 12:00 → official receipt 13:00; 2 working hours → 15:00
        Arguments.of(new String[] {"--received", "2026-05-13T12:00", "--working-hours", "2"},
            "2026-05-13T13:00+07:00", "2026-05-13T15:00+07:00"),
        // Fri 09/01 + 1 working day: Sat 10/01 is a make-up working day → Sat 10/01 17:00
        Arguments.of(new String[] {"--received", "2026-01-09T09:00", "--working-days", "1"},
            "2026-01-09T09:00+07:00", "2026-01-10T17:00+07:00"));
  }

  @ParameterizedTest
  @MethodSource("data_due")
  void due_workedByHand(String[] options, String official, String due) {
    String[] args = Stream.concat(Stream.of("due"), Stream.of(options)).toArray(String[]::new);
    Cli.Run run = Cli.run(args);
    assertEquals(0, run.status(), run::transcript);
    assertTrue(run.out().contains("Official receipt time:  " + official), run.out());
    assertTrue(run.out().contains("Due:                    " + due), run.out());
  }

  @Test
  void validate_stdin_sameAsFile() throws IOException {
    String log = Files.readString(Path.of("src/test/resources/logs/violations.json"), StandardCharsets.UTF_8);
    Cli.Run run = Cli.runWithInput(log, "validate", "-");
    Golden.assertMatches("cli/validate-stdin.txt", run.transcript());
    assertEquals(1, run.status());
    assertEquals(Cli.run("validate", "src/test/resources/logs/violations.json").out()
        .replace("src/test/resources/logs/violations.json", "standard input"), run.out());
  }

  @Test
  void validate_malformed_namesJsonPathAndNoStackTrace() {
    Cli.Run run = Cli.run("validate", "src/test/resources/logs/malformed.json");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("$.events[1]"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertEquals("", run.out());
  }

  @Test
  void validate_emptyInput_exit2() {
    Cli.Run run = Cli.runWithInput("  ", "validate", "-");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("$: empty input"), run.err());
  }

  @Test
  void version_namesProject() {
    Cli.Run run = Cli.run("--version");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("motcua 0."), run.out());
  }

  @Test
  void demo_doesNotDependOnDefaultZone() {
    // Surefire runs with America/Los_Angeles; the demo's times are in Asia/Ho_Chi_Minh regardless.
    Cli.Run run = Cli.run("demo");
    assertTrue(run.out().contains("Hẹn trả kết quả / Appointment   17:00 13/03/2026"), run.out());
  }

  @Test
  void report_synthetic_sameReportAsItsHistoriesInAFile(@TempDir Path dir) throws IOException {
    // The synthetic path exercises the dossiers-file path: the same histories give the same report.
    ReportPeriod period = ReportPeriod.parse("2026-05");
    ReportCommand.Arrivals arrivals = ReportCommand.arrivals(dev.motcua.examples.ConfiguredRules.regulation().calendar(), period, 300);
    SyntheticDossiers generator = SyntheticDossiers.of(ConfiguredRules.regulation(), 5, arrivals.firstDay())
        .withDossiersPerWorkingDay(arrivals.perWorkingDay());
    Path file = dir.resolve("dossiers.json");
    Files.writeString(file, generator.histories(300).map(h -> EventLogJson.standard().write(h))
        .collect(Collectors.joining(",", "[", "]")), StandardCharsets.UTF_8);
    Cli.Run synthetic = Cli.run("report", "--period", "2026-05", "--synthetic", "300", "--seed", "5", "--format", "csv");
    Cli.Run fromFile = Cli.run("report", "--period", "2026-05", file.toString(), "--format", "csv");
    assertEquals(0, synthetic.status(), synthetic::transcript);
    assertEquals(synthetic.out(), fromFile.out());
  }

  @Test
  void report_syncRecords_sameReportAsTheirEventLogs(@TempDir Path dir) throws IOException {
    ReportPeriod period = ReportPeriod.parse("2026-05");
    ReportCommand.Arrivals arrivals = ReportCommand.arrivals(ConfiguredRules.regulation().calendar(), period, 300);
    SyntheticDossiers generator = SyntheticDossiers.of(ConfiguredRules.regulation(), 7, arrivals.firstDay())
        .withDossiersPerWorkingDay(arrivals.perWorkingDay());
    Path events = dir.resolve("dossiers.json");
    Files.writeString(events, generator.histories(300).map(h -> EventLogJson.standard().write(h))
        .collect(Collectors.joining(",", "[", "]")), StandardCharsets.UTF_8);
    Cli.Run records = Cli.run("convert", "--to", "dvcqg", events.toString());
    assertEquals(0, records.status(), records::transcript);
    Path dvcqg = dir.resolve("records.json");
    Files.writeString(dvcqg, records.out(), StandardCharsets.UTF_8);
    Cli.Run fromEvents = Cli.run("report", "--period", "2026-05", events.toString(), "--format", "csv");
    Cli.Run fromRecords = Cli.run("report", "--period", "2026-05", dvcqg.toString(), "--input-format", "dvcqg",
        "--format", "csv");
    assertEquals(0, fromRecords.status(), fromRecords::transcript);
    assertTrue(fromEvents.out().lines().count() > 2, fromEvents::transcript);
    assertEquals(fromEvents.out(), fromRecords.out());
    Cli.Run table = Cli.run("report", "--period", "2026-05", dvcqg.toString(), "--input-format", "DVCQG");
    assertTrue(table.out().startsWith("Dossiers: " + dvcqg + ", 300 dossier records\n"), table::transcript);
    // read as event logs, the records say which option reads them
    Cli.Run asEvents = Cli.run("report", "--period", "2026-05", dvcqg.toString());
    assertEquals(MotcuaCommand.EXIT_USAGE, asEvents.status(), asEvents::transcript);
    assertTrue(asEvents.err().contains("$[0].MaHoSo: expected \"formatVersion\" as the first field; these look like"
        + " the national portal's sync records: read them with --input-format dvcqg"), asEvents::transcript);
    Cli.Run misplaced = Cli.run("report", "--period", "2026-05", events.toString(), "--lenient-sync");
    assertEquals(MotcuaCommand.EXIT_USAGE, misplaced.status(), misplaced::transcript);
    assertTrue(misplaced.err().contains("--lenient-sync applies to --input-format dvcqg only"), misplaced::transcript);
  }

  @Test
  void report_synthetic_arrivalsStartBeforeThePeriod() {
    // 15 working days before Wed 15/04/2026, with no day off in between (2026's Hùng Kings compensatory day
    // is Mon 27/04, inside the period): three weeks back, Wed 25/03.
    ReportCommand.Arrivals arrivals = ReportCommand.arrivals(dev.motcua.examples.ConfiguredRules.regulation().calendar(), ReportPeriod.parse("2026-05"), 2000);
    assertEquals(LocalDate.of(2026, 3, 25), arrivals.firstDay());
    Cli.Run run = Cli.run("report", "--period", "2026-05", "--synthetic", "2000", "--seed", "42", "--format", "csv");
    String total = run.out().lines().filter(l -> l.startsWith("TOTAL,")).findFirst().orElseThrow();
    assertEquals("carried_over", run.out().lines().findFirst().orElseThrow().split(",")[4]);
    assertTrue(Long.parseLong(total.split(",")[4]) > 0, total);
  }

  @Test
  void validate_hostileInputs_oneLineUsageErrorExit2() throws IOException {
    // Text after the log, a directory, an endless input: exit 2, one line naming what is wrong, no
    // exception class name (the input is streamed, so /dev/zero fails at its first byte, not at the heap).
    String log = Files.readString(Path.of("src/test/resources/logs/valid.json"), StandardCharsets.UTF_8);
    Cli.Run trailing = Cli.runWithInput(log + " trailing", "validate", "-");
    Cli.Run directory = Cli.run("validate", "src");
    Cli.Run array = Cli.runWithInput("[" + log + "] []", "validate", "-");
    for (Cli.Run r : List.of(trailing, directory, array)) {
      assertEquals(MotcuaCommand.EXIT_USAGE, r.status(), r::transcript);
      assertEquals(1, r.err().lines().count(), r::transcript);
      assertTrue(!r.err().contains("Exception") && !r.err().contains("java."), r::transcript);
    }
    assertTrue(trailing.err().contains("'trailing'"), trailing::transcript);
    assertTrue(directory.err().contains("src: it is a directory"), directory::transcript);
    if (Files.isReadable(Path.of("/dev/zero"))) {
      Cli.Run endless = Cli.run("validate", "/dev/zero");
      assertEquals(MotcuaCommand.EXIT_USAGE, endless.status(), endless::transcript);
      assertTrue(endless.err().contains("not well-formed JSON"), endless::transcript);
      assertEquals(1, endless.err().lines().count(), endless::transcript);
    }
  }

  private static final String CONFIG = "src/test/resources/config/";

  private static String file(String name) {
    try {
      return Files.readString(Path.of(CONFIG + name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A JSON array of {@code n} synthetic event logs, with about every 7th history cut short (invalid). */
  static String syntheticArray(long seed, int n) {
    return syntheticArray(seed, n, true);
  }

  static String syntheticArray(long seed, int n, boolean cut) {
    List<String> logs = SyntheticDossiers.of(ConfiguredRules.regulation(), seed, LocalDate.of(2026, 3, 2))
        .withDossiersPerWorkingDay(50).histories(n)
        .map(h -> EventLogJson.standard().write(cut && h.hashCode() % 7 == 0 ? h.subList(1, h.size()) : h))
        .collect(Collectors.toList());
    return "[" + String.join(",\n", logs) + "]";
  }

  @Test
  void validate_twoThreads_sameOutputInInputOrder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("logs.json");
    Files.writeString(file, syntheticArray(11, 400), StandardCharsets.UTF_8);
    for (String format : List.of("text", "json")) {
      Cli.Run one = Cli.run("validate", file.toString(), "--jobs", "1", "--format", format);
      Cli.Run two = Cli.run("validate", file.toString(), "--jobs", "2", "--format", format);
      Cli.Run all = Cli.run("validate", file.toString(), "--format", format);
      assertEquals(1, one.status(), one::transcript);
      assertEquals(one.out(), two.out());
      assertEquals(one.out(), all.out());
    }
    assertTrue(Cli.run("validate", file.toString(), "--jobs", "1").out().contains("Log 400: "));
  }

  @Test
  void convert_eventsToRecordsToEvents_sameVerdicts(@TempDir Path dir) throws IOException {
    Path events = dir.resolve("logs.json");
    Files.writeString(events, syntheticArray(5, 200, false), StandardCharsets.UTF_8);
    Cli.Run records = Cli.run("convert", "--to", "dvcqg", events.toString());
    assertEquals(0, records.status(), records::transcript);
    Path dvcqg = dir.resolve("records.json");
    Files.writeString(dvcqg, records.out(), StandardCharsets.UTF_8);
    Cli.Run back = Cli.run("convert", "--to", "events", dvcqg.toString());
    assertEquals(0, back.status(), back::transcript);
    Path events2 = dir.resolve("logs2.json");
    Files.writeString(events2, back.out(), StandardCharsets.UTF_8);
    // Histories with a reschedule or a return at intake lose those events (warned on stderr); verdicts of the
    // rest are the same: compare the validation of records with the validation of events read back.
    Cli.Run viaRecords = Cli.run("validate", "--input-format", "dvcqg", dvcqg.toString(), "--format", "json");
    Cli.Run viaEvents = Cli.run("validate", events2.toString(), "--format", "json");
    assertEquals(viaRecords.status(), viaEvents.status());
    // Read from records, every log has its (here empty) sync warnings; read from events, none.
    String recordsOut = viaRecords.out().replace(dvcqg.toString(), "X");
    assertTrue(recordsOut.contains("\"syncWarnings\" : [ ]"), recordsOut);
    assertEquals(recordsOut.replaceAll(",\\s*\"syncWarnings\" : \\[ \\]", ""),
        viaEvents.out().replace(events2.toString(), "X"));
  }

  @Test
  void validate_errorInThirdLogOfArray_namesItsPathAfterTheFirstResults(@TempDir Path dir) throws IOException {
    String log = Files.readString(Path.of("src/test/resources/logs/valid.json"), StandardCharsets.UTF_8);
    String bad = log.replace("\"2026-02-13T14:00:00+07:00\"", "\"yesterday\"");
    Path file = dir.resolve("logs.json");
    Files.writeString(file, "[" + log + "," + log + "," + bad + "," + log + "]", StandardCharsets.UTF_8);
    for (String jobs : List.of("1", "2")) {
      Cli.Run run = Cli.run("validate", file.toString(), "--jobs", jobs);
      assertEquals(MotcuaCommand.EXIT_USAGE, run.status(), run::transcript);
      assertEquals(1, run.err().lines().count(), run::transcript);
      assertTrue(run.err().contains("$[2].events[1].at"), run::transcript);
      // the value is quoted as for a single log
      assertTrue(run.err().contains(", was \"yesterday\""), run::transcript);
      // the two logs before it were validated and printed, in order; nothing after it
      assertTrue(run.out().contains("Log 2: ") && !run.out().contains("Log 3: "), run::transcript);
    }
  }

  @Test
  void validate_limitExceededInThirdLogOfArray_namesItsPathAndLine(@TempDir Path dir) throws IOException {
    String log = Files.readString(Path.of("src/test/resources/logs/valid.json"), StandardCharsets.UTF_8);
    // Jackson's limit errors carry no place: the path was "$" and there was no line, on both paths of the reader
    String bad = log.replaceFirst("\"type\"", "\"x\" : " + "7".repeat(1_500) + ", \"type\"");
    Path file = dir.resolve("logs.json");
    Files.writeString(file, "[" + log + "," + log + "," + bad + "]", StandardCharsets.UTF_8);
    for (String jobs : List.of("1", "2")) {
      Cli.Run run = Cli.run("validate", file.toString(), "--jobs", jobs);
      assertEquals(MotcuaCommand.EXIT_USAGE, run.status(), run::transcript);
      assertEquals(1, run.err().lines().count(), run::transcript);
      assertTrue(run.err().contains("$[2].events[0].x: not well-formed JSON: Number value length (1500) exceeds the maximum"
          + " allowed (1000) (line "), run::transcript);
    }
  }

  @Test
  void validate_proceduresFromStandardInput_csvOrJsonByContent() {
    for (String catalogue : List.of("procedures.csv", "procedures.json")) {
      Cli.Run run = Cli.runWithInput(file(catalogue), "validate", CONFIG + "log-1.004227.json", "--procedures", "-",
          "--format", "json");
      assertEquals(0, run.status(), run::transcript);
      assertTrue(run.out().contains("\"rules\" : \"Decree 61/2018/NĐ-CP rules (Decree 118/2025/NĐ-CP from 1/7/2025),"
          + " civil-service calendar, 2 procedures from standard input\""), run::transcript);
      assertTrue(run.out().contains("\"due\" : \"2026-03-18T17:00:00+07:00\""), run::transcript);
    }
  }

  @Test
  void validateAndReport_logFromStandardInput_withProceduresFile() {
    Cli.Run validate = Cli.runWithInput(file("log-1.004227.json"), "validate", "-", "--procedures",
        CONFIG + "procedures.csv");
    assertEquals(0, validate.status(), validate::transcript);
    assertTrue(validate.out().startsWith("Input: standard input\n"), validate::transcript);
    assertTrue(validate.out().endsWith("Result: valid, 1 event log\n"), validate::transcript);
    Cli.Run report = Cli.runWithInput(file("log-1.004227.json"), "report", "--period", "2026-03", "-",
        "--procedures", CONFIG + "procedures.json");
    assertEquals(0, report.status(), report::transcript);
    assertTrue(report.out().contains("Dossiers: standard input, 1 event log"), report::transcript);
    assertTrue(report.out().contains("G12 Xây dựng |       1 |"), report::transcript);
  }

  @Test
  void daysOffAndDue_calendarFromStandardInput() {
    Cli.Run daysOff = Cli.runWithInput(file("calendar-additions-2026.json"), "days-off", "2026", "--format", "csv",
        "--calendar", "-");
    assertEquals(0, daysOff.status(), daysOff::transcript);
    assertTrue(daysOff.out().contains("2026-03-09,false,CLOSURE,"), daysOff::transcript);
    assertTrue(daysOff.out().contains("2026-03-14,true,MAKE_UP,"), daysOff::transcript);
    // the official Tết 2026 stays (Notice 9441/TB-BNV)
    assertTrue(daysOff.out().contains("2026-02-16,false,HOLIDAY,"), daysOff::transcript);
    Cli.Run due = Cli.runWithInput(file("settings.json"), "due", "--received", "2026-02-13T10:00", "--procedure",
        "XD-001", "--settings", "-");
    assertEquals(0, due.status(), due::transcript);
    assertTrue(due.out().contains("example catalogue (made-up codes; give --procedures FILE for your own)"),
        due::transcript);
  }

  @Test
  void due_settingsConvention_appliesWithoutConventionOption() {
    String settings = "{\"format\":\"motcua-settings/1\",\"all\":{\"convention\":\"EIGHT_HOURS_PER_DAY\"}}";
    // 1 working day as 8 working hours from Fri 13/02/2026 16:30, Tết 16–20/02 skipped → Mon 23/02 16:30
    Cli.Run run = Cli.runWithInput(settings, "due", "--received", "2026-02-13T16:30", "--working-days", "1",
        "--settings", "-");
    assertEquals(0, run.status(), run::transcript);
    assertTrue(run.out().contains("Due:                    2026-02-23T16:30+07:00 (Mon)"), run::transcript);
  }

  @Test
  void due_procedureNameWithALineBreak_headingStaysOneLine() {
    String csv = "code,name,field_code,field_name,agency_code,agency_name,time_unit,time_amount,saturday_reception\r\n"
        + "1.1,\"Cấp giấy phép\nxây dựng\",G12,Xây dựng,000.01.15.H05,Sở Xây dựng,WORKING_DAYS,3,false\r\n";
    Cli.Run run = Cli.runWithInput(csv, "due", "--received", "2026-02-13T08:00", "--procedure", "1.1",
        "--procedures", "-");
    assertEquals(0, run.status(), run::transcript);
    assertTrue(run.out().contains("Procedure:              1.1 Cấp giấy phép\\u000axây dựng\n"), run::transcript);
  }

  /** A standard output that takes {@code room} bytes, then fails as a full disk or a closed pipe does. */
  private static OutputStream failingAfter(int room, String reason) {
    return new OutputStream() {
      int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > room) {
          throw new IOException(reason);
        }
      }
    };
  }

  @Test
  void output_cannotBeWritten_exit2NamingIt_butAClosedPipeIsNoError() {
    for (String[] args : List.of(new String[] {"validate", "src/test/resources/logs/valid.json"},
        new String[] {"report", "--synthetic", "200", "--period", "2026-05", "--format", "csv"},
        new String[] {"days-off", "2026"})) {
      // the disk fills after 100 bytes: the run used to end with exit 0 and a truncated output
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = MotcuaCommand.run(args, InputStream.nullInputStream(), failingAfter(100, "No space left on device"),
          err);
      String message = err.toString(StandardCharsets.UTF_8);
      assertEquals(MotcuaCommand.EXIT_USAGE, status, message);
      assertEquals("motcua " + args[0] + ": cannot write standard output: No space left on device; the output is"
          + " incomplete\n", message);
      // a reader that stops early (| head): nothing said; the command's own status when it had done its work
      // before writing, 2 for validate, which stops there without validating the rest
      ByteArrayOutputStream quiet = new ByteArrayOutputStream();
      assertEquals(args[0].equals("validate") ? MotcuaCommand.EXIT_USAGE : 0,
          MotcuaCommand.run(args, InputStream.nullInputStream(), failingAfter(100, "Broken pipe"), quiet));
      assertEquals("", quiet.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void validateAndConvert_outputClosed_stopReadingTheInput() throws IOException {
    // `motcua validate big.json | head` validated all of a 1 GB input (80 s) for a reader that had gone
    String log = Files.readString(Path.of("src/test/resources/logs/valid.json"), StandardCharsets.UTF_8).strip();
    byte[] input = ("[" + String.join(",", java.util.Collections.nCopies(5_000, log)) + "]")
        .getBytes(StandardCharsets.UTF_8);
    long[] read = {0};
    InputStream counting = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(input)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        read[0] += Math.max(0, n);
        return n;
      }
    };
    for (String[] args : List.of(new String[] {"validate", "-", "--jobs", "1"},
        new String[] {"validate", "-", "--jobs", "2"}, new String[] {"convert", "--to", "dvcqg", "-"})) {
      read[0] = 0;
      counting.reset();
      ByteArrayOutputStream quiet = new ByteArrayOutputStream();
      int status = MotcuaCommand.run(args, counting, failingAfter(2_000, "Broken pipe"), quiet);
      assertEquals(MotcuaCommand.EXIT_USAGE, status);
      assertEquals("", quiet.toString(StandardCharsets.UTF_8));
      assertTrue(read[0] < input.length / 4, read[0] + " of " + input.length + " bytes read");
    }
  }

  @Test
  void standardInputClosedAtLaunch_seenByDescriptor0NamingAJvmFile() {
    // `motcua validate - <&-` on Linux: descriptor 0 went to the JVM's module image, and reading it crashed the JVM
    Path home = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    assertTrue(MotcuaCommand.isJvmFile(home.resolve("lib/modules"), home));
    assertFalse(MotcuaCommand.isJvmFile(Path.of("pipe:[140802]"), home));
    assertFalse(MotcuaCommand.isJvmFile(Path.of("/dev/null"), home));
    assertFalse(MotcuaCommand.isJvmFile(Path.of("/home/user/logs.json"), home));
    assertFalse(MotcuaCommand.isJvmFile(home.resolve("../other/lib/modules"), home));
  }

  @Test
  void progressRecordsOfNoDossier_warnedOnStandardError_namingTheirCodes(@TempDir Path dir) throws IOException {
    // they were dropped without a word: a progress file of another batch looked like dossiers with no progress
    String progress = Files.readString(Path.of("src/test/resources/logs/dvcqg-progress.json"), StandardCharsets.UTF_8)
        .strip();
    Path extra = dir.resolve("progress.json");
    Files.writeString(extra, progress.substring(0, progress.length() - 1) + ",{\"MaHoSo\":\"000.00.15.H05-260301-0009\","
        + "\"TrangThai\":\"4\",\"ThoiDiemXuLy\":\"20260301090000\"}]", StandardCharsets.UTF_8);
    String records = "src/test/resources/logs/dvcqg-dossiers.json";
    Cli.Run all = Cli.run("validate", "--input-format", "dvcqg", records, "--progress",
        "src/test/resources/logs/dvcqg-progress.json");
    Cli.Run some = Cli.run("validate", "--input-format", "dvcqg", records, "--progress", extra.toString());
    assertEquals(all.status(), some.status(), some::transcript);
    assertEquals(all.out(), some.out());
    assertEquals("", all.err(), all::transcript);
    assertEquals("motcua validate: warning: the progress records of 1 dossier in --progress " + extra + " match no"
        + " dossier record of " + records + " and were not used: \"000.00.15.H05-260301-0009\"\n", some.err());
    Cli.Run report = Cli.run("report", "--period", "2026", "--input-format", "dvcqg", records, "--progress",
        extra.toString());
    assertTrue(report.err().startsWith("motcua report: warning: the progress records of 1 dossier"), report::transcript);
  }

  @Test
  void evaluateByOfficer_nameWithALineBreak_tableRowStaysOneLine_csvKeepsItQuoted(@TempDir Path dir)
      throws IOException {
    String log = Files.readString(Path.of("src/test/resources/logs/valid.json"), StandardCharsets.UTF_8)
        .replace("\"name\" : \"Lê Văn C\"", "\"name\" : \"Lê\\nVăn C\"");
    Path file = dir.resolve("log.json");
    Files.writeString(file, log, StandardCharsets.UTF_8);
    Cli.Run table = Cli.run("evaluate", file.toString(), "--period", "2026", "--by", "officer");
    assertEquals(0, table.status(), table::transcript);
    assertTrue(table.out().contains("cb-107 Lê\\u000aVăn C |"), table::transcript);
    assertFalse(table.out().lines().anyMatch(l -> l.startsWith("Văn C")), table::transcript);
    Cli.Run csv = Cli.run("evaluate", file.toString(), "--period", "2026", "--by", "officer", "--format", "csv");
    assertTrue(csv.out().contains("cb-107,\"Lê\nVăn C\","), csv::transcript);
  }

  @Test
  void outsideTheCalendarsRange_namesTheOptionNotTheLibrarysParameter() {
    // the library's messages name its parameters (receivedAt, endExclusive); the command line names its options
    Cli.Run before = Cli.run("due", "--received", "1989-12-30T08:00", "--working-days", "3");
    assertEquals(MotcuaCommand.EXIT_USAGE, before.status(), before::transcript);
    assertEquals("motcua due: --received 1989-12-30T08:00: outside the calendar's supported range"
        + " 1990-01-01..2100-12-31", before.err().strip());
    Cli.Run due = Cli.run("due", "--received", "2100-12-31T08:00", "--calendar-days", "30");
    assertEquals(MotcuaCommand.EXIT_USAGE, due.status(), due::transcript);
    assertEquals("motcua due: --received 2100-12-31T08:00: the due date-time after 30 calendar days is outside the"
        + " calendar's supported range 1990-01-01..2100-12-31", due.err().strip());
    Cli.Run report = Cli.run("report", "--synthetic", "100", "--period", "2101-q1");
    assertEquals(MotcuaCommand.EXIT_USAGE, report.status(), report::transcript);
    assertEquals("motcua report: --period 2101-Q1: the synthetic arrivals fall outside the calendar's supported"
        + " range 1990-01-01..2100-12-31", report.err().strip());
    for (Cli.Run run : List.of(before, due, report)) {
      assertFalse(run.err().matches("(?s).*(ReceivedAt|EndExclusive|StartInclusive|\\(date\\)).*"), run::transcript);
    }
  }

  @Test
  void validate_malformedSettingsFromStandardInput_namesOptionPathAndLine() {
    Cli.Run run = Cli.runWithInput("{\"format\":\"motcua-settings/1\",\n\"all\":{\"maxRescheduls\":1}}",
        "validate", "src/test/resources/logs/valid.json", "--settings", "-");
    assertEquals(2, run.status(), run::transcript);
    assertEquals(1, run.err().lines().count(), run::transcript);
    assertTrue(run.err().startsWith("motcua validate: --settings standard input: $.all.maxRescheduls: unknown setting"),
        run::transcript);
    assertTrue(run.err().contains("(line 2, column 24)"), run::transcript);
  }

  @Test
  void convert_historyWithoutFiling_exit2NamingTheLog(@TempDir Path dir) throws IOException {
    Path events = dir.resolve("logs.json");
    Files.writeString(events, "[{\"formatVersion\":1,\"events\":[]}]", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("convert", "--to", "dvcqg", events.toString());
    assertEquals(MotcuaCommand.EXIT_USAGE, run.status(), run::transcript);
    assertTrue(run.err().contains("cannot convert log 1"), run::transcript);
  }

  @Test
  void convert_failingLog_leavesNoWellFormedArrayBehind(@TempDir Path dir) throws IOException {
    String log = Files.readString(Path.of("src/test/resources/logs/valid.json"), StandardCharsets.UTF_8);
    String bad = log.replace("\"2026-02-13T14:00:00+07:00\"", "\"yesterday\"");
    Path events = dir.resolve("logs.json");
    Files.writeString(events, "[" + log + "," + bad + "]", StandardCharsets.UTF_8);
    for (String to : List.of("dvcqg", "events")) {
      Path input = events;
      if (to.equals("events")) {
        input = dir.resolve("records.json");
        Files.writeString(input, "[" + Cli.run("convert", "--to", "dvcqg", "src/test/resources/logs/valid.json").out()
            .strip().replaceAll("^\\[|\\]$", "") + ",{\"MaHoSo\":\"X\"}]", StandardCharsets.UTF_8);
      }
      Cli.Run run = Cli.run("convert", "--to", to, input.toString());
      assertEquals(MotcuaCommand.EXIT_USAGE, run.status(), run::transcript);
      assertEquals(1, run.err().lines().count(), run::transcript);
      // whatever was written before the failure is not a complete JSON array
      assertTrue(!run.out().strip().endsWith("]"), run::transcript);
    }
  }

  @Test
  void validate_unboundedValueInOption_oneBoundedLine() {
    Cli.Run run = Cli.run("report", "--period", "2026-\n" + "9".repeat(5_000_000), "--synthetic", "5");
    assertEquals(MotcuaCommand.EXIT_USAGE, run.status(), run::transcript);
    String first = run.err().lines().findFirst().orElseThrow();
    assertTrue(first.length() < 400, first);
    assertTrue(first.contains("--period") && first.contains("\\u000a"), first);
  }

  @Test
  void configurationFromDevZero_oneLineExit2ForEveryCommand() {
    // A configuration file is read whole, within 64 MB: /dev/zero ends in one line, never OutOfMemoryError.
    for (String[] args : List.of(
        new String[] {"validate", "src/test/resources/logs/valid.json", "--procedures", "/dev/zero"},
        new String[] {"evaluate", "--period", "2026", "src/test/resources/logs/valid.json", "--settings", "/dev/zero"},
        new String[] {"form", "receipt", "src/test/resources/logs/valid.json", "--calendar", "/dev/zero"})) {
      Cli.Run run = Cli.run(args);
      assertEquals(MotcuaCommand.EXIT_USAGE, run.status(), run::transcript);
      assertEquals(1, run.err().lines().count(), run::transcript);
      assertTrue(run.err().contains("/dev/zero: larger than 64 MB"), run::transcript);
    }
  }
}
