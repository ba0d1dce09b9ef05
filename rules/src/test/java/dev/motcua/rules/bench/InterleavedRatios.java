package dev.motcua.rules.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The one-core ratios of {@link StreamingValidationBench} measured round by round: each round runs the raw
 * token scan and the readers on the same bytes back to back, in rotating order, and the ratio is taken per
 * round. On a shared machine whose speed drifts by half within seconds (seen here: the same scan at 52 and
 * 81 ms in one JMH run), JMH's sequential benchmarks can compare a slow phase with a fast one; a ratio of
 * two runs a few hundred milliseconds apart cannot drift that way. The median and quartiles are printed.
 *
 * <p>Run on demand (not in CI), after {@code mvn -B -q -DskipTests install}: {@code java -cp
 * rules/target/test-classes:<test classpath> dev.motcua.rules.bench.InterleavedRatios [rounds [all|events|sync]]}:
 * {@code events} or {@code sync} runs one input's workloads alone in the JVM, as a run of motcua on one input
 * does (with all eight, the parser's code is compiled for both readers, which slows each by a few percent).
 */
public final class InterleavedRatios {
  private InterleavedRatios() {}

  private interface Work {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    // "events" or "sync": only that input's workloads in this JVM, as in a run of motcua on one input, where
    // the JIT compiles the parser for one reader and not for both (JMH gives each benchmark a JVM of its own)
    String only = args.length > 1 ? args[1] : "all";
    if (!only.equals("all") && !only.equals("events") && !only.equals("sync")) {
      throw new IllegalArgumentException("expected all, events or sync, was " + only);
    }
    StreamingValidationBench b = new StreamingValidationBench();
    b.setUp();
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    // The scans with text are the informative second floor: what any reader that keeps the strings must do.
    String[] names = {"eventLogs_rawTokenScan", "eventLogs_tokenScanWithText", "eventLogs_readOneCore",
        "eventLogs_validateOneCore", "syncRecords_rawTokenScan", "syncRecords_tokenScanWithText", "syncRecords_read",
        "syncRecords_validateOneCore"};
    Work[] work = {
      () -> bh.consume(StreamingValidationBench.scan(b.events)),
      () -> bh.consume(StreamingValidationBench.scanWithText(b.events, bh)),
      () -> b.eventLogs_readOneCore(bh),
      () -> b.eventLogs_validateOneCore(bh),
      () -> bh.consume(StreamingValidationBench.scan(b.records)),
      () -> bh.consume(StreamingValidationBench.scanWithText(b.records, bh)),
      () -> b.syncRecords_read(bh),
      () -> b.syncRecords_validateOneCore(bh),
    };
    boolean[] runs = new boolean[work.length];
    for (int i = 0; i < work.length; i++) {
      runs[i] = only.equals("all") || (i < 4) == only.equals("events");
    }
    int warmup = Math.max(10, rounds / 4);
    long[][] nanos = new long[work.length][rounds];
    for (int r = -warmup; r < rounds; r++) {
      for (int k = 0; k < work.length; k++) {
        // rotate the order so no workload always follows the same one
        int i = Math.floorMod(k + r, work.length);
        if (!runs[i]) {
          continue;
        }
        long t0 = System.nanoTime();
        work[i].run();
        long t = System.nanoTime() - t0;
        if (r >= 0) {
          nanos[i][r] = t;
        }
      }
    }
    b.tearDown();
    System.out.printf(Locale.ROOT, "%d rounds after %d of warm-up; ms per input (median) and ratio to the raw scan"
        + " of the same bytes per round (quartiles)%n", rounds, warmup);
    for (int i = 0; i < work.length; i++) {
      if (!runs[i]) {
        continue;
      }
      int scan = i < 4 ? 0 : 4;
      List<Double> ratios = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        ratios.add((double) nanos[i][r] / nanos[scan][r]);
      }
      double[] q = quartiles(ratios);
      double ms = median(nanos[i]) / 1e6;
      System.out.printf(Locale.ROOT, "%-28s %8.1f ms   ×%.2f [%.2f – %.2f]%n", names[i], ms, q[1], q[0], q[2]);
    }
  }

  private static double median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
  }

  private static double[] quartiles(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new double[] {v[v.length / 4], v[v.length / 2], v[(3 * v.length) / 4]};
  }
}
