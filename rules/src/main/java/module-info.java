/**
 * The regulation of the one-stop mechanism (DESIGN §6–8): instruments and their citations, procedures,
 * deadlines, the rules, reports, and testing support.
 *
 * <p>Exports its API packages; {@code dev.motcua.rules.internal} is not exported. The calendar and core
 * modules appear in the API, so they are required transitively; a modular host needs only {@code requires
 * dev.motcua.rules;}.
 */
module dev.motcua.rules {
  exports dev.motcua.rules;
  exports dev.motcua.rules.deadline;
  exports dev.motcua.rules.evaluation;
  exports dev.motcua.rules.evaluation.json;
  exports dev.motcua.rules.form;
  exports dev.motcua.rules.instrument;
  exports dev.motcua.rules.procedure;
  exports dev.motcua.rules.report;
  exports dev.motcua.rules.report.json;
  exports dev.motcua.rules.json;
  exports dev.motcua.rules.testing;
  exports dev.motcua.rules.portal;

  requires transitive dev.motcua.calendar;
  requires transitive dev.motcua.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  // compile time only: the Immutables annotations, and what the generated classes are annotated with
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.jspecify;
}
