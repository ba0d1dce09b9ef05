/**
 * Runnable host programs that embed motcua, and the one place where they choose their rules.
 *
 * <p>{@link dev.motcua.examples.PortalAppointmentExample} computes appointments as a public-service portal
 * would; {@link dev.motcua.examples.IntegratorValidationExample} validates a partner's event log;
 * {@link dev.motcua.examples.MonthlyReportJob} produces the monthly report (báo cáo định kỳ). Each has a
 * {@code main} and a {@code run()} returning its output, which a test compares with a golden file.
 * {@link dev.motcua.examples.ConfiguredRules} is the single seam through which the examples and the
 * {@code motcua} command line obtain their lifecycle, validator and report adapter.
 */
@NullMarked
package dev.motcua.examples;

import org.jspecify.annotations.NullMarked;
