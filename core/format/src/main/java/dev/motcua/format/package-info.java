/**
 * The one family of malformed-input errors: {@link dev.motcua.format.MalformedInputException}, which every
 * parse error of motcua extends (schedule JSON, event-log JSON, dossier codes, report periods, and the
 * catalogues and sync records to come).
 *
 * <p>Design: its own small module, because the calendar and core modules do not know each other (DESIGN §1)
 * and both throw members of the family.
 */
@NullMarked
package dev.motcua.format;

import org.jspecify.annotations.NullMarked;
