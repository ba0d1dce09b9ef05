package dev.motcua.core.lifecycle;

import static org.junit.jupiter.api.Assertions.fail;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.json.EventLogJson;
import dev.motcua.core.testing.Events;
import dev.motcua.testkit.Property;
import dev.motcua.testkit.Shrink;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the lifecycle on seeded random walks (DESIGN §10), one walk per case of a parameterized test. The case
 * seeds come from the project's harness ({@link Property}: fixed by default, {@code -Dmotcua.seed=N} or
 * {@code =random} on request); a failure names the base seed, the case seed and the shortest failing prefix.
 */
class DossierLifecyclePropertyTest {
  private static final int CASES = Integer.getInteger("motcua.cases", 150);
  private static final DossierLifecycle LIFECYCLE = DossierLifecycle.standard();
  private static final DossierEventType[] TYPES = DossierEventType.values();

  static Stream<Long> data_seeds() {
    return Property.seeds("lifecycle walks", CASES).boxed();
  }

  /** A walk of permitted events only: at each step a random permitted type, instants never going back. */
  static List<DossierEvent> permittedWalk(long seed) {
    Random rnd = new Random(seed);
    List<DossierEvent> events = new ArrayList<>();
    Instant at = Events.TUE_2026_02_10_0800.plus(Duration.ofMinutes(rnd.nextInt(100_000)));
    List<DossierEventType> choices = new ArrayList<>(LIFECYCLE.startEvents());
    DossierStatus status = null;
    int length = 1 + rnd.nextInt(30);
    for (int i = 0; i < length && !choices.isEmpty(); i++) {
      DossierEventType type = choices.get(rnd.nextInt(choices.size()));
      events.add(Events.random(type, at, events.isEmpty(), rnd));
      status = status == null ? LIFECYCLE.startStatus(type).orElseThrow() : LIFECYCLE.targetStatus(status, type).orElseThrow();
      choices = new ArrayList<>(LIFECYCLE.permittedEvents(status));
      at = at.plus(Duration.ofMinutes(rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(5_000)));
    }
    return events;
  }

  /** A walk of arbitrary events: any type, sometimes going back in time, sometimes without filing. */
  static List<DossierEvent> arbitraryWalk(long seed) {
    Random rnd = new Random(seed);
    List<DossierEvent> events = new ArrayList<>(permittedWalk(seed).subList(0, 1));
    Instant at = events.get(0).at();
    int length = rnd.nextInt(40);
    for (int i = 0; i < length; i++) {
      at = at.plus(Duration.ofMinutes(rnd.nextInt(2_000) - 300));
      events.add(Events.random(TYPES[rnd.nextInt(TYPES.length)], at, rnd.nextInt(4) == 0, rnd));
    }
    return events;
  }

  /** Checks a property of one walk; on failure reports the seeds and the shortest failing prefix. */
  private static void check(long seed, List<DossierEvent> walk, Function<List<DossierEvent>, Optional<String>> property) {
    Property.forEach("walk of case seed " + seed, ignored -> Stream.of(walk))
        .shrinking(Shrink.<DossierEvent>prefixes())
        .verify(w -> property.apply(w).ifPresent(why -> fail(w.size() + " events: " + why)));
  }

  @ParameterizedTest
  @MethodSource("data_seeds")
  void apply_permittedWalk_alwaysAppliedToDefinedStatusAndMonotone(long seed) {
    check(seed, permittedWalk(seed), walk -> {
      Dossier d = null;
      for (int i = 0; i < walk.size(); i++) {
        DossierEvent e = walk.get(i);
        Transition t = d == null ? LIFECYCLE.start(e) : LIFECYCLE.apply(d, e);
        if (!t.isApplied()) {
          return Optional.of("event " + i + " refused: " + t.violations());
        }
        Dossier next = t.orElseThrow();
        Optional<DossierStatus> expected = d == null ? LIFECYCLE.startStatus(e.type()) : LIFECYCLE.targetStatus(d.status(), e.type());
        if (!expected.equals(Optional.of(next.status()))) {
          return Optional.of("event " + i + " led to " + next.status() + ", table says " + expected);
        }
        if (next.eventCount() != i + 1 || !next.history().subList(0, i).equals(d == null ? List.of() : d.history())) {
          return Optional.of("history not extended by one at " + i);
        }
        if (d != null && next.lastAt().isBefore(d.lastAt())) {
          return Optional.of("instant went back at " + i);
        }
        d = next;
      }
      return Optional.empty();
    });
  }

  @ParameterizedTest
  @MethodSource("data_seeds")
  void apply_terminalStatus_absorbsEveryEvent(long seed) {
    check(seed, permittedWalk(seed), walk -> {
      Dossier d = LIFECYCLE.replay(walk).orElseThrow();
      if (!d.status().isTerminal()) {
        return Optional.empty();
      }
      Random rnd = new Random(seed);
      for (DossierEventType type : TYPES) {
        Transition t = LIFECYCLE.apply(d, Events.random(type, d.lastAt().plusSeconds(60), false, rnd));
        if (t.isApplied() || !t.violations().get(0).code().equals(StructuralCode.TERMINAL_STATUS)) {
          return Optional.of(type + " after terminal " + d.status() + " gave " + t.violations());
        }
      }
      return Optional.empty();
    });
  }

  @ParameterizedTest
  @MethodSource("data_seeds")
  void replay_anyPrefix_equalsApplyingOneByOne(long seed) {
    check(seed, arbitraryWalk(seed), walk -> {
      Replay replay = LIFECYCLE.replay(walk);
      Dossier d = null;
      List<Violation> violations = new ArrayList<>();
      for (int i = 0; i < walk.size(); i++) {
        Transition t = d == null ? LIFECYCLE.start(walk.get(i)) : LIFECYCLE.apply(d, walk.get(i));
        // apply stamps the history index; replay stamps the list index.
        for (Violation v : t.violations()) {
          violations.add(v.withEventIndex(i));
        }
        if (t.isApplied()) {
          d = t.orElseThrow();
        }
      }
      if (!replay.dossier().equals(Optional.ofNullable(d))) {
        return Optional.of("replay gave " + replay.dossier() + ", one by one gave " + d);
      }
      if (!replay.violations().equals(violations)) {
        return Optional.of("replay violations " + replay.violations() + " vs " + violations);
      }
      return Optional.empty();
    });
  }

  @ParameterizedTest
  @MethodSource("data_seeds")
  void json_generatedLogAndDossier_roundTripEqual(long seed) {
    EventLogJson json = EventLogJson.standard();
    check(seed, arbitraryWalk(seed), walk -> {
      try {
        List<DossierEvent> read = json.read(json.write(walk));
        if (!read.equals(walk)) {
          return Optional.of("event log round trip differs: " + read);
        }
        Optional<Dossier> d = LIFECYCLE.replay(walk).dossier();
        if (d.isPresent() && !json.readDossier(json.writeDossier(d.get())).equals(d.get())) {
          return Optional.of("dossier round trip differs");
        }
        return Optional.empty();
      } catch (IOException e) {
        return Optional.of(e.toString());
      }
    });
  }
}
