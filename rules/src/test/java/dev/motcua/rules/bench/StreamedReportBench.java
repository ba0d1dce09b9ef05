package dev.motcua.rules.bench;

import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.ReportColumn;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.rules.testing.SyntheticDossiers;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ten million generated dossiers streamed into the annual report 2026 in a JVM whose heap is capped at
 * 256 MB ({@code -Xmx256m}): the run fails with an OutOfMemoryError if the aggregation held the dossiers.
 * The score is the time of one pass (generation included).
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests verify -pl rules
 * -Djmh.args="-f 1 -wi 0 -i 1 StreamedReportBench"} after {@code mvn -B -q -DskipTests install} (add
 * {@code -prof gc} for allocation figures). The fork's {@code -Xmx256m} comes from the annotation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StreamedReportBench {

  static final long N = 10_000_000;
  static final SyntheticDossiers WORKLOAD = SyntheticDossiers.of(
          Regulation.vietnam(SampleCatalogue.synthetic(8, 12, 60)), 1, LocalDate.of(2026, 1, 5))
      .withDossiersPerWorkingDay((int) (N / 240));

  @Benchmark
  public long tenMillionSequential() {
    ProcessingReport report = WORKLOAD.facts(N).collect(ProcessingReport.collector(ReportPeriod.annual(2026)));
    return check(report);
  }

  @Benchmark
  public long tenMillionParallel() {
    ProcessingReport report = WORKLOAD.facts(N).parallel()
        .collect(ProcessingReport.collector(ReportPeriod.annual(2026)));
    return check(report);
  }

  private static long check(ProcessingReport report) {
    long counted = report.total().get(ReportColumn.RECEIVED_TOTAL) + report.total().get(ReportColumn.REFUSED);
    if (counted < N * 9 / 10) {
      throw new IllegalStateException("Only " + counted + " of " + N + " dossiers counted");
    }
    return counted;
  }
}
