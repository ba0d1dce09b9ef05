package dev.motcua.rules.bench;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.evaluation.Evaluation;
import dev.motcua.rules.evaluation.EvaluationGrouping;
import dev.motcua.rules.evaluation.EvaluationHistories;
import dev.motcua.rules.evaluation.EvaluationSettings;
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
 * Histories per second into an evaluation: each history cut at the cut-off, validated by the regulation, read
 * as facts (deadlines, working time net of supplements) and counted — the whole path of {@link
 * EvaluationHistories#collector}.
 *
 * <p>Run (after {@code mvn -B -q -DskipTests install}): {@code mvn -B -Pbench -DskipTests verify -pl rules
 * -Djmh.args="-f 1 -wi 5 -w 2s -i 5 -r 1s EvaluationBench"}; the score is histories per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvaluationBench {
  static final int DOSSIERS = 100_000;

  List<List<DossierEvent>> histories;
  Regulation regulation;
  ReportPeriod period;

  @Setup
  public void setUp() {
    regulation = Regulation.vietnam(SampleCatalogue.catalogue());
    histories = SyntheticDossiers.of(regulation, 7, LocalDate.of(2026, 3, 2)).withDossiersPerWorkingDay(100)
        .histories(DOSSIERS).collect(Collectors.toList());
    period = ReportPeriod.parse("2026-05");
  }

  @Benchmark
  @OperationsPerInvocation(DOSSIERS)
  public Evaluation sequential() {
    return histories.stream().collect(EvaluationHistories.collector(regulation, period,
        EvaluationGrouping.BY_AGENCY, EvaluationSettings.defaults()));
  }

  @Benchmark
  @OperationsPerInvocation(DOSSIERS)
  public Evaluation parallel() {
    return histories.parallelStream().collect(EvaluationHistories.collector(regulation, period,
        EvaluationGrouping.BY_AGENCY, EvaluationSettings.defaults()));
  }
}
