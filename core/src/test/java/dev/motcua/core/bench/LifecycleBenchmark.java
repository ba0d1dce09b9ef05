package dev.motcua.core.bench;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.json.EventLogJson;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Transition;
import dev.motcua.core.testing.Events;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 3 targets: apply under 1 µs per event; replay at least 1M events/s; JSON read at least 200k
 * events/s. Run: {@code mvn -B -o -Pbench -DskipTests verify -pl core -Djmh.args="-f 1 -wi 3 -i 5 -w 1s -r 1s LifecycleBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LifecycleBenchmark {
  static final int EVENTS = 10_000;

  List<DossierEvent> history;
  Dossier inProgress;
  DossierEvent transfer;
  byte[] log;

  @Setup
  public void setUp() {
    // A long but valid history: receipt, then transfers and reschedules in turn.
    Instant t = Events.TUE_2026_02_10_0800;
    history = new ArrayList<>();
    history.add(Events.of(DossierEventType.RECEIVED, t, true));
    for (int i = 1; i < EVENTS; i++) {
      t = t.plus(Duration.ofMinutes(1));
      history.add(Events.of(i % 2 == 0 ? DossierEventType.RESCHEDULED : DossierEventType.TRANSFERRED, t, false));
    }
    inProgress = DossierLifecycle.standard().replay(history.subList(0, 2)).orElseThrow();
    transfer = Events.of(DossierEventType.TRANSFERRED, t, false);
    log = EventLogJson.standard().write(history).getBytes(StandardCharsets.UTF_8);
  }

  /** One event applied to a short dossier (branching, so the history prefix is copied). */
  @Benchmark
  public Transition apply() {
    return DossierLifecycle.standard().apply(inProgress, transfer);
  }

  /** A whole history replayed; the score is per event. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public Replay replay() {
    return DossierLifecycle.standard().replay(history);
  }

  /** A whole event log streamed from JSON bytes; the score is per event. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void jsonRead(Blackhole bh) throws IOException {
    try (Stream<DossierEvent> events = EventLogJson.standard().stream(new ByteArrayInputStream(log))) {
      events.forEach(bh::consume);
    }
  }
}
