/**
 * The legal instruments (văn bản quy phạm pháp luật) of the one-stop mechanism and their data: {@link
 * dev.motcua.rules.instrument.LegalInstrument} (Decree 61/2018/NĐ-CP, Decree 118/2025/NĐ-CP), the citation of
 * every rule code under each, the regulation's codes ({@link dev.motcua.rules.instrument.RegulationCode}) and
 * the numbers and scopes of each instrument ({@link dev.motcua.rules.instrument.RegulationSettings}).
 *
 * <p>Design: which instrument is in force has one implementation ({@link
 * dev.motcua.rules.instrument.LegalInstrument#inForceOn}); a dossier is judged by the instrument in force on
 * its receipt date ({@code [inferred]}: Decree 118 has no transitional clause). Per-instrument data is a
 * table keyed by instrument, so adding a decree is one constant plus its table.
 */
@NullMarked
package dev.motcua.rules.instrument;

import org.jspecify.annotations.NullMarked;
