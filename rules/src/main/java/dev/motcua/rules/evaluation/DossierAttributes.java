package dev.motcua.rules.evaluation;

import dev.motcua.rules.portal.SyncAttributes;
import dev.motcua.rules.deadline.Timeliness;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Flags about one dossier that an event history does not carry and other inputs may (thuộc tính hồ sơ):
 * the national portal's sync record ({@code DongBoHoSoMC}) has most of them, an evaluation slip
 * (phiếu đánh giá) the others. Every flag is optional: absent means unknown, and an indicator that needs it
 * is then reported as not computable, never as 0.
 *
 * <p>Where each flag comes from in the sync record (third-party sourced, {@code
 * reference/national-portal-exchange.md} §2–§6):
 * <ul>
 *   <li>{@link #digitisedComponent()}: {@code HoSoCoThanhPhanSoHoa} = 1, or a {@code TaiLieuNop} entry with
 *       {@code DuocSoHoa} = 1 (indicator 4.3);
 *   <li>{@link #citizenDataUsed()}: {@code TaiKhoanDuocXacThucVoiVNeID} = 1, or {@code DuocLayTuKhoDMQG}, or
 *       the population database among {@code DSKetNoiCSDL} (indicator 4.5);
 *   <li>{@link #electronicResult()}: a result document with a file link {@code DuongDanTepTinKetQua};
 *   <li>{@link #stepTimeliness()}: each step's time against its {@code NgayKetThucTheoQuyDinh} (Circular
 *       01/2018 index 2);
 *   <li>{@link #complaint()} and {@link #applicantAtFault()}: from evaluation slips or the one-stop system
 *       (Circular 01/2018 Art 14(2), indices 3 and 7).
 * </ul>
 * The online payment flag {@code DuocThanhToanTrucTuyen} maps to {@link EvaluationFacts#paymentChannel()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierAttributes {
  private static final DossierAttributes NONE = new Builder().build();

  private final @Nullable Boolean digitisedComponent;
  private final @Nullable Boolean citizenDataUsed;
  private final @Nullable Boolean electronicResult;
  private final @Nullable Boolean complaint;
  private final @Nullable Boolean applicantAtFault;
  private final @Nullable List<Timeliness> stepTimeliness;

  private DossierAttributes(Builder b) {
    this.digitisedComponent = b.digitisedComponent;
    this.citizenDataUsed = b.citizenDataUsed;
    this.electronicResult = b.electronicResult;
    this.complaint = b.complaint;
    this.applicantAtFault = b.applicantAtFault;
    this.stepTimeliness = b.stepTimeliness;
  }

  /**
   * Returns the flags a national portal sync record carries (third-party sourced mapping, reference §8):
   * {@code HoSoCoThanhPhanSoHoa} → {@link #digitisedComponent()} (766 indicator 4.3), {@code
   * TaiKhoanDuocXacThucVoiVNeID} → {@link #citizenDataUsed()} (4.5), a result link → {@link #electronicResult()}
   * true (no link: unknown, since senders often leave it out); the others stay unknown.
   *
   * @param sync the record's attributes
   * @return the attributes
   */
  public static DossierAttributes of(SyncAttributes sync) {
    Builder b = builder();
    sync.digitisedComponents().ifPresent(b::digitisedComponent);
    sync.vneidAuthenticated().ifPresent(b::citizenDataUsed);
    if (!sync.resultLinks().isEmpty()) {
      b.electronicResult(true);
    }
    return b.build();
  }

  /**
   * Returns the attributes with every flag unknown, as for a dossier read from an event log.
   *
   * @return the empty attributes
   */
  public static DossierAttributes none() {
    return NONE;
  }

  /**
   * Returns a new builder with every flag unknown.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether a component of the dossier was digitised or reused (thành phần hồ sơ được số hóa, tái sử
   * dụng), if known.
   *
   * @return the flag
   */
  public Optional<Boolean> digitisedComponent() {
    return Optional.ofNullable(digitisedComponent);
  }

  /**
   * Tells whether the dossier used the national population data (dữ liệu dân cư): a VNeID-authenticated
   * account or data taken from the citizen's store, if known.
   *
   * @return the flag
   */
  public Optional<Boolean> citizenDataUsed() {
    return Optional.ofNullable(citizenDataUsed);
  }

  /**
   * Tells whether the result was issued electronically with a link (kết quả điện tử), if known.
   *
   * @return the flag
   */
  public Optional<Boolean> electronicResult() {
    return Optional.ofNullable(electronicResult);
  }

  /**
   * Tells whether the applicant complained about the handling (phản ánh, kiến nghị) and the complaint was
   * not found untrue, if known.
   *
   * @return the flag
   */
  public Optional<Boolean> complaint() {
    return Optional.ofNullable(complaint);
  }

  /**
   * Tells whether repeated supplements were the applicant's fault (lỗi của người nộp), if known.
   *
   * @return the flag
   */
  public Optional<Boolean> applicantAtFault() {
    return Optional.ofNullable(applicantAtFault);
  }

  /**
   * Returns the timeliness of each participating agency's step against its own time limit, if known.
   *
   * @return the steps' timeliness, not empty when present
   */
  public Optional<List<Timeliness>> stepTimeliness() {
    return Optional.ofNullable(stepTimeliness);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof DossierAttributes o && Objects.equals(digitisedComponent, o.digitisedComponent)
        && Objects.equals(citizenDataUsed, o.citizenDataUsed) && Objects.equals(electronicResult, o.electronicResult)
        && Objects.equals(complaint, o.complaint) && Objects.equals(applicantAtFault, o.applicantAtFault)
        && Objects.equals(stepTimeliness, o.stepTimeliness);
  }

  @Override
  public int hashCode() {
    return Objects.hash(digitisedComponent, citizenDataUsed, electronicResult, complaint, applicantAtFault,
        stepTimeliness);
  }

  @Override
  public String toString() {
    return "DossierAttributes{digitisedComponent=" + digitisedComponent + ", citizenDataUsed=" + citizenDataUsed
        + ", electronicResult=" + electronicResult + ", complaint=" + complaint + ", applicantAtFault="
        + applicantAtFault + ", stepTimeliness=" + stepTimeliness + "}";
  }

  /**
   * Builds {@link DossierAttributes}; a flag not set stays unknown.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private @Nullable Boolean digitisedComponent;
    private @Nullable Boolean citizenDataUsed;
    private @Nullable Boolean electronicResult;
    private @Nullable Boolean complaint;
    private @Nullable Boolean applicantAtFault;
    private @Nullable List<Timeliness> stepTimeliness;

    private Builder() {}

    /**
     * Sets whether a component was digitised or reused.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder digitisedComponent(boolean value) {
      this.digitisedComponent = value;
      return this;
    }

    /**
     * Sets whether the dossier used the national population data.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder citizenDataUsed(boolean value) {
      this.citizenDataUsed = value;
      return this;
    }

    /**
     * Sets whether the result was issued electronically with a link.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder electronicResult(boolean value) {
      this.electronicResult = value;
      return this;
    }

    /**
     * Sets whether the applicant complained (and the complaint was not found untrue).
     *
     * @param value the flag
     * @return this builder
     */
    public Builder complaint(boolean value) {
      this.complaint = value;
      return this;
    }

    /**
     * Sets whether repeated supplements were the applicant's fault.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder applicantAtFault(boolean value) {
      this.applicantAtFault = value;
      return this;
    }

    /**
     * Sets the timeliness of each participating agency's step.
     *
     * @param steps one per step, not empty
     * @return this builder
     * @throws IllegalArgumentException if the list is empty
     */
    public Builder stepTimeliness(List<Timeliness> steps) {
      List<Timeliness> copy = List.copyOf(steps);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("Step timeliness must not be empty; leave it unset if unknown");
      }
      this.stepTimeliness = copy;
      return this;
    }

    /**
     * Builds the attributes.
     *
     * @return the attributes
     */
    public DossierAttributes build() {
      return new DossierAttributes(this);
    }
  }
}
