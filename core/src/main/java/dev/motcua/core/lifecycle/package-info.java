/**
 * The dossier lifecycle (vòng đời hồ sơ): the transition table as data, the {@link
 * dev.motcua.core.lifecycle.Dossier} derived from its history, pure transitions, replay of whole histories,
 * violations with their legal basis, and the rule SPI {@link dev.motcua.core.lifecycle.DossierRule}.
 *
 * <pre>{@code
 * DossierLifecycle lifecycle = DossierLifecycle.standard();
 * Dossier d = lifecycle.start(received).orElseThrow();
 * Transition t = lifecycle.apply(d, transferred);   // Applied(dossier, findings) or Refused(violations)
 * Replay r = lifecycle.replay(events);             // every violation of a whole history, in order
 * }</pre>
 */
@NullMarked
package dev.motcua.core.lifecycle;

import org.jspecify.annotations.NullMarked;
