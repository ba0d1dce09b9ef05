package dev.motcua.rules.evaluation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The choices of an evaluation where the sources leave room: the point allocation, how an end is compared
 * with the appointment, and whether Circular 01/2018 scores dossiers under later instruments.
 *
 * <pre>{@code
 * EvaluationSettings s = EvaluationSettings.defaults().withAllocation(PointAllocation.DECISION_766_2022);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationSettings {

  /** How indicator 2.1 compares the end of processing with the appointment. */
  public enum Comparison {
    /** Instants: on time when the end is not after the appointment (the portal's rule, the default). */
    INSTANT,
    /** Dates in the period's zone: on time when the end's date is not after the appointment's date. */
    DATE
  }

  private static final EvaluationSettings DEFAULTS =
      new EvaluationSettings(PointAllocation.PORTAL_2026, Comparison.INSTANT, false);

  private final PointAllocation allocation;
  private final Comparison comparison;
  private final boolean circular01ForLaterInstruments;

  private EvaluationSettings(PointAllocation allocation, Comparison comparison, boolean later) {
    this.allocation = allocation;
    this.comparison = comparison;
    this.circular01ForLaterInstruments = later;
  }

  /**
   * Returns the defaults: the portal's 2026 allocation, instants compared (reference §8.6 [inferred]), and
   * Circular 01/2018 scoring for Decree 61/2018/NĐ-CP dossiers only.
   *
   * @return the default settings
   */
  public static EvaluationSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the point allocation.
   *
   * @return the allocation
   */
  public PointAllocation allocation() {
    return allocation;
  }

  /**
   * Returns how indicator 2.1 compares the end with the appointment.
   *
   * @return the comparison
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * Tells whether Circular 01/2018 Art 13–15 also scores dossiers judged by an instrument after Decree
   * 61/2018/NĐ-CP. Decree 118/2025/NĐ-CP dropped Decree 61's internal evaluation and it is not known whether
   * Circular 03/2025 keeps Art 13–15, so by default it does not.
   *
   * @return true if dossiers under later instruments are scored too
   */
  public boolean circular01ForLaterInstruments() {
    return circular01ForLaterInstruments;
  }

  /**
   * Returns a copy with another point allocation.
   *
   * @param allocation the allocation
   * @return the settings
   */
  public EvaluationSettings withAllocation(PointAllocation allocation) {
    return new EvaluationSettings(Objects.requireNonNull(allocation, "allocation"), comparison,
        circular01ForLaterInstruments);
  }

  /**
   * Returns a copy with another comparison.
   *
   * @param comparison the comparison
   * @return the settings
   */
  public EvaluationSettings withComparison(Comparison comparison) {
    return new EvaluationSettings(allocation, Objects.requireNonNull(comparison, "comparison"),
        circular01ForLaterInstruments);
  }

  /**
   * Returns a copy that scores (or not) dossiers under later instruments by Circular 01/2018.
   *
   * @param value true to score them
   * @return the settings
   */
  public EvaluationSettings withCircular01ForLaterInstruments(boolean value) {
    return new EvaluationSettings(allocation, comparison, value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof EvaluationSettings o && allocation == o.allocation && comparison == o.comparison
        && circular01ForLaterInstruments == o.circular01ForLaterInstruments;
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocation, comparison, circular01ForLaterInstruments);
  }

  @Override
  public String toString() {
    return "EvaluationSettings{" + allocation + ", " + comparison
        + (circular01ForLaterInstruments ? ", Circular 01/2018 for later instruments" : "") + "}";
  }
}
