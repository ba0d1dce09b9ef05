package dev.motcua.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Architecture of the examples module's main classes (DESIGN §1; STYLE "ArchUnit"). */
class ExamplesArchitectureTest {

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.motcua.examples");

  @Test
  void otherModules_onlyPublicApi() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.motcua..internal..")
        .because("the examples show what a host can do with the public API only")
        .check(MAIN);
  }

  @Test
  void packages_noCycles() {
    slices().matching("dev.motcua.examples.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void jackson_onlyInJsonPackage() {
    noClasses().that().resideOutsideOfPackage("..json..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..").check(MAIN);
  }

  @Test
  void picocli_onlyInCliPackage() {
    noClasses().that().resideOutsideOfPackage("dev.motcua.examples.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..").check(MAIN);
  }

  @Test
  void clock_neverRead() {
    // Hosts may read a clock; these examples pass explicit instants so that their output is reproducible.
    noClasses().should().callMethodWhere(
            com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("now")))
        .check(MAIN);
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock").check(MAIN);
  }

  @Test
  void standardStreams_onlyInMainMethods() {
    noClasses().should(accessStandardStreamsOutsideMain()).check(MAIN);
  }

  @Test
  void legacyDateAndGenericExceptions_neverUsed() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date").check(MAIN);
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
  }

  private static ArchCondition<JavaClass> accessStandardStreamsOutsideMain() {
    Set<String> streams = Set.of("out", "err", "in");
    return new ArchCondition<>("access System.out, System.err or System.in outside a main method") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaFieldAccess access : item.getFieldAccessesFromSelf()) {
          boolean stream = access.getTargetOwner().isEquivalentTo(System.class)
              && streams.contains(access.getTarget().getName());
          if (stream && !access.getOrigin().getName().equals("main")) {
            events.add(SimpleConditionEvent.violated(access, description(access)));
          }
        }
      }
    };
  }

  private static String description(JavaAccess<?> access) {
    return access.getDescription();
  }
}
