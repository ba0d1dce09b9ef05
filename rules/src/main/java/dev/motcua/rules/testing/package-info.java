/**
 * Testing support for hosts and for motcua's own tests: seeded synthetic dossiers of a regulation
 * ({@link dev.motcua.rules.testing.SyntheticDossiers}: event histories that respect every rule, and report facts
 * that stream by the million) and illustrative procedure catalogues ({@link dev.motcua.rules.testing.SampleCatalogue}).
 *
 * <p>For property tests, benchmarks and demonstrations, never for judging real dossiers: the data is invented, it
 * has the shape of a one-stop centre's work, not its numbers, and nothing in the library uses this package.
 */
@NullMarked
package dev.motcua.rules.testing;

import org.jspecify.annotations.NullMarked;
