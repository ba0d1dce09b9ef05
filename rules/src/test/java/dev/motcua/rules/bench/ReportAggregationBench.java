package dev.motcua.rules.bench;

import dev.motcua.rules.Regulation;
import dev.motcua.rules.report.DossierFacts;
import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.ReportGrouping;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.rules.testing.SyntheticDossiers;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dossiers aggregated per second into the annual report 2026, rows by field, from one million synthetic
 * dossiers held in memory (about 4 000 a working day through 2026, so nearly all are counted).
 *
 * <p>Run (after {@code mvn -B -q -DskipTests install}): {@code mvn -B -Pbench -DskipTests verify -pl rules
 * -Djmh.args="-f 1 -wi 5 -w 2s -i 5 -r 1s ReportAggregationBench"}; the score is dossiers per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ReportAggregationBench {

  static final int N = 1_000_000;
  static final ReportPeriod PERIOD = ReportPeriod.annual(2026);

  List<DossierFacts> facts;

  @Setup
  public void setUp() {
    facts = SyntheticDossiers.of(Regulation.vietnam(SampleCatalogue.synthetic(8, 12, 60)), 1, LocalDate.of(2026, 1, 5))
        .withDossiersPerWorkingDay(N / 240).facts(N).collect(Collectors.toList());
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public ProcessingReport sequential() {
    return facts.stream().collect(ProcessingReport.collector(PERIOD, ReportGrouping.BY_FIELD));
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public ProcessingReport parallel() {
    return facts.parallelStream().collect(ProcessingReport.collector(PERIOD, ReportGrouping.BY_FIELD));
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public ProcessingReport sequentialByProcedure() {
    return facts.stream().collect(ProcessingReport.collector(PERIOD, ReportGrouping.BY_PROCEDURE));
  }
}
