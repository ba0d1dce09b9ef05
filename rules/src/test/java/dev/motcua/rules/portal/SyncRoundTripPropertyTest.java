package dev.motcua.rules.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.rules.testing.SyntheticDossiers;
import dev.motcua.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Events → sync records → events judges the same: seeded synthetic histories ({@link SyntheticDossiers}) are
 * written as records, read back, and validated; the verdicts (each violation's event index and code) equal
 * those of the history without the events the portal has no status for (a return at intake, a resubmission,
 * a reschedule), which the writer reports.
 */
class SyncRoundTripPropertyTest {
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.synthetic(8, 12, 60));
  static final Set<DossierEventType> NOT_REPRESENTABLE =
      EnumSet.of(DossierEventType.RETURNED_AT_INTAKE, DossierEventType.RESUBMITTED, DossierEventType.RESCHEDULED);

  record Trip(List<List<DossierEvent>> histories, List<List<SyncWarning>> warnings, List<SyncDossier> read) {}

  static Trip roundTrip(List<List<DossierEvent>> histories) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<List<SyncWarning>> warnings = new ArrayList<>();
    try {
      try (SyncWriter.Output o = SyncWriter.of(REG.calendar().zone()).open(out)) {
        for (int i = 0; i < histories.size(); i++) {
          warnings.add(o.write(histories.get(i), "KHONGMA-" + i)); // used only if never received
        }
      }
      try (Stream<SyncDossier> s = SyncReader.of(REG.calendar().zone()).read(
          new ByteArrayInputStream(out.toByteArray()))) {
        return new Trip(histories, warnings, s.collect(Collectors.toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> verdict(Replay r) {
    return r.violations().stream().map(v -> v.eventIndex() + ":" + v.code()).collect(Collectors.toList());
  }

  static List<DossierEvent> representable(List<DossierEvent> h) {
    return h.stream().filter(e -> !NOT_REPRESENTABLE.contains(e.type())).collect(Collectors.toList());
  }

  /** The same event later by {@code d}. */
  static DossierEvent later(DossierEvent e, Duration d) {
    Instant at = e.at().plus(d);
    return switch (e.type()) {
      case SUBMITTED -> new DossierEvent.Submitted(at, e.actor(), ((DossierEvent.Submitted) e).filing());
      case RETURNED_AT_INTAKE -> new DossierEvent.ReturnedAtIntake(at, e.actor(),
          ((DossierEvent.ReturnedAtIntake) e).missingItems(), ((DossierEvent.ReturnedAtIntake) e).reason());
      case RESUBMITTED -> new DossierEvent.Resubmitted(at, e.actor());
      case REFUSED -> new DossierEvent.Refused(at, e.actor(), ((DossierEvent.Refused) e).filing(),
          ((DossierEvent.Refused) e).reason());
      case RECEIVED -> {
        DossierEvent.Received r = (DossierEvent.Received) e;
        yield new DossierEvent.Received(at, e.actor(), r.filing(), r.code(), r.appointment());
      }
      case TRANSFERRED -> new DossierEvent.Transferred(at, e.actor(), ((DossierEvent.Transferred) e).fromUnit(),
          ((DossierEvent.Transferred) e).toUnit());
      case SUPPLEMENT_REQUESTED -> {
        DossierEvent.SupplementRequested r = (DossierEvent.SupplementRequested) e;
        yield new DossierEvent.SupplementRequested(at, e.actor(), r.requestingUnit(), r.missingItems(), r.reason());
      }
      case SUPPLEMENTED -> new DossierEvent.Supplemented(at, e.actor());
      case PAYMENT_REQUESTED -> new DossierEvent.PaymentRequested(at, e.actor(), 0);
      case PAID -> new DossierEvent.Paid(at, e.actor());
      case RESCHEDULED -> new DossierEvent.Rescheduled(at, e.actor(),
          ((DossierEvent.Rescheduled) e).newAppointment(), ((DossierEvent.Rescheduled) e).reason());
      case RESOLVED -> new DossierEvent.Resolved(at, e.actor(), ((DossierEvent.Resolved) e).outcome(),
          ((DossierEvent.Resolved) e).reason());
      case RESULT_RETURNED -> new DossierEvent.ResultReturned(at, e.actor());
      case WITHDRAWN -> new DossierEvent.Withdrawn(at, e.actor(), ((DossierEvent.Withdrawn) e).reason());
      case STOPPED -> new DossierEvent.Stopped(at, e.actor(), ((DossierEvent.Stopped) e).reason());
      case CLOSED -> new DossierEvent.Closed(at, e.actor(), ((DossierEvent.Closed) e).reason());
    };
  }

  /**
   * A synthetic history, or (one time in two) the same history with its tail from a random event on moved
   * later by whole minutes up to ten days: the order is kept, deadlines are missed.
   */
  static List<DossierEvent> maybeLate(List<DossierEvent> h, Random r) {
    if (h.size() < 2 || r.nextBoolean()) {
      return h;
    }
    int from = 1 + r.nextInt(h.size() - 1);
    Duration d = Duration.ofMinutes(1 + r.nextInt(10 * 1440));
    List<DossierEvent> out = new ArrayList<>(h.subList(0, from));
    h.subList(from, h.size()).forEach(e -> out.add(later(e, d)));
    return out;
  }

  @Test
  void roundTrip_syntheticHistories_sameVerdicts() {
    Property.forAll("events → records → events", r -> r.nextLong()).trials(30).verify(seed -> {
      Random r = new Random(seed);
      List<List<DossierEvent>> histories = SyntheticDossiers.of(REG, seed, LocalDate.of(2026, 3, 2))
          .withDossiersPerWorkingDay(40).histories(80).map(h -> maybeLate(h, r)).collect(Collectors.toList());
      Trip t = roundTrip(histories);
      assertEquals(histories.size(), t.read().size());
      for (int i = 0; i < histories.size(); i++) {
        List<DossierEvent> expected = representable(histories.get(i));
        SyncDossier d = t.read().get(i);
        String where = "history " + i + " of seed " + seed + ": " + histories.get(i);
        assertEquals(histories.get(i).size() - expected.size(), t.warnings().get(i).size(), where);
        assertEquals(expected.stream().map(DossierEvent::type).collect(Collectors.toList()),
            d.history().stream().map(DossierEvent::type).collect(Collectors.toList()), where);
        assertEquals(verdict(REG.validate(expected)), verdict(REG.validate(d.history())), where);
      }
    });
  }

  @Test
  void roundTrip_syntheticHistories_someInvalidAndSomeWithEveryStatus() {
    // The law above must not hold vacuously: the workload has breaches and reaches every portal status.
    Random r = new Random(Property.seed("coverage"));
    List<List<DossierEvent>> histories = SyntheticDossiers.of(REG, Property.seed("coverage"), LocalDate.of(2026, 3, 2))
        .withDossiersPerWorkingDay(40).histories(3000).map(h -> maybeLate(h, r)).collect(Collectors.toList());
    Trip t = roundTrip(histories);
    assertTrue(t.read().stream().anyMatch(d -> !REG.validate(d.history()).isValid()), Property.describeSeed());
    Set<DossierEventType> seen = t.read().stream().flatMap(d -> d.history().stream()).map(DossierEvent::type)
        .collect(Collectors.toSet());
    assertEquals(EnumSet.complementOf(EnumSet.copyOf(NOT_REPRESENTABLE)), EnumSet.copyOf(seen),
        Property.describeSeed());
  }
}
