package dev.motcua.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.examples.Golden;
import dev.motcua.rules.report.ReportPeriod;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code motcua evaluate}: golden transcripts under {@code golden/cli/evaluate-*}, regenerated with {@code
 * -Dmotcua.updateGolden=true}. The input {@code evaluations/dossiers-2025-q2.json} holds ten dossiers of
 * the example catalogue received from 24/03 to 03/06/2025, under Decree 61/2018/NĐ-CP: two supplement
 * requests on one, a supplement unanswered at the cut-off on another, payments on the portal, through
 * another gateway and at the counter, a withdrawal. The numbers of the evaluation itself are checked by
 * hand in the rules module's {@code EvaluationTest}; these files pin the command's formats.
 */
class EvaluateCommandTest {

  private static final String INPUT = "src/test/resources/evaluations/dossiers-2025-q2.json";
  private static final String LOGS = "src/test/resources/logs/";
  private static final Pattern PNG = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

  static Stream<Arguments> data_commands() {
    return Stream.of(
        Arguments.of("evaluate-help", 0, new String[] {"evaluate", "--help"}),
        Arguments.of("evaluate-q2-by-agency", 0, new String[] {"evaluate", "--period", "2025-Q2", "--by", "agency",
            INPUT}),
        Arguments.of("evaluate-05-by-procedure-2022", 0, new String[] {"evaluate", "--period", "2025-05", "--by",
            "procedure", "--allocation", "2022", INPUT}),
        Arguments.of("evaluate-q2-by-officer-csv", 0, new String[] {"evaluate", "--period", "2025-Q2", "--by",
            "officer", INPUT, "--format", "csv"}),
        Arguments.of("evaluate-05-json", 0, new String[] {"evaluate", "--period", "2025-05", INPUT, "--format",
            "json"}),
        // 2026 dossiers are under Decree 118: Circular 01/2018 only on request
        Arguments.of("evaluate-report-dossiers-2026", 0, new String[] {"evaluate", "--period", "2026-05",
            "src/test/resources/reports/dossiers-2026-05.json"}),
        Arguments.of("evaluate-report-dossiers-2026-circular01-later", 0, new String[] {"evaluate", "--period",
            "2026-05", "--circular01-later", "--by", "agency", "src/test/resources/reports/dossiers-2026-05.json",
            "--format", "csv"}),
        Arguments.of("evaluate-bad-by", 2, new String[] {"evaluate", "--period", "2025-05", "--by", "unit", INPUT}),
        Arguments.of("evaluate-bad-allocation", 2, new String[] {"evaluate", "--period", "2025-05",
            "--allocation", "2024", INPUT}),
        Arguments.of("evaluate-no-input", 2, new String[] {"evaluate", "--period", "2025-05"}),
        Arguments.of("evaluate-malformed", 2, new String[] {"evaluate", "--period", "2025-05",
            LOGS + "malformed.json"}),
        Arguments.of("evaluate-missing-file", 2, new String[] {"evaluate", "--period", "2025-05",
            LOGS + "no-such-file.json"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_commands")
  void execute_matchesGoldenTranscript(String name, int expectedStatus, String[] args) {
    Cli.Run run = Cli.run(args);
    Golden.assertMatches("cli/" + name + ".txt", run.transcript());
    assertEquals(expectedStatus, run.status(), run::transcript);
  }

  @Test
  void html_selfContainedPage_chartsArePngDataUris() {
    Cli.Run run = Cli.run("evaluate", "--period", "2025-Q2", "--by", "agency", INPUT, "--format", "html");
    assertEquals(0, run.status(), run::transcript);
    String page = run.out();
    // three charts: the rate and the points per row, and the three months of the quarter
    Matcher m = PNG.matcher(page);
    int images = 0;
    while (m.find()) {
      byte[] png = Base64.getDecoder().decode(m.group(1));
      assertEquals(0x89, png[0] & 0xff);
      assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
      images++;
    }
    assertEquals(3, images);
    // no network: nothing fetched, no script
    assertFalse(page.contains("http://") || page.contains("https://") || page.contains("<script")
        || page.contains("<link"), "the page refers to the network");
    assertTrue(page.contains("@media print"));
    assertTrue(page.contains("third-party sourced"));
    // the page without the image bytes (which depend on the platform's fonts) is golden
    Golden.assertMatches("cli/evaluate-q2-by-agency.html", PNG.matcher(page).replaceAll("src=\"data:image/png;base64,…\""));
  }

  @Test
  void months_ofAQuarter_threeMonthlyPeriods_ofAMonth_none() {
    assertEquals(List.of(ReportPeriod.parse("2025-04"), ReportPeriod.parse("2025-05"), ReportPeriod.parse("2025-06")),
        EvaluateCommand.months(ReportPeriod.parse("2025-Q2")));
    assertEquals(List.of(), EvaluateCommand.months(ReportPeriod.parse("2025-05")));
    assertEquals(12, EvaluateCommand.months(ReportPeriod.parse("2025")).size());
  }

  @Test
  void html_noDossierInThePeriod_pageWithoutCharts() {
    Cli.Run run = Cli.run("evaluate", "--period", "2024-05", INPUT, "--format", "html");
    assertEquals(0, run.status(), run::transcript);
    assertFalse(PNG.matcher(run.out()).find());
    assertTrue(run.out().contains("nothing to draw"));
    assertTrue(run.out().contains("766.2.1: no dossier received before the cut-off and open in the period"));
  }
}
