/**
 * The dossier vocabulary, the lifecycle (state machine), violations and the rule SPI (DESIGN §4).
 *
 * <p>Exports its API packages; {@code dev.motcua.core.internal} is not exported. The malformed-input family
 * and Jackson (in the {@code json} package's signatures) appear in the API, so they are required
 * transitively.
 */
module dev.motcua.core {
  exports dev.motcua.core.dossier;
  exports dev.motcua.core.lifecycle;
  exports dev.motcua.core.json;
  // the streaming readers' field-name table, shared with the sync-record reader; not API
  exports dev.motcua.core.internal to dev.motcua.rules;

  requires transitive dev.motcua.format;
  requires transitive com.fasterxml.jackson.databind;
  requires com.google.common;
  // compile time only: the Immutables annotations, and what the generated classes are annotated with
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.jspecify;
}
