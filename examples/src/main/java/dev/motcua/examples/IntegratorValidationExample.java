package dev.motcua.examples;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.json.EventLogJson;
import dev.motcua.format.MalformedInputException;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Violation;
import java.io.IOException;
import java.util.List;

/**
 * An integration gateway (hệ thống tích hợp) that receives a partner's event log as JSON, validates it
 * and answers with every violation, citing its legal basis in Vietnamese and English.
 *
 * <p>What a host does: read the log with {@link EventLogJson}, report a malformed payload by its JSON
 * path ({@link MalformedInputException#path()}), replay the history with the configured rules
 * ({@link ConfiguredRules#validator()}) and list the violations by event index.
 */
public final class IntegratorValidationExample {

  /**
   * The partner's log: received without an appointment on the receipt, then resolved without a transfer
   * to the agency, then a result returned twice.
   */
  static final String PARTNER_LOG = """
      {"formatVersion":1,"events":[
        {"type":"received","at":"2026-04-29T15:30:00+07:00",
         "actor":{"kind":"officer","id":"cb-002","name":"Phạm Thị D","unit":"000.00.15.H05"},
         "filing":{"procedureCode":"KD-001","channel":"COUNTER",
                   "applicant":{"name":"Công ty TNHH Minh Khang"},"receivingUnit":"000.00.15.H05"},
         "code":"000.00.15.H05-260429-0042"},
        {"type":"received","at":"2026-04-29T15:31:00+07:00",
         "actor":{"kind":"officer","id":"cb-002","name":"Phạm Thị D","unit":"000.00.15.H05"},
         "filing":{"procedureCode":"KD-001","channel":"COUNTER",
                   "applicant":{"name":"Công ty TNHH Minh Khang"},"receivingUnit":"000.00.15.H05"},
         "code":"000.00.15.H05-260429-0042","appointment":"2026-05-07T17:00:00+07:00"},
        {"type":"resolved","at":"2026-05-06T10:00:00+07:00",
         "actor":{"kind":"officer","id":"cb-210","name":"Võ Văn E","unit":"000.02.15.H05"},
         "outcome":"APPROVED"},
        {"type":"transferred","at":"2026-05-04T08:00:00+07:00",
         "actor":{"kind":"officer","id":"cb-002","name":"Phạm Thị D","unit":"000.00.15.H05"},
         "fromUnit":"000.00.15.H05","toUnit":"000.02.15.H05"},
        {"type":"resolved","at":"2026-05-06T10:00:00+07:00",
         "actor":{"kind":"officer","id":"cb-210","name":"Võ Văn E","unit":"000.02.15.H05"},
         "outcome":"APPROVED"},
        {"type":"result_returned","at":"2026-05-07T09:00:00+07:00",
         "actor":{"kind":"officer","id":"cb-002","name":"Phạm Thị D","unit":"000.00.15.H05"}},
        {"type":"result_returned","at":"2026-05-07T09:05:00+07:00",
         "actor":{"kind":"officer","id":"cb-002","name":"Phạm Thị D","unit":"000.00.15.H05"}}
      ]}
      """;

  /** A payload that breaks the format: an instant in a local notation. */
  static final String MALFORMED_LOG = """
      {"formatVersion":1,"events":[
        {"type":"received","at":"29/04/2026 15:30",
         "actor":{"kind":"officer","id":"cb-002","name":"Phạm Thị D","unit":"000.00.15.H05"}}
      ]}
      """;

  private IntegratorValidationExample() {}

  /**
   * Prints the gateway's answers.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Validates the two payloads.
   *
   * @return the output, lines ending with {@code \n}
   */
  public static String run() {
    return "Payload 1\n" + answer(PARTNER_LOG) + "\nPayload 2\n" + answer(MALFORMED_LOG);
  }

  /**
   * The gateway's answer to one payload.
   *
   * @param json the partner's event log
   * @return the answer
   */
  static String answer(String json) {
    List<DossierEvent> events;
    try {
      events = EventLogJson.standard().read(json);
    } catch (MalformedInputException e) {
      // Every parse error of motcua is a MalformedInputException: one catch, the same facts from each.
      return "  rejected: malformed at " + e.path().orElse("$") + ": " + e.problem()
          + e.value().map(v -> ", was " + v).orElse("") + "\n";
    } catch (IOException e) {
      return "  rejected: cannot read: " + e.getMessage() + "\n";
    }
    Replay replay = ConfiguredRules.validator().apply(events);
    StringBuilder out = new StringBuilder();
    out.append("  ").append(events.size()).append(" events checked against ").append(ConfiguredRules.description())
        .append('\n');
    if (replay.isValid()) {
      return out.append("  accepted: no violation\n").toString();
    }
    out.append("  ").append(replay.violations().size()).append(" violations, ")
        .append(replay.refusals().size()).append(" of them refusals")
        .append(replay.dossier().map(d -> "; the valid part of the history ends in " + d.status()).orElse(""))
        .append('\n');
    for (Violation v : replay.violations()) {
      out.append("  events[").append(v.eventIndex()).append("] ").append(v.code()).append(" — ")
          .append(v.legalBasis().en()).append('\n');
      out.append("      ").append(v.messageVi()).append('\n');
      out.append("      ").append(v.messageEn()).append('\n');
    }
    return out.toString();
  }
}
