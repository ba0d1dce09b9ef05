/**
 * Internal support of the core module; not public API and subject to change without notice.
 */
@NullMarked
package dev.motcua.core.internal;

import org.jspecify.annotations.NullMarked;
