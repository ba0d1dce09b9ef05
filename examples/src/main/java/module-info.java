/**
 * Runnable host programs and the {@code motcua} command line (DESIGN §1): examples of embedding the rules
 * module, not a library to depend on.
 *
 * <p>Exports the embedding examples and the CLI entry point; the command classes are opened to picocli,
 * which reads their annotations reflectively.
 */
module dev.motcua.examples {
  exports dev.motcua.examples;
  exports dev.motcua.examples.cli;
  exports dev.motcua.examples.json;
  opens dev.motcua.examples.cli to info.picocli;

  requires dev.motcua.rules;
  requires dev.motcua.forms;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires java.desktop;
  requires org.jfree.jfreechart;
  requires static org.jspecify;
}
