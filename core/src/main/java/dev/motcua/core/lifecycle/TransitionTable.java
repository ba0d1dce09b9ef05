package dev.motcua.core.lifecycle;

import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.DossierStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The transition table of DESIGN §4 as data: for each status (and for the start of a history), the
 * permitted event types and the status each leads to.
 */
final class TransitionTable {
  private static final EnumMap<DossierEventType, DossierStatus> START =
      new EnumMap<>(DossierEventType.class);
  private static final EnumMap<DossierStatus, EnumMap<DossierEventType, DossierStatus>> TABLE =
      new EnumMap<>(DossierStatus.class);
  private static final Set<DossierEventType> START_EVENTS;
  private static final EnumMap<DossierStatus, Set<DossierEventType>> PERMITTED =
      new EnumMap<>(DossierStatus.class);

  static {
    // Rows of DESIGN §4, in its order.
    START.put(DossierEventType.SUBMITTED, DossierStatus.SUBMITTED);
    row(DossierStatus.SUBMITTED, DossierEventType.RETURNED_AT_INTAKE, DossierStatus.RETURNED_AT_INTAKE);
    row(DossierStatus.RETURNED_AT_INTAKE, DossierEventType.RESUBMITTED, DossierStatus.SUBMITTED);
    START.put(DossierEventType.REFUSED, DossierStatus.REFUSED);
    row(DossierStatus.SUBMITTED, DossierEventType.REFUSED, DossierStatus.REFUSED);
    row(DossierStatus.RETURNED_AT_INTAKE, DossierEventType.REFUSED, DossierStatus.REFUSED);
    START.put(DossierEventType.RECEIVED, DossierStatus.RECEIVED);
    row(DossierStatus.SUBMITTED, DossierEventType.RECEIVED, DossierStatus.RECEIVED);
    row(DossierStatus.RECEIVED, DossierEventType.TRANSFERRED, DossierStatus.IN_PROGRESS);
    row(DossierStatus.IN_PROGRESS, DossierEventType.TRANSFERRED, DossierStatus.IN_PROGRESS);
    row(DossierStatus.IN_PROGRESS, DossierEventType.SUPPLEMENT_REQUESTED, DossierStatus.AWAITING_SUPPLEMENT);
    row(DossierStatus.AWAITING_SUPPLEMENT, DossierEventType.SUPPLEMENTED, DossierStatus.IN_PROGRESS);
    row(DossierStatus.IN_PROGRESS, DossierEventType.PAYMENT_REQUESTED, DossierStatus.AWAITING_PAYMENT);
    row(DossierStatus.AWAITING_PAYMENT, DossierEventType.PAID, DossierStatus.IN_PROGRESS);
    for (DossierStatus s :
        EnumSet.of(
            DossierStatus.RECEIVED,
            DossierStatus.IN_PROGRESS,
            DossierStatus.AWAITING_SUPPLEMENT,
            DossierStatus.AWAITING_PAYMENT)) {
      row(s, DossierEventType.RESCHEDULED, s);
    }
    row(DossierStatus.IN_PROGRESS, DossierEventType.RESOLVED, DossierStatus.RESOLVED);
    row(DossierStatus.RESOLVED, DossierEventType.RESULT_RETURNED, DossierStatus.RETURNED);
    // Decree 118/2025 Art 19(5): closing a dossier whose supplement did not come; a regulation refuses it
    // under instruments that have no such step.
    row(DossierStatus.AWAITING_SUPPLEMENT, DossierEventType.CLOSED, DossierStatus.CLOSED);
    for (DossierStatus s : DossierStatus.values()) {
      if (!s.isTerminal()) {
        row(s, DossierEventType.WITHDRAWN, DossierStatus.WITHDRAWN);
        row(s, DossierEventType.STOPPED, DossierStatus.STOPPED);
      }
    }
    START_EVENTS = Collections.unmodifiableSet(EnumSet.copyOf(START.keySet()));
    for (DossierStatus s : DossierStatus.values()) {
      EnumMap<DossierEventType, DossierStatus> row = TABLE.get(s);
      PERMITTED.put(
          s,
          Collections.unmodifiableSet(
              row == null ? EnumSet.noneOf(DossierEventType.class) : EnumSet.copyOf(row.keySet())));
    }
  }

  private TransitionTable() {}

  private static void row(DossierStatus from, DossierEventType event, DossierStatus to) {
    TABLE.computeIfAbsent(from, k -> new EnumMap<>(DossierEventType.class)).put(event, to);
  }

  static Set<DossierEventType> startEvents() {
    return START_EVENTS;
  }

  static Set<DossierEventType> permitted(DossierStatus from) {
    return PERMITTED.get(from);
  }

  static @Nullable DossierStatus startTarget(DossierEventType event) {
    return START.get(event);
  }

  static @Nullable DossierStatus target(DossierStatus from, DossierEventType event) {
    Map<DossierEventType, DossierStatus> row = TABLE.get(from);
    return row == null ? null : row.get(event);
  }
}
