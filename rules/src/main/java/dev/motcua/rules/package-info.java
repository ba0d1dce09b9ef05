/**
 * motcua rules module.
 */
@NullMarked
package dev.motcua.rules;

import org.jspecify.annotations.NullMarked;
