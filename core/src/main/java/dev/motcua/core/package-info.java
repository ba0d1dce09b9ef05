/**
 * motcua core: the vocabulary of administrative-procedure dossiers (hồ sơ thủ tục hành chính) and their
 * lifecycle under Vietnam's one-stop mechanism (cơ chế một cửa).
 *
 * <p>{@link dev.motcua.core.dossier} holds the values, statuses and events; {@link dev.motcua.core.lifecycle}
 * holds the transition table, the {@code Dossier} derived from its history, replay, violations and the rule
 * SPI; {@link dev.motcua.core.json} holds the Jackson formats.
 */
@NullMarked
package dev.motcua.core;

import org.jspecify.annotations.NullMarked;
