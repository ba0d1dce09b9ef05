package dev.motcua.core.lifecycle;

import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.internal.Checks;
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

  /** The Decree 61/2018 citation of each code: {@link StructuralCitations#DECREE_61_2018}. */
  static LegalBasis decree61(StructuralCode code) {
    return switch (code) {
      case EVENT_NOT_PERMITTED, TERMINAL_STATUS -> PROCESS;
      case INSTANT_BEFORE_PREVIOUS -> CONTROL_SLIP;
      case FILING_REQUIRED, FILING_CHANGED, RECEIPT_WITHOUT_APPOINTMENT, APPOINTMENT_NOT_AFTER_EVENT -> RECEIPT;
      case DOSSIER_CODE_CHANGED -> CODE_KEPT;
      case RECEIPT_WITHOUT_CODE -> CODE;
    };
  }

  /** Returns the structural violations of an event, or an empty list. */
  static List<Violation> check(
      @Nullable Dossier before, DossierEvent event, int index, StructuralCitations citations) {
    Checker c = new Checker(index, citations, before, event);
    DossierEventType type = event.type();
    if (before == null) {
      if (TransitionTable.startTarget(type) == null) {
        c.add(StructuralCode.EVENT_NOT_PERMITTED,
            "Sự kiện '" + type.labelVi() + "' không thể mở đầu lịch sử hồ sơ; chỉ được: "
                + TransitionTable.startEvents(),
            "Event " + type + " cannot open a dossier history; permitted first events are "
                + TransitionTable.startEvents());
        return c.result();
      }
      if (Dossier.filingOf(event).isEmpty()) {
        c.add(StructuralCode.FILING_REQUIRED,
            "Sự kiện '" + type.labelVi()
                + "' mở đầu hồ sơ nhưng thiếu thông tin hồ sơ (thủ tục, hình thức nộp, người nộp, nơi tiếp nhận)",
            "Event " + type + " opens the history but carries no filing"
                + " (procedure, channel, applicant, receiving unit)");
      }
    } else {
      if (before.status().isTerminal()) {
        c.add(StructuralCode.TERMINAL_STATUS,
            "Hồ sơ đã kết thúc ở trạng thái '" + before.status().labelVi() + "'; không nhận sự kiện '"
                + type.labelVi() + "'",
            "Dossier is in terminal status " + before.status() + "; event " + type + " is not permitted");
        return c.result();
      }
      if (TransitionTable.target(before.status(), type) == null) {
        c.add(StructuralCode.EVENT_NOT_PERMITTED,
            "Sự kiện '" + type.labelVi() + "' không được phép khi hồ sơ ở trạng thái '"
                + before.status().labelVi() + "'",
            "Event " + type + " is not permitted in status " + before.status() + "; permitted are "
                + TransitionTable.permitted(before.status()));
      }
      Instant previous = before.lastAt();
      if (event.at().isBefore(previous)) {
        c.add(StructuralCode.INSTANT_BEFORE_PREVIOUS,
            "Thời điểm " + event.at() + " của sự kiện '" + type.labelVi() + "' sớm hơn sự kiện trước ("
                + previous + ")",
            "Instant " + event.at() + " of event " + type + " is before the previous event's " + previous);
      }
      Optional<Filing> filing = Dossier.filingOf(event);
      if (filing.isPresent() && !filing.get().equals(before.filing())) {
        c.add(StructuralCode.FILING_CHANGED,
            "Thông tin hồ sơ của sự kiện '" + type.labelVi() + "' khác với hồ sơ đã nộp: "
                + describe(filing.get()) + " khác " + describe(before.filing()),
            "Filing of event " + type + " differs from the dossier's: " + describe(filing.get()) + " vs "
                + describe(before.filing()));
      }
      Optional<DossierCode> carried = carriedCode(event);
      if (carried.isPresent()
          && before.code().isPresent()
          && !carried.get().equals(before.code().get())) {
        c.add(StructuralCode.DOSSIER_CODE_CHANGED,
            "Mã số hồ sơ " + carried.get() + " khác mã đã cấp " + before.code().get(),
            "Dossier code " + carried.get() + " differs from the issued code " + before.code().get());
      }
    }
    if (event instanceof DossierEvent.Received r) {
      if (r.code().isEmpty()) {
        c.add(StructuralCode.RECEIPT_WITHOUT_CODE,
            "Tiếp nhận hồ sơ lúc " + r.at() + " nhưng không cấp mã số hồ sơ",
            "Received event at " + r.at() + " carries no dossier code");
      }
      if (r.appointment().isEmpty()) {
        c.add(StructuralCode.RECEIPT_WITHOUT_APPOINTMENT,
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
      c.add(StructuralCode.APPOINTMENT_NOT_AFTER_EVENT,
          "Ngày hẹn trả " + appointment + " không sau thời điểm " + at + " của sự kiện '" + type.labelVi()
              + "'",
          "Appointment " + appointment + " is not after the instant " + at + " of event " + type);
    }
  }

  // Names the filing without the applicant's personal data, which must not leak into logs.
  private static String describe(Filing f) {
    return "{procedure " + Checks.shown(f.procedureCode()) + ", " + f.channel() + ", unit "
        + Checks.shown(f.receivingUnit())
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
    private final StructuralCitations citations;
    private final @Nullable Dossier before;
    private final DossierEvent event;
    private @Nullable List<Violation> found;

    Checker(int index, StructuralCitations citations, @Nullable Dossier before, DossierEvent event) {
      this.index = index;
      this.citations = citations;
      this.before = before;
      this.event = event;
    }

    void add(StructuralCode code, String vi, String en) {
      if (found == null) {
        found = new ArrayList<>(2);
      }
      // The instrument is decided by the receipt date, looked up only here: the hot path admits the event.
      Instant receivedAt = before == null ? event.at() : before.receivedAt().orElseGet(before::firstAt);
      LegalBasis basis = java.util.Objects.requireNonNull(citations.cite(code, receivedAt),
          () -> "StructuralCitations " + citations + " returned null for " + code);
      found.add(new Violation(code, Severity.REFUSAL, basis, index, vi, en));
    }

    List<Violation> result() {
      return found == null ? List.of() : found;
    }
  }
}
