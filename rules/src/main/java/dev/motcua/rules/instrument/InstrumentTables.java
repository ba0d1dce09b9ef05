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
 * every rule. Decree 118/2025/NĐ-CP's table cites it "as" the Decree 61 article it carries over, marked
 * {@code [inferred]}, until its own article numbers are wired in.
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

  /** Decree 61/2018/NĐ-CP, with the seed's and the other instruments each rule rests on. */
  private static Map<ViolationCode, LegalBasis> decree61() {
    Table t = new Table("Nghị định 61/2018/NĐ-CP, ", "Decree 61/2018/ND-CP, ", "", "");
    t.shared();
    Instant any = Instant.EPOCH;
    for (StructuralCode code : StructuralCode.values()) {
      t.map.put(code, StructuralCitations.DECREE_61_2018.cite(code, any));
    }
    return t.map;
  }

  /**
   * Decree 118/2025/NĐ-CP ({@code [inferred]}): each rule cites the Decree 61 article it carries over.
   */
  private static Map<ViolationCode, LegalBasis> decree118() {
    Table t = new Table("Nghị định 118/2025/NĐ-CP (như Nghị định 61/2018/NĐ-CP, ",
        "Decree 118/2025/ND-CP (as Decree 61/2018/ND-CP ", ") [suy luận]", ") [inferred]");
    t.shared();
    t.article(StructuralCode.EVENT_NOT_PERMITTED, "Điều 17–20", "Art 17–20", "", "");
    t.article(StructuralCode.TERMINAL_STATUS, "Điều 17–20", "Art 17–20", "", "");
    for (StructuralCode code : new StructuralCode[] {StructuralCode.FILING_REQUIRED, StructuralCode.FILING_CHANGED,
        StructuralCode.RECEIPT_WITHOUT_APPOINTMENT, StructuralCode.APPOINTMENT_NOT_AFTER_EVENT}) {
      t.article(code, "Điều 17", "Art 17", "", "");
    }
    t.article(StructuralCode.RECEIPT_WITHOUT_CODE, "Điều 26", "Art 26",
        "Thông tư 01/2018/TT-VPCP, Điều 19", "Circular 01/2018/TT-VPCP, Art 19");
    Instant any = Instant.EPOCH;
    t.map.put(StructuralCode.INSTANT_BEFORE_PREVIOUS,
        StructuralCitations.DECREE_61_2018.cite(StructuralCode.INSTANT_BEFORE_PREVIOUS, any));
    t.map.put(StructuralCode.DOSSIER_CODE_CHANGED,
        StructuralCitations.DECREE_61_2018.cite(StructuralCode.DOSSIER_CODE_CHANGED, any));
    return t.map;
  }

  /** Rows written once for both decrees: an article of the decree, or a source that does not depend on it. */
  private static final class Table {
    final Map<ViolationCode, LegalBasis> map = new HashMap<>();
    private final String prefixVi;
    private final String prefixEn;
    private final String suffixVi;
    private final String suffixEn;

    Table(String prefixVi, String prefixEn, String suffixVi, String suffixEn) {
      this.prefixVi = prefixVi;
      this.prefixEn = prefixEn;
      this.suffixVi = suffixVi;
      this.suffixEn = suffixEn;
    }

    void shared() {
      article(INTAKE_NOTICE_REPEATED, "Điều 15 khoản 3, Điều 17 khoản 2 điểm a", "Art 15(3), 17(2)(a)",
          "Quyết định 221/QĐ-UBND tỉnh Bạc Liêu (2018), Điều 8 khoản 3 điểm c",
          "Bạc Liêu Decision 221/QD-UBND (2018), Art 8(3)(c)");
      article(SUPPLEMENT_REQUEST_REPEATED, "Điều 19 khoản 4", "Art 19(4)",
          "Quyết định 09/2015/QĐ-TTg (yêu cầu bổ sung không quá một lần)",
          "Decision 09/2015/QD-TTg (supplement requested no more than once)");
      article(SUPPLEMENT_NOTICE_LATE, "Điều 19 khoản 4", "Art 19(4)", "", "");
      article(TRANSFER_LATE, "Điều 18 khoản 2", "Art 18(2)", "", "");
      article(APPOINTMENT_MISMATCH, "Điều 17 khoản 1 điểm c", "Art 17(1)(c)", "", "");
      article(RESCHEDULE_LATE, "Điều 19 khoản 9", "Art 19(9)", "", "");
      article(RESCHEDULE_REPEATED, "Điều 19 khoản 9", "Art 19(9)", "", "");
      article(RESCHEDULE_NOT_LATER, "Điều 19 khoản 9", "Art 19(9)", "", "");
      article(DENIAL_LATE, "Điều 19 khoản 8", "Art 19(8)", "", "");
      article(UNKNOWN_PROCEDURE, "Điều 17", "Art 17", "", "");
      fixed(RECEIPT_OUTSIDE_RECEPTION_HOURS,
          "Quyết định 221/QĐ-UBND tỉnh Bạc Liêu (2018), Điều 5; Quyết định 14/2010/QĐ-TTg",
          "Bạc Liêu Decision 221/QD-UBND (2018), Art 5; Decision 14/2010/QD-TTg");
      fixed(RECEIVED_BEFORE_DECREE_61, "Nghị định 61/2018/NĐ-CP (có hiệu lực từ 21/6/2018)",
          "Decree 61/2018/ND-CP (in force from 21/6/2018)");
      fixed(RECEIPT_OUTSIDE_CALENDAR, "Bộ luật Dân sự 2015, Điều 147–148 (cách tính thời hạn)",
          "Civil Code 2015, Art 147–148 (computing time limits)");
      fixed(CALENDAR_UNAVAILABLE, "Bộ luật Dân sự 2015, Điều 147–148 (cách tính thời hạn)",
          "Civil Code 2015, Art 147–148 (computing time limits)");
    }

    void article(ViolationCode code, String articleVi, String articleEn, String extraVi, String extraEn) {
      String xVi = extraVi.isEmpty() ? "" : "; " + extraVi;
      String xEn = extraEn.isEmpty() ? "" : "; " + extraEn;
      map.put(code, LegalBasis.of(prefixVi + articleVi + suffixVi + xVi, prefixEn + articleEn + suffixEn + xEn));
    }

    void fixed(ViolationCode code, String vi, String en) {
      map.put(code, LegalBasis.of(vi, en));
    }
  }
}
