package dev.motcua.examples.cli;

import dev.motcua.rules.instrument.RegulationCode;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.examples.ConfiguredRules;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.instrument.RegulationSettings;
import org.junit.jupiter.api.Test;

/** The demo's checks and its last step follow the regulation's verdicts, whatever its settings. */
class DemoCommandTest {

  @Test
  void transcript_configuredRegulation_secondRequestRefusedWithCitation() {
    String out = DemoCommand.transcript(ConfiguredRules.regulation(), "configured");
    assertTrue(out.contains("REFUSED by the regulation:"), out);
    assertTrue(out.contains("     " + RegulationCode.SUPPLEMENT_REQUEST_REPEATED + " (REFUSAL)"), out);
    // Received in 2026: judged under Decree 118/2025, Art 11(2)(c) "chỉ được yêu cầu sửa đổi, bổ sung một lần".
    assertTrue(out.contains("Nghị định 118/2025/NĐ-CP, Điều 11 khoản 2 điểm c (với Điều 19 khoản 5)"), out);
    assertTrue(out.contains("Decree 118/2025/ND-CP, Art 11(2)(c) (with 19(5))"), out);
    assertFalse(out.contains("[FAILED]"), out);
  }

  @Test
  void transcript_twoRequestsAllowed_secondRequestPermitted() {
    Regulation twice = ConfiguredRules.regulation()
        .withSettings(RegulationSettings.builder().maxSupplementRequests(2).build());
    String out = DemoCommand.transcript(twice, "two requests");
    assertTrue(out.contains("PERMITTED by the regulation's settings (at most 2 supplement requests"), out);
    assertFalse(out.contains("REFUSED"), out);
  }
}
