package dev.motcua.examples;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.report.DossierFacts;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rules the examples and the {@code motcua} command line run with: the single seam between them and the
 * regulation (quy định).
 *
 * <p>{@code motcua validate}, {@code motcua demo}, {@link IntegratorValidationExample} and {@code motcua
 * report <dossiers.json>} obtain everything rule-related here, so switching from the structural lifecycle
 * to the full regulation changes this class only.
 *
 * <p>In this build the lifecycle is {@link DossierLifecycle#standard()}: the transition table and the
 * structural rules, without the regulation's rules (supplement once, deadlines, reception hours…); and
 * reports from dossier files are not available, because the adapter from dossiers to report facts belongs
 * to the regulation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConfiguredRules {

  /** The message of {@link #reportFacts(List)} while the adapter from dossiers to report facts is missing. */
  public static final String REPORT_FROM_DOSSIERS_NOT_AVAILABLE =
      "reports from dossier files are not available in this build (they need the regulation's adapter from"
          + " dossiers to report facts); use --synthetic N --seed S";

  private ConfiguredRules() {}

  /**
   * Returns the lifecycle that applies events one by one (used by {@code motcua demo}).
   *
   * @return the configured lifecycle
   */
  public static DossierLifecycle lifecycle() {
    return DossierLifecycle.standard();
  }

  /**
   * Returns the validator of whole event logs (used by {@code motcua validate} and
   * {@link IntegratorValidationExample}): it replays a history and reports every violation.
   *
   * @return a pure, thread-safe function from a history to its replay
   */
  public static Function<List<DossierEvent>, Replay> validator() {
    return lifecycle()::replay;
  }

  /**
   * Describes the configured rules in one line, printed by the commands so that their output says what it
   * was checked against.
   *
   * @return the description, in English
   */
  public static String description() {
    return "structural lifecycle rules only (DossierLifecycle.standard())";
  }

  /**
   * Turns event logs, one per dossier, into the facts a report counts (used by {@code motcua report
   * <dossiers.json>}).
   *
   * @param eventLogs the histories, one per dossier
   * @return the facts, one per dossier
   * @throws UnsupportedOperationException always in this build, with
   *     {@link #REPORT_FROM_DOSSIERS_NOT_AVAILABLE}
   */
  public static Stream<DossierFacts> reportFacts(List<List<DossierEvent>> eventLogs) {
    throw new UnsupportedOperationException(REPORT_FROM_DOSSIERS_NOT_AVAILABLE);
  }
}
