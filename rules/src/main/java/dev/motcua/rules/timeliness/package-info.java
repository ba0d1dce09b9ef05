/**
 * Timeliness (tính đúng hạn) of a resolved dossier: early, on time or late.
 *
 * <p>The judgement itself (DESIGN §6) compares the resolution instant with the due date-time written on
 * the receipt; this package holds the vocabulary shared by the rules and the reports.
 */
@NullMarked
package dev.motcua.rules.timeliness;

import org.jspecify.annotations.NullMarked;
