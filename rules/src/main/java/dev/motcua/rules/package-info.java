/**
 * The regulation of the one-stop mechanism (cơ chế một cửa): the rules of Decree 61/2018/NĐ-CP and Decree
 * 118/2025/NĐ-CP with their legal citations, chosen by a dossier's receipt date, resolved against a working
 * calendar and a procedure catalogue.
 *
 * <p>Entry points: {@link dev.motcua.rules.Regulation} (its rules, its lifecycle, {@code validate} for
 * integrators, {@code deadlines} for a dossier's due date-time and timeliness), {@link
 * dev.motcua.rules.instrument.RegulationSettings} (every number and scope of DESIGN §6, with its default) and {@link
 * dev.motcua.rules.procedure.ProcedureCatalogue}. The rules themselves are package-private; hosts see their codes.
 *
 * <pre>{@code
 * Regulation regulation = Regulation.vietnam(WorkingCalendars.vietnamCivilService(), myCatalogue);
 * Replay replay = regulation.validate(events);
 * DossierDeadlines d = regulation.deadlines(replay.orElseThrow(), cutOff);
 * }</pre>
 */
@NullMarked
package dev.motcua.rules;

import dev.motcua.rules.deadline.DossierDeadlines;
import org.jspecify.annotations.NullMarked;
