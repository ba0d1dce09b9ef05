/**
 * Deadlines of dossiers (thời hạn giải quyết): {@link dev.motcua.rules.deadline.DeadlineCalculator} (the
 * due date-time of a processing period, the transfer and supplement-notice deadlines of DESIGN §6), the
 * snapshot {@link dev.motcua.rules.deadline.DossierDeadlines} and {@link dev.motcua.rules.deadline.Timeliness}.
 *
 * <p>Design: one place computes every deadline, used by the rules, the regulation's facade and the reports.
 * The processing period restarts from zero when a complete supplement comes back (Decree 61/2018/NĐ-CP
 * Art 19(4)); a reschedule never moves the due date-time, so it never turns a late dossier on time
 * ({@code [inferred]}). This package depends on the instruments and procedures, never on the rules.
 */
@NullMarked
package dev.motcua.rules.deadline;

import org.jspecify.annotations.NullMarked;
