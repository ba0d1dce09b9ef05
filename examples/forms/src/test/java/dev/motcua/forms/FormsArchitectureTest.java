package dev.motcua.forms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** Architecture of the forms module: OpenPDF behind one class, no printing, no generic exceptions. */
class FormsArchitectureTest {

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.motcua.forms");

  @Test
  void openPdf_onlyInFormPdf() {
    noClasses().that().doNotHaveFullyQualifiedName(FormPdf.class.getName())
        .and().areNotNestedClasses()
        .should().dependOnClassesThat().resideInAPackage("com.lowagie..")
        .check(MAIN);
  }

  @Test
  void standardStreamsAndGenericExceptions_neverUsed() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(MAIN);
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
  }
}
