package dev.motcua.rules.evaluation;

import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.PaymentChannel;
import dev.motcua.rules.deadline.Timeliness;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.report.ReportPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random evaluation facts whose instants cluster on the boundaries of a period (its start and cut-off,
 * exactly and one minute either side) and on the dossier's own appointment, so that the equality and
 * boundary cases come up every few dossiers; every flag is sometimes unknown.
 */
final class RandomEvaluationFacts {

  private static final String[] CODES = {"G1", "G2", "G3", "A,B", null};
  private static final String[] NAMES = {"Đất đai", "Hộ tịch", null};
  private static final Timeliness[] TIMELINESS = Timeliness.values();
  private static final Channel[] CHANNELS = Channel.values();
  private static final PaymentChannel[] PAYMENTS = PaymentChannel.values();
  private static final ResolutionUnit[] UNITS = ResolutionUnit.values();
  private static final LegalInstrument[] INSTRUMENTS = LegalInstrument.values();

  private final Instant[] anchors;
  private final Instant from;
  private final long spanMinutes;

  RandomEvaluationFacts(ReportPeriod period) {
    List<Instant> a = new ArrayList<>();
    for (Instant edge : new Instant[] {period.start(), period.end()}) {
      a.add(edge);
      a.add(edge.minusSeconds(60));
      a.add(edge.plusSeconds(60));
    }
    this.anchors = a.toArray(new Instant[0]);
    this.from = period.start().minus(Duration.ofDays(30));
    this.spanMinutes = Duration.between(from, period.end().plus(Duration.ofDays(30))).toMinutes();
  }

  List<EvaluationFacts> list(Random random, int maxSize) {
    int n = random.nextInt(maxSize + 1);
    List<EvaluationFacts> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(next(random));
    }
    return list;
  }

  Instant instant(Random random) {
    if (random.nextInt(3) == 0) {
      return anchors[random.nextInt(anchors.length)];
    }
    return from.plusSeconds(60 * (long) random.nextInt((int) spanMinutes));
  }

  /** An instant not before {@code floor}: often equal to it, to {@code also}, or to an anchor after it. */
  Instant after(Random random, Instant floor, Instant also) {
    int pick = random.nextInt(6);
    if (pick == 0) {
      return floor;
    }
    if (pick == 1 && !also.isBefore(floor)) {
      return also;
    }
    Instant t = instant(random);
    return t.isBefore(floor) ? floor.plusSeconds(60L * random.nextInt(60 * 24 * 20)) : t;
  }

  private static <T> T pick(T[] values, Random r) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T orNull(T value, Random r) {
    return r.nextInt(3) == 0 ? null : value;
  }

  EvaluationFacts next(Random r) {
    Instant received = instant(r);
    Instant appointment = after(r, received, received);
    EvaluationFacts.Builder b = EvaluationFacts.builder()
        .field(pick(CODES, r), pick(NAMES, r)).agency(pick(CODES, r), null).procedure(pick(CODES, r), null)
        .officer(pick(CODES, r), pick(NAMES, r)).channel(pick(CHANNELS, r))
        .receivedAt(received).appointment(appointment).intakeNotices(r.nextInt(3));
    LegalInstrument instrument = orNull(pick(INSTRUMENTS, r), r);
    if (instrument != null) {
      b.instrument(instrument);
    }
    Instant floor = received;
    int supplements = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0;
    for (int i = 0; i < supplements; i++) {
      Instant requested = after(r, floor, appointment);
      Instant supplied = i < supplements - 1 || r.nextBoolean() ? after(r, requested, appointment) : null;
      b.supplement(requested, supplied);
      floor = supplied == null ? requested : supplied;
    }
    switch (r.nextInt(5)) {
      case 0 -> { }
      case 1 -> b.withdrawnAt(after(r, floor, appointment));
      case 2 -> b.stoppedAt(after(r, floor, appointment));
      default -> {
        b.resolvedAt(after(r, floor, appointment), pick(TIMELINESS, r));
        if (r.nextInt(4) != 0) {
          b.resolutionTime(Duration.ofMinutes(r.nextInt(20_000)), pick(UNITS, r));
        }
      }
    }
    if (r.nextBoolean()) {
      Instant fee = after(r, received, appointment);
      b.feeRequestedAt(fee);
      if (r.nextBoolean()) {
        b.paid(after(r, fee, appointment), orNull(pick(PAYMENTS, r), r));
      }
    }
    DossierAttributes.Builder a = DossierAttributes.builder();
    if (r.nextInt(4) != 0) {
      a.digitisedComponent(r.nextBoolean());
    }
    if (r.nextInt(4) != 0) {
      a.citizenDataUsed(r.nextBoolean());
    }
    if (r.nextInt(4) != 0) {
      a.complaint(r.nextInt(4) == 0);
    }
    if (r.nextInt(3) == 0) {
      a.applicantAtFault(r.nextBoolean());
    }
    if (r.nextInt(4) != 0) {
      List<Timeliness> steps = new ArrayList<>();
      for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
        steps.add(pick(TIMELINESS, r));
      }
      a.stepTimeliness(steps);
    }
    return b.attributes(a.build()).build();
  }
}
