/**
 * Not public API: the Jackson streaming layer of the national portal's sync records. Reads a JSON array of
 * records one record at a time into flat {@link dev.motcua.rules.portal.internal.json.RawRecord}s (scalar
 * fields as text, the nested progress steps, the result links) and writes them back; the mapping to and
 * from event histories is in {@link dev.motcua.rules.portal}.
 */
@NullMarked
package dev.motcua.rules.portal.internal.json;

import org.jspecify.annotations.NullMarked;
