/**
 * The dossier vocabulary: dossier codes, procedures, applicants, actors, statuses and the sealed family of
 * dossier events (sự kiện của hồ sơ).
 *
 * <p>Everything here is an immutable value. Events carry their own {@link java.time.Instant} and
 * {@link dev.motcua.core.dossier.Actor}; the library never reads a clock. The state machine that orders the
 * events lives in {@link dev.motcua.core.lifecycle}.
 */
@NullMarked
package dev.motcua.core.dossier;

import org.jspecify.annotations.NullMarked;
