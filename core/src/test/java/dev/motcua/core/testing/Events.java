package dev.motcua.core.testing;

import dev.motcua.core.dossier.Actor;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.PaymentChannel;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.dossier.Filing;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Test fixtures: valid events of every type, paths to every status, random payloads. */
public final class Events {
  private Events() {}

  /** Tue 2026-02-10 08:00 +07:00: an ordinary working morning at the one-stop desk. */
  public static final Instant TUE_2026_02_10_0800 = Instant.parse("2026-02-10T01:00:00Z");

  public static final Actor OFFICER = Actor.officer("cb-001", "Trần Thị B", "000.00.15.H05");
  public static final Actor PORTAL = Actor.system("Cổng Dịch vụ công quốc gia");
  public static final Filing FILING =
      new Filing(
          "1.001234",
          Channel.COUNTER,
          Applicant.builder().name("Nguyễn Văn A").idNumber("095080000123").build(),
          "000.00.15.H05");
  public static final DossierCode CODE = DossierCode.parse("000.00.15.H05-260210-0001");

  /** A valid event of the given type at the given instant; {@code first} adds the filing where allowed. */
  public static DossierEvent of(DossierEventType type, Instant at, boolean first) {
    Optional<Filing> filing = first ? Optional.of(FILING) : Optional.empty();
    return switch (type) {
      case SUBMITTED -> new DossierEvent.Submitted(at, PORTAL, FILING);
      case RETURNED_AT_INTAKE ->
          new DossierEvent.ReturnedAtIntake(at, OFFICER, List.of("Bản sao CCCD"), "Thiếu giấy tờ");
      case RESUBMITTED -> new DossierEvent.Resubmitted(at, PORTAL);
      case REFUSED -> new DossierEvent.Refused(at, OFFICER, filing, "Không thuộc thẩm quyền");
      case RECEIVED ->
          new DossierEvent.Received(
              at, OFFICER, filing, Optional.of(CODE), Optional.of(at.plus(Duration.ofDays(10))));
      case TRANSFERRED -> new DossierEvent.Transferred(at, OFFICER, "000.00.15.H05", "000.01.15.H05");
      case SUPPLEMENT_REQUESTED ->
          new DossierEvent.SupplementRequested(
              at, OFFICER, "000.01.15.H05", List.of("Bản vẽ thiết kế"), "Bản vẽ chưa đúng tỷ lệ");
      case SUPPLEMENTED -> new DossierEvent.Supplemented(at, PORTAL);
      case PAYMENT_REQUESTED -> new DossierEvent.PaymentRequested(at, OFFICER, 150_000);
      case PAID -> new DossierEvent.Paid(at, PORTAL);
      case RESCHEDULED ->
          new DossierEvent.Rescheduled(at, OFFICER, at.plus(Duration.ofDays(5)), "Cần xác minh thực địa");
      case RESOLVED -> DossierEvent.Resolved.approved(at, OFFICER);
      case RESULT_RETURNED -> new DossierEvent.ResultReturned(at, OFFICER);
      case WITHDRAWN -> new DossierEvent.Withdrawn(at, PORTAL, "Người nộp xin rút");
      case STOPPED -> new DossierEvent.Stopped(at, OFFICER, "Người nộp không bổ sung");
      case CLOSED -> new DossierEvent.Closed(at, OFFICER, "Quá 15 ngày không bổ sung hồ sơ");
    };
  }

  /** Event types, written independently of the production table (DESIGN §4), leading to a status. */
  public static List<DossierEventType> pathTo(DossierStatus status) {
    return switch (status) {
      case SUBMITTED -> List.of(DossierEventType.SUBMITTED);
      case RETURNED_AT_INTAKE -> List.of(DossierEventType.SUBMITTED, DossierEventType.RETURNED_AT_INTAKE);
      case REFUSED -> List.of(DossierEventType.REFUSED);
      case RECEIVED -> List.of(DossierEventType.RECEIVED);
      case IN_PROGRESS -> List.of(DossierEventType.RECEIVED, DossierEventType.TRANSFERRED);
      case AWAITING_SUPPLEMENT ->
          List.of(
              DossierEventType.RECEIVED,
              DossierEventType.TRANSFERRED,
              DossierEventType.SUPPLEMENT_REQUESTED);
      case AWAITING_PAYMENT ->
          List.of(
              DossierEventType.RECEIVED, DossierEventType.TRANSFERRED, DossierEventType.PAYMENT_REQUESTED);
      case RESOLVED ->
          List.of(DossierEventType.RECEIVED, DossierEventType.TRANSFERRED, DossierEventType.RESOLVED);
      case RETURNED ->
          List.of(
              DossierEventType.RECEIVED,
              DossierEventType.TRANSFERRED,
              DossierEventType.RESOLVED,
              DossierEventType.RESULT_RETURNED);
      case WITHDRAWN -> List.of(DossierEventType.RECEIVED, DossierEventType.WITHDRAWN);
      case STOPPED -> List.of(DossierEventType.RECEIVED, DossierEventType.STOPPED);
      case CLOSED ->
          List.of(
              DossierEventType.RECEIVED,
              DossierEventType.TRANSFERRED,
              DossierEventType.SUPPLEMENT_REQUESTED,
              DossierEventType.CLOSED);
    };
  }

  /** Valid events for {@link #pathTo}, one hour apart from {@link #TUE_2026_02_10_0800}. */
  public static List<DossierEvent> eventsTo(DossierStatus status) {
    List<DossierEvent> events = new ArrayList<>();
    Instant at = TUE_2026_02_10_0800;
    for (DossierEventType type : pathTo(status)) {
      events.add(of(type, at, events.isEmpty()));
      at = at.plus(Duration.ofHours(1));
    }
    return events;
  }

  private static final String[] UNITS = {"000.00.15.H05", "000.01.15.H05", "000.02.15.H05", "000.00.00.G07"};
  private static final String[] TEXTS = {"Bản sao CCCD", "Giấy ủy quyền", "Bản vẽ", "Tờ khai mẫu 01", "Ảnh 4x6"};

  /** A random valid-in-isolation event of the given type, with random payloads. */
  public static DossierEvent random(DossierEventType type, Instant at, boolean first, Random rnd) {
    Actor actor =
        rnd.nextBoolean()
            ? Actor.officer("cb-" + rnd.nextInt(100), "Cán bộ " + rnd.nextInt(100), pick(UNITS, rnd))
            : Actor.system("Hệ thống " + rnd.nextInt(5));
    Filing filing =
        new Filing(
            "1.00" + (1000 + rnd.nextInt(9000)),
            Channel.values()[rnd.nextInt(Channel.values().length)],
            randomApplicant(rnd),
            pick(UNITS, rnd));
    return switch (type) {
      case SUBMITTED -> new DossierEvent.Submitted(at, actor, filing);
      case RETURNED_AT_INTAKE -> new DossierEvent.ReturnedAtIntake(at, actor, items(rnd), pick(TEXTS, rnd));
      case RESUBMITTED -> new DossierEvent.Resubmitted(at, actor);
      case REFUSED ->
          new DossierEvent.Refused(
              at, actor, first ? Optional.of(filing) : Optional.empty(), pick(TEXTS, rnd));
      case RECEIVED ->
          new DossierEvent.Received(
              at,
              actor,
              first ? Optional.of(filing) : Optional.empty(),
              Optional.of(
                  DossierCode.of(
                      pick(UNITS, rnd), LocalDate.of(2020 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)),
                      1 + rnd.nextInt(9999))),
              Optional.of(at.plus(Duration.ofMinutes(1 + rnd.nextInt(100_000)))));
      case TRANSFERRED -> new DossierEvent.Transferred(at, actor, pick(UNITS, rnd), pick(UNITS, rnd));
      case SUPPLEMENT_REQUESTED ->
          new DossierEvent.SupplementRequested(at, actor, pick(UNITS, rnd), items(rnd), pick(TEXTS, rnd));
      case SUPPLEMENTED -> new DossierEvent.Supplemented(at, actor);
      case PAYMENT_REQUESTED -> new DossierEvent.PaymentRequested(at, actor, rnd.nextInt(10_000_000));
      case PAID -> new DossierEvent.Paid(at, actor, rnd.nextBoolean() ? Optional.empty()
          : Optional.of(PaymentChannel.values()[rnd.nextInt(PaymentChannel.values().length)]));
      case RESCHEDULED ->
          new DossierEvent.Rescheduled(
              at, actor, at.plus(Duration.ofMinutes(1 + rnd.nextInt(100_000))), pick(TEXTS, rnd));
      case RESOLVED ->
          rnd.nextBoolean()
              ? DossierEvent.Resolved.approved(at, actor)
              : DossierEvent.Resolved.denied(at, actor, pick(TEXTS, rnd));
      case RESULT_RETURNED -> new DossierEvent.ResultReturned(at, actor);
      case WITHDRAWN -> new DossierEvent.Withdrawn(at, actor, pick(TEXTS, rnd));
      case STOPPED -> new DossierEvent.Stopped(at, actor, pick(TEXTS, rnd));
      case CLOSED -> new DossierEvent.Closed(at, actor, pick(TEXTS, rnd));
    };
  }

  private static Applicant randomApplicant(Random rnd) {
    Applicant.Builder b = Applicant.builder().name("Người nộp " + rnd.nextInt(1000));
    if (rnd.nextBoolean()) {
      b.idNumber("0950800" + (10000 + rnd.nextInt(90000)));
    }
    if (rnd.nextBoolean()) {
      b.phone("09" + (10000000 + rnd.nextInt(90000000)));
    }
    if (rnd.nextBoolean()) {
      b.email("a" + rnd.nextInt(100) + "@example.vn");
    }
    if (rnd.nextBoolean()) {
      b.address("Phường " + rnd.nextInt(10) + ", Bạc Liêu");
    }
    return b.build();
  }

  private static List<String> items(Random rnd) {
    int n = 1 + rnd.nextInt(3);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(pick(TEXTS, rnd));
    }
    return items;
  }

  private static String pick(String[] values, Random rnd) {
    return values[rnd.nextInt(values.length)];
  }

}
