package dev.motcua.rules.bench;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Two builds of motcua compared in one JVM, workload by workload of {@link StreamingValidationBench}: each build
 * is loaded by its own class loader, the two run back to back in alternating order, and the ratio B/A is taken
 * per round (median and quartiles printed). On a machine whose
 * speed drifts by half within seconds, two JMH runs minutes apart cannot tell a 5% change from the drift; a
 * ratio of two passes a few hundred milliseconds apart can. Include {@code eventScan} as the control: both
 * builds run the same Jackson scan, so its ratio shows what the harness itself tilts (the same build on both sides gave 0.92 for the scan and 1.01 for
 * reading, 10 rounds: a difference under about 8% is not a finding).
 *
 * <p>Run on demand (not in CI). Write each build's class path to a file, one line with {@code :} between entries
 * (its {@code rules/target/classes}, {@code rules/target/test-classes}, the other modules' classes and the jars
 * of {@code mvn dependency:build-classpath}); build A in a worktree of the older commit ({@code git worktree
 * add}), both after {@code test-compile}. Then {@code java -Xmx2g -cp rules/target/test-classes
 * dev.motcua.rules.bench.BuildComparison a.txt b.txt eventScan,eventRead,eventValidate,syncRead,syncValidate 24}.
 */
public final class BuildComparison {
  private BuildComparison() {}

  /** The workloads by name, in whichever class loader loaded this class. */
  public static final class Task implements Consumer<String> {
    private final StreamingValidationBench b = new StreamingValidationBench();
    private final org.openjdk.jmh.infra.Blackhole bh = new org.openjdk.jmh.infra.Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    /**
     * Builds the inputs of the benchmark.
     *
     * @throws java.io.IOException never: the inputs are generated in memory
     */
    public Task() throws java.io.IOException {
      b.setUp();
    }

    @Override
    public void accept(String workload) {
      try {
        switch (workload) {
          case "eventScan" -> b.eventLogs_rawTokenScan();
          case "eventRead" -> b.eventLogs_readOneCore(bh);
          case "eventValidate" -> b.eventLogs_validateOneCore(bh);
          case "syncScan" -> b.syncRecords_rawTokenScan();
          case "syncRead" -> b.syncRecords_read(bh);
          case "syncValidate" -> b.syncRecords_validateOneCore(bh);
          default -> throw new IllegalArgumentException("unknown workload " + workload + ", expected eventScan,"
              + " eventRead, eventValidate, syncScan, syncRead or syncValidate");
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * Compares two builds.
   *
   * @param args the class-path files of builds A and B, the workloads (comma-separated), the rounds
   * @throws Exception if a build cannot be loaded
   */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: BuildComparison <a-classpath.txt> <b-classpath.txt> <workload,…> <rounds>");
      System.exit(2);
    }
    Consumer<String>[] builds = new Consumer[2];
    for (int i = 0; i < 2; i++) {
      List<URL> urls = new ArrayList<>();
      for (String entry : Files.readString(Path.of(args[i])).trim().split(":")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
      // parent: the platform loader, so nothing of motcua or its libraries is shared between the builds
      ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      builds[i] = (Consumer<String>) loader.loadClass(Task.class.getName()).getConstructor().newInstance();
    }
    int rounds = Integer.parseInt(args[3]);
    for (String workload : args[2].split(",")) {
      double[][] wall = new double[2][rounds];
      for (int r = -8; r < rounds; r++) {
        for (int k = 0; k < 2; k++) {
          int i = (r + k) & 1; // alternate which build goes first
          long t0 = System.nanoTime();
          builds[i].accept(workload);
          long dt = System.nanoTime() - t0;
          if (r >= 0) {
            wall[i][r] = dt / 1e6;
          }
        }
      }
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = wall[1][r] / wall[0][r];
      }
      System.out.printf(Locale.ROOT, "%-14s A %.1f ms  B %.1f ms  B/A median %.3f [%.3f – %.3f]%n",
          workload, quantile(wall[0], .5), quantile(wall[1], .5), quantile(ratio, .5), quantile(ratio, .25),
          quantile(ratio, .75));
    }
  }

  private static double quantile(double[] values, double p) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s[(int) Math.round(p * (s.length - 1))];
  }
}
