package dev.motcua.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code java} block of the README is compiled and run as written (issue: the README works for a
 * newcomer), with the imports a host would write. A line {@code expression;  // → value} also checks that
 * {@code String.valueOf(expression)} is that value. Paths in snippets are relative to the repository root.
 */
class ReadmeSnippetsTest {
  static final Path REPO = Path.of("").toAbsolutePath().getParent();
  static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  static final Pattern CHECK = Pattern.compile("^(\\s*)([^=\\n]+?);\\s*// → (\\S+)(.*)$", Pattern.MULTILINE);
  static final String IMPORTS = String.join("\n",
      "import dev.motcua.calendar.*;", "import dev.motcua.calendar.testing.*;",
      "import dev.motcua.core.dossier.*;", "import dev.motcua.core.lifecycle.*;", "import dev.motcua.core.json.*;",
      "import dev.motcua.format.*;",
      "import dev.motcua.rules.*;", "import dev.motcua.rules.deadline.*;", "import dev.motcua.rules.instrument.*;",
      "import dev.motcua.rules.procedure.*;", "import dev.motcua.rules.report.*;",
      "import dev.motcua.rules.report.json.*;", "import dev.motcua.rules.json.*;",
      "import dev.motcua.rules.evaluation.*;",
      "import dev.motcua.rules.testing.*;",
      "import dev.motcua.rules.form.*;", "import dev.motcua.forms.*;",
      "import java.io.*;", "import java.nio.charset.StandardCharsets;", "import java.nio.file.*;", "import java.time.*;", "import java.util.*;",
      "import java.util.stream.*;");

  static Stream<Arguments> data_snippets() throws IOException {
    String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
    List<Arguments> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      int line = (int) readme.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      out.add(Arguments.of("README.md:" + line, m.group(1)));
    }
    assertTrue(out.size() >= 5, "the README's java snippets were not found");
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_snippets")
  void snippet_compilesAndRuns(String where, String code, @TempDir Path out) throws Exception {
    StringBuilder checked = new StringBuilder();
    Matcher c = CHECK.matcher(code);
    while (c.find()) {
      String call = c.group(1) + "check(\"" + where + "\", " + c.group(2) + ", \"" + c.group(3) + "\"); //"
          + c.group(4);
      c.appendReplacement(checked, Matcher.quoteReplacement(call));
    }
    c.appendTail(checked);
    String body = checked.toString();
    body = body.replace("Path.of(\"", "Snippet.repo(\"");
    String source = "package snippet;\n" + IMPORTS + "\n"
        + "public class Snippet {\n"
        + "  static Path repo(String first, String... more) { return Path.of(\"" + REPO.toString().replace("\\", "\\\\")
        + "\").resolve(Path.of(first, more)); }\n"
        + "  static void check(String where, Object actual, String expected) {\n"
        + "    if (!String.valueOf(actual).equals(expected)) {\n"
        + "      throw new AssertionError(where + \": expected \" + expected + \" but was \" + actual);\n"
        + "    }\n"
        + "  }\n"
        + "  public static void run() throws Exception {\n" + body + "\n  }\n}\n";
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("java.class.path") + File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///snippet/Snippet.java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      boolean ok = javac.getTask(null, files, diagnostics,
          List.of("-d", out.toString(), "-classpath", classPath, "-proc:none", "-Xlint:none"), null,
          List.of(unit)).call();
      StringBuilder errors = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.append("line ").append(d.getLineNumber() - 2 - IMPORTS.lines().count() - 7).append(" of ")
              .append(where).append(": ").append(d.getMessage(null)).append('\n');
        }
      }
      assertTrue(ok, () -> errors + "\n" + source);
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
        ReadmeSnippetsTest.class.getClassLoader())) {
      Method run = loader.loadClass("snippet.Snippet").getMethod("run");
      // A failing check or any exception of the snippet fails the test.
      run.invoke(null);
    }
  }
}
