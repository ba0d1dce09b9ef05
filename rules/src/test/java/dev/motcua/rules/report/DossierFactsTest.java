package dev.motcua.rules.report;

import dev.motcua.core.dossier.Channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.motcua.rules.deadline.Timeliness;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DossierFactsTest {

  static final Instant T0 = Instant.parse("2026-05-04T01:00:00Z");
  static final Instant T1 = Instant.parse("2026-05-05T01:00:00Z");

  @Test
  void build_receivedAndRefused_throwsNamingBoth() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DossierFacts.builder().channel(Channel.ONLINE).receivedAt(T0).refusedAt(T1).build());

    assertEquals("Exactly one of receivedAt and refusedAt is required, not receivedAt=2026-05-04T01:00:00Z"
        + " and refusedAt=2026-05-05T01:00:00Z", e.getMessage());
  }

  @Test
  void build_receivedWithoutDue_throws() {
    assertThrows(IllegalStateException.class,
        () -> DossierFacts.builder().channel(Channel.ONLINE).receivedAt(T0).build());
  }

  @Test
  void build_twoEnds_throws() {
    assertThrows(IllegalStateException.class, () -> DossierFacts.builder().channel(Channel.COUNTER)
        .receivedAt(T0).dueAt(T1).resolvedAt(T1, Timeliness.ON_TIME).withdrawnAt(T1).build());
  }

  @Test
  void build_resolvedBeforeReceipt_throwsNamingBoth() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DossierFacts.builder()
        .channel(Channel.COUNTER).receivedAt(T1).dueAt(T1).resolvedAt(T0, Timeliness.EARLY).build());

    assertEquals("Resolution 2026-05-04T01:00:00Z is before receipt 2026-05-05T01:00:00Z", e.getMessage());
  }

  @Test
  void build_refusedWithDue_throws() {
    assertThrows(IllegalStateException.class,
        () -> DossierFacts.builder().channel(Channel.ONLINE).refusedAt(T0).dueAt(T1).build());
  }

  @Test
  void field_reservedCode_throwsNamingTheCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DossierFacts.builder().field("TOTAL", null));

    assertEquals("Field code 'TOTAL' is reserved for the report's own rows", e.getMessage());
  }

  @Test
  void toBuilder_roundTrip_equal() {
    DossierFacts facts = DossierFacts.builder().field("G01", "Đất đai").channel(Channel.POSTAL)
        .receivedAt(T0).dueAt(T1).stoppedAt(T1).build();

    assertEquals(facts, facts.toBuilder().build());
    assertEquals(facts.hashCode(), facts.toBuilder().build().hashCode());
  }
}
