package dev.motcua.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: an output must equal its file byte for byte.
 *
 * <p>To regenerate after an intended change, run the tests with {@code -Dmotcua.updateGolden=true}
 * (for example {@code mvn -B -o verify -pl examples -am -Dmotcua.updateGolden=true}), then review the
 * difference with {@code git diff} before committing. Surefire runs in the module directory, so the files
 * are written to the source tree, not to {@code target}.
 */
public final class Golden {

  /** The system property that switches from comparing to regenerating. */
  public static final String UPDATE_PROPERTY = "motcua.updateGolden";

  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /**
   * Compares an output with its golden file, or writes the file when regenerating.
   *
   * @param name the file's path under {@code golden/}, for example {@code cli/demo.txt}
   * @param actual the output
   */
  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertTrue(Files.exists(file), () -> "Golden file " + file + " is missing: run the tests with -D"
          + UPDATE_PROPERTY + "=true to create it, then review it");
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertEquals(expected, actual, () -> "Output differs from " + file + "; if the change is intended,"
          + " regenerate with -D" + UPDATE_PROPERTY + "=true and review the diff");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
