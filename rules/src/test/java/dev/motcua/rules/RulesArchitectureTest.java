package dev.motcua.rules;

import dev.motcua.core.lifecycle.ViolationCode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.motcua.core.lifecycle.DossierRule;
import org.junit.jupiter.api.Test;

/** Architecture of the rules module's main classes (DESIGN §1; STYLE "ArchUnit"). */
class RulesArchitectureTest {

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.motcua.rules");

  // With resolveMissingDependenciesFromClassPath=false (archunit.properties) only imported classes have a
  // known hierarchy, so the rules about core's interfaces import those interfaces too.
  static final JavaClasses WITH_SPI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.motcua.rules", "dev.motcua.core.lifecycle");

  @Test
  void packages_noCycles() {
    slices().matching("dev.motcua.rules.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void packagesWithRoot_noCycles() {
    // "dev.motcua.(**)" makes the root package dev.motcua.rules a slice of its own too.
    slices().matching("dev.motcua.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void root_doesNotDependOnReportJsonOrTesting() {
    noClasses().that().resideInAPackage("dev.motcua.rules")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.motcua.rules.report..", "dev.motcua.rules.json..", "dev.motcua.rules.testing..")
        .check(MAIN);
  }

  @Test
  void deadline_dependsOnlyOnInstrumentsAndProcedures() {
    noClasses().that().resideInAPackage("dev.motcua.rules.deadline..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.motcua.rules", "dev.motcua.rules.report..",
            "dev.motcua.rules.json..", "dev.motcua.rules.testing..")
        .check(MAIN);
  }

  @Test
  void instrumentsAndProcedures_areLeaves() {
    noClasses().that().resideInAnyPackage("dev.motcua.rules.instrument..", "dev.motcua.rules.procedure..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.motcua.rules", "dev.motcua.rules.deadline..",
            "dev.motcua.rules.report..", "dev.motcua.rules.json..", "dev.motcua.rules.testing..")
        .check(MAIN);
  }

  @Test
  void form_usedByNoOtherRulesPackage() {
    noClasses().that().resideOutsideOfPackage("dev.motcua.rules.form..")
        .should().dependOnClassesThat().resideInAPackage("dev.motcua.rules.form..")
        .because("the forms are derived from the regulation, never the other way round")
        .check(MAIN);
  }

  @Test
  void violationCodes_areEnums() {
    classes().that().implement(ViolationCode.class).and().resideInAPackage("dev.motcua.rules..")
        .should().beEnums()
        .because("rule codes are enum constants, not strings (issue: one concept, one type)")
        .check(WITH_SPI);
  }

  @Test
  void samplesAndGenerators_onlyInTestingPackages() {
    noClasses().that().haveSimpleNameStartingWith("Sample").or().haveSimpleNameStartingWith("Synthetic")
        .should().resideOutsideOfPackage("..testing..")
        .because("sample data and generators are testing support, reachable only by their own name")
        .check(MAIN);
  }

  @Test
  void library_doesNotDependOnTestingSupport() {
    noClasses().that().resideOutsideOfPackage("..testing..")
        .should().dependOnClassesThat().resideInAPackage("..testing..")
        .check(MAIN);
  }

  @Test
  void ruleImplementations_notPublic() {
    classes().that().implement(DossierRule.class).and().resideInAPackage("dev.motcua.rules..")
        .should().notBePublic()
        .because("hosts see rule codes and Regulation, not the rule classes (STYLE: small public API)")
        .check(WITH_SPI);
  }

  @Test
  void time4j_neverUsed() {
    noClasses().should().dependOnClassesThat().resideInAPackage("net.time4j..").check(MAIN);
  }

  @Test
  void jackson_onlyInJsonPackages() {
    noClasses().that().resideOutsideOfPackage("..json..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..").check(MAIN);
  }

  @Test
  void report_doesNotDependOnItsJsonPackageOrTestingSupport() {
    noClasses().that().resideInAPackage("dev.motcua.rules.report")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.motcua.rules.report.json..", "dev.motcua.rules.testing..")
        .check(MAIN);
  }

  @Test
  void testingSupport_usedByNoOtherPackage() {
    noClasses().that().resideOutsideOfPackage("dev.motcua.rules.testing..")
        .should().dependOnClassesThat().resideInAPackage("dev.motcua.rules.testing..")
        .because("testing support is for tests, benchmarks and demos, never for judging (DESIGN §1)")
        .check(MAIN);
  }

  @Test
  void clock_neverRead() {
    noClasses().should().callMethodWhere(
            com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("now")))
        .because("the library never reads a clock (DESIGN §1)")
        .check(MAIN);
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock").check(MAIN);
  }

  @Test
  void standardStreams_neverUsed() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(MAIN);
  }

  @Test
  void legacyDateAndGenericExceptions_neverUsed() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date").check(MAIN);
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
  }
}
