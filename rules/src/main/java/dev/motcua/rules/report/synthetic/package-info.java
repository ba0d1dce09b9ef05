/**
 * A seeded synthetic workload of dossier facts, for tests, benchmarks and demonstrations of the reports.
 *
 * <p>The data is invented: it has the shape of a provincial one-stop centre's year (fields, agencies,
 * procedures, channels, arrivals in working hours, a share of late dossiers, supplements, withdrawals,
 * stops and refusals), not its numbers.
 */
@NullMarked
package dev.motcua.rules.report.synthetic;

import org.jspecify.annotations.NullMarked;
