/**
 * JSON entry points of the regulation: validate event logs ({@code EventLogJson} format) against a {@link
 * dev.motcua.rules.Regulation} and write validation results as versioned JSON. The only package of the
 * rules module's root that uses Jackson.
 */
@NullMarked
package dev.motcua.rules.json;

import org.jspecify.annotations.NullMarked;
