package dev.motcua.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.DossierRule;
import dev.motcua.core.lifecycle.LegalBasis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's last step shows whatever the configured lifecycle says about a second supplement request. */
class DemoCommandTest {

  /** A stand-in for the regulation's supplement-once rule (Decree 61/2018/NĐ-CP Art 19(4)). */
  private static final DossierRule SUPPLEMENT_ONCE = ctx -> {
    if (ctx.event() instanceof DossierEvent.SupplementRequested r
        && ctx.before().map(d -> d.supplementRequestCount(r.requestingUnit())).orElse(0) >= 1) {
      return List.of(ctx.refusal("SUPPLEMENT_ONCE_PER_AGENCY",
          LegalBasis.of("Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4", "Decree 61/2018/ND-CP, Art 19(4)"),
          "Cơ quan đã yêu cầu bổ sung một lần", "The agency already requested a supplement once"));
    }
    return List.of();
  };

  @Test
  void transcript_structuralRules_secondRequestPermittedWithNote() {
    String out = DemoCommand.transcript(DossierLifecycle.standard(), "structural");
    assertTrue(out.contains("PERMITTED by the configured rules"), out);
    assertTrue(out.contains("note: these rules do not include the regulation's supplement-once rule"), out);
  }

  @Test
  void transcript_withSupplementOnceRule_secondRequestRefusedWithCitation() {
    String out = DemoCommand.transcript(DossierLifecycle.standard().withRules(List.of(SUPPLEMENT_ONCE)), "test");
    assertTrue(out.contains("REFUSED by the configured rules:"), out);
    assertTrue(out.contains("SUPPLEMENT_ONCE_PER_AGENCY (REFUSAL) — Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4"), out);
    assertFalse(out.contains("note: these rules do not include"), out);
  }
}
