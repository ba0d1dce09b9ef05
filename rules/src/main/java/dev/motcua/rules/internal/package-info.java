/**
 * Internal support of the rules module; not public API and subject to change without notice.
 */
@NullMarked
package dev.motcua.rules.internal;

import org.jspecify.annotations.NullMarked;
