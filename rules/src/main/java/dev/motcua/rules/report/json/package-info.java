/**
 * The JSON form of reports: a documented, versioned document written with Jackson.
 *
 * <p>This is the only package of the report engine that depends on Jackson; it depends on
 * {@code dev.motcua.rules.report}, never the other way round.
 */
@NullMarked
package dev.motcua.rules.report.json;

import org.jspecify.annotations.NullMarked;
