package dev.motcua.examples.cli;

import dev.motcua.rules.instrument.RegulationCode;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Officer;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Transition;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.examples.ConfiguredRules;
import dev.motcua.examples.ExampleCatalogue;
import dev.motcua.rules.deadline.DossierDeadlines;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.instrument.RegulationSettings;
import dev.motcua.rules.deadline.Timeliness;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code motcua demo}: one dossier through receipt, transfer, a supplement request, the supplement,
 * resolution and return at the default centre, then a second supplement request.
 *
 * <p>Every instant is fixed (the dossier is received on Friday 13 February 2026 at 10:00, just before
 * Tết), so the output is the same on every run. The regulation comes from {@link ConfiguredRules}: the due
 * date-times are {@link Regulation#dueAt} and {@link Regulation#deadlines}, and every {@code [ok]} is the
 * regulation's verdict on the event (it reported no violation with the code shown).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Walks one dossier through receipt (prints the receipt, Form 01), transfer, a supplement request, the"
          + " supplement, resolution and return at the default centre, printing each deadline and each check"
          + " of the regulation; then tries a second supplement request by the same agency."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success"})
final class DemoCommand implements Callable<Integer> {

  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu");

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(transcript(ConfiguredRules.regulation(), ConfiguredRules.description()));
    spec.commandLine().getOut().flush();
    return MotcuaCommand.EXIT_OK;
  }

  /**
   * The demo's output; a pure function of the regulation.
   *
   * @throws IllegalArgumentException if the regulation's catalogue lacks the demo's procedure
   * @throws IllegalStateException if the regulation refuses one of the demo's own events (steps 1–6)
   */
  static String transcript(Regulation regulation, String rulesDescription) {
    return new Script(regulation, rulesDescription).run();
  }

  private static final class Script {
    final Regulation regulation;
    final DossierLifecycle lifecycle;
    final String rules;
    final WorkingCalendar cal;
    final ZoneId zone;
    final StringBuilder out = new StringBuilder();

    final Procedure procedure = ExampleCatalogue.CONSTRUCTION_PERMIT;
    final String agency = procedure.competentAgency().code();
    final Officer desk = new Officer("cb-001", "Trần Thị B", ExampleCatalogue.CENTRE);
    final Officer appraiser = new Officer("cb-107", "Lê Văn C", agency);
    final Applicant applicant = Applicant.builder()
        .name("Nguyễn Văn A")
        .idNumber("095080000123")
        .phone("0912345678")
        .address("12 Trần Phú, phường 7, Bạc Liêu")
        .build();

    Script(Regulation regulation, String rules) {
      this.regulation = regulation;
      this.lifecycle = regulation.lifecycle();
      this.rules = rules;
      this.cal = regulation.calendar();
      this.zone = cal.zone();
    }

    String run() {
      line("motcua demo — one dossier at the default centre (" + ExampleCatalogue.CENTRE + "), "
          + "Vietnamese civil service calendar, times in " + zone);
      line("Rules: " + rules);
      line("All instants are fixed; the data is illustrative. Each [ok] is the regulation's verdict on the event:"
          + " it reported no violation with the code shown.");

      // 1. Receipt at the counter, Friday 13/02/2026 10:00, the last working day before Tết. The receipt
      // writes the regulation's due date-time as the appointment.
      LocalDateTime receivedAt = LocalDateTime.of(2026, 2, 13, 10, 0);
      Instant appointment = regulation.dueAt(procedure.code(), at(receivedAt));
      RegulationSettings settings = regulation.settings(regulation.instrumentAt(at(receivedAt)).orElseThrow());
      DossierCode code = DossierCode.of(ExampleCatalogue.CENTRE, receivedAt.toLocalDate(), 1);
      Filing filing = new Filing(procedure.code(), Channel.COUNTER, applicant, ExampleCatalogue.CENTRE);

      step("1. Receipt (tiếp nhận hồ sơ)");
      line("   official receipt time: " + t(cal.officialReceiptTime(receivedAt)));
      line("   processing time " + ExampleCatalogue.describe(procedure.processingTime())
          + ": the day of receipt is not counted (Civil Code 2015 Art 147–148); Tết 16–20/02/2026 is skipped");
      Transition.Applied receipt =
          apply(null, new DossierEvent.Received(at(receivedAt), desk, filing, code, appointment));
      Dossier dossier = receipt.dossier();
      DossierDeadlines deadlines = regulation.deadlines(dossier, at(receivedAt));
      line("   due date-time: " + t(deadlines.dueLocal()) + ", working time left " + hours(deadlines.workingTimeLeft()));
      check(receipt, RegulationCode.RECEIPT_OUTSIDE_RECEPTION_HOURS,
          "received at " + t(receivedAt) + ", inside the reception hours (Bạc Liêu Decision 221/QĐ-UBND Art 5)");
      check(receipt, RegulationCode.APPOINTMENT_MISMATCH, "appointment on the receipt equals the computed due"
          + " date-time (" + deadlines.instrument().citation(RegulationCode.APPOINTMENT_MISMATCH).en() + ")");
      line("");
      receipt(code, receivedAt, local(appointment));

      // 2. Hand-over to the competent agency the same afternoon.
      LocalDateTime transferredAt = LocalDateTime.of(2026, 2, 13, 14, 0);
      LocalDateTime transferDue = local(regulation.transferDeadline(at(receivedAt)));
      step("2. Transfer to " + procedure.competentAgency().name() + " (" + agency + ")");
      boolean beforeCutoff = !receivedAt.toLocalTime().isAfter(settings.transferCutoff());
      line("   deadline: received " + (beforeCutoff
              ? "before " + settings.transferCutoff() + ", so the same working day, " + t(transferDue)
              : "after " + settings.transferCutoff() + ", so at the start of the next working day, " + t(transferDue))
          + " (" + deadlines.instrument().citation(RegulationCode.TRANSFER_LATE).en() + ")");
      Transition.Applied transfer = apply(dossier,
          new DossierEvent.Transferred(at(transferredAt), desk, ExampleCatalogue.CENTRE, agency));
      dossier = transfer.dossier();
      check(transfer, RegulationCode.TRANSFER_LATE, "transferred at " + t(transferredAt) + ", within the deadline");

      // 3. The agency asks for a supplement within 3 working days of its receipt.
      LocalDateTime requestedAt = LocalDateTime.of(2026, 2, 23, 9, 0);
      int noticeDays = settings.supplementNoticeWorkingDays();
      LocalDateTime noticeDue = local(regulation.supplementNoticeDeadline(dossier, agency));
      step("3. Supplement request (yêu cầu bổ sung, hoàn thiện hồ sơ, Form 02)");
      line("   deadline for the notice: " + noticeDays + " working days after the agency's receipt, " + t(noticeDue)
          + " (" + deadlines.instrument().citation(RegulationCode.SUPPLEMENT_NOTICE_LATE).en() + ")");
      Transition.Applied request = apply(dossier, new DossierEvent.SupplementRequested(at(requestedAt), appraiser,
          agency, List.of("Bản vẽ mặt bằng công trình trên lô đất"), "Bản vẽ chưa thể hiện chỉ giới xây dựng"));
      dossier = request.dossier();
      check(request, RegulationCode.SUPPLEMENT_NOTICE_LATE, "requested at " + t(requestedAt) + ", within the deadline");
      check(request, RegulationCode.SUPPLEMENT_REQUEST_REPEATED, "first supplement request by " + agency
          + " (at most " + settings.maxSupplementRequests() + ": "
          + deadlines.instrument().citation(RegulationCode.SUPPLEMENT_REQUEST_REPEATED).en() + ")");
      line("   the processing period stops after " + hours(regulation.deadlines(dossier, at(requestedAt))
          .workingTimeUsed()) + " of working time; it restarts from zero when the complete dossier comes back");

      // 4. The applicant supplements; the period restarts.
      LocalDateTime supplementedAt = LocalDateTime.of(2026, 2, 25, 10, 0);
      step("4. Supplement received (bổ sung hồ sơ)");
      line("   the supplement carries the dossier code " + code + ", which never changes (Decree 45/2020/NĐ-CP"
          + " Art 12; the lifecycle refuses another code: DOSSIER_CODE_CHANGED)");
      dossier = apply(dossier, new DossierEvent.Supplemented(at(supplementedAt), desk, Optional.of(code))).dossier();
      deadlines = regulation.deadlines(dossier, at(supplementedAt));
      line("   the period " + (deadlines.isRestarted() ? "restarts" : "does not restart") + " from "
          + t(local(deadlines.periodStart())) + ": new due date-time " + t(deadlines.dueLocal())
          + " (" + deadlines.instrument().citation(RegulationCode.SUPPLEMENT_NOTICE_LATE).en() + ")");
      Dossier inProgress = dossier;

      // 5. Resolution.
      LocalDateTime resolvedAt = LocalDateTime.of(2026, 3, 12, 15, 0);
      step("5. Resolution (giải quyết): approved");
      dossier = apply(dossier, DossierEvent.Resolved.approved(at(resolvedAt), appraiser)).dossier();
      deadlines = regulation.deadlines(dossier, at(resolvedAt));
      Timeliness timeliness = deadlines.timeliness().orElseThrow();
      line("   " + (timeliness.isEarlyOrOnTime() ? "[ok]" : "[LATE]") + " resolved at " + t(resolvedAt) + ", due "
          + t(deadlines.dueLocal()) + ": " + timeliness.labelVi() + " / " + timeliness.labelEn() + ", after "
          + hours(deadlines.workingTimeUsed()) + " of working time in the restarted period");

      // 6. Return at the centre.
      LocalDateTime returnedAt = LocalDateTime.of(2026, 3, 13, 8, 30);
      step("6. Return of the result (trả kết quả) at the centre");
      dossier = apply(dossier, new DossierEvent.ResultReturned(at(returnedAt), desk)).dossier();
      line("   final status: " + dossier.status() + ", " + dossier.eventCount() + " events");
      Replay replay = regulation.validate(dossier.history());
      line("   [" + (replay.isValid() ? "ok" : "FAILED") + "] the whole history replays with every rule of the"
          + " regulation: " + (replay.isValid() ? "no violation" : replay.violations().size() + " violations"));
      violations(replay.violations());

      // 7. What if the agency had asked a second time, after the supplement (dossier IN_PROGRESS)?
      LocalDateTime secondAt = LocalDateTime.of(2026, 2, 26, 9, 0);
      step("7. A second supplement request by " + agency + " on " + t(secondAt) + ", after step 4");
      line("   the dossier is " + inProgress.status() + "; " + agency + " already asked "
          + inProgress.supplementRequestCount(agency) + " time(s)");
      DossierEvent second = new DossierEvent.SupplementRequested(at(secondAt), appraiser, agency,
          List.of("Giấy tờ về quyền sử dụng đất"), "Yêu cầu bổ sung lần hai");
      Transition t = lifecycle.apply(inProgress, second);
      if (t instanceof Transition.Refused) {
        line("   REFUSED by the regulation:");
      } else {
        line("   PERMITTED by the regulation's settings (at most " + settings.maxSupplementRequests()
            + " supplement requests, " + settings.supplementScope() + ")");
      }
      violations(t.violations());
      return out.toString();
    }

    private void receipt(DossierCode code, LocalDateTime receivedAt, LocalDateTime appointment) {
      line("   GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ — receipt and appointment (Form 01, Circular 01/2018/TT-VPCP)");
      field("Mã hồ sơ / Dossier code", code.toString());
      field("Thủ tục / Procedure", procedure.code() + " " + procedure.name());
      field("Lĩnh vực / Field", procedure.field().name());
      field("Cơ quan giải quyết / Agency", procedure.competentAgency().name() + " ("
          + procedure.competentAgency().code() + ")");
      field("Người nộp / Applicant", applicant.name() + ", CCCD " + applicant.idNumber().orElse("—") + ", ĐT "
          + applicant.phone().orElse("—"));
      field("Địa chỉ / Address", applicant.address().orElse("—"));
      field("Hình thức / Channel", Channel.COUNTER.labelVi() + " / " + Channel.COUNTER.labelEn());
      field("Tiếp nhận lúc / Received at", vi(receivedAt) + " (" + receivedAt.atZone(zone).toOffsetDateTime() + ")");
      field("Thời hạn / Processing time", ExampleCatalogue.describe(procedure.processingTime()));
      field("Hẹn trả kết quả / Appointment", vi(appointment) + " (" + appointment.atZone(zone).toOffsetDateTime()
          + ")");
      field("Cán bộ tiếp nhận / Received by", desk.name() + " (" + desk.id() + ")");
    }

    private Transition.Applied apply(@Nullable Dossier before, DossierEvent event) {
      Transition t = before == null ? lifecycle.start(event) : lifecycle.apply(before, event);
      if (t instanceof Transition.Applied a) {
        line("   lifecycle: " + event.type() + " applied, status " + a.dossier().status()
            + (a.findings().isEmpty() ? ", no violation" : ""));
        violations(a.findings());
        return a;
      }
      // The demo's own history must be valid; a refusal here means a rule changed under the demo.
      line("   lifecycle: " + event.type() + " REFUSED");
      violations(t.violations());
      throw new IllegalStateException("The demo's event " + event.type() + " was refused: " + t.violations());
    }

    /** Prints the regulation's verdict on one rule for an applied event: ok when it raised no such code. */
    private void check(Transition.Applied applied, RegulationCode code, String what) {
      boolean ok = applied.findings().stream().noneMatch(v -> v.code().equals(code));
      line("   [" + (ok ? "ok" : "FAILED") + "] " + what + " (" + code + (ok ? " not raised)" : ")"));
    }

    private void violations(List<Violation> vs) {
      for (Violation v : vs) {
        line("     " + v.code().code() + " (" + v.severity() + ")");
        line("       Căn cứ: " + v.legalBasis().vi());
        line("       Basis:  " + v.legalBasis().en());
        line("       vi: " + v.messageVi());
        line("       en: " + v.messageEn());
      }
    }

    private Instant at(LocalDateTime local) {
      return local.atZone(zone).toInstant();
    }

    private LocalDateTime local(Instant instant) {
      return LocalDateTime.ofInstant(instant, zone);
    }

    private String t(LocalDateTime local) {
      return Texts.dateTime(local, zone);
    }

    private String vi(LocalDateTime local) {
      return local.format(VI) + " (" + Texts.dayVi(local.toLocalDate()) + ")";
    }

    private static String hours(Duration d) {
      return Texts.f("%s%d h %02d min", d.isNegative() ? "-" : "", d.abs().toHours(), d.abs().toMinutesPart());
    }

    private void step(String title) {
      line("");
      line(title);
    }

    private void field(String label, String value) {
      line("   " + Texts.pad(label, 32) + value);
    }

    private void line(String s) {
      out.append(s).append('\n');
    }
  }
}
