package dev.motcua.examples;

import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.ReportGrouping;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.report.synthetic.SyntheticWorkload;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The monthly report job (báo cáo định kỳ hằng tháng) of a province: counts the dossiers of the period
 * 15/04–14/05/2026 by field, as CSV for the national reporting system and as a table for the centre.
 *
 * <p>What a host does: stream one {@link dev.motcua.rules.report.DossierFacts} per dossier into
 * {@link ProcessingReport#collector}; memory grows with the rows, not the dossiers. Here the facts come
 * from a seeded {@link SyntheticWorkload}, so the output is the same on every run; a host streams them
 * from its database.
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
   * Produces the report for May 2026 on 1,200 synthetic dossiers (seed 2026).
   *
   * @return the CSV, then the table, lines of the table ending with {@code \n}
   */
  public static String run() {
    ReportPeriod period = ReportPeriod.monthly(YearMonth.of(2026, 5));
    // Arrivals start a week before the period so that some dossiers are carried over into it.
    SyntheticWorkload workload = SyntheticWorkload.builder()
        .seed(2026)
        .firstDay(LocalDate.of(2026, 4, 8))
        .dossiersPerWorkingDay(40)
        .catalogue(4, 3, 12)
        .build();
    ProcessingReport report = workload.stream(1_200)
        .parallel()
        .collect(ProcessingReport.collector(period, ReportGrouping.BY_FIELD));
    return "Monthly report " + period + ", cut-off "
        + period.end().atZone(ReportPeriod.ZONE).toOffsetDateTime() + "\n\n"
        + "CSV (RFC 4180):\n" + report.toCsv().replace("\r\n", "\n")
        + "\n" + report.toText();
  }
}
