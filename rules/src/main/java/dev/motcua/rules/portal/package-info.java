/**
 * The national public-service portal's sync records (bản ghi đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia,
 * DVCQG): the dossier records of {@code DongBoHoSoMC} and the progress records (tiến độ xử lý) of {@code
 * CapNhatTienDoHoSoMC}, read into motcua event histories ({@link dev.motcua.rules.portal.SyncReader}) and
 * written from them ({@link dev.motcua.rules.portal.SyncWriter}).
 *
 * <p>Legal basis: Thông tư 01/2018/TT-VPCP, Điều 17(1)(d) / Circular 01/2018/TT-VPCP, Art 17(1)(d) (the one-stop
 * system provides the processing status to DVCQG). The record fields, the status codes 1–10 and the date form
 * {@code yyyyMMddHHmmss} are <b>third-party sourced</b>: the Government Office's integration guide is not
 * available, so they come from three implementations (OpenCPS, a Thanh Hóa one-stop system, a Hà Giang
 * controller); see the README's "Sync records" section for the mapping table and its {@code [inferred]} rows.
 *
 * <p>Reading streams: one record at a time, so memory is bounded by the largest dossier, not by the input.
 */
@NullMarked
package dev.motcua.rules.portal;

import org.jspecify.annotations.NullMarked;
