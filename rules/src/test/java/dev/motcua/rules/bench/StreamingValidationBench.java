package dev.motcua.rules.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.json.EventLogJson;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.portal.SyncDossier;
import dev.motcua.rules.portal.SyncReader;
import dev.motcua.rules.portal.SyncWriter;
import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.rules.testing.SyntheticDossiers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validating a large input as {@code motcua validate} does, streamed from its bytes, against a raw Jackson
 * token scan of the same bytes: an array of 20 000 synthetic event logs (about 100 000 events), and the same
 * dossiers as the national portal's sync records. Each benchmark handles the whole input once; the score is
 * milliseconds per input, so events/s = events ÷ score and MB/s = bytes ÷ score (both printed at setup).
 *
 * <p>Run on demand only (after {@code mvn -B -q -DskipTests install}, or in a reactor build):
 * {@code mvn -B -o -Pbench -DskipTests verify -pl rules -am -Djmh.args="StreamingValidationBench"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StreamingValidationBench {
  static final int HISTORIES = 20_000;
  static final JsonFactory FACTORY = new JsonFactory();

  byte[] events;
  byte[] records;
  Regulation regulation;
  ExecutorService two;

  @Setup
  public void setUp() throws IOException {
    regulation = Regulation.vietnam(SampleCatalogue.catalogue());
    List<List<DossierEvent>> histories = SyntheticDossiers.of(regulation, 1, LocalDate.of(2025, 6, 2))
        .withDossiersPerWorkingDay(100).histories(HISTORIES).collect(Collectors.toList());
    events = ("[" + histories.stream().map(h -> EventLogJson.standard().write(h)).collect(Collectors.joining(",\n"))
        + "]").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SyncWriter.Output o = SyncWriter.of(regulation.calendar().zone()).open(out)) {
      for (int i = 0; i < histories.size(); i++) {
        o.write(histories.get(i), "NO-CODE-" + i);
      }
    }
    records = out.toByteArray();
    long n = histories.stream().mapToLong(List::size).sum();
    System.err.printf("%n%d histories, %d events; event logs %d bytes, sync records %d bytes%n", HISTORIES, n,
        events.length, records.length);
    two = Executors.newFixedThreadPool(2);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    two.shutdownNow();
  }

  static long scan(byte[] bytes) throws IOException {
    long tokens = 0;
    try (JsonParser p = FACTORY.createParser(bytes)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * Every token of the event logs with the text of every string decoded, nothing built: what any reader that
   * keeps the values must do at least (an informative second floor; the target is against the raw scan).
   */
  @Benchmark
  public long eventLogs_tokenScanWithText(Blackhole bh) throws IOException {
    return scanWithText(events, bh);
  }

  static long scanWithText(byte[] bytes, Blackhole bh) throws IOException {
    long tokens = 0;
    try (JsonParser p = FACTORY.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          bh.consume(p.getText());
        }
        tokens++;
      }
    }
    return tokens;
  }

  /** The floor: every token of the event logs, nothing built. */
  @Benchmark
  public long eventLogs_rawTokenScan() throws IOException {
    return scan(events);
  }

  /** The event reader alone: each log's events read, nothing validated, one core. */
  @Benchmark
  public void eventLogs_readOneCore(Blackhole bh) throws IOException {
    try (EventLogJson.Batch b = EventLogJson.standard().batch(new ByteArrayInputStream(events))) {
      for (Iterator<DossierEvent> it = b.next(); it != null; it = b.next()) {
        it.forEachRemaining(bh::consume);
      }
    }
  }

  /** Streamed: each log read, then replayed with every rule, one core. */
  @Benchmark
  public void eventLogs_validateOneCore(Blackhole bh) throws IOException {
    try (EventLogJson.Batch b = EventLogJson.standard().batch(new ByteArrayInputStream(events))) {
      for (Iterator<DossierEvent> it = b.next(); it != null; it = b.next()) {
        List<DossierEvent> log = new ArrayList<>();
        it.forEachRemaining(log::add);
        bh.consume(regulation.validate(log));
      }
    }
  }

  /**
   * As {@code motcua validate} does on two processors: this thread splits the array into logs with a token
   * scan; two others parse and replay them; results are taken in input order.
   */
  @Benchmark
  public void eventLogs_validateTwoCores(Blackhole bh) throws Exception {
    ArrayDeque<Future<Replay>> inFlight = new ArrayDeque<>();
    try (JsonParser p = FACTORY.createParser(events)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        int start = (int) p.currentTokenLocation().getByteOffset();
        p.skipChildren();
        int end = (int) p.currentLocation().getByteOffset();
        inFlight.add(two.submit(() -> regulation.validate(
            EventLogJson.standard().read(new ByteArrayInputStream(events, start, end - start)))));
        if (inFlight.size() >= 32) {
          bh.consume(inFlight.remove().get());
        }
      }
    }
    while (!inFlight.isEmpty()) {
      bh.consume(inFlight.remove().get());
    }
  }

  /** The floor for the sync records. */
  @Benchmark
  public long syncRecords_rawTokenScan() throws IOException {
    return scan(records);
  }

  /** The second floor for the sync records: every token, every string's text. */
  @Benchmark
  public long syncRecords_tokenScanWithText(Blackhole bh) throws IOException {
    return scanWithText(records, bh);
  }

  /** The sync-record reader alone: records to histories. */
  @Benchmark
  public void syncRecords_read(Blackhole bh) throws IOException {
    try (InputStream in = new ByteArrayInputStream(records);
        Stream<SyncDossier> s = SyncReader.of(regulation.calendar().zone()).read(in)) {
      s.forEach(bh::consume);
    }
  }

  /** Records to histories, each replayed with every rule, one core. */
  @Benchmark
  public void syncRecords_validateOneCore(Blackhole bh) throws IOException {
    try (InputStream in = new ByteArrayInputStream(records);
        Stream<SyncDossier> s = SyncReader.of(regulation.calendar().zone()).read(in)) {
      s.forEach(d -> bh.consume(regulation.validate(d.history())));
    }
  }
}
