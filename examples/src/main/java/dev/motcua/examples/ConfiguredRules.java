package dev.motcua.examples;

import dev.motcua.calendar.WorkingCalendars;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.procedure.ProcedureCatalogue;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.report.DossierReports;
import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.ReportGrouping;
import dev.motcua.rules.report.ReportPeriod;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rules the examples and the {@code motcua} command line run with: the single seam between them and the
 * regulation (quy định).
 *
 * <p>{@code motcua validate}, {@code motcua demo}, {@code motcua report} and the embedding examples obtain
 * everything rule-related here: the {@link Regulation} of Decree 61/2018/NĐ-CP and Decree 118/2025/NĐ-CP
 * (chosen by each dossier's receipt date) on the Vietnamese civil-service calendar, with the procedures of
 * {@link ExampleCatalogue} and the legal default settings.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConfiguredRules {

  private static final Regulation REGULATION = Regulation.vietnam(
      WorkingCalendars.vietnamCivilService(), ProcedureCatalogue.of(ExampleCatalogue.procedures()));

  /** The rules part of {@link #description()}. */
  public static final String RULES = "Decree 61/2018/NĐ-CP rules (Decree 118/2025/NĐ-CP from 1/7/2025)";

  /** The catalogue part of {@link #description()}: the examples' catalogue, and how to give one's own. */
  public static final String EXAMPLE_CATALOGUE =
      "example catalogue (made-up codes; give --procedures FILE for your own)";

  private ConfiguredRules() {}

  /**
   * Returns the regulation: every rule, the calendar, the catalogue, the deadlines.
   *
   * @return the configured regulation
   */
  public static Regulation regulation() {
    return REGULATION;
  }

  /**
   * Returns the lifecycle that applies events one by one (used by {@code motcua demo}): the standard
   * transition table with every rule of the regulation.
   *
   * @return the configured lifecycle
   */
  public static DossierLifecycle lifecycle() {
    return REGULATION.lifecycle();
  }

  /**
   * Returns the validator of whole event logs (used by {@code motcua validate} and
   * {@link IntegratorValidationExample}): it replays a history with every rule and reports every violation.
   *
   * @return a pure, thread-safe function from a history to its replay
   */
  public static Function<List<DossierEvent>, Replay> validator() {
    return REGULATION::validate;
  }

  /**
   * Describes the configured rules in one line, printed by the commands so that their output says what it
   * was checked against.
   *
   * @return the description, in English
   */
  public static String description() {
    return RULES + ", civil-service calendar, " + EXAMPLE_CATALOGUE;
  }

  /**
   * Reports on dossier histories, one per dossier (used by {@code motcua report} and {@link
   * MonthlyReportJob}): each history is read as of the period's cut-off and judged by the regulation;
   * histories with a refused event are not counted and the report carries an {@code INVALID_HISTORY}
   * warning.
   *
   * @param histories the event histories, one per dossier; may be parallel
   * @param period the reporting period
   * @param grouping what the rows stand for
   * @return the report
   */
  public static ProcessingReport report(
      Stream<? extends List<? extends DossierEvent>> histories, ReportPeriod period, ReportGrouping grouping) {
    Objects.requireNonNull(histories, "histories");
    return histories.collect(DossierReports.historyCollector(REGULATION, period, grouping));
  }
}
