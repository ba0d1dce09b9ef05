package dev.motcua.rules.instrument;

import static dev.motcua.rules.instrument.RegulationCode.*;

import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.StructuralCitations;
import dev.motcua.core.lifecycle.StructuralCode;
import dev.motcua.core.lifecycle.ViolationCode;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The data of each {@link LegalInstrument}: the citation of every rule code (the regulation's and the
 * structural ones) under it.
 *
 * <p>Why a table per instrument: adding a decree is one enum constant plus its table here, not edits in
 * every rule. Each table cites its own decree's articles (the article map: {@code
 * shared/reference/decree-118-2025.md} §3); a rule no article states is marked {@code [inferred]}.
 */
final class InstrumentTables {
  private static final Map<LegalInstrument, Map<ViolationCode, LegalBasis>> CITATIONS = build();

  private InstrumentTables() {}

  static Map<ViolationCode, LegalBasis> citations(LegalInstrument instrument) {
    return CITATIONS.get(instrument);
  }

  private static Map<LegalInstrument, Map<ViolationCode, LegalBasis>> build() {
    Map<LegalInstrument, Map<ViolationCode, LegalBasis>> m = new EnumMap<>(LegalInstrument.class);
    m.put(LegalInstrument.DECREE_61_2018, Collections.unmodifiableMap(decree61()));
    m.put(LegalInstrument.DECREE_118_2025, Collections.unmodifiableMap(decree118()));
    return m;
  }

  /** Decree 61/2018/NĐ-CP (2018 wording, verified against the reference's S4), with the other instruments. */
  private static Map<ViolationCode, LegalBasis> decree61() {
    Table t = new Table("Nghị định 61/2018/NĐ-CP, ", "Decree 61/2018/ND-CP, ");
    t.article(INTAKE_NOTICE_REPEATED, "Điều 15 khoản 3, Điều 17 khoản 2 điểm a", "Art 15(3), 17(2)(a)",
        "Quyết định 221/QĐ-UBND tỉnh Bạc Liêu (2018), Điều 8 khoản 3 điểm c",
        "Bạc Liêu Decision 221/QD-UBND (2018), Art 8(3)(c)");
    // "chỉ được yêu cầu sửa đổi, bổ sung một lần" is Art 11(2)(c); Decision 09/2015/QĐ-TTg was repealed by
    // Art 40(2), so it is no longer cited.
    t.article(SUPPLEMENT_REQUEST_REPEATED, "Điều 11 khoản 2 điểm c (với Điều 19 khoản 4)", "Art 11(2)(c) (with 19(4))");
    t.article(SUPPLEMENT_NOTICE_LATE, "Điều 19 khoản 4", "Art 19(4)");
    t.article(TRANSFER_LATE, "Điều 18 khoản 2", "Art 18(2)");
    t.article(APPOINTMENT_MISMATCH, "Điều 17 khoản 1 điểm c", "Art 17(1)(c)");
    t.article(RESCHEDULE_LATE, "Điều 19 khoản 9", "Art 19(9)");
    t.article(RESCHEDULE_REPEATED, "Điều 19 khoản 9", "Art 19(9)");
    t.inferred(RESCHEDULE_NOT_LATER, "Điều 19 khoản 9", "Art 19(9)");
    t.article(DENIAL_LATE, "Điều 19 khoản 8", "Art 19(8)");
    t.article(UNKNOWN_PROCEDURE, "Điều 17", "Art 17");
    t.article(OVERDUE_WITHOUT_APOLOGY, "Điều 19 khoản 9", "Art 19(9)");
    t.article(DOSSIER_CODE_DATE_MISMATCH, "Điều 26 khoản 2", "Art 26(2)",
        "Thông tư 01/2018/TT-VPCP, Điều 19", "Circular 01/2018/TT-VPCP, Art 19");
    // Decree 61 has no online intake limit, no closing and no stop window: Decree 61 dossiers never report
    // these codes, and the table says so rather than citing an article that does not hold them.
    for (RegulationCode code : new RegulationCode[] {ONLINE_INTAKE_LATE, CLOSED_BEFORE_TIME_LIMIT, WITHDRAWAL_AFTER_DECISION}) {
      t.map.put(code, LegalBasis.of("Nghị định 61/2018/NĐ-CP không quy định (quy định mới của Nghị định 118/2025/NĐ-CP)",
          "Not in Decree 61/2018/ND-CP (a new rule of Decree 118/2025/ND-CP)"));
    }
    t.sourcesOutsideTheDecree();
    Instant any = Instant.EPOCH;
    for (StructuralCode code : StructuralCode.values()) {
      t.map.put(code, StructuralCitations.DECREE_61_2018.cite(code, any));
    }
    return t.map;
  }

  /**
   * Decree 118/2025/NĐ-CP, with the articles of its own text (verified against the reference's S1, an
   * unofficial copy of the decree; the reference asks for a check against the official gazette).
   */
  private static Map<ViolationCode, LegalBasis> decree118() {
    Table t = new Table("Nghị định 118/2025/NĐ-CP, ", "Decree 118/2025/ND-CP, ");
    t.article(INTAKE_NOTICE_REPEATED, "Điều 16 khoản 3, Điều 17 khoản 1 điểm c, Điều 17 khoản 2 điểm a",
        "Art 16(3), 17(1)(c), 17(2)(a)");
    t.article(SUPPLEMENT_REQUEST_REPEATED, "Điều 11 khoản 2 điểm c (với Điều 19 khoản 5)",
        "Art 11(2)(c) (with 19(5))");
    t.article(SUPPLEMENT_NOTICE_LATE, "Điều 19 khoản 5", "Art 19(5)");
    t.article(TRANSFER_LATE, "Điều 18 khoản 2", "Art 18(2)");
    t.article(APPOINTMENT_MISMATCH, "Điều 17 khoản 1 điểm c, Điều 17 khoản 3", "Art 17(1)(c), 17(3)");
    t.article(RESCHEDULE_LATE, "Điều 19 khoản 6", "Art 19(6)");
    t.article(RESCHEDULE_REPEATED, "Điều 19 khoản 6", "Art 19(6)");
    t.inferred(RESCHEDULE_NOT_LATER, "Điều 19 khoản 6", "Art 19(6)");
    t.article(DENIAL_LATE, "Điều 19 khoản 3", "Art 19(3)");
    t.article(UNKNOWN_PROCEDURE, "Điều 17", "Art 17");
    t.article(ONLINE_INTAKE_LATE, "Điều 17 khoản 2 điểm c", "Art 17(2)(c)");
    t.article(CLOSED_BEFORE_TIME_LIMIT, "Điều 19 khoản 5", "Art 19(5)");
    t.article(WITHDRAWAL_AFTER_DECISION, "Điều 21 khoản 1", "Art 21(1)");
    t.article(OVERDUE_WITHOUT_APOLOGY, "Điều 19 khoản 6", "Art 19(6)");
    t.article(DOSSIER_CODE_DATE_MISMATCH, "Điều 28 khoản 2 điểm b", "Art 28(2)(b)");
    t.sourcesOutsideTheDecree();
    // Structural rules: receipt Art 17, transfer 18, resolving 19, stop 21, return 22; the code Art 28(2).
    t.article(StructuralCode.EVENT_NOT_PERMITTED, "Điều 17–22", "Art 17–22");
    t.article(StructuralCode.TERMINAL_STATUS, "Điều 17–22", "Art 17–22");
    t.article(StructuralCode.FILING_REQUIRED, "Điều 17", "Art 17");
    t.article(StructuralCode.FILING_CHANGED, "Điều 17", "Art 17");
    t.article(StructuralCode.RECEIPT_WITHOUT_APPOINTMENT, "Điều 17 khoản 1 điểm c", "Art 17(1)(c)");
    t.article(StructuralCode.APPOINTMENT_NOT_AFTER_EVENT, "Điều 17 khoản 1 điểm c", "Art 17(1)(c)");
    t.article(StructuralCode.RECEIPT_WITHOUT_CODE, "Điều 28 khoản 2", "Art 28(2)");
    Instant any = Instant.EPOCH;
    // The control slip (Circular 01/2018 Form 05) and the unchanged code (Decree 45/2020 Art 12) are not
    // instruments of the one-stop decree; their Decree 118 counterparts are not verified, so they stay.
    t.map.put(StructuralCode.INSTANT_BEFORE_PREVIOUS,
        StructuralCitations.DECREE_61_2018.cite(StructuralCode.INSTANT_BEFORE_PREVIOUS, any));
    t.map.put(StructuralCode.DOSSIER_CODE_CHANGED,
        StructuralCitations.DECREE_61_2018.cite(StructuralCode.DOSSIER_CODE_CHANGED, any));
    return t.map;
  }

  /** The rows of one decree: its articles, and the sources outside it that both decrees share. */
  private static final class Table {
    final Map<ViolationCode, LegalBasis> map = new HashMap<>();
    private final String prefixVi;
    private final String prefixEn;

    Table(String prefixVi, String prefixEn) {
      this.prefixVi = prefixVi;
      this.prefixEn = prefixEn;
    }

    void article(ViolationCode code, String articleVi, String articleEn) {
      article(code, articleVi, articleEn, "", "");
    }

    void article(ViolationCode code, String articleVi, String articleEn, String extraVi, String extraEn) {
      String xVi = extraVi.isEmpty() ? "" : "; " + extraVi;
      String xEn = extraEn.isEmpty() ? "" : "; " + extraEn;
      map.put(code, LegalBasis.of(prefixVi + articleVi + xVi, prefixEn + articleEn + xEn));
    }

    /** No article says it: the nearest article, marked {@code [inferred]}. */
    void inferred(ViolationCode code, String articleVi, String articleEn) {
      map.put(code, LegalBasis.of("Suy luận từ " + prefixVi + articleVi + " [suy luận]",
          "Inferred from " + prefixEn + articleEn + " [inferred]"));
    }

    void sourcesOutsideTheDecree() {
      // Saturday reception has no article in either decree: Decision 14/2010/QĐ-TTg and the centre's own
      // regulation (the seed's Bạc Liêu Decision 221/QĐ-UBND, before Bạc Liêu became part of Cà Mau).
      map.put(RECEIPT_OUTSIDE_RECEPTION_HOURS, LegalBasis.of(
          "Quyết định 221/QĐ-UBND tỉnh Bạc Liêu (2018), Điều 5; Quyết định 14/2010/QĐ-TTg",
          "Bạc Liêu Decision 221/QD-UBND (2018), Art 5; Decision 14/2010/QD-TTg"));
      map.put(RECEIVED_BEFORE_DECREE_61, LegalBasis.of("Nghị định 61/2018/NĐ-CP (có hiệu lực từ 21/6/2018)",
          "Decree 61/2018/ND-CP (in force from 21/6/2018)"));
      LegalBasis calendar = LegalBasis.of("Bộ luật Dân sự 2015, Điều 147–148 (cách tính thời hạn)",
          "Civil Code 2015, Art 147–148 (computing time limits)");
      map.put(RECEIPT_OUTSIDE_CALENDAR, calendar);
      map.put(CALENDAR_UNAVAILABLE, calendar);
      map.put(EVENT_OUTSIDE_CALENDAR, calendar);
    }
  }
}
