package dev.motcua.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.motcua.core.dossier.Actor;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.Channel;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierEventType;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Officer;
import dev.motcua.core.dossier.Outcome;
import dev.motcua.core.dossier.PaymentChannel;
import dev.motcua.core.dossier.SystemActor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The event formats: one place that knows every field name. */
final class EventJsonFormat {
  private final ZoneId offset;

  EventJsonFormat(ZoneId offset) {
    this.offset = offset;
  }

  ZoneId offset() {
    return offset;
  }

  // ---- writing ----

  void writeInstant(JsonGenerator g, String field, Instant instant) throws IOException {
    g.writeStringField(field, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, offset)));
  }

  void writeEvent(JsonGenerator g, DossierEvent e) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", e.type().jsonName());
    writeInstant(g, "at", e.at());
    g.writeFieldName("actor");
    writeActor(g, e.actor());
    if (e instanceof DossierEvent.Submitted s) {
      g.writeFieldName("filing");
      writeFiling(g, s.filing());
    } else if (e instanceof DossierEvent.ReturnedAtIntake r) {
      writeTexts(g, "missingItems", r.missingItems());
      g.writeStringField("reason", r.reason());
    } else if (e instanceof DossierEvent.Refused r) {
      if (r.filing().isPresent()) {
        g.writeFieldName("filing");
        writeFiling(g, r.filing().get());
      }
      g.writeStringField("reason", r.reason());
    } else if (e instanceof DossierEvent.Received r) {
      if (r.filing().isPresent()) {
        g.writeFieldName("filing");
        writeFiling(g, r.filing().get());
      }
      if (r.code().isPresent()) {
        g.writeStringField("code", r.code().get().toString());
      }
      if (r.appointment().isPresent()) {
        writeInstant(g, "appointment", r.appointment().get());
      }
    } else if (e instanceof DossierEvent.Transferred t) {
      g.writeStringField("fromUnit", t.fromUnit());
      g.writeStringField("toUnit", t.toUnit());
    } else if (e instanceof DossierEvent.SupplementRequested s) {
      g.writeStringField("requestingUnit", s.requestingUnit());
      writeTexts(g, "missingItems", s.missingItems());
      g.writeStringField("reason", s.reason());
    } else if (e instanceof DossierEvent.Supplemented s) {
      if (s.code().isPresent()) {
        g.writeStringField("code", s.code().get().toString());
      }
    } else if (e instanceof DossierEvent.PaymentRequested p) {
      g.writeNumberField("amountVnd", p.amountVnd());
    } else if (e instanceof DossierEvent.Paid p) {
      if (p.channel().isPresent()) {
        g.writeStringField("channel", p.channel().get().name());
      }
    } else if (e instanceof DossierEvent.Rescheduled r) {
      writeInstant(g, "newAppointment", r.newAppointment());
      g.writeStringField("reason", r.reason());
    } else if (e instanceof DossierEvent.Resolved r) {
      g.writeStringField("outcome", r.outcome().name());
      if (r.reason().isPresent()) {
        g.writeStringField("reason", r.reason().get());
      }
    } else if (e instanceof DossierEvent.Withdrawn w) {
      g.writeStringField("reason", w.reason());
    } else if (e instanceof DossierEvent.Stopped s) {
      g.writeStringField("reason", s.reason());
    } else if (e instanceof DossierEvent.Closed c) {
      g.writeStringField("reason", c.reason());
    }
    // Resubmitted, ResultReturned: no payload.
    g.writeEndObject();
  }

  private static void writeTexts(JsonGenerator g, String field, List<String> texts) throws IOException {
    g.writeArrayFieldStart(field);
    for (String t : texts) {
      g.writeString(t);
    }
    g.writeEndArray();
  }

  static void writeActor(JsonGenerator g, Actor actor) throws IOException {
    g.writeStartObject();
    if (actor instanceof Officer o) {
      g.writeStringField("kind", "officer");
      g.writeStringField("id", o.id());
      g.writeStringField("name", o.name());
      g.writeStringField("unit", o.unit());
    } else {
      g.writeStringField("kind", "system");
      g.writeStringField("name", actor.name());
    }
    g.writeEndObject();
  }

  static void writeFiling(JsonGenerator g, Filing f) throws IOException {
    g.writeStartObject();
    g.writeStringField("procedureCode", f.procedureCode());
    g.writeStringField("channel", f.channel().name());
    g.writeFieldName("applicant");
    writeApplicant(g, f.applicant());
    g.writeStringField("receivingUnit", f.receivingUnit());
    g.writeEndObject();
  }

  static void writeApplicant(JsonGenerator g, Applicant a) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.name());
    optional(g, "idNumber", a.idNumber());
    optional(g, "phone", a.phone());
    optional(g, "email", a.email());
    optional(g, "address", a.address());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  // ---- reading ----

  static DossierEvent readEvent(JsonNode node, String path) {
    return readEvent(StrictObjectReader.of(node, path));
  }

  static DossierEvent readEvent(StrictObjectReader o) {
    String typeName = o.text("type");
    DossierEventType type =
        DossierEventType.ofJsonName(typeName)
            .orElseThrow(
                () -> new FormatError(o.child("type"), "unknown event type \"" + typeName + "\", expected one of " + jsonNames()));
    Instant at = o.instant("at");
    Actor actor = readActor(o.obj("actor"));
    DossierEvent e;
    try {
      e = switch (type) {
        case SUBMITTED -> new DossierEvent.Submitted(at, actor, readFiling(o.obj("filing")));
        case RETURNED_AT_INTAKE -> new DossierEvent.ReturnedAtIntake(at, actor, nonEmpty(o, "missingItems"), o.text("reason"));
        case RESUBMITTED -> new DossierEvent.Resubmitted(at, actor);
        case REFUSED -> new DossierEvent.Refused(at, actor, o.optObj("filing").map(EventJsonFormat::readFiling), o.text("reason"));
        case RECEIVED ->
            new DossierEvent.Received(
                at,
                actor,
                o.optObj("filing").map(EventJsonFormat::readFiling),
                code(o, at),
                o.optInstant("appointment"));
        case TRANSFERRED -> new DossierEvent.Transferred(at, actor, o.text("fromUnit"), o.text("toUnit"));
        case SUPPLEMENT_REQUESTED ->
            new DossierEvent.SupplementRequested(at, actor, o.text("requestingUnit"), nonEmpty(o, "missingItems"), o.text("reason"));
        case SUPPLEMENTED -> new DossierEvent.Supplemented(at, actor, code(o, at));
        case PAYMENT_REQUESTED -> new DossierEvent.PaymentRequested(at, actor, o.nonNegativeLong("amountVnd"));
        case PAID -> new DossierEvent.Paid(at, actor, o.optEnum("channel", PaymentChannel.class));
        case RESCHEDULED -> new DossierEvent.Rescheduled(at, actor, o.instant("newAppointment"), o.text("reason"));
        case RESOLVED -> new DossierEvent.Resolved(at, actor, o.enumValue("outcome", Outcome.class), o.optText("reason"));
        case RESULT_RETURNED -> new DossierEvent.ResultReturned(at, actor);
        case WITHDRAWN -> new DossierEvent.Withdrawn(at, actor, o.text("reason"));
        case STOPPED -> new DossierEvent.Stopped(at, actor, o.text("reason"));
        case CLOSED -> new DossierEvent.Closed(at, actor, o.text("reason"));
      };
    } catch (IllegalArgumentException ex) {
      throw new FormatError(o.path(), ex.getMessage());
    }
    o.end();
    return e;
  }

  /**
   * The optional dossier code of an event. YYMMDD is read in the century of the event, so a code issued in 2100
   * reads back as 2100 (its UTC date: LocalDate.ofInstant would build the offset's rules on every event).
   */
  private static Optional<DossierCode> code(StrictObjectReader o, Instant at) {
    return o.optParsed("code", text -> DossierCode.parse(text, LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400L))));
  }

  private static List<String> nonEmpty(StrictObjectReader o, String field) {
    List<String> items = o.texts(field);
    if (items.isEmpty()) {
      throw new FormatError(o.child(field), "must not be empty");
    }
    return items;
  }

  private static List<String> jsonNames() {
    return java.util.Arrays.stream(DossierEventType.values()).map(DossierEventType::jsonName).toList();
  }

  static Actor readActor(StrictObjectReader o) {
    String kind = o.text("kind");
    Actor a;
    if (kind.equals("officer")) {
      a = new Officer(o.text("id"), o.text("name"), o.text("unit"));
    } else if (kind.equals("system")) {
      a = new SystemActor(o.text("name"));
    } else {
      throw new FormatError(o.child("kind"), "unknown actor kind \"" + kind + "\", expected officer or system");
    }
    o.end();
    return a;
  }

  static Filing readFiling(StrictObjectReader o) {
    Filing f =
        new Filing(
            o.text("procedureCode"),
            o.enumValue("channel", Channel.class),
            readApplicant(o.obj("applicant")),
            o.text("receivingUnit"));
    o.end();
    return f;
  }

  static Applicant readApplicant(StrictObjectReader o) {
    Applicant a =
        Applicant.builder()
            .name(o.text("name"))
            .idNumber(o.optText("idNumber"))
            .phone(o.optText("phone"))
            .email(o.optText("email"))
            .address(o.optText("address"))
            .build();
    o.end();
    return a;
  }
}
