/**
 * motcua core module.
 */
@NullMarked
package dev.motcua.core;

import org.jspecify.annotations.NullMarked;
