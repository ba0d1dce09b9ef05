/**
 * JSON formats of the core module (Jackson): events, event logs and dossiers.
 *
 * <p>Events carry an explicit {@code "type"} discriminator from a closed list (the {@link
 * dev.motcua.core.dossier.DossierEventType#jsonName() JSON names}); there is no default typing and no class
 * name in JSON. Instants are ISO-8601 date-times with an offset. Unknown fields, unknown types, missing
 * fields and wrong formats throw a {@link dev.motcua.core.json.JsonFormatException} naming the JSON path,
 * for example {@code events[3].at}. {@link dev.motcua.core.json.CoreJsonModule} plugs the formats into a
 * host's {@code ObjectMapper}; {@link dev.motcua.core.json.EventLogJson} reads and writes versioned event
 * logs ({@code {"formatVersion":1,"events":[…]}}) and dossiers, streaming large logs.
 */
@NullMarked
package dev.motcua.core.json;

import org.jspecify.annotations.NullMarked;
