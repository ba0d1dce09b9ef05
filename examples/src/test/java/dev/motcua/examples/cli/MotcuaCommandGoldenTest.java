package dev.motcua.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.motcua.examples.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's standard output, standard error and exit status against a golden transcript under
 * {@code golden/cli/}. Regenerate with {@code -Dmotcua.updateGolden=true} (see {@link Golden}).
 */
class MotcuaCommandGoldenTest {

  private static final String LOGS = "src/test/resources/logs/";
  private static final String REPORTS = "src/test/resources/reports/";
  private static final String CONFIG = "src/test/resources/config/";

  static Stream<Arguments> data_commands() {
    return Stream.of(
        // Help and usage
        Arguments.of("help", 0, new String[] {"--help"}),
        Arguments.of("no-command", 2, new String[] {}),
        Arguments.of("unknown-command", 2, new String[] {"day-off", "2026"}),
        Arguments.of("days-off-help", 0, new String[] {"days-off", "--help"}),
        Arguments.of("due-help", 0, new String[] {"due", "--help"}),
        Arguments.of("report-help", 0, new String[] {"report", "--help"}),
        Arguments.of("validate-help", 0, new String[] {"validate", "--help"}),
        Arguments.of("demo-help", 0, new String[] {"demo", "--help"}),

        // days-off: the official 2026 schedule (Notice 9441/TB-BNV; letter 12729/VPCP-KGVX), a projected year
        Arguments.of("days-off-2026", 0, new String[] {"days-off", "2026"}),
        Arguments.of("days-off-2026-csv", 0, new String[] {"days-off", "2026", "--format", "csv"}),
        Arguments.of("days-off-2026-json", 0, new String[] {"days-off", "2026", "--format", "json"}),
        Arguments.of("days-off-2027-projected", 0, new String[] {"days-off", "2027"}),
        Arguments.of("days-off-out-of-range", 2, new String[] {"days-off", "1989"}),
        Arguments.of("days-off-not-a-year", 2, new String[] {"days-off", "abc"}),
        Arguments.of("days-off-bad-format", 2, new String[] {"days-off", "2026", "--format", "xml"}),
        Arguments.of("days-off-missing-year", 2, new String[] {"days-off"}),

        // due: worked by hand. Fri 13/02 16:30 + 1 working day: Tết 16–20/02 skipped → Mon 23/02 17:00
        Arguments.of("due-tet-1-working-day", 0,
            new String[] {"due", "--received", "2026-02-13T16:30", "--working-days", "1"}),
        // eight-hours-per-day: 8 working hours from 16:30 Fri → 16:30 Mon 23/02
        Arguments.of("due-tet-eight-hours-per-day", 0, new String[] {
            "due", "--received", "2026-02-13T16:30", "--working-days", "1", "--convention", "eight-hours-per-day"}),
        // the deprecated letter B: the same as eight-hours-per-day
        Arguments.of("due-tet-convention-alias-b", 0,
            new String[] {"due", "--received", "2026-02-13T16:30", "--working-days", "1", "--convention", "B"}),
        // Same day, received 15:05 Wed 13/05 (after the 15:00 cut-off) → close of Thu 14/05
        Arguments.of("due-same-day-after-cutoff", 0,
            new String[] {"due", "--received", "2026-05-13T15:05", "--same-day"}),
        // Same day, received 15:05 Fri 13/02 → close of the next working day, Mon 23/02 after Tết
        Arguments.of("due-same-day-before-tet", 0,
            new String[] {"due", "--received", "2026-02-13T15:05", "--same-day"}),
        // Saturday reception Sat 14/02 08:00 counts from Mon 23/02 07:00; 3 working days → Thu 26/02 17:00
        Arguments.of("due-saturday-reception", 0, new String[] {
            "due", "--received", "2026-02-14T08:00", "--working-days", "3", "--saturday-reception"}),
        // Not a Saturday-reception procedure: the centre is closed; 4 working hours from Mon 07:00 → 11:00
        Arguments.of("due-saturday-closed-hours", 0,
            new String[] {"due", "--received", "2026-02-14T08:00", "--working-hours", "4"}),
        // 3 calendar days from Fri 24/04: Mon 27/04 is the compensatory day for Hùng Kings → Tue 28/04 17:00
        Arguments.of("due-calendar-days-hung-kings", 0,
            new String[] {"due", "--received", "2026-04-24T16:00", "--calendar-days", "3"}),
        Arguments.of("due-bad-received", 2, new String[] {"due", "--received", "2026-02-13", "--same-day"}),
        Arguments.of("due-no-period", 2, new String[] {"due", "--received", "2026-02-13T10:00"}),
        Arguments.of("due-two-periods", 2,
            new String[] {"due", "--received", "2026-02-13T10:00", "--same-day", "--working-days", "2"}),
        Arguments.of("due-zero-days", 2,
            new String[] {"due", "--received", "2026-02-13T10:00", "--working-days", "0"}),
        Arguments.of("due-convention-without-working-days", 2,
            new String[] {"due", "--received", "2026-02-13T10:00", "--same-day", "--convention", "civil-code"}),
        Arguments.of("due-bad-convention", 2, new String[] {
            "due", "--received", "2026-02-13T10:00", "--working-days", "2", "--convention", "civil"}),
        Arguments.of("due-out-of-range", 2,
            new String[] {"due", "--received", "2100-12-30T10:00", "--working-days", "5"}),

        // report
        Arguments.of("report-synthetic", 0,
            new String[] {"report", "--period", "2026-05", "--synthetic", "2000", "--seed", "42"}),
        Arguments.of("report-synthetic-csv-by-agency", 0, new String[] {
            "report", "--period", "2026-Q2", "--synthetic", "2000", "--seed", "42", "--by", "agency", "--format",
            "csv"}),
        Arguments.of("report-synthetic-json", 0, new String[] {
            "report", "--period", "2026-05", "--synthetic", "500", "--seed", "7", "--format", "json"}),
        // Nine histories of May 2026 (15/04–14/05): one carried over from April and resolved on its due day,
        // one early (online), one in progress within its deadline, one late, one restarted after a supplement,
        // one overdue after an apology, one withdrawn, one refused at intake, one invalid (a second supplement
        // request by the same agency: not counted, INVALID_HISTORY warning)
        Arguments.of("report-dossiers", 0,
            new String[] {"report", "--period", "2026-05", REPORTS + "dossiers-2026-05.json"}),
        Arguments.of("report-dossiers-csv", 0, new String[] {
            "report", "--period", "2026-05", REPORTS + "dossiers-2026-05.json", "--format", "csv"}),
        Arguments.of("report-period-lower-case", 0,
            new String[] {"report", "--period", "2026-q2", "--synthetic", "50", "--seed", "7", "--format", "csv"}),
        Arguments.of("report-too-many-synthetic", 2,
            new String[] {"report", "--period", "2026-05", "--synthetic", "100000001"}),
        Arguments.of("report-bad-period", 2, new String[] {"report", "--period", "2026-13", "--synthetic", "5"}),
        Arguments.of("report-no-input", 2, new String[] {"report", "--period", "2026-05"}),
        Arguments.of("report-two-inputs", 2,
            new String[] {"report", "--period", "2026-05", LOGS + "array.json", "--synthetic", "5"}),

        // validate: exit 0 valid, 1 violations, 2 unreadable
        Arguments.of("validate-valid", 0, new String[] {"validate", LOGS + "valid.json"}),
        Arguments.of("form-help", 0, new String[] {"form", "--help"}),
        Arguments.of("form-receipt-html", 0, new String[] {"form", "receipt", LOGS + "valid.json"}),
        Arguments.of("form-stop-not-stopped", 2, new String[] {"form", "stop", LOGS + "valid.json"}),
        // a form from the national portal's sync record, progress given apart, as validate reads them
        Arguments.of("form-receipt-dvcqg", 0, new String[] {"form", "receipt", "--input-format", "dvcqg",
            LOGS + "dvcqg-dossiers.json", "--progress", LOGS + "dvcqg-progress.json"}),
        Arguments.of("form-receipt-dvcqg-several-records", 2,
            new String[] {"form", "receipt", "--input-format", "dvcqg", LOGS + "dvcqg-rewrites.json"}),
        Arguments.of("form-progress-without-dvcqg", 2,
            new String[] {"form", "receipt", "--progress", LOGS + "dvcqg-progress.json", LOGS + "valid.json"}),
        Arguments.of("validate-violations", 1, new String[] {"validate", LOGS + "violations.json"}),
        Arguments.of("validate-violations-json", 1,
            new String[] {"validate", LOGS + "violations.json", "--format", "json"}),
        Arguments.of("validate-array", 1, new String[] {"validate", LOGS + "array.json"}),
        Arguments.of("validate-malformed", 2, new String[] {"validate", LOGS + "malformed.json"}),
        Arguments.of("validate-bad-instant", 2, new String[] {"validate", LOGS + "bad-instant.json"}),
        Arguments.of("validate-missing-file", 2, new String[] {"validate", LOGS + "no-such-file.json"}),

        // host configuration: a real procedure code (1.004227, construction permit, 15 working days) is unknown to
        // the examples' catalogue and known to the host's, in JSON or CSV
        Arguments.of("validate-example-catalogue-unknown-procedure", 1,
            new String[] {"validate", CONFIG + "log-1.004227.json"}),
        Arguments.of("validate-procedures-json", 0,
            new String[] {"validate", CONFIG + "log-1.004227.json", "--procedures", CONFIG + "procedures.json"}),
        Arguments.of("validate-procedures-csv-json", 0, new String[] {
            "validate", CONFIG + "log-1.004227.json", "--procedures", CONFIG + "procedures.csv", "--format", "json"}),
        Arguments.of("validate-procedures-bad-unit", 2,
            new String[] {"validate", CONFIG + "log-1.004227.json", "--procedures", CONFIG + "procedures-bad-unit.csv"}),
        Arguments.of("validate-procedures-missing-file", 2,
            new String[] {"validate", LOGS + "valid.json", "--procedures", CONFIG + "no-such-file.csv"}),
        Arguments.of("validate-stdin-twice", 2, new String[] {"validate", "-", "--procedures", "-"}),
        // evaluate and form read the same configuration files (one mixin): the host's 1.004227 is known.
        Arguments.of("evaluate-procedures-csv", 0, new String[] {
            "evaluate", "--period", "2026-02", CONFIG + "log-1.004227.json", "--procedures", CONFIG + "procedures.csv"}),
        Arguments.of("form-receipt-procedures-json", 0, new String[] {
            "form", "receipt", CONFIG + "log-1.004227.json", "--procedures", CONFIG + "procedures.json"}),
        Arguments.of("form-receipt-example-catalogue", 2, new String[] {
            "form", "receipt", CONFIG + "log-1.004227.json"}),
        // settings: TRANSFER_LATE disabled for every instrument
        Arguments.of("validate-violations-settings", 1,
            new String[] {"validate", LOGS + "violations.json", "--settings", CONFIG + "settings.json"}),
        Arguments.of("validate-settings-out-of-range", 2,
            new String[] {"validate", LOGS + "valid.json", "--settings", CONFIG + "settings-bad.json"}),
        // calendar additions: an example provincial day off Mon 09/03/2026 and make-up Sat 14/03/2026 on top of
        // the official 2026 schedule; Tết 16–20/02 (Notice 9441/TB-BNV) stays
        Arguments.of("days-off-2026-additions", 0,
            new String[] {"days-off", "2026", "--calendar", CONFIG + "calendar-additions-2026.json"}),
        // Fri 06/03 10:00 + 1 working day: Mon 09/03 is off → Tue 10/03 17:00
        Arguments.of("due-calendar-additions", 0, new String[] {
            "due", "--received", "2026-03-06T10:00", "--working-days", "1", "--calendar",
            CONFIG + "calendar-additions-2026.json"}),
        // adding Mon 16/02/2026, already Tết: an error, not silently accepted
        Arguments.of("days-off-calendar-duplicate", 2,
            new String[] {"days-off", "2026", "--calendar", CONFIG + "calendar-duplicate-tet.json"}),
        // due --procedure: 15 working days from Fri 13/02 10:00, Tết 16–20/02 skipped → Fri 13/03 17:00
        Arguments.of("due-procedure", 0, new String[] {
            "due", "--received", "2026-02-13T10:00", "--procedure", "1.004227", "--procedures", CONFIG + "procedures.csv"}),
        Arguments.of("due-procedure-example-catalogue", 0,
            new String[] {"due", "--received", "2026-02-13T10:00", "--procedure", "XD-001"}),
        Arguments.of("due-procedure-unknown", 2, new String[] {
            "due", "--received", "2026-02-13T10:00", "--procedure", "9.999999", "--procedures", CONFIG + "procedures.json"}),
        Arguments.of("due-procedure-and-period", 2,
            new String[] {"due", "--received", "2026-02-13T10:00", "--procedure", "XD-001", "--same-day"}),
        Arguments.of("report-dossiers-procedures", 0, new String[] {
            "report", "--period", "2026-03", CONFIG + "log-1.004227.json", "--procedures", CONFIG + "procedures.json"}),
        // validate the national portal's sync records: strict refuses the sender rewrites, lenient warns
        Arguments.of("validate-dvcqg", 0,
            new String[] {"validate", "--input-format", "dvcqg", LOGS + "dvcqg-records.json"}),
        // JSON of sync records: "syncWarnings" on every log, empty when reading warned of nothing
        Arguments.of("validate-dvcqg-json", 0, new String[] {
            "validate", "--input-format", "dvcqg", "--format", "json", LOGS + "dvcqg-records.json"}),
        Arguments.of("validate-dvcqg-rewrites-strict", 1,
            new String[] {"validate", "--input-format", "dvcqg", LOGS + "dvcqg-rewrites.json"}),
        Arguments.of("validate-dvcqg-rewrites-lenient", 0, new String[] {
            "validate", "--input-format", "dvcqg", "--lenient-sync", LOGS + "dvcqg-rewrites.json"}),
        Arguments.of("validate-dvcqg-rewrites-lenient-json", 0, new String[] {
            "validate", "--input-format", "dvcqg", "--lenient-sync", "--format", "json", LOGS + "dvcqg-rewrites.json"}),
        Arguments.of("validate-dvcqg-progress", 0, new String[] {
            "validate", "--input-format", "dvcqg", LOGS + "dvcqg-dossiers.json", "--progress", LOGS + "dvcqg-progress.json"}),
        Arguments.of("validate-dvcqg-bad-status", 2,
            new String[] {"validate", "--input-format", "dvcqg", LOGS + "dvcqg-bad-status.json"}),
        Arguments.of("validate-lenient-without-dvcqg", 2,
            new String[] {"validate", "--lenient-sync", LOGS + "valid.json"}),

        // convert: events to sync records and back
        Arguments.of("convert-help", 0, new String[] {"convert", "--help"}),
        Arguments.of("convert-to-dvcqg", 0, new String[] {"convert", "--to", "dvcqg", LOGS + "array.json"}),
        Arguments.of("convert-to-events", 0,
            new String[] {"convert", "--to", "events", "--lenient-sync", LOGS + "dvcqg-rewrites.json"}),
        // evaluate the sync records: their flags make 766.4.3 and 766.4.5 computable
        // (record 1: digitised, VNeID, online; record 2: a Decree 118 closing, status 8 "Đóng hồ sơ", flags 0)
        Arguments.of("evaluate-dvcqg", 0, new String[] {
            "evaluate", "--period", "2026-Q1", "--input-format", "dvcqg", LOGS + "dvcqg-flags.json", "--format", "json"}),
        Arguments.of("validate-dvcqg-closing", 0,
            new String[] {"validate", "--input-format", "dvcqg", LOGS + "dvcqg-flags.json"}),

        // demo
        Arguments.of("demo", 0, new String[] {"demo"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_commands")
  void execute_matchesGoldenTranscript(String name, int expectedStatus, String[] args) {
    Cli.Run run = Cli.run(args);
    Golden.assertMatches("cli/" + name + ".txt", run.transcript());
    assertEquals(expectedStatus, run.status(), run::transcript);
  }
}
