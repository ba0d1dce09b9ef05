/**
 * The JSON the examples read and write, the only package of the module that uses Jackson: arrays of event
 * logs (on top of {@link dev.motcua.core.json.EventLogJson}) and the machine-readable output of the
 * {@code motcua} commands.
 */
@NullMarked
package dev.motcua.examples.json;

import org.jspecify.annotations.NullMarked;
