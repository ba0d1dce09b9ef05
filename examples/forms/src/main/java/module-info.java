/**
 * Print-ready one-stop forms: PDF (OpenPDF, embedded DejaVu fonts) and HTML renderings of the form data of
 * {@code dev.motcua.rules.form}, kept out of the domain library so that it has no PDF dependency.
 */
module dev.motcua.forms {
  exports dev.motcua.forms;

  requires transitive dev.motcua.rules;
  requires com.github.librepdf.openpdf;
  requires static org.jspecify;
}
