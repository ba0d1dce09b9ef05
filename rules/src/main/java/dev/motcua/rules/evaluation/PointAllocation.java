package dev.motcua.rules.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the 100 points of the national service-quality index are split over its groups and indicators, and
 * how a rate turns into points: full points at a threshold (rate × max ÷ threshold below it), or max × rate.
 *
 * <p>Both allocations are third-party sourced ({@code reference/national-portal-exchange.md} §8.2–8.6): the
 * annex of Decision 766/QĐ-TTg with the per-indicator points is not available as primary text. Indicator
 * maxima not stated by any source are marked [inferred] in {@link #scoringNote(Indicator)}; an indicator
 * without points in an allocation is tracked, with no points.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PointAllocation {
  /**
   * Decision 766/QĐ-TTg as announced in 2022 (news of the Bắc Kạn and Nam Định departments): five groups,
   * 18 / 20 / 22 / 22 / 18. Indicator maxima of the online and digitisation groups as a provincial
   * implementation (Thanh Hóa) scores them.
   */
  DECISION_766_2022("Decision 766/QĐ-TTg, 2022 allocation (five groups)"),
  /**
   * The portal's allocation as applied in 2026 (QD766 project, fitted to the portal's reporting API): six
   * groups, 18 / 20 / 12 / 22 / 18 / 10. Its legal force and effective date are not verified.
   */
  PORTAL_2026("National Public Service Portal, 2026 allocation (six groups)");

  /** How one indicator scores: max points, reached at the threshold rate (1 = linear). */
  record Scoring(int max, Fraction threshold, String note) {}

  private final String description;

  PointAllocation(String description) {
    this.description = description;
  }

  /**
   * Describes the allocation in one line.
   *
   * @return the description, in English
   */
  public String description() {
    return description;
  }

  /**
   * Returns the groups and their maxima, summing to 100.
   *
   * @return the maxima by group, in group order, unmodifiable
   */
  public Map<IndicatorGroup, Integer> groupMaxima() {
    EnumMap<IndicatorGroup, Integer> m = new EnumMap<>(IndicatorGroup.class);
    m.put(IndicatorGroup.PUBLICITY, 18);
    m.put(IndicatorGroup.PROGRESS, 20);
    if (this == DECISION_766_2022) {
      m.put(IndicatorGroup.ONLINE, 22);
      m.put(IndicatorGroup.DIGITISATION, 22);
      m.put(IndicatorGroup.SATISFACTION, 18);
    } else {
      m.put(IndicatorGroup.ONLINE, 12);
      m.put(IndicatorGroup.DIGITISATION, 22);
      m.put(IndicatorGroup.SATISFACTION, 18);
      m.put(IndicatorGroup.PAYMENT, 10);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns the maximum points of an indicator, if it carries points in this allocation.
   *
   * @param indicator an indicator of Decision 766
   * @return the maximum, or empty if the indicator is tracked without points (or is not of Decision 766)
   */
  public Optional<Integer> maxPoints(Indicator indicator) {
    Scoring s = scoring(indicator);
    return s == null ? Optional.empty() : Optional.of(s.max());
  }

  /**
   * Explains how an indicator scores in this allocation and where that comes from.
   *
   * @param indicator an indicator of Decision 766
   * @return the explanation, in English
   */
  public String scoringNote(Indicator indicator) {
    Scoring s = scoring(indicator);
    return s == null ? "tracked, no points in this allocation" : s.note();
  }

  @Nullable Scoring scoring(Indicator indicator) {
    Fraction one = Fraction.of(1, 1);
    switch (indicator) {
      case I766_2_1:
        return new Scoring(20, one, "20 × rate (§8.5; Thanh Hóa §8.6)");
      case I766_3_3:
        return this == DECISION_766_2022
            ? new Scoring(6, Fraction.of(1, 2),
                "full 6 at ≥ 50 %, else rate × 6 ÷ 50 % (formula §8.4; max 6 as Thanh Hóa, §8.6) [inferred]")
            : null;
      case I766_3_6:
        return this == DECISION_766_2022
            ? new Scoring(6, Fraction.of(3, 10),
                "full 6 at ≥ 30 %, else rate × 6 ÷ 30 % (Thanh Hóa front end, §8.6) [inferred]")
            : new Scoring(6, one, "6 × A, A = paid online ÷ with a financial obligation (§8.5)");
      case I766_4_3:
        return new Scoring(2, Fraction.of(4, 5), "min(2, 2 × rate ÷ 80 %) (§8.4, §8.5)");
      case I766_4_5:
        return this == DECISION_766_2022 ? null
            : new Scoring(2, one, "2 × rate (CITIZEN_DATA_CONNECTED_DOSSIER, §8.3, §8.5)");
      default:
        return null;
    }
  }

  /** Points for a rate: min(max, max × rate ÷ threshold). */
  static Fraction points(Scoring s, Fraction rate) {
    Fraction max = Fraction.of(s.max(), 1);
    return max.times(rate).dividedBy(s.threshold()).min(max);
  }
}
