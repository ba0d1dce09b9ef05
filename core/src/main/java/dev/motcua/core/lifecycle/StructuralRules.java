package dev.motcua.core.lifecycle;

import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.Filing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The built-in structural rules, checked before any {@link DossierRule}; all are refusals.
 *
 * <p>Why a list is built lazily: almost every event is admitted, and the hot path must not allocate.
 */
final class StructuralRules {
  static final LegalBasis PROCESS =
      LegalBasis.of("Nghị định 61/2018/NĐ-CP, Điều 17–20", "Decree 61/2018/ND-CP, Art 17–20");
  static final LegalBasis RECEIPT =
      LegalBasis.of("Nghị định 61/2018/NĐ-CP, Điều 17", "Decree 61/2018/ND-CP, Art 17");
  static final LegalBasis CONTROL_SLIP =
      LegalBasis.of(
          "Thông tư 01/2018/TT-VPCP, Mẫu số 05 (Phiếu kiểm soát quá trình giải quyết hồ sơ)",
          "Circular 01/2018/TT-VPCP, Form 05 (dossier control slip)");
  static final LegalBasis CODE =
      LegalBasis.of(
          "Thông tư 01/2018/TT-VPCP, Điều 19; Nghị định 61/2018/NĐ-CP, Điều 26",
          "Circular 01/2018/TT-VPCP, Art 19; Decree 61/2018/ND-CP, Art 26");
  static final LegalBasis CODE_KEPT =
      LegalBasis.of("Nghị định 45/2020/NĐ-CP, Điều 12", "Decree 45/2020/ND-CP, Art 12");

  private StructuralRules() {}

  /** Returns the structural violations of an event, or an empty list. */
  static List<Violation> check(@Nullable Dossier before, DossierEvent event, int index) {
    Checker c = new Checker(index);
    DossierEventType type = event.type();
    if (before == null) {
      if (TransitionTable.startTarget(type) == null) {
        c.add(
            DossierLifecycle.EVENT_NOT_PERMITTED,
            PROCESS,
            "Sự kiện '" + type.labelVi() + "' không thể mở đầu lịch sử hồ sơ; chỉ được: "
                + TransitionTable.startEvents(),
            "Event " + type + " cannot open a dossier history; permitted first events are "
                + TransitionTable.startEvents());
        return c.result();
      }
      if (Dossier.filingOf(event).isEmpty()) {
        c.add(
            DossierLifecycle.FILING_REQUIRED,
            RECEIPT,
            "Sự kiện '" + type.labelVi()
                + "' mở đầu hồ sơ nhưng thiếu thông tin hồ sơ (thủ tục, hình thức nộp, người nộp, nơi tiếp nhận)",
            "Event " + type + " opens the history but carries no filing"
                + " (procedure, channel, applicant, receiving unit)");
      }
    } else {
      if (before.status().isTerminal()) {
        c.add(
            DossierLifecycle.TERMINAL_STATUS,
            PROCESS,
            "Hồ sơ đã kết thúc ở trạng thái '" + before.status().labelVi() + "'; không nhận sự kiện '"
                + type.labelVi() + "'",
            "Dossier is in terminal status " + before.status() + "; event " + type + " is not permitted");
        return c.result();
      }
      if (TransitionTable.target(before.status(), type) == null) {
        c.add(
            DossierLifecycle.EVENT_NOT_PERMITTED,
            PROCESS,
            "Sự kiện '" + type.labelVi() + "' không được phép khi hồ sơ ở trạng thái '"
                + before.status().labelVi() + "'",
            "Event " + type + " is not permitted in status " + before.status() + "; permitted are "
                + TransitionTable.permitted(before.status()));
      }
      Instant previous = before.lastAt();
      if (event.at().isBefore(previous)) {
        c.add(
            DossierLifecycle.INSTANT_BEFORE_PREVIOUS,
            CONTROL_SLIP,
            "Thời điểm " + event.at() + " của sự kiện '" + type.labelVi() + "' sớm hơn sự kiện trước ("
                + previous + ")",
            "Instant " + event.at() + " of event " + type + " is before the previous event's " + previous);
      }
      Optional<Filing> filing = Dossier.filingOf(event);
      if (filing.isPresent() && !filing.get().equals(before.filing())) {
        c.add(
            DossierLifecycle.FILING_CHANGED,
            RECEIPT,
            "Thông tin hồ sơ của sự kiện '" + type.labelVi() + "' khác với hồ sơ đã nộp: "
                + describe(filing.get()) + " khác " + describe(before.filing()),
            "Filing of event " + type + " differs from the dossier's: " + describe(filing.get()) + " vs "
                + describe(before.filing()));
      }
      Optional<DossierCode> carried = carriedCode(event);
      if (carried.isPresent()
          && before.code().isPresent()
          && !carried.get().equals(before.code().get())) {
        c.add(
            DossierLifecycle.DOSSIER_CODE_CHANGED,
            CODE_KEPT,
            "Mã số hồ sơ " + carried.get() + " khác mã đã cấp " + before.code().get(),
            "Dossier code " + carried.get() + " differs from the issued code " + before.code().get());
      }
    }
    if (event instanceof DossierEvent.Received r) {
      if (r.code().isEmpty()) {
        c.add(
            DossierLifecycle.RECEIPT_WITHOUT_CODE,
            CODE,
            "Tiếp nhận hồ sơ lúc " + r.at() + " nhưng không cấp mã số hồ sơ",
            "Received event at " + r.at() + " carries no dossier code");
      }
      if (r.appointment().isEmpty()) {
        c.add(
            DossierLifecycle.RECEIPT_WITHOUT_APPOINTMENT,
            RECEIPT,
            "Tiếp nhận hồ sơ lúc " + r.at() + " nhưng không có ngày hẹn trả kết quả",
            "Received event at " + r.at() + " carries no appointment");
      } else {
        appointmentAfter(c, r.appointment().get(), r.at(), type);
      }
    } else if (event instanceof DossierEvent.Rescheduled r) {
      appointmentAfter(c, r.newAppointment(), r.at(), type);
    }
    return c.result();
  }

  private static void appointmentAfter(Checker c, Instant appointment, Instant at, DossierEventType type) {
    if (!appointment.isAfter(at)) {
      c.add(
          DossierLifecycle.APPOINTMENT_NOT_AFTER_EVENT,
          RECEIPT,
          "Ngày hẹn trả " + appointment + " không sau thời điểm " + at + " của sự kiện '" + type.labelVi()
              + "'",
          "Appointment " + appointment + " is not after the instant " + at + " of event " + type);
    }
  }

  // Names the filing without the applicant's personal data, which must not leak into logs.
  private static String describe(Filing f) {
    return "{procedure " + f.procedureCode() + ", " + f.channel() + ", unit " + f.receivingUnit()
        + (f.applicant().idNumber().isPresent() ? ", applicant id present" : "") + "}";
  }

  private static Optional<DossierCode> carriedCode(DossierEvent event) {
    if (event instanceof DossierEvent.Received r) {
      return r.code();
    } else if (event instanceof DossierEvent.Supplemented s) {
      return s.code();
    }
    return Optional.empty();
  }

  private static final class Checker {
    private final int index;
    private @Nullable List<Violation> found;

    Checker(int index) {
      this.index = index;
    }

    void add(String code, LegalBasis basis, String vi, String en) {
      if (found == null) {
        found = new ArrayList<>(2);
      }
      found.add(new Violation(code, Severity.REFUSAL, basis, index, vi, en));
    }

    List<Violation> result() {
      return found == null ? List.of() : found;
    }
  }
}
