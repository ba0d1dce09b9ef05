package dev.motcua.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMain() {
    main = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("dev.motcua.core");
  }

  @Test
  void core_dependsOnNeitherCalendarNorRules() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.motcua.calendar..", "dev.motcua.rules..").check(main);
  }

  @Test
  void jackson_onlyInJsonPackages() {
    noClasses().that().resideOutsideOfPackage("..json..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..").check(main);
  }

  @Test
  void violationCodes_areEnums() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that()
        .implement(dev.motcua.core.lifecycle.ViolationCode.class).should().beEnums()
        .because("rule codes are enum constants, not strings").check(main);
  }

  @Test
  void samplesAndGenerators_onlyInTestingPackages() {
    noClasses().that().haveSimpleNameStartingWith("Sample").or().haveSimpleNameStartingWith("Synthetic")
        .should().resideOutsideOfPackage("..testing..").allowEmptyShould(true).check(main);
  }

  @Test
  void packages_noCycles() {
    slices().matching("dev.motcua.core.(*)..").should().beFreeOfCycles().check(main);
  }

  @Test
  void lifecycle_notUsedByDossier() {
    noClasses().that().resideInAPackage("dev.motcua.core.dossier..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.motcua.core.lifecycle..", "dev.motcua.core.json..").check(main);
  }

  @Test
  void noClock_noNow() {
    noClasses().should().callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a now() method", call -> call.getTarget().getName().equals("now")))
        .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
        .check(main);
  }

  @Test
  void noSystemOut_noDate_noGenericExceptions() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(main);
    noClasses().should().dependOnClassesThat().areAssignableTo(java.util.Date.class).check(main);
    noClasses().should().callConstructor(RuntimeException.class, String.class)
        .orShould().callConstructor(RuntimeException.class)
        .orShould().callConstructor(Exception.class, String.class)
        .orShould().callConstructor(Exception.class)
        .check(main);
  }
}
