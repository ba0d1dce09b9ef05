package dev.motcua.rules.portal;

import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Outcome;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An event history → one dossier record with its progress records nested: the inverse of {@link RecordMapping}. */
final class HistoryMapping {
  private final ZoneId zone;

  HistoryMapping(ZoneId zone) {
    this.zone = zone;
  }

  /** The record, and the warnings for events the records cannot carry. */
  record Written(Map<String, Object> record, List<SyncWarning> warnings) {}

  Written map(List<? extends DossierEvent> history, int index, Optional<String> codeIfNone) {
    List<SyncWarning> warnings = new ArrayList<>();
    Filing filing = null;
    DossierEvent.Received receipt = null;
    for (DossierEvent e : history) {
      Optional<Filing> f = e instanceof DossierEvent.Submitted s ? Optional.of(s.filing())
          : e instanceof DossierEvent.Received r ? r.filing()
          : e instanceof DossierEvent.Refused r ? r.filing()
          : Optional.empty();
      if (filing == null && f.isPresent()) {
        filing = f.get();
      }
      if (receipt == null && e instanceof DossierEvent.Received r) {
        receipt = r;
      }
    }
    if (filing == null) {
      throw new IllegalArgumentException("History " + index + " has no filing (no submission, receipt or refusal"
          + " carries one): a sync record needs the procedure code");
    }
    Optional<String> fromReceipt = receipt == null ? Optional.empty() : receipt.code().map(DossierCode::toString);
    String code = fromReceipt.or(() -> codeIfNone).orElseThrow(() -> new IllegalArgumentException(
        "History " + index + " has no dossier code (no receipt with a code): give one"));

    List<Map<String, Object>> steps = new ArrayList<>(history.size());
    Instant end = null;
    Instant returned = null;
    Instant refused = null;
    int status = 0;
    for (int i = 0; i < history.size(); i++) {
      DossierEvent e = history.get(i);
      String unit = null;
      String content = null;
      // A switch expression over the type: a new event type is a compile error here until it is mapped.
      int st = switch (e.type()) {
        case SUBMITTED -> 1;
        case RECEIVED -> 2;
        case REFUSED -> 3;
        case TRANSFERRED, SUPPLEMENTED, PAID -> 4;
        case SUPPLEMENT_REQUESTED -> 5;
        case PAYMENT_REQUESTED -> 6;
        case WITHDRAWN -> 7;
        case STOPPED, CLOSED -> 8;
        case RESOLVED -> 9;
        case RESULT_RETURNED -> 10;
        case RETURNED_AT_INTAKE, RESUBMITTED, RESCHEDULED -> 0;
      };
      if (e instanceof DossierEvent.Refused r) {
        content = r.reason();
        refused = r.at();
        end = r.at();
      } else if (e instanceof DossierEvent.Transferred t) {
        unit = t.toUnit();
      } else if (e instanceof DossierEvent.SupplementRequested sr) {
        unit = sr.requestingUnit();
        content = sr.reason();
      } else if (e instanceof DossierEvent.Resolved r) {
        end = r.at();
        if (r.outcome() == Outcome.DENIED) {
          content = RecordMapping.DENIAL_PREFIX + r.reason().map(x -> ": " + x).orElse("");
        }
      } else if (e instanceof DossierEvent.ResultReturned r) {
        returned = r.at();
      } else if (e instanceof DossierEvent.Withdrawn w) {
        content = w.reason();
        end = w.at();
      } else if (e instanceof DossierEvent.Stopped sp) {
        content = sp.reason();
        end = sp.at();
      } else if (e instanceof DossierEvent.Closed c) {
        content = RecordMapping.CLOSING_PREFIX + ": " + c.reason();
        end = c.at();
      }
      if (st == 0) {
        warnings.add(new SyncWarning(index, "$[" + index + "].events[" + i + "]",
            SyncWarning.Code.EVENT_NOT_REPRESENTABLE,
            "the portal has no status for " + e.type() + " at " + e.at() + "; not written"));
        continue;
      }
      status = st == 7 ? 8 : st;
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("MaHoSo", code);
      step.put("TrangThai", Integer.toString(st));
      step.put("ThoiDiemXuLy", PortalDates.format(e.at(), zone));
      step.put("NguoiXuLy", e.actor().name());
      if (unit != null) {
        step.put("PhongBanXuLy", unit);
      }
      if (content != null) {
        step.put("NoiDungXuLy", content);
      }
      steps.add(step);
    }

    Map<String, Object> r = new LinkedHashMap<>();
    r.put("MaHoSo", code);
    r.put("MaTTHC", filing.procedureCode());
    r.put("KenhThucHien", filing.channel() == Channel.ONLINE ? "2" : filing.channel() == Channel.POSTAL ? "3" : "1");
    r.put("ChuHoSo", filing.applicant().name());
    filing.applicant().idNumber().ifPresent(v -> r.put("SoGiayToChuHoSo", v));
    filing.applicant().phone().ifPresent(v -> r.put("SoDienThoai", v));
    filing.applicant().email().ifPresent(v -> r.put("Email", v));
    r.put("DonViXuLy", filing.receivingUnit());
    r.put("NgayTiepNhan", receipt == null ? "" : date(receipt.at()));
    r.put("NgayHenTra", receipt == null ? "" : receipt.appointment().map(this::date).orElse(""));
    r.put("TrangThaiHoSo", Integer.toString(status));
    r.put("NgayKetThucXuLy", end == null ? "" : date(end));
    r.put("NgayTra", returned == null ? "" : date(returned));
    r.put("NgayTuChoi", refused == null ? "" : date(refused));
    r.put("QuaTrinhXuLy", steps);
    return new Written(r, warnings);
  }

  private String date(Instant at) {
    return PortalDates.format(at, zone);
  }
}
