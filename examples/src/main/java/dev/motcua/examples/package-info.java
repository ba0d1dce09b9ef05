/**
 * motcua examples module.
 */
@NullMarked
package dev.motcua.examples;

import org.jspecify.annotations.NullMarked;
