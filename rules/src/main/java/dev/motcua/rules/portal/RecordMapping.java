package dev.motcua.rules.portal;

import dev.motcua.core.dossier.Actor;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierCodeParseException;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Officer;
import dev.motcua.core.json.JsonFormatException;
import dev.motcua.rules.internal.LocalTimes;
import dev.motcua.rules.portal.internal.json.RawRecord;
import dev.motcua.rules.portal.internal.json.SyncFields;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A dossier record and its progress records → an event history: the mapping table of the README's "Sync
 * records" section, row by row.
 */
final class RecordMapping {
  /** The actor of steps whose record names no handler ({@code NguoiXuLy}). */
  static final String SENDER = "Hệ thống một cửa (bản ghi đồng bộ DVCQG)";
  /** The prefix of a status-9 step's {@code NoiDungXuLy} that makes it a denial [inferred]. */
  static final String DENIAL_PREFIX = "Từ chối giải quyết";
  /**
   * How a closing after an unanswered supplement request (Decree 118/2025 Art 19(5)) is written: the portal has
   * no status of its own for it, so status 8 (dừng xử lý) with this prefix in {@code NoiDungXuLy} {@code [inferred]}.
   */
  static final String CLOSING_PREFIX = "Đóng hồ sơ";

  private static final java.util.regex.Pattern LEADING_PUNCTUATION = java.util.regex.Pattern.compile("^[\\s:.,-]+");

  // "Từ chối: …" / "Đóng hồ sơ - …": the text after the prefix's separator
  private static String withoutLeadingPunctuation(String s) {
    return LEADING_PUNCTUATION.matcher(s).replaceFirst("");
  }

  private static final Comparator<Item> TIME_LINE =
      Comparator.comparing((Item i) -> i.at).thenComparingInt(i -> i.rank);

  private final ZoneId zone;
  private final PortalDates dates;
  private final LocalTimes times;
  private final boolean lenient;
  // The record that first took a code's progress records given apart: a second record with that MaHoSo would
  // get them too. Bounded by the progress input, which is held whole anyway; one mapping per read, on its thread.
  private final Map<String, Integer> progressTakenBy = new HashMap<>();

  RecordMapping(ZoneId zone, boolean lenient) {
    this.zone = zone;
    this.times = new LocalTimes(zone);
    this.dates = new PortalDates(times);
    this.lenient = lenient;
  }

  /** One item of the merged time line: the receipt of the dossier record, or a progress step. */
  private static final class Item {
    final @Nullable Step step;
    Instant at;
    final int rank;

    Item(@Nullable Step step, Instant at) {
      this.step = step;
      this.at = at;
      // At one instant: a submission, then the receipt, then the rest in input order.
      this.rank = step == null ? 1 : step.status() == 1 ? 0 : 2;
    }

    int status() {
      return step == null ? 2 : step.status();
    }
  }

  SyncDossier map(RawRecord r, SyncProgress progress) {
    String p = "$[" + r.index() + "]";
    List<SyncWarning> warnings = new ArrayList<>();
    String code = Step.text(r, SyncFields.MA_HO_SO).orElseThrow(() -> missing(p + ".MaHoSo", "the dossier code"));
    String procedure = Step.text(r, SyncFields.MA_TTHC).orElseThrow(() -> missing(p + ".MaTTHC", "the procedure code"));
    OptionalInt channelCode = channelCode(r.text(SyncFields.KENH_THUC_HIEN), p + ".KenhThucHien");
    Channel channel = channelCode.isEmpty() || channelCode.getAsInt() == 1 ? Channel.COUNTER
        : channelCode.getAsInt() == 2 ? Channel.ONLINE : Channel.POSTAL;
    int status = Step.status(r.text(SyncFields.TRANG_THAI_HO_SO), p, "TrangThaiHoSo", false);
    Optional<Instant> receipt = date(r, SyncFields.NGAY_TIEP_NHAN, p);
    Optional<Instant> appointment = date(r, SyncFields.NGAY_HEN_TRA, p);
    Optional<Instant> end = date(r, SyncFields.NGAY_KET_THUC_XU_LY, p);
    Optional<Instant> returned = date(r, SyncFields.NGAY_TRA, p);
    Optional<Instant> refused = date(r, SyncFields.NGAY_TU_CHOI, p);
    Optional<String> processingUnit = Step.text(r, SyncFields.DON_VI_XU_LY);

    String receivingUnit = processingUnit.or(() -> agencyOf(code))
        .orElseThrow(() -> missing(p + ".DonViXuLy", "the unit, when MaHoSo does not name one"));
    String name = Step.text(r, SyncFields.CHU_HO_SO).orElseGet(() -> {
      warnings.add(new SyncWarning(r.index(), p + ".ChuHoSo", SyncWarning.Code.VALUE_ASSUMED,
          "no applicant name (ChuHoSo); the applicant is named \"" + UNKNOWN_APPLICANT + "\""));
      return UNKNOWN_APPLICANT;
    });
    Applicant applicant = Applicant.builder().name(name)
        .idNumber(Step.text(r, SyncFields.SO_GIAY_TO_CHU_HO_SO)).phone(Step.text(r, SyncFields.SO_DIEN_THOAI))
        .email(Step.text(r, SyncFields.EMAIL)).build();
    Filing filing = new Filing(procedure, channel, applicant, receivingUnit);

    List<Step> steps = new ArrayList<>();
    List<RawRecord> nested = r.steps();
    if (nested != null) {
      for (int j = 0; j < nested.size(); j++) {
        steps.add(Step.of(nested.get(j), p, j, dates));
      }
    }
    List<Step> apart = progress.of(code);
    if (!apart.isEmpty()) {
      Integer earlier = progressTakenBy.putIfAbsent(code, r.index());
      if (earlier != null) {
        warnings.add(new SyncWarning(r.index(), p + ".MaHoSo", SyncWarning.Code.DUPLICATE_DOSSIER_CODE,
            "MaHoSo \"" + code + "\" is also that of record $[" + earlier + "]: the " + apart.size()
                + " progress records given apart for it are read into both"));
      }
    }
    steps.addAll(apart);
    if (status == 3 && refused.isPresent() && receipt.isEmpty() && steps.stream().noneMatch(s -> s.status() == 3)) {
      steps.add(new Step(p + ".NgayTuChoi", -1, 3, refused.get(), Optional.empty(), Optional.empty(),
          Optional.empty()));
    }

    List<Item> items = new ArrayList<>(steps.size() + 1);
    receipt.ifPresent(at -> items.add(new Item(null, at)));
    Optional<String> receiptOfficer = Optional.empty();
    boolean receiptFromStep = receipt.isEmpty();
    for (Step s : steps) {
      if (s.status() == 2 && receipt.isPresent() && s.at().equals(receipt.get())) {
        receiptOfficer = s.officer(); // the receipt's own step: not a second receipt
        continue;
      }
      if (s.status() == 2 && receiptFromStep) {
        receiptFromStep = false; // no NgayTiepNhan: the first status-2 step is the receipt
        items.add(new Item(s, s.at()));
        continue;
      }
      if (s.status() == 2 && lenient) {
        warnings.add(rewrite(r, s, "a status-2 (received) step at " + format(s.at())
            + " besides the receipt at " + receipt.map(x -> format(x)).orElse("(none)")
            + ": a synthetic \"received\" step suspected; ignored"));
        continue;
      }
      if (s.status() == 9 && lenient && receipt.isPresent() && s.at().equals(receipt.get())) {
        if (end.isPresent() && end.get().isAfter(receipt.get())) {
          warnings.add(rewrite(r, s, "a closing status 9 stamped at the receipt time: resolution taken at"
              + " NgayKetThucXuLy " + format(end.get())));
          Item moved = new Item(s, end.get());
          items.add(moved);
        } else {
          warnings.add(rewrite(r, s, "a closing status 9 stamped at the receipt time, and no later"
              + " NgayKetThucXuLy: ignored"));
        }
        continue;
      }
      items.add(new Item(s, s.at()));
    }
    if (!sorted(items)) {
      items.sort(TIME_LINE); // stable: records sent out of order keep their order at equal times
    }
    if (lenient) {
      for (int i = items.size() - 2; i >= 0; i--) {
        int next = items.get(i + 1).status();
        if (items.get(i).status() == 9 && (next == 4 || next == 5 || next == 6 || next == 9)) {
          Step s = items.get(i).step;
          warnings.add(rewrite(r, s, "status 9 followed by status " + next + ": a 5, 6 or 8 sent as 9"
              + " suspected; the 9 is ignored"));
          items.remove(i);
        }
      }
    }

    List<DossierEvent> events = new ArrayList<>(items.size());
    String holder = receivingUnit;
    int prev = 0;
    boolean first = true;
    for (Item it : items) {
      Step s = it.step;
      Optional<Filing> opening = first ? Optional.of(filing) : Optional.empty();
      Actor actor = actor(s == null ? receiptOfficer : s.officer(), s == null ? Optional.empty() : s.unit(),
          holder);
      int st = it.status();
      DossierEvent e = switch (st) {
        case 1 -> new DossierEvent.Submitted(it.at, actor, filing);
        case 2 -> {
          // Parsed here, where a receipt needs it: most records without a receipt carry no dossier code.
          Optional<DossierCode> dossierCode = dossierCode(code, receipt);
          if (dossierCode.isEmpty()) {
            warnings.add(new SyncWarning(r.index(), p + ".MaHoSo", SyncWarning.Code.DOSSIER_CODE_NOT_PARSED,
                "MaHoSo " + JsonFormatException.quote(code) + " is not a dossier code motcua parses"
                    + "; the receipt carries no code"));
          }
          if (appointment.isEmpty()) {
            warnings.add(new SyncWarning(r.index(), p + ".NgayHenTra", SyncWarning.Code.VALUE_ASSUMED,
                "no appointment (NgayHenTra): the receipt carries none"));
          }
          yield new DossierEvent.Received(it.at, actor, opening, dossierCode, appointment);
        }
        case 3 -> new DossierEvent.Refused(it.at, actor, opening, reason(r, s, "Không được tiếp nhận", warnings));
        case 4 -> {
          if (prev == 5) {
            yield new DossierEvent.Supplemented(it.at, actor);
          }
          if (prev == 6) {
            yield new DossierEvent.Paid(it.at, actor);
          }
          String to = s.unit().or(() -> processingUnit).orElse(holder);
          DossierEvent t = new DossierEvent.Transferred(it.at, actor, holder, to);
          holder = to;
          yield t;
        }
        case 5 -> {
          String why = reason(r, s, "Yêu cầu bổ sung giấy tờ", warnings);
          yield new DossierEvent.SupplementRequested(it.at, actor, s.unit().orElse(holder), List.of(why), why);
        }
        case 6 -> new DossierEvent.PaymentRequested(it.at, actor, 0);
        case 7 -> new DossierEvent.Withdrawn(it.at, actor, reason(r, s, "Công dân yêu cầu rút hồ sơ", warnings));
        case 8 -> prev == 7 ? null : stopped(it.at, actor, prev, reason(r, s, "Dừng xử lý", warnings));
        case 9 -> resolved(it.at, actor, s.content());
        case 10 -> new DossierEvent.ResultReturned(it.at, actor);
        default -> throw new IllegalStateException("status " + st + " was checked to be 1 to 10");
      };
      prev = st;
      if (e != null) {
        events.add(e);
        first = false;
      }
    }
    if (status != 0 && prev != 0 && status != prev && !(prev == 7 && status == 8)) {
      warnings.add(new SyncWarning(r.index(), p + ".TrangThaiHoSo", SyncWarning.Code.STATUS_MISMATCH,
          "TrangThaiHoSo is " + status + " but the progress records end in status " + prev));
    }
    SyncAttributes attributes = new SyncAttributes(status == 0 ? OptionalInt.empty() : OptionalInt.of(status),
        channelCode, flag(r.text(SyncFields.HO_SO_CO_THANH_PHAN_SO_HOA)),
        Step.text(r, SyncFields.DUOC_THANH_TOAN_TRUC_TUYEN), flag(r.text(SyncFields.TAI_KHOAN_DUOC_XAC_THUC_VOI_VNEID)),
        end, returned, refused, processingUnit, r.links());
    return new SyncDossier(r.index(), code, events, warnings, attributes);
  }

  // Records are mostly sent in time order: checking costs less than sorting.
  private static boolean sorted(List<Item> items) {
    for (int i = 1; i < items.size(); i++) {
      if (TIME_LINE.compare(items.get(i - 1), items.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The applicant's name when the record gives none. */
  static final String UNKNOWN_APPLICANT = "Không rõ (không có trong bản ghi đồng bộ)";

  /** Status 8: a closing when it follows a supplement request and says so, else a stop. */
  private static DossierEvent stopped(Instant at, Actor actor, int prev, String reason) {
    if (prev == 5 && reason.regionMatches(true, 0, CLOSING_PREFIX, 0, CLOSING_PREFIX.length())) {
      String rest = reason.substring(CLOSING_PREFIX.length()).transform(RecordMapping::withoutLeadingPunctuation);
      return new DossierEvent.Closed(at, actor, rest.isBlank() ? reason : rest);
    }
    return new DossierEvent.Stopped(at, actor, reason);
  }

  private static DossierEvent resolved(Instant at, Actor actor, Optional<String> content) {
    if (content.isPresent() && content.get().regionMatches(true, 0, DENIAL_PREFIX, 0, DENIAL_PREFIX.length())) {
      String rest = content.get().substring(DENIAL_PREFIX.length()).transform(RecordMapping::withoutLeadingPunctuation);
      return DossierEvent.Resolved.denied(at, actor, rest.isBlank() ? content.get() : rest);
    }
    return DossierEvent.Resolved.approved(at, actor);
  }

  private static String reason(RawRecord r, Step s, String assumed, List<SyncWarning> warnings) {
    return s.content().orElseGet(() -> {
      warnings.add(new SyncWarning(r.index(), s.path() + ".NoiDungXuLy", SyncWarning.Code.VALUE_ASSUMED,
          "no reason (NoiDungXuLy) for status " + s.status() + "; the reason is \"" + assumed + "\""));
      return assumed;
    });
  }

  private static Actor actor(Optional<String> officer, Optional<String> unit, String holder) {
    if (officer.isEmpty() || officer.get().equals(SENDER)) {
      return Actor.system(SENDER);
    }
    return new Officer(officer.get(), officer.get(), unit.orElse(holder));
  }

  private static SyncWarning rewrite(RawRecord r, @Nullable Step s, String message) {
    return new SyncWarning(r.index(), s == null ? "$[" + r.index() + "]" : s.path(),
        SyncWarning.Code.SYNC_REWRITE_SUSPECTED, message);
  }

  private String format(Instant at) {
    return PortalDates.format(at, zone);
  }

  /** The dossier code of MaHoSo, its YYMMDD in the century of the receipt (a 2100 receipt reads back as 2100). */
  private Optional<DossierCode> dossierCode(String code, Optional<Instant> receipt) {
    try {
      return Optional.of(receipt.isPresent()
          ? DossierCode.parse(code, times.local(receipt.get()).toLocalDate())
          : DossierCode.parse(code));
    } catch (DossierCodeParseException e) {
      return Optional.empty(); // the receipt's warning says so
    }
  }

  private static Optional<String> agencyOf(String code) {
    int dash = code.indexOf('-');
    return dash > 0 ? Optional.of(code.substring(0, dash)) : Optional.empty();
  }

  private Optional<Instant> date(RawRecord r, int field, String p) {
    return dates.parse(r.text(field), p, SyncFields.name(field));
  }

  private static OptionalInt channelCode(@Nullable String text, String path) {
    if (text == null || text.isBlank()) {
      return OptionalInt.empty();
    }
    return switch (text.strip()) {
      case "1" -> OptionalInt.of(1);
      case "2" -> OptionalInt.of(2);
      case "3" -> OptionalInt.of(3);
      default -> throw new JsonFormatException(path,
          "unknown channel code, expected 1 (counter), 2 (online) or 3 (post)", text, 0, 0, null);
    };
  }

  private static Optional<Boolean> flag(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "1", "true" -> Optional.of(true);
      case "0", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static JsonFormatException missing(String path, String what) {
    return new JsonFormatException(path, "missing required field (" + what + ")", null, 0, 0, null);
  }
}
