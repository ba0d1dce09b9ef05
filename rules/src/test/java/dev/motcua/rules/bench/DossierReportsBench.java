package dev.motcua.rules.bench;

import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.report.DossierReports;
import dev.motcua.rules.report.ProcessingReport;
import dev.motcua.rules.report.ReportGrouping;
import dev.motcua.rules.report.ReportPeriod;
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
 * Dossiers per second into a report straight from in-memory lifecycle dossiers: each dossier's history is cut
 * at the cut-off, judged by the regulation (deadline restarts, timeliness, working time) and counted — the
 * whole path of {@link DossierReports#collector}, not only the counting of {@code ReportAggregationBench}.
 *
 * <p>Run (after {@code mvn -B -q -DskipTests install}): {@code mvn -B -Pbench -DskipTests verify -pl rules
 * -Djmh.args="-f 1 -wi 5 -w 2s -i 5 -r 1s DossierReportsBench"}; the score is dossiers per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DossierReportsBench {
  static final int DOSSIERS = 100_000;

  List<Dossier> dossiers;
  Regulation regulation;
  ReportPeriod period;

  @Setup
  public void setUp() {
    regulation = Regulation.vietnam(SampleCatalogue.catalogue());
    // 100 a working day from 2 March 2026: about five months of arrivals, so the May report (15/4–14/5) sees
    // carried-over, new, resolved and in-progress dossiers, and later dossiers are cut away entirely.
    dossiers = SyntheticDossiers.of(regulation, 7, LocalDate.of(2026, 3, 2)).withDossiersPerWorkingDay(100)
        .histories(DOSSIERS).map(h -> regulation.validate(h).orElseThrow()).collect(Collectors.toList());
    period = ReportPeriod.parse("2026-05");
  }

  @Benchmark
  @OperationsPerInvocation(DOSSIERS)
  public ProcessingReport sequential() {
    return dossiers.stream().collect(DossierReports.collector(regulation, period, ReportGrouping.BY_FIELD));
  }

  @Benchmark
  @OperationsPerInvocation(DOSSIERS)
  public ProcessingReport parallel() {
    return dossiers.parallelStream().collect(DossierReports.collector(regulation, period, ReportGrouping.BY_FIELD));
  }
}
