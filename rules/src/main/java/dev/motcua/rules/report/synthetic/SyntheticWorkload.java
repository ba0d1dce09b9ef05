package dev.motcua.rules.report.synthetic;

import static com.google.common.base.Preconditions.checkArgument;

import dev.motcua.rules.report.DossierFacts;
import dev.motcua.core.dossier.Channel;
import dev.motcua.rules.deadline.Timeliness;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded generator of synthetic {@link DossierFacts}: the same seed and settings give the same dossiers,
 * in any order, sequentially or in parallel.
 *
 * <p>The model: procedures belong to fields (lĩnh vực) and agencies and have a processing time of 1 to 30
 * working days; dossiers arrive on weekdays, {@code dossiersPerWorkingDay} a day, at a uniformly random
 * minute of the working hours 07:00–11:00 and 13:00–17:00 ({@code Asia/Ho_Chi_Minh}); the due date-time is
 * the close (17:00) of the N-th working day after receipt, later by the waiting days of a supplement
 * request when there is one; then a dossier is refused at intake, withdrawn, stopped, or resolved early,
 * on time or late with the configured shares. Holidays are not modelled (weekends only), and the working
 * time to resolve is the working minutes between receipt and resolution.
 *
 * <pre>{@code
 * SyntheticWorkload workload = SyntheticWorkload.builder().seed(42).firstDay(LocalDate.of(2026, 1, 5))
 *     .dossiersPerWorkingDay(400).build();
 * ProcessingReport report = workload.stream(100_000)
 *     .collect(ProcessingReport.collector(ReportPeriod.parse("2026-05")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticWorkload {

  private static final String[] FIELD_NAMES = {
    "Đất đai", "Hộ tịch", "Xây dựng", "Đăng ký kinh doanh", "Lao động - Thương binh và Xã hội",
    "Giao thông vận tải", "Giáo dục và Đào tạo", "Y tế", "Tư pháp", "Công thương", "Nông nghiệp",
    "Văn hóa, Thể thao và Du lịch"
  };
  private static final int[] PROCESSING_DAYS = {1, 2, 3, 5, 7, 10, 15, 20, 30};
  private static final int MINUTES_PER_DAY = 480;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long OFFSET_SECONDS = 7 * 3600;

  private final long seed;
  private final LocalDate firstDay;
  private final int dossiersPerWorkingDay;
  private final double onlineShare;
  private final double postalShare;
  private final double refusedShare;
  private final double withdrawnShare;
  private final double stoppedShare;
  private final double lateShare;
  private final double onTimeShare;
  private final double supplementShare;
  private final double unknownFieldShare;
  private final long mondayEpochDay;
  private final int firstWeekday;
  // Per procedure, precomputed so that generating a dossier allocates no strings.
  private final String[] procedureCode;
  private final String[] procedureName;
  private final String[] fieldCode;
  private final String[] fieldName;
  private final String[] agencyCode;
  private final String[] agencyName;
  private final int[] processingDays;

  private SyntheticWorkload(Builder b) {
    this.seed = b.seed;
    LocalDate first = b.firstDay;
    while (first.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
      first = first.plusDays(1);
    }
    this.firstDay = first;
    this.firstWeekday = first.getDayOfWeek().getValue() - 1;
    this.mondayEpochDay = first.toEpochDay() - firstWeekday;
    this.dossiersPerWorkingDay = b.dossiersPerWorkingDay;
    this.onlineShare = b.onlineShare;
    this.postalShare = b.postalShare;
    this.refusedShare = b.refusedShare;
    this.withdrawnShare = b.withdrawnShare;
    this.stoppedShare = b.stoppedShare;
    this.lateShare = b.lateShare;
    this.onTimeShare = b.onTimeShare;
    this.supplementShare = b.supplementShare;
    this.unknownFieldShare = b.unknownFieldShare;
    int p = b.procedures;
    procedureCode = new String[p];
    procedureName = new String[p];
    fieldCode = new String[p];
    fieldName = new String[p];
    agencyCode = new String[p];
    agencyName = new String[p];
    processingDays = new int[p];
    for (int j = 0; j < p; j++) {
      int field = j % b.fields;
      int agency = j % b.agencies;
      procedureCode[j] = String.format("TT%03d", j + 1);
      procedureName[j] = String.format("Thủ tục %03d", j + 1);
      fieldCode[j] = String.format("LV%02d", field + 1);
      fieldName[j] = field < FIELD_NAMES.length ? FIELD_NAMES[field] : String.format("Lĩnh vực %02d", field + 1);
      agencyCode[j] = String.format("000.00.%02d.H05", agency + 1);
      agencyName[j] = String.format("Cơ quan %02d", agency + 1);
      processingDays[j] = PROCESSING_DAYS[j % PROCESSING_DAYS.length];
    }
  }

  /**
   * Returns a builder with the default settings: seed 0, first day 05/01/2026, 400 dossiers a working
   * day, 8 fields, 12 agencies, 60 procedures, 45 % online, 5 % of the rest by post, 2 % refused, 1 %
   * withdrawn, 0.5 % stopped, 4 % late, 15 % on time (the rest early), 8 % with a supplement request, no
   * unknown fields.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the first arrival day, a weekday.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return firstDay;
  }

  /**
   * Returns the day dossier {@code index} arrives.
   *
   * @param index the dossier's index, not negative
   * @return its arrival day, a weekday
   */
  public LocalDate arrivalDay(long index) {
    checkArgument(index >= 0, "Index must not be negative, not %s", index);
    return LocalDate.ofEpochDay(epochDay(firstWeekday + index / dossiersPerWorkingDay));
  }

  /**
   * Returns the first {@code count} dossiers as a lazy stream: nothing is held in memory, so millions can
   * be streamed; the stream is sized and splits evenly in parallel.
   *
   * @param count the number of dossiers, not negative
   * @return the dossiers with indexes {@code 0..count-1}
   * @throws IllegalArgumentException if the count is negative
   */
  public Stream<DossierFacts> stream(long count) {
    checkArgument(count >= 0, "Count must not be negative, not %s", count);
    return LongStream.range(0, count).mapToObj(this::dossier);
  }

  /**
   * Returns dossier number {@code index}; a pure function of the seed, the settings and the index.
   *
   * @param index the index, not negative
   * @return the dossier's facts
   * @throws IllegalArgumentException if the index is negative
   */
  public DossierFacts dossier(long index) {
    checkArgument(index >= 0, "Index must not be negative, not %s", index);
    long base = seed * GOLDEN + index * 0xBF58476D1CE4E5B9L;
    long w = firstWeekday + index / dossiersPerWorkingDay;
    long receivedPos = w * MINUTES_PER_DAY + below(base, 1, MINUTES_PER_DAY);
    double u = uniform(base, 2);
    int procedure = (int) (procedureCode.length * u * u);
    DossierFacts.Builder b = DossierFacts.builder();
    b.procedure(procedureCode[procedure], procedureName[procedure]);
    b.agency(agencyCode[procedure], agencyName[procedure]);
    if (uniform(base, 3) >= unknownFieldShare) {
      b.field(fieldCode[procedure], fieldName[procedure]);
    }
    double c = uniform(base, 4);
    b.channel(c < onlineShare ? Channel.ONLINE
        : (c - onlineShare) < postalShare * (1 - onlineShare) ? Channel.POSTAL : Channel.COUNTER);
    double outcome = uniform(base, 5);
    if (outcome < refusedShare) {
      return b.refusedAt(instant(receivedPos)).build();
    }
    outcome -= refusedShare;
    long supplementDays = uniform(base, 6) < supplementShare ? 2 + below(base, 7, 5) : 0;
    long dueDay = w + supplementDays + processingDays[procedure];
    long duePos = dueDay * MINUTES_PER_DAY + MINUTES_PER_DAY;
    b.receivedAt(instant(receivedPos)).dueAt(instant(dueDay, MINUTES_PER_DAY));
    long endPos = receivedPos + 1 + below(base, 8, duePos - receivedPos - 1);
    if (outcome < withdrawnShare) {
      return b.withdrawnAt(instant(endPos)).build();
    }
    outcome -= withdrawnShare;
    if (outcome < stoppedShare) {
      return b.stoppedAt(instant(endPos)).build();
    }
    outcome -= stoppedShare;
    Timeliness timeliness;
    long resolvedPos;
    long earlyEnd = dueDay * MINUTES_PER_DAY - 1;
    if (outcome < lateShare) {
      timeliness = Timeliness.LATE;
      resolvedPos = (dueDay + 1 + below(base, 9, 5)) * MINUTES_PER_DAY + below(base, 10, MINUTES_PER_DAY);
    } else if (outcome < lateShare + onTimeShare || earlyEnd <= receivedPos) {
      timeliness = Timeliness.ON_TIME;
      // minute 480 of the due day is its close, 17:00, still on time; the position alone would read 07:00
      // of the next day, so the instant is built from the day and the minute
      resolvedPos = dueDay * MINUTES_PER_DAY + below(base, 10, MINUTES_PER_DAY + 1);
      return b.resolvedAt(instant(dueDay, resolvedPos - dueDay * MINUTES_PER_DAY), timeliness)
          .workingTimeToResolve(Duration.ofMinutes(resolvedPos - receivedPos))
          .build();
    } else {
      timeliness = Timeliness.EARLY;
      resolvedPos = receivedPos + 1 + below(base, 10, earlyEnd - receivedPos);
    }
    return b.resolvedAt(instant(resolvedPos), timeliness)
        .workingTimeToResolve(Duration.ofMinutes(resolvedPos - receivedPos))
        .build();
  }

  private long epochDay(long workingDay) {
    return mondayEpochDay + (workingDay / 5) * 7 + workingDay % 5;
  }

  /** The instant of a position on the working-minute line ({@code day * 480 + minute}). */
  private Instant instant(long position) {
    return instant(position / MINUTES_PER_DAY, position % MINUTES_PER_DAY);
  }

  /** The instant of a working minute, 0 to 480, of a working day; minute 480 is the close, 17:00. */
  private Instant instant(long day, long minute) {
    long clock = minute < 240 ? 420 + minute : 780 + (minute - 240);
    return Instant.ofEpochSecond(epochDay(day) * 86_400 + clock * 60 - OFFSET_SECONDS);
  }

  private static long mix(long base, int k) {
    // SplitMix64's finaliser over a per-(dossier, draw) counter: stateless, so any index in any order.
    long z = base + k * GOLDEN;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static double uniform(long base, int k) {
    return (mix(base, k) >>> 11) * 0x1.0p-53;
  }

  private static long below(long base, int k, long bound) {
    return bound <= 0 ? 0 : Math.floorMod(mix(base, k), bound);
  }

  /**
   * Builds a {@link SyntheticWorkload}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private long seed;
    private LocalDate firstDay = LocalDate.of(2026, 1, 5);
    private int dossiersPerWorkingDay = 400;
    private int fields = 8;
    private int agencies = 12;
    private int procedures = 60;
    private double onlineShare = 0.45;
    private double postalShare = 0.05;
    private double refusedShare = 0.02;
    private double withdrawnShare = 0.01;
    private double stoppedShare = 0.005;
    private double lateShare = 0.04;
    private double onTimeShare = 0.15;
    private double supplementShare = 0.08;
    private double unknownFieldShare;

    private Builder() {}

    /**
     * Sets the seed.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the first arrival day; a weekend day means the Monday after.
     *
     * @param firstDay the first day
     * @return this builder
     */
    public Builder firstDay(LocalDate firstDay) {
      this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
      return this;
    }

    /**
     * Sets how many dossiers arrive each weekday.
     *
     * @param count at least 1
     * @return this builder
     * @throws IllegalArgumentException if the count is not positive
     */
    public Builder dossiersPerWorkingDay(int count) {
      checkArgument(count >= 1, "Dossiers per working day must be positive, not %s", count);
      this.dossiersPerWorkingDay = count;
      return this;
    }

    /**
     * Sets the numbers of fields, agencies and procedures; procedure {@code j} belongs to field
     * {@code j mod fields} and agency {@code j mod agencies}.
     *
     * @param fields 1 to 99
     * @param agencies 1 to 99
     * @param procedures 1 to 999
     * @return this builder
     * @throws IllegalArgumentException if a number is out of range
     */
    public Builder catalogue(int fields, int agencies, int procedures) {
      checkArgument(fields >= 1 && fields <= 99, "Fields must be 1 to 99, not %s", fields);
      checkArgument(agencies >= 1 && agencies <= 99, "Agencies must be 1 to 99, not %s", agencies);
      checkArgument(procedures >= 1 && procedures <= 999, "Procedures must be 1 to 999, not %s", procedures);
      this.fields = fields;
      this.agencies = agencies;
      this.procedures = procedures;
      return this;
    }

    /**
     * Sets the channel shares.
     *
     * @param online the share submitted online, 0 to 1
     * @param postalOfOthers the share of the other dossiers sent by post rather than handed in, 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if a share is out of range
     */
    public Builder channels(double online, double postalOfOthers) {
      this.onlineShare = share(online, "Online");
      this.postalShare = share(postalOfOthers, "Postal");
      return this;
    }

    /**
     * Sets the outcome shares; the rest is resolved early.
     *
     * @param refused refused at intake
     * @param withdrawn withdrawn by the applicant
     * @param stopped stopped
     * @param late resolved late
     * @param onTime resolved on the due day
     * @return this builder
     * @throws IllegalArgumentException if a share is out of range or they add up to more than 1
     */
    public Builder outcomes(double refused, double withdrawn, double stopped, double late, double onTime) {
      double sum = share(refused, "Refused") + share(withdrawn, "Withdrawn") + share(stopped, "Stopped")
          + share(late, "Late") + share(onTime, "On-time");
      checkArgument(sum <= 1, "Outcome shares must add up to at most 1, not %s", sum);
      this.refusedShare = refused;
      this.withdrawnShare = withdrawn;
      this.stoppedShare = stopped;
      this.lateShare = late;
      this.onTimeShare = onTime;
      return this;
    }

    /**
     * Sets the share of dossiers with a supplement request, whose deadline restarts 2 to 6 working days
     * later.
     *
     * @param share 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if the share is out of range
     */
    public Builder supplementShare(double share) {
      this.supplementShare = share(share, "Supplement");
      return this;
    }

    /**
     * Sets the share of dossiers without a field code, to exercise the unknown row.
     *
     * @param share 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if the share is out of range
     */
    public Builder unknownFieldShare(double share) {
      this.unknownFieldShare = share(share, "Unknown-field");
      return this;
    }

    private static double share(double value, String what) {
      checkArgument(value >= 0 && value <= 1, "%s share must be 0 to 1, not %s", what, value);
      return value;
    }

    /**
     * Builds the workload.
     *
     * @return the workload
     */
    public SyntheticWorkload build() {
      return new SyntheticWorkload(this);
    }
  }
}
