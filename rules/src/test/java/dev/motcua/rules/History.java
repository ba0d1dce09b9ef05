package dev.motcua.rules;

import dev.motcua.core.dossier.Actor;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Officer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds event histories in Vietnam local time for the rule tests. */
public final class History {
  public static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final String ONE_STOP = "000.00.15.H05";
  public static final Actor OFFICER = new Officer("cb-001", "Trần Thị B", ONE_STOP);

  private final List<DossierEvent> events = new ArrayList<>();
  private final Filing filing;
  private DossierCode code;

  private History(Filing filing) {
    this.filing = filing;
  }

  public static Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
  }

  public static Filing filing(String procedure, Channel channel) {
    return new Filing(procedure, channel, Applicant.of("Nguyễn Văn A"), ONE_STOP);
  }

  /** A dossier received at the counter (or by post), opening its history. */
  public static History received(String procedure, Channel channel, String at, String appointment) {
    History h = new History(filing(procedure, channel));
    h.code = DossierCode.of(ONE_STOP, LocalDateTime.parse(at).toLocalDate(), 1);
    h.events.add(new DossierEvent.Received(vn(at), OFFICER, h.filing, h.code, vn(appointment)));
    return h;
  }

  public static History counter(String procedure, String at, String appointment) {
    return received(procedure, Channel.COUNTER, at, appointment);
  }

  /** A dossier submitted online, awaiting intake. */
  public static History submitted(String procedure, String at) {
    History h = new History(filing(procedure, Channel.ONLINE));
    h.events.add(new DossierEvent.Submitted(vn(at), OFFICER, h.filing));
    return h;
  }

  public History returnedAtIntake(String at) {
    events.add(new DossierEvent.ReturnedAtIntake(vn(at), OFFICER, List.of("Bản sao CCCD"), "Thiếu giấy tờ"));
    return this;
  }

  public History resubmitted(String at) {
    events.add(new DossierEvent.Resubmitted(vn(at), OFFICER));
    return this;
  }

  public History receive(String at, String appointment) {
    code = DossierCode.of(ONE_STOP, LocalDateTime.parse(at).toLocalDate(), 1);
    events.add(new DossierEvent.Received(vn(at), OFFICER, Optional.empty(), Optional.of(code),
        Optional.of(vn(appointment))));
    return this;
  }

  public History transfer(String at, String toUnit) {
    String from = events.stream().filter(e -> e instanceof DossierEvent.Transferred)
        .map(e -> ((DossierEvent.Transferred) e).toUnit()).reduce((a, b) -> b).orElse(ONE_STOP);
    events.add(new DossierEvent.Transferred(vn(at), OFFICER, from, toUnit));
    return this;
  }

  public History supplementRequested(String at, String unit) {
    events.add(new DossierEvent.SupplementRequested(vn(at), OFFICER, unit, List.of("Bản vẽ"), "Thiếu bản vẽ"));
    return this;
  }

  public History supplemented(String at) {
    events.add(new DossierEvent.Supplemented(vn(at), OFFICER));
    return this;
  }

  public History rescheduled(String at, String newAppointment) {
    events.add(new DossierEvent.Rescheduled(vn(at), OFFICER, vn(newAppointment), "Cần xác minh thêm"));
    return this;
  }

  public History approved(String at) {
    events.add(DossierEvent.Resolved.approved(vn(at), OFFICER));
    return this;
  }

  public History denied(String at) {
    events.add(DossierEvent.Resolved.denied(vn(at), OFFICER, "Không đủ điều kiện"));
    return this;
  }

  public History returned(String at) {
    events.add(new DossierEvent.ResultReturned(vn(at), OFFICER));
    return this;
  }

  public History closed(String at) {
    events.add(new DossierEvent.Closed(vn(at), OFFICER, "Quá 15 ngày không bổ sung hồ sơ"));
    return this;
  }

  public History withdrawn(String at) {
    events.add(new DossierEvent.Withdrawn(vn(at), OFFICER, "Công dân xin dừng giải quyết"));
    return this;
  }

  /** A receipt writing a given code instead of the generated one. */
  public History receiveWithCode(String at, String appointment, String dossierCode) {
    code = DossierCode.parse(dossierCode, LocalDateTime.parse(at).toLocalDate());
    events.add(new DossierEvent.Received(vn(at), OFFICER, Optional.empty(), Optional.of(code),
        Optional.of(vn(appointment))));
    return this;
  }

  public List<DossierEvent> events() {
    return List.copyOf(events);
  }
}
