/**
 * Reports on the handling of dossiers (báo cáo tình hình, kết quả giải quyết thủ tục hành chính): the
 * periods of Decree 09/2019/NĐ-CP Art 12 and the columns of form II.06a of Circular 01/2020/TT-VPCP.
 *
 * <p>The input is one {@link dev.motcua.rules.report.DossierFacts} per dossier; a
 * {@link dev.motcua.rules.report.ReportPeriod} fixes the cut-off; the
 * {@link dev.motcua.rules.report.ProcessingReport#collector collector} aggregates in one pass, sequentially
 * or in parallel, with memory that grows with the number of rows, not of dossiers. The result prints as
 * CSV and as a plain-text table; the {@code json} subpackage writes it as versioned JSON.
 */
@NullMarked
package dev.motcua.rules.report;

import org.jspecify.annotations.NullMarked;
