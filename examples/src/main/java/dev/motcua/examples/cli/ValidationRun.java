package dev.motcua.examples.cli;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.deadline.DossierStanding;
import dev.motcua.examples.json.ValidationJsonWriter;
import dev.motcua.rules.portal.SyncWarning;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The streaming part of {@code motcua validate}: reads the dossiers one at a time, replays independent
 * dossiers on several threads, and writes each result in input order as soon as it is known, so that memory
 * is bounded by the largest dossier (times the threads' window), not by the input.
 */
final class ValidationRun {

  /** Where the results go, one log at a time. */
  interface Output {
    void log(int index, Replay replay, DossierStanding standing, List<SyncWarning> warnings);

    /** Ends the output; returns true if every log was valid. */
    boolean end();
  }


  // The sink of the results, stopping when the writer has failed.
  private static Output checked(Output out, PrintWriter w) {
    return new Output() {
      int n;

      @Override
      public void log(int index, Replay replay, DossierStanding standing, List<SyncWarning> warnings) {
        out.log(index, replay, standing, warnings);
        if (OutputFailed.due(++n, w)) {
          throw new OutputFailed();
        }
      }

      @Override
      public boolean end() {
        boolean valid = out.end();
        if (w.checkError()) {
          throw new OutputFailed();
        }
        return valid;
      }
    };
  }

  /** A result in flight: the replay with what reading warned about. */
  private record Result(int index, Replay replay, DossierStanding standing, List<SyncWarning> warnings) {}

  private ValidationRun() {}

  /**
   * Validates every dossier of the input; returns true if all are valid.
   *
   * @throws OutputFailed if the output writer {@code w} failed
   */
  static boolean run(DossierInput input, Output output, PrintWriter w, int threads, Regulation regulation) {
    Output out = checked(output, w);
    if (input.isSingleLog()) {
      // One log, possibly huge: its events are read one at a time while it is replayed.
      Iterator<DossierEvent> events = input.singleLog();
      Replay r = regulation.validate(() -> events);
      out.log(0, r, regulation.standing(r), List.of());
      return out.end();
    }
    OrderedParallel.run(input::next, item -> {
      Replay r = regulation.validate(item.events());
      return new Result(item.index(), r, regulation.standing(r), item.warnings());
    }, res -> out.log(res.index(), res.replay(), res.standing(), res.warnings()), threads);
    return out.end();
  }

  /** The JSON output ({@link ValidationJsonWriter}). */
  static Output json(PrintWriter w, String input, String rules, boolean syncRecords) {
    return new Output() {
      // Started with the first result: an input refused before its first dossier prints nothing.
      @Nullable ValidationJsonWriter j;
      boolean valid = true;

      ValidationJsonWriter started() {
        if (j == null) {
          j = ValidationJsonWriter.open(w, input, rules, syncRecords);
        }
        return j;
      }

      @Override
      public void log(int index, Replay replay, DossierStanding standing, List<SyncWarning> warnings) {
        started().log(index, replay, standing, warnings);
        valid &= replay.isValid();
      }

      @Override
      public boolean end() {
        started().close();
        w.flush();
        return valid;
      }
    };
  }

  /** The text output: a header, one paragraph per log, a result line. */
  static Output text(PrintWriter w, String input, String rules) {
    return new Output() {
      int logs;
      int invalidLogs;
      int violations;
      boolean started;

      // Printed with the first result: an input refused before its first dossier prints nothing.
      void header() {
        if (!started) {
          started = true;
          w.print("Input: " + input + "\n");
          w.print("Rules: " + rules + "\n\n");
        }
      }

      @Override
      public void log(int index, Replay r, DossierStanding standing, List<SyncWarning> warnings) {
        header();
        logs++;
        StringBuilder sb = new StringBuilder();
        Optional<Dossier> d = r.dossier();
        sb.append("Log ").append(index + 1).append(": ");
        d.flatMap(Dossier::code).ifPresent(code -> sb.append(code).append(", "));
        sb.append(r.eventCount()).append(r.eventCount() == 1 ? " event" : " events");
        d.ifPresent(x -> sb.append(", final status ").append(x.status()));
        if (r.isValid()) {
          sb.append(" — valid\n");
          ValidateCommand.standing(sb, standing);
        } else {
          invalidLogs++;
          violations += r.violations().size();
          if (r.violations().isEmpty()) {
            sb.append(" — invalid: no event was applied\n");
          } else {
            sb.append(" — ").append(r.violations().size())
                .append(r.violations().size() == 1 ? " violation\n" : " violations\n");
          }
          ValidateCommand.standing(sb, standing);
          for (Violation v : r.violations()) {
            sb.append("  events[").append(v.eventIndex()).append("]  ").append(v.code()).append("  (")
                .append(v.isRefusal() ? "refusal: the event is not applied" : "breach: the event is applied")
                .append(")\n");
            sb.append("    Căn cứ: ").append(v.legalBasis().vi()).append('\n');
            sb.append("    Basis:  ").append(v.legalBasis().en()).append('\n');
            sb.append("    vi: ").append(v.messageVi()).append('\n');
            sb.append("    en: ").append(v.messageEn()).append('\n');
          }
        }
        for (SyncWarning x : warnings) {
          sb.append("  sync warning ").append(x.code()).append("  ").append(x.path()).append(": ").append(x.message())
              .append('\n');
        }
        w.print(sb);
      }

      @Override
      public boolean end() {
        header();
        String n = logs + (logs == 1 ? " event log" : " event logs");
        w.print('\n');
        if (invalidLogs == 0) {
          w.print("Result: valid, " + n + "\n");
        } else {
          w.print("Result: " + violations + (violations == 1 ? " violation in " : " violations in ") + invalidLogs
              + " of " + n + "\n");
        }
        w.flush();
        return invalidLogs == 0;
      }
    };
  }
}
