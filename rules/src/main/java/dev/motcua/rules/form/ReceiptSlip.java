package dev.motcua.rules.form;

import dev.motcua.calendar.ProcessingTime;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.rules.internal.RulesStyle;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The receipt slip and appointment (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, form 01): what the one-stop unit
 * hands the applicant on receiving a dossier.
 *
 * <p>From the history: the dossier code, the applicant, the procedure and its processing time, the channel,
 * the receipt and the appointment written on it (else the computed due date-time), the receiving officer.
 * Absent until the host fills them: the proxy and the proxy papers, the submitted components, the number of
 * sets, where to collect the result, the tracking book's volume and serial.
 *
 * <p>Legal basis: Thông tư 01/2018/TT-VPCP, Điều 9 (mẫu số 01); Nghị định 61/2018/NĐ-CP, Điều 17 khoản 1 điểm
 * c / Circular 01/2018/TT-VPCP, Art 9 (form 01); Decree 61/2018/ND-CP, Art 17(1)(c); Circular 03/2025/TT-VPCP
 * Annex I form 01 (fields as rendered by Decision 3621/QĐ-BYT, third-party).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@RulesStyle
public abstract non-sealed class ReceiptSlip implements Form {
  ReceiptSlip() {}

  @Override
  public final FormKind kind() {
    return FormKind.RECEIPT_SLIP;
  }

  @Override
  public abstract FormHeader header();

  /**
   * Returns the dossier code (mã hồ sơ), if the receipt carried one.
   *
   * @return the code
   */
  public abstract Optional<DossierCode> dossierCode();

  /**
   * Returns the applicant (tổ chức, cá nhân) with the identifier, address, phone and email the filing gave.
   *
   * @return the applicant
   */
  public abstract Applicant applicant();

  /**
   * Returns the authoriser when the dossier is filed by a proxy (người được ủy quyền), if the host gave it.
   *
   * @return the authoriser
   */
  public abstract Optional<Applicant> proxy();

  /**
   * Returns the proxy papers (giấy ủy quyền), if the host gave them.
   *
   * @return the papers
   */
  public abstract Optional<String> proxyPapers();

  /**
   * Returns the procedure's code.
   *
   * @return the code
   */
  public abstract String procedureCode();

  /**
   * Returns the procedure's name (the request, nội dung yêu cầu giải quyết).
   *
   * @return the name
   */
  public abstract String procedureName();

  /**
   * Returns how the dossier was filed.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * Returns the submitted components (thành phần hồ sơ), empty unless the host gave them.
   *
   * @return the components
   */
  public abstract List<String> components();

  /**
   * Returns the number of sets (số lượng bộ hồ sơ), if the host gave it.
   *
   * @return the number
   */
  public abstract OptionalInt numberOfSets();

  /**
   * Returns the legal processing time (thời hạn giải quyết theo quy định).
   *
   * @return the processing time
   */
  public abstract ProcessingTime processingTime();

  /**
   * Returns when the dossier was received, in the calendar's zone.
   *
   * @return the local date-time
   */
  public abstract LocalDateTime receivedAt();

  /**
   * Returns the appointment (thời gian trả kết quả): the one the receipt wrote, else the computed due
   * date-time, in the calendar's zone.
   *
   * @return the local date-time
   */
  public abstract LocalDateTime appointment();

  /**
   * Returns where the applicant collects the result (nơi trả kết quả), if the host gave it.
   *
   * @return the place
   */
  public abstract Optional<String> resultPlace();

  /**
   * Returns the tracking book's volume number (vào Sổ theo dõi hồ sơ, Quyển số), if the host gave it.
   *
   * @return the volume
   */
  public abstract Optional<String> bookVolume();

  /**
   * Returns the tracking book's serial number (Số thứ tự), if the host gave it.
   *
   * @return the serial
   */
  public abstract Optional<String> bookSerial();

  /**
   * Returns the name of the officer who received the dossier (người nhận hồ sơ).
   *
   * @return the name
   */
  public abstract String receiver();

  /**
   * Returns a copy with another header, e.g. {@code slip.withHeader(slip.header().withUnitName("…"))}.
   *
   * @param header the header
   * @return the slip
   */
  public ReceiptSlip withHeader(FormHeader header) {
    return toBuilder().header(header).build();
  }

  /**
   * Returns a copy with the number of sets.
   *
   * @param sets the number, at least 1
   * @return the slip
   * @throws IllegalArgumentException if the number is below 1
   */
  public ReceiptSlip withNumberOfSets(int sets) {
    return toBuilder().numberOfSets(sets).build();
  }

  /**
   * Returns a copy with the submitted components.
   *
   * @param components the components, in order
   * @return the slip
   */
  public ReceiptSlip withComponents(List<String> components) {
    return toBuilder().components(components).build();
  }

  /**
   * Returns a copy with the authoriser and the proxy papers.
   *
   * @param authoriser the authoriser (người ủy quyền)
   * @param papers the proxy papers
   * @return the slip
   */
  public ReceiptSlip withProxy(Applicant authoriser, String papers) {
    return toBuilder().proxy(authoriser).proxyPapers(papers).build();
  }

  /**
   * Returns a copy with where to collect the result.
   *
   * @param place the place
   * @return the slip
   */
  public ReceiptSlip withResultPlace(String place) {
    return toBuilder().resultPlace(place).build();
  }

  /**
   * Returns a copy with the tracking book's volume and serial.
   *
   * @param volume the volume (quyển số)
   * @param serial the serial (số thứ tự)
   * @return the slip
   */
  public ReceiptSlip withBook(String volume, String serial) {
    return toBuilder().bookVolume(volume).bookSerial(serial).build();
  }

  /**
   * Returns a builder preset with this slip.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Texts.nonBlank(procedureCode(), "procedureCode");
    Texts.nonBlank(procedureName(), "procedureName");
    Texts.nonBlank(receiver(), "receiver");
    Texts.nonBlank(components(), "components");
    numberOfSets().ifPresent(n -> {
      if (n < 1) {
        throw new IllegalArgumentException("numberOfSets must be at least 1, was " + n);
      }
    });
    proxyPapers().ifPresent(v -> Texts.nonBlank(v, "proxyPapers"));
    resultPlace().ifPresent(v -> Texts.nonBlank(v, "resultPlace"));
    bookVolume().ifPresent(v -> Texts.nonBlank(v, "bookVolume"));
    bookSerial().ifPresent(v -> Texts.nonBlank(v, "bookSerial"));
  }

  /** A builder of {@link ReceiptSlip}. */
  public static final class Builder extends ImmutableReceiptSlip.Builder {
    Builder() {}
  }
}
