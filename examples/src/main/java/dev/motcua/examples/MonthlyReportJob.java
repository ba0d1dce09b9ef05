package dev.motcua.examples;

import dev.motcua.rules.Regulation;
import dev.motcua.rules.report.DossierReports;
import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.ReportGrouping;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.testing.SyntheticDossiers;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The monthly report job (báo cáo định kỳ hằng tháng) of a province: counts the dossiers of the period
 * 15/04–14/05/2026 by field, as CSV for the national reporting system and as a table for the centre.
 *
 * <p>What a host does: stream each dossier's event history from its database into {@link
 * DossierReports#historyCollector}, which reads every history as of the period's cut-off, judges it by the
 * {@link Regulation} (due date-times, restarts after a supplement, timeliness) and leaves out, with a
 * warning, histories the regulation refuses; memory grows with the rows, not the dossiers. Here the
 * histories come from seeded {@link SyntheticDossiers}, so the output is the same on every run.
 *
 * <p>Legal basis: Decree 09/2019/NĐ-CP Art 12 (period and cut-off); Circular 01/2020/TT-VPCP form II.06a.
 */
public final class MonthlyReportJob {

  private MonthlyReportJob() {}

  /**
   * Prints the report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Produces the report for May 2026 on the histories of 1,200 synthetic dossiers (seed 2026).
   *
   * @return the CSV, then the table, lines of the table ending with {@code \n}
   */
  public static String run() {
    Regulation regulation = ConfiguredRules.regulation();
    ReportPeriod period = ReportPeriod.monthly(YearMonth.of(2026, 5));
    // Arrivals start three weeks before the period, so that dossiers received in April are carried over.
    SyntheticDossiers database = SyntheticDossiers.of(regulation, 2026, LocalDate.of(2026, 3, 25))
        .withDossiersPerWorkingDay(35);
    ProcessingReport report = database.histories(1_200)
        .parallel()
        .collect(DossierReports.historyCollector(regulation, period, ReportGrouping.BY_FIELD));
    return "Monthly report " + period + ", cut-off "
        + period.end().atZone(period.zone()).toOffsetDateTime() + "\n\n"
        + "CSV (RFC 4180):\n" + report.toCsv().replace("\r\n", "\n")
        + "\n" + report.toText();
  }
}
