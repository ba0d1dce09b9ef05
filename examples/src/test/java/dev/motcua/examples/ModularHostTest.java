package dev.motcua.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A modular host that {@code requires dev.motcua.rules} needs nothing else (issue: a modular build). */
class ModularHostTest {

  @Test
  void requiresRules_resolvesEveryModuleItNeeds_withoutAddModules() {
    String path = System.getProperty("jdk.module.path", System.getProperty("java.class.path"));
    Path[] entries = Arrays.stream(path.split(File.pathSeparator)).map(Path::of).filter(Files::exists)
        .toArray(Path[]::new);
    // Resolving from the root "dev.motcua.rules" alone, as the JVM does for a host module that requires it:
    // a missing "requires transitive" or an unexported dependency would fail here.
    Configuration cf = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(entries), ModuleFinder.of(), Set.of("dev.motcua.rules"));
    for (String m : Set.of("dev.motcua.rules", "dev.motcua.core", "dev.motcua.calendar", "dev.motcua.format")) {
      assertTrue(cf.findModule(m).isPresent(), m + " resolved");
    }
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
    Module rules = layer.findModule("dev.motcua.rules").orElseThrow();
    assertTrue(rules.getDescriptor().requires().stream()
        .anyMatch(r -> r.name().equals("dev.motcua.core") && r.modifiers().contains(
            java.lang.module.ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    assertTrue(!rules.isExported("dev.motcua.rules.internal"), "internal is not exported");
    assertTrue(rules.isExported("dev.motcua.rules.procedure"));
  }
}
