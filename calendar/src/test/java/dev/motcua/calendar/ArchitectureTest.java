package dev.motcua.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Module boundaries of DESIGN §1, on main classes only. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.motcua.calendar");

  private static final JavaClasses TESTS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
      .importPackages("dev.motcua.calendar");

  @Test
  void time4j_notInMainCode_onlyInInternalTests() {
    // the lunar table replaced Time4J at run time; the tests that check the table against it live in internal
    noClasses().should().dependOnClassesThat().resideInAPackage("net.time4j..").check(MAIN);
    noClasses().that().resideOutsideOfPackage("dev.motcua.calendar.internal")
        .should().dependOnClassesThat().resideInAPackage("net.time4j..").check(TESTS);
  }

  @Test
  void testingSupport_usesOnlyTheApi_andTheApiNeverUsesIt() {
    noClasses().that().resideInAPackage("dev.motcua.calendar.testing..")
        .should().dependOnClassesThat().resideInAPackage("dev.motcua.calendar.internal..").check(MAIN);
    noClasses().that().resideInAPackage("dev.motcua.calendar")
        .should().dependOnClassesThat().resideInAPackage("dev.motcua.calendar.testing..").check(MAIN);
  }

  @Test
  void jackson_onlyInJsonPackages() {
    noClasses().that().resideOutsideOfPackage("..json..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..").check(MAIN);
  }

  @Test
  void internal_neverDependsOnApi() {
    noClasses().that().resideInAPackage("dev.motcua.calendar.internal..")
        .should().dependOnClassesThat().resideInAPackage("dev.motcua.calendar").check(MAIN);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.motcua.calendar.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void noClock_noSystemOut_noJavaUtilDate_noGenericExceptions() {
    noClasses().should().callMethodWhere(
        com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
            com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("now")))
        .check(MAIN);
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock").check(MAIN);
    noClasses().should().accessField(System.class, "out").check(MAIN);
    noClasses().should().accessField(System.class, "err").check(MAIN);
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date").check(MAIN);
    noClasses().should().callConstructor(RuntimeException.class, String.class).check(MAIN);
    noClasses().should().callConstructor(Exception.class, String.class).check(MAIN);
  }

  @Test
  void testkit_usesTheJdkOnly() {
    // the property harness is shared with every module's tests (test-jar): it must not drag the calendar along
    JavaClasses testkit = new ClassFileImporter().importPackages("dev.motcua.testkit");
    classes().that().resideInAPackage("dev.motcua.testkit").and().haveSimpleNameNotEndingWith("Test")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.motcua.testkit..", "org.jspecify..")
        .check(testkit);
  }
}
