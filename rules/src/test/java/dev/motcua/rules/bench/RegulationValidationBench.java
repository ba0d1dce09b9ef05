package dev.motcua.rules.bench;

import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.Regulation;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events validated per second on one thread: 20 000 synthetic histories (about 7 events each) replayed with
 * every rule of {@link Regulation#vietnam()}, against the same histories with the structural rules only.
 *
 * <p>Run (after {@code mvn -B -q -DskipTests install}):
 * {@code mvn -B -o -Pbench -DskipTests verify -pl rules -Djmh.args="-f 1 -wi 3 -i 5 -w 1s -r 1s
 * RegulationValidationBench"}; the score is events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RegulationValidationBench {
  static final int HISTORIES = 20_000;

  List<List<DossierEvent>> histories;
  Regulation regulation;
  DossierLifecycle structuralOnly;

  @Setup
  public void setUp() {
    regulation = Regulation.vietnam(SampleCatalogue.catalogue());
    structuralOnly = DossierLifecycle.standard();
    histories = SyntheticDossiers.of(regulation, 1, LocalDate.of(2025, 6, 2)).withDossiersPerWorkingDay(100)
        .histories(HISTORIES).collect(Collectors.toList());
    long events = histories.stream().mapToLong(List::size).sum();
    if (events != EVENTS) {
      throw new IllegalStateException("Expected " + EVENTS + " events, generated " + events
          + "; update EVENTS for @OperationsPerInvocation");
    }
  }

  // Fixed by the seed: the number of events in the 20 000 histories, for @OperationsPerInvocation.
  static final int EVENTS = 101_408;

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void allRules(Blackhole bh) {
    for (List<DossierEvent> h : histories) {
      Replay r = regulation.validate(h);
      bh.consume(r);
    }
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void structuralOnly(Blackhole bh) {
    for (List<DossierEvent> h : histories) {
      bh.consume(structuralOnly.replay(h));
    }
  }
}
