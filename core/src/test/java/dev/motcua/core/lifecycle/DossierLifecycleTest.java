package dev.motcua.core.lifecycle;

import static dev.motcua.core.dossier.DossierEventType.*;
import static dev.motcua.core.dossier.DossierStatus.*;
import static dev.motcua.core.testing.Events.CODE;
import static dev.motcua.core.testing.Events.OFFICER;
import static dev.motcua.core.testing.Events.TUE_2026_02_10_0800;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.dossier.Outcome;
import dev.motcua.core.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DossierLifecycleTest {
  private static final DossierLifecycle LIFECYCLE = DossierLifecycle.standard();

  /** Every row of the table of DESIGN §4: from-status (null = start of history), event, to-status. */
  static Stream<Arguments> data_table() {
    List<Arguments> rows = new ArrayList<>();
    rows.add(Arguments.of(null, DossierEventType.SUBMITTED, DossierStatus.SUBMITTED)); // §4 Submitted: — → SUBMITTED
    rows.add(Arguments.of(DossierStatus.SUBMITTED, DossierEventType.RETURNED_AT_INTAKE, DossierStatus.RETURNED_AT_INTAKE)); // §4, form 02
    rows.add(Arguments.of(DossierStatus.RETURNED_AT_INTAKE, RESUBMITTED, DossierStatus.SUBMITTED)); // §4 Resubmitted
    rows.add(Arguments.of(null, DossierEventType.REFUSED, DossierStatus.REFUSED)); // §4 Refused from —, form 03
    rows.add(Arguments.of(DossierStatus.SUBMITTED, DossierEventType.REFUSED, DossierStatus.REFUSED)); // §4 Refused from SUBMITTED
    rows.add(Arguments.of(DossierStatus.RETURNED_AT_INTAKE, DossierEventType.REFUSED, DossierStatus.REFUSED)); // §4 Refused from RETURNED_AT_INTAKE
    rows.add(Arguments.of(null, DossierEventType.RECEIVED, DossierStatus.RECEIVED)); // §4 Received from —, form 01
    rows.add(Arguments.of(DossierStatus.SUBMITTED, DossierEventType.RECEIVED, DossierStatus.RECEIVED)); // §4 Received from SUBMITTED
    rows.add(Arguments.of(DossierStatus.RECEIVED, TRANSFERRED, IN_PROGRESS)); // §4 Transferred, form 05
    rows.add(Arguments.of(IN_PROGRESS, TRANSFERRED, IN_PROGRESS)); // §4 Transferred between units
    rows.add(Arguments.of(IN_PROGRESS, SUPPLEMENT_REQUESTED, AWAITING_SUPPLEMENT)); // §4, form 02
    rows.add(Arguments.of(AWAITING_SUPPLEMENT, SUPPLEMENTED, IN_PROGRESS)); // §4 Supplemented, period restarts
    rows.add(Arguments.of(IN_PROGRESS, PAYMENT_REQUESTED, AWAITING_PAYMENT)); // §4 PaymentRequested
    rows.add(Arguments.of(AWAITING_PAYMENT, PAID, IN_PROGRESS)); // §4 Paid
    for (DossierStatus s : List.of(DossierStatus.RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT, AWAITING_PAYMENT)) {
      rows.add(Arguments.of(s, RESCHEDULED, s)); // §4 Rescheduled: RECEIVED, IN_PROGRESS, AWAITING_* → same, form 04
    }
    rows.add(Arguments.of(IN_PROGRESS, DossierEventType.RESOLVED, DossierStatus.RESOLVED)); // §4 Resolved
    rows.add(Arguments.of(DossierStatus.RESOLVED, RESULT_RETURNED, RETURNED)); // §4 ResultReturned
    // Decree 118/2025 Art 19(5): "Sau 15 ngày kể từ khi thông báo … thực hiện đóng hồ sơ"
    rows.add(Arguments.of(AWAITING_SUPPLEMENT, DossierEventType.CLOSED, DossierStatus.CLOSED));
    for (DossierStatus s :
        List.of(
            DossierStatus.SUBMITTED, DossierStatus.RETURNED_AT_INTAKE, DossierStatus.RECEIVED, IN_PROGRESS,
            AWAITING_SUPPLEMENT, AWAITING_PAYMENT, DossierStatus.RESOLVED)) {
      rows.add(Arguments.of(s, DossierEventType.WITHDRAWN, DossierStatus.WITHDRAWN)); // §4 Withdrawn: any non-terminal
      rows.add(Arguments.of(s, DossierEventType.STOPPED, DossierStatus.STOPPED)); // §4 Stopped: any non-terminal
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @MethodSource("data_table")
  void apply_tableRow_reachesTargetStatus(DossierStatus from, DossierEventType type, DossierStatus to) {
    Instant later = TUE_2026_02_10_0800.plus(Duration.ofDays(1));
    Transition t;
    if (from == null) {
      t = LIFECYCLE.start(Events.of(type, later, true));
    } else {
      Dossier before = LIFECYCLE.replay(Events.eventsTo(from)).orElseThrow();
      assertEquals(from, before.status());
      t = LIFECYCLE.apply(before, Events.of(type, later, false));
    }
    assertTrue(t.isApplied(), () -> "refused: " + t.violations());
    assertEquals(to, t.orElseThrow().status());
    assertEquals(List.of(), t.violations());
  }

  static Stream<Arguments> data_forbidden() {
    Set<List<Object>> permitted = new java.util.HashSet<>();
    data_table().forEach(a -> permitted.add(java.util.Arrays.asList(a.get()[0], a.get()[1])));
    List<Arguments> rows = new ArrayList<>();
    List<DossierStatus> froms = new ArrayList<>();
    froms.add(null);
    froms.addAll(List.of(DossierStatus.values()));
    for (DossierStatus from : froms) {
      for (DossierEventType type : DossierEventType.values()) {
        if (!permitted.contains(java.util.Arrays.asList(from, type))) {
          // Not a row of DESIGN §4: terminal statuses absorb, everything else is not permitted.
          StructuralCode code =
              from != null && from.isTerminal()
                  ? StructuralCode.TERMINAL_STATUS
                  : StructuralCode.EVENT_NOT_PERMITTED;
          rows.add(Arguments.of(from, type, code));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @MethodSource("data_forbidden")
  void apply_pairNotInTable_refusedWithCode(DossierStatus from, DossierEventType type, StructuralCode code) {
    Instant later = TUE_2026_02_10_0800.plus(Duration.ofDays(1));
    Transition t;
    Dossier before = null;
    if (from == null) {
      t = LIFECYCLE.start(Events.of(type, later, true));
    } else {
      before = LIFECYCLE.replay(Events.eventsTo(from)).orElseThrow();
      t = LIFECYCLE.apply(before, Events.of(type, later, false));
    }
    assertFalse(t.isApplied());
    assertEquals(List.of(code), t.violations().stream().map(Violation::code).toList());
    assertEquals(before == null ? 0 : before.eventCount(), t.violations().get(0).eventIndex());
    assertTrue(t.violations().get(0).isRefusal());
    if (before != null) {
      assertEquals(from, before.status()); // the input dossier is unchanged
    }
  }

  @Test
  void permittedEvents_everyStatus_matchesTable() {
    for (DossierStatus s : DossierStatus.values()) {
      Set<DossierEventType> expected = EnumSet.noneOf(DossierEventType.class);
      data_table().filter(a -> a.get()[0] == s).forEach(a -> expected.add((DossierEventType) a.get()[1]));
      assertEquals(expected, LIFECYCLE.permittedEvents(s), s::toString);
      assertEquals(s.isTerminal(), LIFECYCLE.permittedEvents(s).isEmpty(), s::toString);
    }
    assertEquals(EnumSet.of(DossierEventType.SUBMITTED, DossierEventType.REFUSED, DossierEventType.RECEIVED), LIFECYCLE.startEvents());
  }

  @Test
  void apply_instantBeforePrevious_refusedAndInputUnchanged() {
    Dossier received = LIFECYCLE.replay(Events.eventsTo(DossierStatus.RECEIVED)).orElseThrow();
    List<DossierEvent> historyBefore = List.copyOf(received.history());
    Transition t =
        LIFECYCLE.apply(received, Events.of(TRANSFERRED, TUE_2026_02_10_0800.minusSeconds(1), false));
    assertEquals(
        List.of(StructuralCode.INSTANT_BEFORE_PREVIOUS),
        t.violations().stream().map(Violation::code).toList());
    assertEquals(historyBefore, received.history());
    assertEquals(DossierStatus.RECEIVED, received.status());
    TransitionRefusedException e = assertThrows(TransitionRefusedException.class, t::orElseThrow);
    assertEquals(t.violations(), e.violations());
    assertTrue(e.getMessage().contains("INSTANT_BEFORE_PREVIOUS"), e.getMessage());
  }

  @Test
  void apply_notPermittedAndBackwards_returnsEveryViolation() {
    Dossier received = LIFECYCLE.replay(Events.eventsTo(DossierStatus.RECEIVED)).orElseThrow();
    Transition t = LIFECYCLE.apply(received, Events.of(PAID, TUE_2026_02_10_0800.minusSeconds(60), false));
    assertEquals(
        List.of(StructuralCode.EVENT_NOT_PERMITTED, StructuralCode.INSTANT_BEFORE_PREVIOUS),
        t.violations().stream().map(Violation::code).toList());
  }

  @Test
  void apply_sameInstantAsPrevious_applied() {
    Dossier received = LIFECYCLE.replay(Events.eventsTo(DossierStatus.RECEIVED)).orElseThrow();
    assertTrue(LIFECYCLE.apply(received, Events.of(TRANSFERRED, TUE_2026_02_10_0800, false)).isApplied());
  }

  @Test
  void start_receivedWithoutCodeOrAppointment_refusedWithBoth() {
    DossierEvent e =
        new DossierEvent.Received(
            TUE_2026_02_10_0800, OFFICER, Optional.of(Events.FILING), Optional.empty(), Optional.empty());
    assertEquals(
        List.of(StructuralCode.RECEIPT_WITHOUT_CODE, StructuralCode.RECEIPT_WITHOUT_APPOINTMENT),
        LIFECYCLE.start(e).violations().stream().map(Violation::code).toList());
  }

  @Test
  void start_appointmentNotAfterReceipt_refused() {
    DossierEvent e = new DossierEvent.Received(TUE_2026_02_10_0800, OFFICER, Events.FILING, CODE, TUE_2026_02_10_0800);
    Violation v = LIFECYCLE.start(e).violations().get(0);
    assertEquals(StructuralCode.APPOINTMENT_NOT_AFTER_EVENT, v.code());
    assertTrue(v.messageEn().contains("2026-02-10T01:00:00Z"), v.messageEn());
  }

  @Test
  void start_withoutFiling_refused() {
    DossierEvent e = new DossierEvent.Refused(TUE_2026_02_10_0800, OFFICER, "Hồ sơ giả mạo");
    assertEquals(
        List.of(StructuralCode.FILING_REQUIRED),
        LIFECYCLE.start(e).violations().stream().map(Violation::code).toList());
  }

  @Test
  void apply_supplementedWithOtherCode_refusedCodeChanged() {
    Dossier awaiting = LIFECYCLE.replay(Events.eventsTo(AWAITING_SUPPLEMENT)).orElseThrow();
    DossierCode other = DossierCode.parse("000.00.15.H05-260210-0002");
    Transition t =
        LIFECYCLE.apply(
            awaiting,
            new DossierEvent.Supplemented(TUE_2026_02_10_0800.plus(Duration.ofDays(2)), OFFICER, Optional.of(other)));
    Violation v = t.violations().get(0);
    assertEquals(StructuralCode.DOSSIER_CODE_CHANGED, v.code());
    assertTrue(v.messageVi().contains("000.00.15.H05-260210-0002"), v.messageVi());
    assertTrue(v.legalBasis().vi().contains("45/2020"), v.legalBasis().toString());
    assertTrue(
        LIFECYCLE
            .apply(
                awaiting,
                new DossierEvent.Supplemented(TUE_2026_02_10_0800.plus(Duration.ofDays(2)), OFFICER, Optional.of(CODE)))
            .isApplied());
  }

  @Test
  void apply_receivedWithOtherFiling_refusedFilingChanged() {
    Dossier submitted = LIFECYCLE.replay(Events.eventsTo(DossierStatus.SUBMITTED)).orElseThrow();
    DossierEvent.Received r = (DossierEvent.Received) Events.of(DossierEventType.RECEIVED, TUE_2026_02_10_0800, false);
    DossierEvent changed =
        new DossierEvent.Received(
            r.at(),
            r.actor(),
            Optional.of(new dev.motcua.core.dossier.Filing("9.999", Events.FILING.channel(), Events.FILING.applicant(), "000.00.15.H05")),
            r.code(),
            r.appointment());
    Transition t = LIFECYCLE.apply(submitted, changed);
    assertEquals(List.of(StructuralCode.FILING_CHANGED), t.violations().stream().map(Violation::code).toList());
    assertFalse(t.violations().get(0).messageEn().contains("Nguyễn"), "no personal data in messages");
  }

  @Test
  void derivedFields_fullHistory_foldedFromEvents() {
    Instant t0 = TUE_2026_02_10_0800;
    Instant appointment = t0.plus(Duration.ofDays(10));
    Instant newAppointment = t0.plus(Duration.ofDays(15));
    List<DossierEvent> events =
        List.of(
            new DossierEvent.Submitted(t0, Events.PORTAL, Events.FILING),
            new DossierEvent.ReturnedAtIntake(t0.plusSeconds(60), OFFICER, List.of("Tờ khai"), "Thiếu tờ khai"),
            new DossierEvent.Resubmitted(t0.plusSeconds(120), Events.PORTAL),
            new DossierEvent.Received(t0.plusSeconds(180), OFFICER, CODE, appointment),
            new DossierEvent.Transferred(t0.plusSeconds(240), OFFICER, "000.00.15.H05", "000.01.15.H05"),
            new DossierEvent.SupplementRequested(t0.plusSeconds(300), OFFICER, "000.01.15.H05", List.of("Bản vẽ"), "Sai tỷ lệ"),
            new DossierEvent.Supplemented(t0.plusSeconds(360), Events.PORTAL),
            new DossierEvent.Transferred(t0.plusSeconds(420), OFFICER, "000.01.15.H05", "000.02.15.H05"),
            new DossierEvent.Rescheduled(t0.plusSeconds(480), OFFICER, newAppointment, "Xác minh"),
            DossierEvent.Resolved.denied(t0.plusSeconds(540), OFFICER, "Không đủ điều kiện"),
            new DossierEvent.ResultReturned(t0.plusSeconds(600), OFFICER));
    Replay replay = LIFECYCLE.replay(events);
    assertTrue(replay.isValid(), replay.violations()::toString);
    Dossier d = replay.orElseThrow();
    assertEquals(RETURNED, d.status());
    assertEquals(Optional.of(CODE), d.code());
    assertEquals("1.001234", d.procedureCode());
    assertEquals(Optional.of(t0.plusSeconds(180)), d.receivedAt());
    assertEquals(Optional.of(appointment), d.originalAppointment());
    assertEquals(Optional.of(newAppointment), d.appointment());
    assertEquals(1, d.intakeNoticeCount());
    assertEquals(1, d.rescheduleCount());
    assertEquals(Map.of("000.01.15.H05", 1), d.supplementRequests());
    assertEquals(1, d.supplementRequestCount("000.01.15.H05"));
    assertEquals(0, d.supplementRequestCount("000.02.15.H05"));
    assertEquals(
        List.of("000.01.15.H05", "000.02.15.H05"), List.copyOf(d.unitReceipts().keySet()));
    assertEquals("000.02.15.H05", d.currentUnit());
    assertEquals(Optional.of(t0.plusSeconds(360)), d.lastSupplementedAt());
    assertEquals(Optional.of(Outcome.DENIED), d.outcome());
    assertEquals(Optional.of(t0.plusSeconds(540)), d.resolvedAt());
    assertEquals(events, d.history());
    assertEquals(11, d.eventCount());
  }

  @Test
  void replay_refusedEventInMiddle_continuesFromLastValidState() {
    List<DossierEvent> events = new ArrayList<>(Events.eventsTo(IN_PROGRESS));
    Instant t = TUE_2026_02_10_0800.plus(Duration.ofDays(1));
    events.add(Events.of(PAID, t, false)); // index 2: not permitted in IN_PROGRESS
    events.add(Events.of(DossierEventType.RESOLVED, t.minus(Duration.ofDays(3)), false)); // index 3: backwards
    events.add(Events.of(DossierEventType.RESOLVED, t, false)); // index 4: fine
    Replay r = LIFECYCLE.replay(events);
    assertEquals(
        List.of("EVENT_NOT_PERMITTED@2", "INSTANT_BEFORE_PREVIOUS@3"),
        r.violations().stream().map(v -> v.code().code() + "@" + v.eventIndex()).toList());
    assertEquals(DossierStatus.RESOLVED, r.dossier().orElseThrow().status());
    assertEquals(3, r.dossier().orElseThrow().eventCount());
    assertFalse(r.isValid());
    assertThrows(TransitionRefusedException.class, r::orElseThrow);
  }

  @Test
  void replay_firstEventRefused_nextEventOpensHistory() {
    List<DossierEvent> events =
        List.of(
            Events.of(TRANSFERRED, TUE_2026_02_10_0800, false),
            Events.of(DossierEventType.RECEIVED, TUE_2026_02_10_0800, true));
    Replay r = LIFECYCLE.replay(events);
    assertEquals(1, r.violations().size());
    assertEquals(0, r.violations().get(0).eventIndex());
    assertEquals(DossierStatus.RECEIVED, r.dossier().orElseThrow().status());
  }

  @Test
  void replay_empty_noDossier() {
    Replay r = LIFECYCLE.replay(List.of());
    assertEquals(Optional.empty(), r.dossier());
    assertFalse(r.isValid());
    assertThrows(IllegalStateException.class, r::orElseThrow);
  }

  /** A host's own rule code, as the {@link ViolationCode} Javadoc shows. */
  enum DeskCode implements ViolationCode {
    RESCHEDULED_TWICE,
    RULE_A,
    RULE_B;

    @Override
    public Severity defaultSeverity() {
      return Severity.BREACH;
    }
  }

  private static final LegalBasis BASIS = LegalBasis.of("Nghị định 61/2018/NĐ-CP, Điều 19 khoản 9", "Decree 61/2018/ND-CP, Art 19(9)");

  @Test
  void withRules_breach_appliedWithFindingsStampedWithIndex() {
    DossierRule twice =
        ctx ->
            ctx.after().rescheduleCount() > 1
                ? List.of(new Violation(DeskCode.RESCHEDULED_TWICE, Severity.BREACH, BASIS, 0, "Hẹn lại quá một lần", "Rescheduled more than once"))
                : List.of();
    DossierLifecycle lifecycle = LIFECYCLE.withRules(List.of(twice));
    List<DossierEvent> events = new ArrayList<>(Events.eventsTo(IN_PROGRESS));
    Instant t = TUE_2026_02_10_0800.plus(Duration.ofDays(1));
    events.add(Events.of(RESCHEDULED, t, false));
    events.add(Events.of(RESCHEDULED, t.plusSeconds(1), false));
    Replay r = lifecycle.replay(events);
    assertEquals(List.of("RESCHEDULED_TWICE@3"), r.violations().stream().map(v -> v.code().code() + "@" + v.eventIndex()).toList());
    assertEquals(4, r.dossier().orElseThrow().eventCount()); // a breach is applied
    assertEquals(List.of(), r.refusals());
    assertFalse(r.isValid());
  }

  @Test
  void withRules_refusal_refusesEventAndKeepsRuleOrder() {
    List<String> seen = new ArrayList<>();
    DossierRule a = ctx -> {
      seen.add("a" + ctx.eventIndex());
      return ctx.event().type() == TRANSFERRED
          ? List.of(ctx.breach(DeskCode.RULE_A, BASIS, "Quy tắc A", "Rule A"))
          : List.of();
    };
    DossierRule b = ctx -> ctx.event().type() == TRANSFERRED
        ? List.of(ctx.refusal(DeskCode.RULE_B, BASIS, "Quy tắc B", "Rule B"))
        : List.of();
    Dossier received = LIFECYCLE.replay(Events.eventsTo(DossierStatus.RECEIVED)).orElseThrow();
    Transition t = LIFECYCLE.withRules(List.of(a, b)).apply(received, Events.of(TRANSFERRED, TUE_2026_02_10_0800, false));
    assertInstanceOf(Transition.Refused.class, t);
    // Issue 11 §4: a refused event reports only its refusals; rule A's breach described a step not taken.
    assertEquals(List.of(DeskCode.RULE_B), t.violations().stream().map(Violation::code).toList());
    assertEquals(List.of("a1"), seen);
    assertEquals(DossierStatus.RECEIVED, received.status());
    // The refused event claimed nothing visible: applying another event to the same dossier still works.
    assertEquals(IN_PROGRESS, LIFECYCLE.apply(received, Events.of(TRANSFERRED, TUE_2026_02_10_0800, false)).orElseThrow().status());
  }

  @Test
  void withRules_eventTypes_ruleConsultedOnlyForItsTypes() {
    List<String> seen = new ArrayList<>();
    DossierRule transfers = new DossierRule() {
      @Override
      public List<Violation> check(RuleContext ctx) {
        seen.add(ctx.event().type() + "@" + ctx.eventIndex());
        return List.of(ctx.breach(DeskCode.RULE_A, BASIS, "Quy tắc A", "Rule A"));
      }

      @Override
      public java.util.Set<DossierEventType> eventTypes() {
        return java.util.EnumSet.of(TRANSFERRED);
      }
    };
    DossierRule every = ctx -> { seen.add("every@" + ctx.eventIndex()); return List.of(); };
    List<DossierEvent> events = Events.eventsTo(IN_PROGRESS); // received, transferred
    Replay r = LIFECYCLE.withRules(List.of(every, transfers)).replay(events);
    assertEquals(List.of("every@0", "every@1", "TRANSFERRED@1"), seen);
    assertEquals(List.of("RULE_A@1"), r.violations().stream().map(v -> v.code().code() + "@" + v.eventIndex()).toList());
  }

  @Test
  void withRules_nullEventTypes_npeNamingTheRule() {
    DossierRule broken = new DossierRule() {
      @Override
      public List<Violation> check(RuleContext ctx) {
        return List.of();
      }

      @Override
      public java.util.Set<DossierEventType> eventTypes() {
        return null;
      }

      @Override
      public String toString() {
        return "BROKEN";
      }
    };
    NullPointerException e = assertThrows(NullPointerException.class, () -> LIFECYCLE.withRules(List.of(broken)));
    assertTrue(e.getMessage().contains("BROKEN"), e.getMessage());
  }

  @Test
  void withRules_structurallyRefused_rulesNotConsulted() {
    List<Integer> calls = new ArrayList<>();
    DossierRule spy = ctx -> { calls.add(ctx.eventIndex()); return List.of(); };
    Dossier received = LIFECYCLE.replay(Events.eventsTo(DossierStatus.RECEIVED)).orElseThrow();
    LIFECYCLE.withRules(List.of(spy)).apply(received, Events.of(PAID, TUE_2026_02_10_0800, false));
    assertEquals(List.of(), calls);
  }

  @Test
  void apply_branchFromSameDossier_bothHistoriesIndependent() {
    Dossier received = LIFECYCLE.replay(Events.eventsTo(DossierStatus.RECEIVED)).orElseThrow();
    Dossier a = LIFECYCLE.apply(received, Events.of(TRANSFERRED, TUE_2026_02_10_0800, false)).orElseThrow();
    Dossier b = LIFECYCLE.apply(received, Events.of(DossierEventType.WITHDRAWN, TUE_2026_02_10_0800, false)).orElseThrow();
    assertEquals(TRANSFERRED, a.lastEvent().type());
    assertEquals(DossierEventType.WITHDRAWN, b.lastEvent().type());
    assertEquals(1, received.eventCount());
    assertEquals(2, a.history().size());
    assertEquals(2, b.history().size());
    assertFalse(a.equals(b));
  }

  @Test
  void standard_isSingleton() {
    assertSame(DossierLifecycle.standard(), DossierLifecycle.standard());
  }

  @Test
  void replay_nullEvent_namesItsIndex() {
    // Two refused events before the null one: the message must name the event's index (3), not the
    // number of violations found so far.
    List<DossierEvent> events = new ArrayList<>(Events.eventsTo(DossierStatus.RECEIVED));
    events.add(Events.of(DossierEventType.RESOLVED, TUE_2026_02_10_0800.plusSeconds(60), false));
    events.add(Events.of(DossierEventType.RESOLVED, TUE_2026_02_10_0800.plusSeconds(120), false));
    events.add(null);
    int nullIndex = events.size() - 1;
    NullPointerException e = assertThrows(NullPointerException.class, () -> LIFECYCLE.replay(events));
    assertEquals("events[" + nullIndex + "] is null", e.getMessage());
  }

  @Test
  void withCitations_structuralRefusal_citesThroughTheGivenCitations() {
    LegalBasis other = LegalBasis.of("Nghị định 118/2025/NĐ-CP, Điều 17", "Decree 118/2025/ND-CP, Art 17");
    List<Instant> asked = new ArrayList<>();
    DossierLifecycle cited = LIFECYCLE.withCitations((code, receivedAt) -> {
      asked.add(receivedAt);
      return other;
    });
    List<DossierEvent> events = new ArrayList<>(Events.eventsTo(DossierStatus.RECEIVED));
    Instant receipt = events.get(events.size() - 1).at();
    events.add(Events.of(DossierEventType.RESOLVED, receipt.plusSeconds(60), false));
    Violation v = cited.replay(events).violations().get(0);
    assertEquals(StructuralCode.EVENT_NOT_PERMITTED, v.code());
    assertEquals(other, v.legalBasis());
    assertEquals(List.of(receipt), asked); // the receipt decides the instrument
    assertEquals(StructuralCitations.DECREE_61_2018.cite(StructuralCode.EVENT_NOT_PERMITTED, receipt),
        LIFECYCLE.replay(events).violations().get(0).legalBasis());
  }
}
