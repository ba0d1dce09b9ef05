/**
 * motcua calendar module.
 */
@NullMarked
package dev.motcua.calendar;

import org.jspecify.annotations.NullMarked;
