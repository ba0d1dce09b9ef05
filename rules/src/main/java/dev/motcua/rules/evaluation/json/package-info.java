/**
 * JSON output of an {@link dev.motcua.rules.evaluation.Evaluation}, format version 1: the only place of the
 * evaluation that knows Jackson.
 */
@NullMarked
package dev.motcua.rules.evaluation.json;

import org.jspecify.annotations.NullMarked;
