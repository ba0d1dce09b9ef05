package dev.motcua.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on an input larger than its heap, in a JVM of its own with {@code -Xmx24m}: what streams
 * (validate, report, evaluate) finishes; what must hold the whole of what it prints (a tracking book of every
 * dossier) says so in one line, exit 2 — it ended in {@code OutOfMemoryError} with a stack trace and exit 1, and
 * evaluate held every dossier before it streamed.
 */
class LargeInputTest {
  static final int LOGS = 25_000;
  @TempDir static Path dir;
  static Path input;

  @BeforeAll
  static void write() throws IOException {
    String log = Files.readString(Path.of("src/test/resources/logs/valid.json"), StandardCharsets.UTF_8).strip();
    input = dir.resolve("logs.json");
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      w.write('[');
      for (int i = 0; i < LOGS; i++) {
        w.write(i == 0 ? "" : ",\n");
        w.write(log);
      }
      w.write(']');
    }
  }

  record Run(int status, String out, String err) {}

  static Run motcua(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx24m", "-cp", System.getProperty("java.class.path"), MotcuaCommand.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("motcua " + String.join(" ", args) + " did not finish in 120 s");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void evaluate_streams_anInputLargerThanTheHeap() throws Exception {
    assertTrue(Files.size(input) > 40L << 20, "the input is larger than the heap: " + Files.size(input));
    Run run = motcua("evaluate", input.toString(), "--period", "2026", "--format", "csv");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().lines().count() > 1, run.out());
  }

  @Test
  void bookOfEveryDossier_notEnoughMemory_oneLineExit2() throws Exception {
    // every copy is received in 2026-Q1, so the book has a row for each: it cannot fit in 24 MB
    Run run = motcua("form", "book", input.toString(), "--period", "2026-q1");
    assertEquals(MotcuaCommand.EXIT_USAGE, run.status(), run.err());
    assertEquals("motcua form: not enough memory for this input with the JVM's heap of "
        + "24 MB: give java a larger -Xmx, or a smaller input", run.err().strip().replaceAll("heap of \\d+ MB",
            "heap of 24 MB"));
    assertFalse(run.err().contains("OutOfMemoryError") || run.err().contains("\tat "), run.err());
  }
}
