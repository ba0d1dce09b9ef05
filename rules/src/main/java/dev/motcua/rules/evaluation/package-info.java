/**
 * Evaluation of service quality (đánh giá chất lượng giải quyết thủ tục hành chính): the dossier-computable
 * indicators of the national service-quality index (Bộ chỉ số 766, Decision 766/QĐ-TTg, the criteria of
 * Decree 118/2025/NĐ-CP Art 32(1)) and the per-dossier indices of Circular 01/2018/TT-VPCP Art 13–15.
 *
 * <p>The input is one {@link dev.motcua.rules.evaluation.EvaluationFacts} per dossier, built by a host or
 * read from an event history by {@link dev.motcua.rules.evaluation.EvaluationHistories}; flags that event
 * logs do not carry (digitised components, VNeID authentication, complaints, per-step time limits) come in
 * {@link dev.motcua.rules.evaluation.DossierAttributes}. The
 * {@link dev.motcua.rules.evaluation.Evaluation#collector collector} aggregates in one pass, sequentially
 * or in parallel, with memory that grows with the number of rows.
 *
 * <p>The portal's formulas and point tables are third-party sourced (the annex of Decision 766 is not
 * available as primary text): see {@code reference/national-portal-exchange.md} §8; every indicator says
 * where it comes from in {@link dev.motcua.rules.evaluation.Indicator#source()}.
 */
@NullMarked
package dev.motcua.rules.evaluation;

import org.jspecify.annotations.NullMarked;
