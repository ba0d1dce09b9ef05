package dev.motcua.rules.report;

import dev.motcua.core.dossier.Channel;

import dev.motcua.rules.deadline.Timeliness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random dossier facts whose instants cluster on the boundaries of a period (its start and its cut-off,
 * exactly and one minute either side), so that the boundary cases come up in every few dossiers.
 */
final class RandomFacts {

  private static final String[] CODES = {"G1", "G2", "G3", "A,B", null};
  private static final String[] NAMES = {"Đất đai", "Hộ tịch", null};
  private static final Timeliness[] TIMELINESS = Timeliness.values();
  private static final Channel[] CHANNELS = Channel.values();

  private final Instant[] anchors;
  private final Instant from;
  private final long spanSeconds;

  RandomFacts(ReportPeriod... periods) {
    List<Instant> a = new ArrayList<>();
    Instant min = periods[0].start();
    Instant max = periods[0].end();
    for (ReportPeriod p : periods) {
      for (Instant edge : new Instant[] {p.start(), p.end()}) {
        a.add(edge);
        a.add(edge.minusSeconds(60));
        a.add(edge.plusSeconds(60));
      }
      min = min.isBefore(p.start()) ? min : p.start();
      max = max.isAfter(p.end()) ? max : p.end();
    }
    this.anchors = a.toArray(new Instant[0]);
    this.from = min.minus(Duration.ofDays(30));
    this.spanSeconds = Duration.between(from, max.plus(Duration.ofDays(30))).getSeconds();
  }

  List<DossierFacts> list(Random random, int maxSize) {
    int n = random.nextInt(maxSize + 1);
    List<DossierFacts> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(next(random));
    }
    return list;
  }

  /** An instant: an anchor a third of the time, else uniform over the periods and 30 days either side. */
  Instant instant(Random random) {
    if (random.nextInt(3) == 0) {
      return anchors[random.nextInt(anchors.length)];
    }
    return from.plusSeconds(60 * (long) random.nextInt((int) (spanSeconds / 60)));
  }

  /** An instant not before {@code floor}: often equal to it or to an anchor after it. */
  Instant after(Random random, Instant floor) {
    for (int attempt = 0; attempt < 4; attempt++) {
      Instant t = instant(random);
      if (!t.isBefore(floor)) {
        return t;
      }
    }
    return random.nextBoolean() ? floor : floor.plusSeconds(60L * random.nextInt(60 * 24 * 20));
  }

  DossierFacts next(Random random) {
    DossierFacts.Builder b = DossierFacts.builder()
        .field(CODES[random.nextInt(CODES.length)], NAMES[random.nextInt(NAMES.length)])
        .agency(CODES[random.nextInt(CODES.length)], null)
        .procedure(CODES[random.nextInt(CODES.length)], null)
        .channel(CHANNELS[random.nextInt(CHANNELS.length)]);
    if (random.nextInt(8) == 0) {
      return b.refusedAt(instant(random)).build();
    }
    Instant received = instant(random);
    b.receivedAt(received).dueAt(after(random, received));
    switch (random.nextInt(6)) {
      case 0:
        return b.build();
      case 1:
        return b.withdrawnAt(after(random, received)).build();
      case 2:
        return b.stoppedAt(after(random, received)).build();
      default:
        b.resolvedAt(after(random, received), TIMELINESS[random.nextInt(TIMELINESS.length)]);
        if (random.nextInt(4) != 0) {
          b.workingTimeToResolve(Duration.ofMinutes(random.nextInt(10_000)));
        }
        return b.build();
    }
  }
}
