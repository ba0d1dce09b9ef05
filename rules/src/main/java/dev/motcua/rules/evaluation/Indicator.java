package dev.motcua.rules.evaluation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The indicators an {@link Evaluation} computes from dossiers: those of Decision 766/QĐ-TTg that dossier
 * data supports, and the per-dossier indices of Circular 01/2018/TT-VPCP Art 13.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Indicator {
  /** 766 indicator 2.1: dossiers processed early or on time, including those in progress within the deadline. */
  I766_2_1("766.2.1", IndicatorGroup.PROGRESS, "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn",
      "Early-or-on-time rate",
      "Decision 766/QĐ-TTg indicator 2.1; formula of the portal's formula document, third-party sourced"
          + " (reference §8.4)"),
  /** 766 indicator 2.2: average resolution time per procedure, in the procedure's unit. */
  I766_2_2("766.2.2", IndicatorGroup.PROGRESS, "Thời gian giải quyết trung bình", "Average resolution time",
      "Decision 766/QĐ-TTg indicator 2.2; formula third-party sourced (reference §8.4)"),
  /** 766 indicator 3.3: share of dossiers received online (and at the counter, by post). */
  I766_3_3("766.3.3", IndicatorGroup.ONLINE, "Tỷ lệ hồ sơ trực tuyến", "Online share by channel",
      "Decision 766/QĐ-TTg indicator 3.3; formula third-party sourced (reference §8.4); the portal's sync-rate"
          + " factor is taken as 1 (every dossier of the input is counted) [inferred]"),
  /** 766 indicator 3.6: share of dossiers with a financial obligation paid online. */
  I766_3_6("766.3.6", IndicatorGroup.PAYMENT, "Tỷ lệ hồ sơ thanh toán trực tuyến", "Online payment share",
      "Decision 766/QĐ-TTg indicator 3.6; formula third-party sourced (reference §8.4); a dossier has a"
          + " financial obligation when more than 0 đồng was requested [inferred]"),
  /** 766 indicator 4.3: share of dossiers with a digitised or reused component. */
  I766_4_3("766.4.3", IndicatorGroup.DIGITISATION, "Tỷ lệ hồ sơ tái sử dụng, số hóa", "Reuse and digitisation",
      "Decision 766/QĐ-TTg indicator 4.3; formula third-party sourced (reference §8.4)"),
  /** 766 indicator 4.5: share of dossiers using the national population data. */
  I766_4_5("766.4.5", IndicatorGroup.DIGITISATION, "Tỷ lệ hồ sơ sử dụng dữ liệu dân cư", "Population data",
      "Decision 766/QĐ-TTg indicator 4.5; formula third-party sourced (reference §8.4)"),
  /** Circular 01/2018 index 1: total resolution time against the legal limit. */
  C01_1("c01.1", null, "Tổng thời gian giải quyết so với quy định", "Resolution time vs the legal limit",
      "Circular 01/2018/TT-VPCP Art 13(1), Art 15(1)"),
  /** Circular 01/2018 index 2: each participating agency's time against its limit. */
  C01_2("c01.2", null, "Thời gian thực hiện của từng cơ quan", "Each agency's time vs its limit",
      "Circular 01/2018/TT-VPCP Art 13(2), Art 15(1); a dossier scores its worst step [inferred]"),
  /** Circular 01/2018 index 3: times the applicant had to complete the dossier. */
  C01_3("c01.3", null, "Số lần liên hệ để hoàn thiện hồ sơ", "Contacts to complete the dossier",
      "Circular 01/2018/TT-VPCP Art 13(3), Art 15(1); returns at intake and supplement requests both count;"
          + " more than once scores 1 only when the applicant is known to be at fault [inferred]"),
  /** Circular 01/2018 index 7: staff attitude, from timing and complaints. */
  C01_7("c01.7", null, "Thái độ của cán bộ", "Staff attitude",
      "Circular 01/2018/TT-VPCP Art 13(7), Art 15(1); a late dossier without complaint scores 0 [inferred]");

  private final String id;
  private final @Nullable IndicatorGroup group;
  private final String labelVi;
  private final String labelEn;
  private final String source;

  Indicator(String id, @Nullable IndicatorGroup group, String labelVi, String labelEn, String source) {
    this.id = id;
    this.group = group;
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.source = source;
  }

  /**
   * Returns the stable identifier of the output.
   *
   * @return the identifier, e.g. {@code 766.2.1} or {@code c01.3}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the group of Decision 766 the indicator belongs to.
   *
   * @return the group; empty for the indices of Circular 01/2018
   */
  public Optional<IndicatorGroup> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Tells whether this is an indicator of Decision 766 (rather than a Circular 01/2018 index).
   *
   * @return true for the {@code 766.*} identifiers
   */
  public boolean isDecision766() {
    return group != null;
  }

  /**
   * Returns the Vietnamese name.
   *
   * @return the name
   */
  public String labelVi() {
    return labelVi;
  }

  /**
   * Returns the English name.
   *
   * @return the name
   */
  public String labelEn() {
    return labelEn;
  }

  /**
   * Returns where the indicator's definition comes from: the instrument and, for Decision 766, that the
   * formula is third-party sourced.
   *
   * @return the source, in English
   */
  public String source() {
    return source;
  }
}
