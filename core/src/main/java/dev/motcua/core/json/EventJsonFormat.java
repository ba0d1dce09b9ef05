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
import dev.motcua.core.internal.Checks;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The event formats: one place that knows every field name. */
final class EventJsonFormat {
  /**
   * Every field name of the event formats (the event's, the actor's, the filing's, the applicant's), in the
   * order of the numbers below: a streamed event's fields are numbered so ({@link StreamedObject.Pool}).
   */
  static final String[] FIELD_NAMES = {"type", "at", "actor", "filing", "code", "appointment", "fromUnit",
    "toUnit", "requestingUnit", "missingItems", "reason", "amountVnd", "channel", "newAppointment", "outcome",
    "kind", "id", "name", "unit", "procedureCode", "applicant", "receivingUnit", "idNumber", "phone", "email",
    "address"};

  static final int TYPE = 0;
  static final int AT = 1;
  static final int ACTOR = 2;
  static final int FILING = 3;
  static final int CODE = 4;
  static final int APPOINTMENT = 5;
  static final int FROM_UNIT = 6;
  static final int TO_UNIT = 7;
  static final int REASON = 10;
  static final int CHANNEL = 12;
  static final int NEW_APPOINTMENT = 13;
  static final int OUTCOME = 14;
  static final int KIND = 15;
  static final int ID = 16;
  static final int NAME = 17;
  static final int UNIT = 18;
  static final int PROCEDURE_CODE = 19;
  static final int APPLICANT = 20;
  static final int RECEIVING_UNIT = 21;
  static final int ID_NUMBER = 22;
  static final int PHONE = 23;
  static final int EMAIL = 24;
  static final int ADDRESS = 25;

  private static final long COMMON = bit(TYPE) | bit(AT) | bit(ACTOR);
  private static final long OFFICER = bit(KIND) | bit(ID) | bit(NAME) | bit(UNIT);
  private static final long SYSTEM = bit(KIND) | bit(NAME);
  private static final long FILING_FIELDS = bit(PROCEDURE_CODE) | bit(CHANNEL) | bit(APPLICANT) | bit(RECEIVING_UNIT);
  private static final long APPLICANT_FIELDS = bit(NAME) | bit(ID_NUMBER) | bit(PHONE) | bit(EMAIL) | bit(ADDRESS);

  private static long bit(int number) {
    return 1L << number;
  }
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

  /**
   * The event of a streamed object when it is regular, else null: every field one of its type's, every value
   * of the kind the format reads without a question (a non-blank string, a date-time in the written form, an
   * object), every required field there, every enum value and code valid. Then the event is exactly what
   * {@link #readEvent(StrictObjectReader)} builds; for anything else (an absent optional given as null, an
   * item list, an amount, an error) that reader decides, with its messages.
   *
   * <p>Why: a large log's events are nearly all regular, and reading their fields by number, with one mask
   * test for "no unknown field", costs a fraction of the strict reader's lookups by name, its {@code Optional}s
   * and its checks one field at a time ({@code InterleavedRatios}: reading a log went from 2.6–2.8 to 2.4–2.5
   * times a raw token scan). {@code StreamedEventPropertyTest} holds both to the tree reader.
   */
  static @Nullable DossierEvent regularEvent(StreamedObject o) {
    long present = o.present();
    if ((present & COMMON) != COMMON || o.hasOthers()
        || !(o.value(TYPE) instanceof String typeName)
        || !(o.value(AT) instanceof Instant at)) {
      return null;
    }
    DossierEventType type = DossierEventType.ofJsonName(typeName).orElse(null);
    if (type == null) {
      return null;
    }
    long own = present & ~COMMON;
    try {
      Actor actor = regularActor(o.value(ACTOR));
      if (actor == null) {
        return null;
      }
      switch (type) {
        case SUBMITTED: {
          Filing filing = own == bit(FILING) ? regularFiling(o.value(FILING)) : null;
          return filing == null ? null : new DossierEvent.Submitted(at, actor, filing);
        }
        case RESUBMITTED:
          return own == 0 ? new DossierEvent.Resubmitted(at, actor) : null;
        case REFUSED: {
          String reason = text(o, REASON);
          if ((own & ~(bit(FILING) | bit(REASON))) != 0 || reason == null) {
            return null;
          }
          Optional<Filing> filing = optFiling(o, own);
          return filing == null ? null : new DossierEvent.Refused(at, actor, filing, reason);
        }
        case RECEIVED: {
          if ((own & ~(bit(FILING) | bit(CODE) | bit(APPOINTMENT))) != 0) {
            return null;
          }
          Optional<Filing> filing = optFiling(o, own);
          Optional<DossierCode> code = optCode(o, own, at);
          Object appointment = (own & bit(APPOINTMENT)) == 0 ? null : o.value(APPOINTMENT);
          if (filing == null || code == null || appointment != null && !(appointment instanceof Instant)) {
            return null;
          }
          return new DossierEvent.Received(at, actor, filing, code, Optional.ofNullable((Instant) appointment));
        }
        case TRANSFERRED: {
          String from = text(o, FROM_UNIT);
          String to = text(o, TO_UNIT);
          return own == (bit(FROM_UNIT) | bit(TO_UNIT)) && from != null && to != null
              ? new DossierEvent.Transferred(at, actor, from, to) : null;
        }
        case SUPPLEMENTED: {
          if ((own & ~bit(CODE)) != 0) {
            return null;
          }
          Optional<DossierCode> code = optCode(o, own, at);
          return code == null ? null : new DossierEvent.Supplemented(at, actor, code);
        }
        case PAID: {
          if ((own & ~bit(CHANNEL)) != 0) {
            return null;
          }
          if (own == 0) {
            return new DossierEvent.Paid(at, actor, Optional.empty());
          }
          PaymentChannel channel = constant(PaymentChannel.class, o.value(CHANNEL));
          return channel == null ? null : new DossierEvent.Paid(at, actor, Optional.of(channel));
        }
        case RESCHEDULED: {
          String reason = text(o, REASON);
          return own == (bit(NEW_APPOINTMENT) | bit(REASON)) && reason != null
              && o.value(NEW_APPOINTMENT) instanceof Instant appointment
              ? new DossierEvent.Rescheduled(at, actor, appointment, reason) : null;
        }
        case RESOLVED: {
          if ((own & ~(bit(OUTCOME) | bit(REASON))) != 0 || (own & bit(OUTCOME)) == 0) {
            return null;
          }
          Outcome outcome = constant(Outcome.class, o.value(OUTCOME));
          String reason = (own & bit(REASON)) == 0 ? null : text(o, REASON);
          return outcome == null || (own & bit(REASON)) != 0 && reason == null
              ? null : new DossierEvent.Resolved(at, actor, outcome, Optional.ofNullable(reason));
        }
        case RESULT_RETURNED:
          return own == 0 ? new DossierEvent.ResultReturned(at, actor) : null;
        case WITHDRAWN:
        case STOPPED:
        case CLOSED: {
          String reason = own == bit(REASON) ? text(o, REASON) : null;
          if (reason == null) {
            return null;
          }
          return type == DossierEventType.WITHDRAWN ? new DossierEvent.Withdrawn(at, actor, reason)
              : type == DossierEventType.STOPPED ? new DossierEvent.Stopped(at, actor, reason)
              : new DossierEvent.Closed(at, actor, reason);
        }
        default:
          // item lists and amounts: the strict reader's
          return null;
      }
    } catch (IllegalArgumentException e) {
      // a value the event refuses: the strict reader says where
      return null;
    }
  }

  // The text of a field present as a non-blank string, else null (absent is null too).
  private static @Nullable String text(StreamedObject o, int number) {
    return (o.present() & bit(number)) != 0 && o.value(number) instanceof String s && !Checks.isBlank(s) ? s : null;
  }

  private static <E extends Enum<E>> @Nullable E constant(Class<E> type, Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  // The optional filing: empty if absent, null if present and not regular.
  private static @Nullable Optional<Filing> optFiling(StreamedObject o, long own) {
    if ((own & bit(FILING)) == 0) {
      return Optional.empty();
    }
    Filing f = regularFiling(o.value(FILING));
    return f == null ? null : Optional.of(f);
  }

  // The optional code: empty if absent, null if present and not a code of the event's century.
  private static @Nullable Optional<DossierCode> optCode(StreamedObject o, long own, Instant at) {
    if ((own & bit(CODE)) == 0) {
      return Optional.empty();
    }
    String text = text(o, CODE);
    return text == null ? null : Optional.of(DossierCode.parse(text, civilDate(at)));
  }

  private static @Nullable Actor regularActor(Object value) {
    if (!(value instanceof StreamedObject a) || a.hasOthers()) {
      return null;
    }
    String kind = text(a, KIND);
    String name = text(a, NAME);
    if (kind == null || name == null) {
      return null;
    }
    long present = a.present();
    if (present == OFFICER && kind.equals("officer")) {
      String id = text(a, ID);
      String unit = text(a, UNIT);
      return id == null || unit == null ? null : new Officer(id, name, unit);
    }
    return present == SYSTEM && kind.equals("system") ? new SystemActor(name) : null;
  }

  private static @Nullable Filing regularFiling(Object value) {
    if (!(value instanceof StreamedObject f) || f.hasOthers() || f.present() != FILING_FIELDS) {
      return null;
    }
    String procedure = text(f, PROCEDURE_CODE);
    Channel channel = constant(Channel.class, f.value(CHANNEL));
    String unit = text(f, RECEIVING_UNIT);
    Applicant applicant = regularApplicant(f.value(APPLICANT));
    return procedure == null || channel == null || unit == null || applicant == null
        ? null : new Filing(procedure, channel, applicant, unit);
  }

  private static @Nullable Applicant regularApplicant(Object value) {
    if (!(value instanceof StreamedObject a) || a.hasOthers()) {
      return null;
    }
    long present = a.present();
    String name = text(a, NAME);
    if ((present & ~APPLICANT_FIELDS) != 0 || name == null) {
      return null;
    }
    Optional<String> id = optText(a, ID_NUMBER);
    Optional<String> phone = optText(a, PHONE);
    Optional<String> email = optText(a, EMAIL);
    Optional<String> address = optText(a, ADDRESS);
    if (id == null || phone == null || email == null || address == null) {
      return null;
    }
    return Applicant.builder().name(name).idNumber(id).phone(phone).email(email).address(address).build();
  }

  // Empty if absent, null if present and not a non-blank string.
  private static @Nullable Optional<String> optText(StreamedObject o, int number) {
    if ((o.present() & bit(number)) == 0) {
      return Optional.empty();
    }
    String s = text(o, number);
    return s == null ? null : Optional.of(s);
  }

  // The UTC date of an instant (LocalDate.ofInstant would build the offset's rules on every event).
  private static LocalDate civilDate(Instant at) {
    return LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400L));
  }

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
    return o.optParsed("code", text -> DossierCode.parse(text, civilDate(at)));
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
