package dev.motcua.core.lifecycle;

import dev.motcua.core.dossier.DossierEvent;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The append-only store behind dossier histories.
 *
 * <p>Why: a dossier is immutable, yet applying an event must not copy the whole history (replay would be
 * quadratic). Dossiers share one array and each sees its own prefix {@code [0, size)}. Appending to the
 * longest prefix claims the next slot with a compare-and-set and writes in place; appending to a shorter
 * prefix (a branch: two different events applied to the same dossier) copies the prefix into a new buffer.
 * A slot is written before the dossier that sees it is constructed, and dossiers reach the array through
 * final fields only, so the Java memory model's final-field guarantee makes every visible slot safely
 * published. A slot, once claimed, is never written again.
 */
final class EventBuffer {
  private static final int MIN_CAPACITY = 8;

  final DossierEvent[] events;
  private final AtomicInteger used;

  private EventBuffer(DossierEvent[] events, int used) {
    this.events = events;
    this.used = new AtomicInteger(used);
  }

  static EventBuffer of(DossierEvent first) {
    DossierEvent[] events = new DossierEvent[MIN_CAPACITY];
    events[0] = first;
    return new EventBuffer(events, 1);
  }

  /** Returns a buffer whose prefix of length {@code size + 1} is this buffer's prefix of length size, then e. */
  EventBuffer append(int size, DossierEvent e) {
    if (size < events.length && used.compareAndSet(size, size + 1)) {
      events[size] = e;
      return this;
    }
    DossierEvent[] copy = new DossierEvent[Math.max(MIN_CAPACITY, size * 2)];
    System.arraycopy(events, 0, copy, 0, size);
    copy[size] = e;
    return new EventBuffer(copy, size + 1);
  }
}
