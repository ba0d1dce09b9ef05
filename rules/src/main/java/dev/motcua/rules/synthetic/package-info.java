/**
 * Seeded synthetic dossier histories that respect every rule of a {@link dev.motcua.rules.Regulation}, for
 * property tests, benchmarks and demos.
 */
@NullMarked
package dev.motcua.rules.synthetic;

import org.jspecify.annotations.NullMarked;
