package dev.motcua.examples.cli;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.calendar.WorkingCalendars;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Officer;
import dev.motcua.core.dossier.Procedure;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.Transition;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.examples.ConfiguredRules;
import dev.motcua.examples.ExampleCatalogue;
import dev.motcua.rules.timeliness.Timeliness;
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
 * Tết), so the output is the same on every run; the lifecycle comes from {@link ConfiguredRules}.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Walks one dossier through receipt (prints the receipt, Form 01), transfer, a supplement request, the"
          + " supplement, resolution and return at the default centre, printing each deadline and each check;"
          + " then tries a second supplement request by the same agency."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success"})
final class DemoCommand implements Callable<Integer> {

  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu");

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(transcript(ConfiguredRules.lifecycle(), ConfiguredRules.description()));
    spec.commandLine().getOut().flush();
    return MotcuaCommand.EXIT_OK;
  }

  /** The demo's output; a pure function of the lifecycle. */
  static String transcript(DossierLifecycle lifecycle, String rulesDescription) {
    return new Script(lifecycle, rulesDescription).run();
  }

  private static final class Script {
    final DossierLifecycle lifecycle;
    final String rules;
    final WorkingCalendar cal = WorkingCalendars.vietnamCivilService();
    final ZoneId zone = cal.zone();
    final StringBuilder out = new StringBuilder();

    final Procedure procedure = ExampleCatalogue.CONSTRUCTION_PERMIT;
    final ProcessingTime time = ExampleCatalogue.processingTime(procedure.processingPeriod());
    final String agency = procedure.competentAgency().code();
    final Officer desk = new Officer("cb-001", "Trần Thị B", ExampleCatalogue.CENTRE);
    final Officer appraiser = new Officer("cb-107", "Lê Văn C", agency);
    final Applicant applicant = Applicant.builder()
        .name("Nguyễn Văn A")
        .idNumber("095080000123")
        .phone("0912345678")
        .address("12 Trần Phú, phường 7, Bạc Liêu")
        .build();

    Script(DossierLifecycle lifecycle, String rules) {
      this.lifecycle = lifecycle;
      this.rules = rules;
    }

    String run() {
      line("motcua demo — one dossier at the default centre (" + ExampleCatalogue.CENTRE + "), "
          + "Vietnamese civil service calendar, times in " + zone);
      line("Rules: " + rules);
      line("All instants are fixed; the data is illustrative.");

      // 1. Receipt at the counter, Friday 13/02/2026 10:00, the last working day before Tết.
      LocalDateTime receivedAt = LocalDateTime.of(2026, 2, 13, 10, 0);
      LocalDateTime official = cal.officialReceiptTime(receivedAt);
      LocalDateTime appointment = cal.due(receivedAt, time);
      DossierCode code = DossierCode.of(ExampleCatalogue.CENTRE, receivedAt.toLocalDate(), 1);
      Filing filing = new Filing(procedure.code(), Channel.COUNTER, applicant, ExampleCatalogue.CENTRE);
      DossierEvent received = new DossierEvent.Received(at(receivedAt), desk, filing, code, at(appointment));

      step("1. Receipt (tiếp nhận hồ sơ)");
      check("reception open at " + t(receivedAt) + " (Bạc Liêu Decision 221/QĐ-UBND Art 5)",
          cal.isReceptionOpen(receivedAt, procedure.saturdayReception()));
      line("   official receipt time: " + t(official));
      line("   processing time " + ExampleCatalogue.describe(procedure.processingPeriod())
          + ": the day of receipt is not counted (Civil Code 2015 Art 147–148); Tết 16–20/02/2026 is skipped");
      line("   due date-time: " + t(appointment));
      check("appointment on the receipt equals the computed due date-time (Decree 61/2018/NĐ-CP Art 17(1)(c))",
          appointment.equals(cal.due(receivedAt, time)));
      Dossier dossier = apply(null, received);
      line("");
      receipt(code, receivedAt, appointment);

      // 2. Hand-over to the competent agency the same afternoon.
      LocalDateTime transferredAt = LocalDateTime.of(2026, 2, 13, 14, 0);
      LocalDateTime transferDue = cal.closeOfBusiness(official.toLocalDate());
      step("2. Transfer to " + procedure.competentAgency().name() + " (" + agency + ")");
      line("   deadline: received before 15:00, so the same working day, " + t(transferDue)
          + " (Decree 61/2018/NĐ-CP Art 18(2))");
      check("transferred at " + t(transferredAt) + ", within the deadline", !transferredAt.isAfter(transferDue));
      dossier = apply(dossier, new DossierEvent.Transferred(at(transferredAt), desk, ExampleCatalogue.CENTRE, agency));

      // 3. The agency asks for a supplement within 3 working days of its receipt.
      LocalDateTime requestedAt = LocalDateTime.of(2026, 2, 23, 9, 0);
      LocalDateTime noticeDue = cal.due(transferredAt, ProcessingTime.workingDays(3));
      step("3. Supplement request (yêu cầu bổ sung, hoàn thiện hồ sơ, Form 02)");
      line("   deadline for the notice: 3 working days after the agency's receipt, " + t(noticeDue)
          + " (Decree 61/2018/NĐ-CP Art 19(4))");
      check("requested at " + t(requestedAt) + ", within the deadline", !requestedAt.isAfter(noticeDue));
      check("first supplement request by " + agency + " (at most one: Decree 61/2018/NĐ-CP Art 19(4))",
          dossier.supplementRequestCount(agency) == 0);
      DossierEvent request = new DossierEvent.SupplementRequested(at(requestedAt), appraiser, agency,
          List.of("Bản vẽ mặt bằng công trình trên lô đất"), "Bản vẽ chưa thể hiện chỉ giới xây dựng");
      dossier = apply(dossier, request);
      line("   the processing period stops; it restarts from zero when the complete dossier comes back");

      // 4. The applicant supplements; the period restarts.
      LocalDateTime supplementedAt = LocalDateTime.of(2026, 2, 25, 10, 0);
      LocalDateTime restartedDue = cal.due(supplementedAt, time);
      step("4. Supplement received (bổ sung hồ sơ)");
      line("   the supplement carries the dossier code " + code + ", which never changes (Decree 45/2020/NĐ-CP"
          + " Art 12; the lifecycle refuses another code: DOSSIER_CODE_CHANGED)");
      dossier = apply(dossier, new DossierEvent.Supplemented(at(supplementedAt), desk, Optional.of(code)));
      line("   the period restarts from " + t(supplementedAt) + ": new due date-time " + t(restartedDue)
          + " (Decree 61/2018/NĐ-CP Art 19(4))");
      Dossier inProgress = dossier;

      // 5. Resolution.
      LocalDateTime resolvedAt = LocalDateTime.of(2026, 3, 12, 15, 0);
      Timeliness timeliness = timeliness(resolvedAt, restartedDue);
      step("5. Resolution (giải quyết): approved");
      dossier = apply(dossier, DossierEvent.Resolved.approved(at(resolvedAt), appraiser));
      check("resolved at " + t(resolvedAt) + ", due " + t(restartedDue) + ": " + timeliness.labelVi() + " / "
          + timeliness.labelEn(), timeliness.isEarlyOrOnTime());

      // 6. Return at the centre.
      LocalDateTime returnedAt = LocalDateTime.of(2026, 3, 13, 8, 30);
      step("6. Return of the result (trả kết quả) at the centre");
      dossier = apply(dossier, new DossierEvent.ResultReturned(at(returnedAt), desk));
      line("   final status: " + dossier.status() + ", " + dossier.eventCount() + " events");

      // 7. What if the agency had asked a second time, after the supplement (dossier IN_PROGRESS)?
      LocalDateTime secondAt = LocalDateTime.of(2026, 2, 26, 9, 0);
      step("7. A second supplement request by " + agency + " on " + t(secondAt) + ", after step 4");
      line("   the dossier is " + inProgress.status() + "; " + agency + " already asked "
          + inProgress.supplementRequestCount(agency) + " time(s)");
      DossierEvent second = new DossierEvent.SupplementRequested(at(secondAt), appraiser, agency,
          List.of("Giấy tờ về quyền sử dụng đất"), "Yêu cầu bổ sung lần hai");
      Transition t = lifecycle.apply(inProgress, second);
      if (t instanceof Transition.Refused r) {
        line("   REFUSED by the configured rules:");
        violations(r.violations());
      } else {
        line("   PERMITTED by the configured rules (" + rules + ")");
        violations(t.violations());
        line("   note: these rules do not include the regulation's supplement-once rule (Decree 61/2018/NĐ-CP"
            + " Art 19(4)); with the regulation configured, this request is refused");
      }
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
      field("Thời hạn / Processing time", ExampleCatalogue.describe(procedure.processingPeriod()));
      field("Hẹn trả kết quả / Appointment", vi(appointment) + " (" + appointment.atZone(zone).toOffsetDateTime()
          + ")");
      field("Cán bộ tiếp nhận / Received by", desk.name() + " (" + desk.id() + ")");
    }

    private Dossier apply(@Nullable Dossier before, DossierEvent event) {
      Transition t = before == null ? lifecycle.start(event) : lifecycle.apply(before, event);
      if (t instanceof Transition.Applied a) {
        line("   lifecycle: " + event.type() + " applied, status " + a.dossier().status()
            + (a.findings().isEmpty() ? ", no violation" : ""));
        violations(a.findings());
        return a.dossier();
      }
      // The demo's own history must be valid; a refusal here means a rule changed under the demo.
      line("   lifecycle: " + event.type() + " REFUSED");
      violations(t.violations());
      throw new IllegalStateException("The demo's event " + event.type() + " was refused: " + t.violations());
    }

    private void violations(List<Violation> vs) {
      for (Violation v : vs) {
        line("     " + v.code() + " (" + v.severity() + ") — " + v.legalBasis().vi() + " / " + v.legalBasis().en());
        line("       vi: " + v.messageVi());
        line("       en: " + v.messageEn());
      }
    }

    private Timeliness timeliness(LocalDateTime resolved, LocalDateTime due) {
      if (resolved.toLocalDate().isBefore(due.toLocalDate())) {
        return Timeliness.EARLY;
      }
      return resolved.isAfter(due) ? Timeliness.LATE : Timeliness.ON_TIME;
    }

    private Instant at(LocalDateTime local) {
      return local.atZone(zone).toInstant();
    }

    private String t(LocalDateTime local) {
      return Texts.dateTime(local, zone);
    }

    private String vi(LocalDateTime local) {
      return local.format(VI) + " (" + Texts.dayVi(local.toLocalDate()) + ")";
    }

    private void step(String title) {
      line("");
      line(title);
    }

    private void check(String what, boolean ok) {
      line("   [" + (ok ? "ok" : "FAILED") + "] " + what);
    }

    private void field(String label, String value) {
      line("   " + Texts.pad(label, 32) + value);
    }

    private void line(String s) {
      out.append(s).append('\n');
    }
  }
}
