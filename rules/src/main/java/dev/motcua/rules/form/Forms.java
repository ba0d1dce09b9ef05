package dev.motcua.rules.form;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.DossierStatus;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Outcome;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.DossierLifecycle;
import dev.motcua.core.lifecycle.LegalBasis;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.core.lifecycle.Violation;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.deadline.Timeliness;
import dev.motcua.rules.instrument.LegalInstrument;
import dev.motcua.rules.procedure.Procedure;
import dev.motcua.rules.report.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the one-stop mechanism derived from dossier histories under a {@link Regulation}: its calendar
 * (the zone of every local date-time), its catalogue (procedure names, processing times, agencies), its
 * deadlines and the instrument in force on each dossier's receipt.
 *
 * <p>Each method takes a history, replays it with the regulation and returns the form, or throws a {@link
 * FormNotApplicableException} saying why the form does not apply: a refusal slip for a received dossier, a
 * stop notice under Decree 61/2018/NĐ-CP, a history the regulation refuses. Breaches that do not refuse the
 * history (a late transfer…) do not stop a form: the form records what happened.
 *
 * <p>Form numbers and titles by instrument (see {@link #heading}): under Decree 61/2018/NĐ-CP those of
 * Circular 01/2018/TT-VPCP Art 9 (forms 01–06); under Decree 118/2025/NĐ-CP those of Circular 03/2025/TT-VPCP
 * Annex I, whose primary text was not found: numbers and titles come from third-party renderings (Hanoi
 * Decision 1594/QĐ-TTPVHCC, Nghệ An Decision 3857/QĐ-UBND, Ministry of Health Decision 3621/QĐ-BYT), and the
 * apology's and stop notice's numbers (04, 05) are {@code [inferred]}; {@link #withHeading} replaces any of
 * them.
 *
 * <pre>{@code
 * Forms forms = Forms.of(regulation);
 * ReceiptSlip slip = forms.receiptSlip(history);
 * slip.header().heading().number();  // "Mẫu số 01"
 * forms.refusalSlip(history);        // FormNotApplicableException: No refusal slip: the dossier was received…
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Forms {

  private static final LegalBasis CIRCULAR_01_2018 =
      LegalBasis.of("Thông tư 01/2018/TT-VPCP, Điều 9", "Circular 01/2018/TT-VPCP, Art 9");
  private static final LegalBasis CIRCULAR_03_2025 =
      LegalBasis.of("Thông tư 03/2025/TT-VPCP, Phụ lục I", "Circular 03/2025/TT-VPCP, Annex I");
  private static final LegalBasis STOP_2025 =
      LegalBasis.of("Thông tư 03/2025/TT-VPCP, Điều 7; Nghị định 118/2025/NĐ-CP, Điều 21",
          "Circular 03/2025/TT-VPCP, Art 7; Decree 118/2025/ND-CP, Art 21");

  private static final Map<LegalInstrument, Map<FormKind, FormHeading>> STANDARD = standardHeadings();

  private final Regulation regulation;
  private final Map<LegalInstrument, Map<FormKind, FormHeading>> headings;

  private Forms(Regulation regulation, Map<LegalInstrument, Map<FormKind, FormHeading>> headings) {
    this.regulation = regulation;
    this.headings = headings;
  }

  /**
   * Returns the forms of a regulation with the standard headings.
   *
   * @param regulation the regulation: calendar, catalogue, deadlines
   * @return the forms
   */
  public static Forms of(Regulation regulation) {
    return new Forms(Objects.requireNonNull(regulation, "regulation"), STANDARD);
  }

  /**
   * Returns a copy that prints another heading on one form under one instrument, e.g. the number a province's
   * decision gives the stop notice.
   *
   * @param kind the form
   * @param instrument the instrument
   * @param heading the heading
   * @return the forms
   */
  public Forms withHeading(FormKind kind, LegalInstrument instrument, FormHeading heading) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(heading, "heading");
    Map<LegalInstrument, Map<FormKind, FormHeading>> copy = new EnumMap<>(LegalInstrument.class);
    headings.forEach((i, m) -> copy.put(i, new EnumMap<>(m)));
    copy.computeIfAbsent(instrument, i -> new EnumMap<>(FormKind.class)).put(kind, heading);
    copy.replaceAll((i, m) -> Map.copyOf(m));
    return new Forms(regulation, Map.copyOf(copy));
  }

  /**
   * Returns the heading of a form under an instrument.
   *
   * @param kind the form
   * @param instrument the instrument
   * @return the heading, or empty when the instrument has no such form (the stop notice under Decree
   *     61/2018/NĐ-CP)
   */
  public Optional<FormHeading> heading(FormKind kind, LegalInstrument instrument) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(instrument, "instrument");
    return Optional.ofNullable(headings.getOrDefault(instrument, Map.of()).get(kind));
  }

  /**
   * Returns the regulation.
   *
   * @return the regulation
   */
  public Regulation regulation() {
    return regulation;
  }

  /**
   * Returns the receipt slip and appointment of a received dossier; the appointment is the one the receipt
   * wrote (the regulation refuses a receipt without one and flags one that differs from the due date-time).
   *
   * @param history the dossier's events, in order
   * @return the slip
   * @throws FormNotApplicableException if the dossier was not received, or the regulation refuses the history
   */
  public ReceiptSlip receiptSlip(List<? extends DossierEvent> history) {
    FormKind kind = FormKind.RECEIPT_SLIP;
    Dossier dossier = replay(kind, history);
    DossierEvent.Received received = find(history, DossierEvent.Received.class)
        .orElseThrow(() -> notApplicable(kind, "the dossier was not received (status " + status(dossier) + ")"));
    Procedure procedure = procedure(kind, dossier);
    // The regulation refuses a receipt without an appointment (RECEIPT_WITHOUT_APPOINTMENT): replay checked it.
    Instant appointment = received.appointment().orElseThrow();
    return ReceiptSlip.builder()
        .header(header(kind, dossier, received.at(), received.at()))
        .dossierCode(dossier.code())
        .applicant(dossier.applicant())
        .procedureCode(procedure.code())
        .procedureName(procedure.name())
        .channel(dossier.channel())
        .processingTime(procedure.processingTime())
        .receivedAt(local(received.at()))
        .appointment(local(appointment))
        .receiver(received.actor().name())
        .build();
  }

  /**
   * Returns the supplement request of the latest request of a history: at intake (returned before receipt)
   * or during appraisal.
   *
   * @param history the dossier's events, in order
   * @return the request
   * @throws FormNotApplicableException if the history has no supplement request, or the regulation refuses it
   */
  public SupplementRequest supplementRequest(List<? extends DossierEvent> history) {
    FormKind kind = FormKind.SUPPLEMENT_REQUEST;
    Dossier dossier = replay(kind, history);
    DossierEvent request = null;
    for (DossierEvent e : history) {
      if (e instanceof DossierEvent.SupplementRequested || e instanceof DossierEvent.ReturnedAtIntake) {
        request = e;
      }
    }
    if (request == null) {
      throw notApplicable(kind, "the history has no supplement request (yêu cầu bổ sung), status "
          + status(dossier));
    }
    SupplementRequest.Builder b = SupplementRequest.builder()
        .header(header(kind, dossier, dossier.receivedAt().orElse(request.at()), request.at()))
        .applicant(dossier.applicant())
        .procedureCode(dossier.procedureCode())
        .procedureName(regulation.catalogue().find(dossier.procedureCode()).map(Procedure::name))
        .requestedAt(local(request.at()))
        .officer(request.actor().name());
    if (request instanceof DossierEvent.SupplementRequested s) {
      b.dossierCode(dossier.code()).atIntake(false).requestingUnit(s.requestingUnit()).items(s.missingItems())
          .reason(s.reason());
    } else {
      DossierEvent.ReturnedAtIntake r = (DossierEvent.ReturnedAtIntake) request;
      b.atIntake(true).requestingUnit(dossier.receivingUnit()).items(r.missingItems()).reason(r.reason());
    }
    return b.build();
  }

  /**
   * Returns the refusal slip of a dossier refused at intake or denied after appraisal.
   *
   * @param history the dossier's events, in order
   * @return the slip
   * @throws FormNotApplicableException if the dossier was neither refused nor denied, or the regulation
   *     refuses the history
   */
  public RefusalSlip refusalSlip(List<? extends DossierEvent> history) {
    FormKind kind = FormKind.REFUSAL_SLIP;
    Dossier dossier = replay(kind, history);
    DossierEvent event;
    String reason;
    boolean atIntake;
    Optional<DossierEvent.Resolved> denial = find(history, DossierEvent.Resolved.class)
        .filter(r -> r.outcome() == Outcome.DENIED);
    if (dossier.lastEvent() instanceof DossierEvent.Refused r) {
      event = r;
      reason = r.reason();
      atIntake = true;
    } else if (denial.isPresent()) {
      event = denial.get();
      reason = denial.get().reason().orElseThrow(() -> notApplicable(kind, "the denial gives no reason"));
      atIntake = false;
    } else if (dossier.receivedAt().isPresent()) {
      throw notApplicable(kind, "the dossier was received (status " + status(dossier) + "), not refused");
    } else {
      throw notApplicable(kind, "the dossier was not refused (status " + status(dossier) + ")");
    }
    return RefusalSlip.builder()
        .header(header(kind, dossier, dossier.receivedAt().orElse(event.at()), event.at()))
        .dossierCode(dossier.code())
        .applicant(dossier.applicant())
        .procedureCode(dossier.procedureCode())
        .procedureName(regulation.catalogue().find(dossier.procedureCode()).map(Procedure::name))
        .atIntake(atIntake)
        .reason(reason)
        .refusedAt(local(event.at()))
        .officer(event.actor().name())
        .build();
  }

  /**
   * Returns the apology and new appointment of the latest apology of a history.
   *
   * @param history the dossier's events, in order
   * @return the slip
   * @throws FormNotApplicableException if the history has no apology, or the regulation refuses it
   */
  public ApologySlip apologySlip(List<? extends DossierEvent> history) {
    FormKind kind = FormKind.APOLOGY_SLIP;
    Dossier dossier = replay(kind, history);
    Instant receivedAt = dossier.receivedAt().orElseThrow(() -> notApplicable(kind,
        "the dossier was not received (status " + status(dossier) + ")"));
    Procedure procedure = procedure(kind, dossier);
    Instant appointment = dossier.originalAppointment().orElseThrow();
    Instant previous = appointment;
    DossierEvent.Rescheduled apology = null;
    for (DossierEvent e : history) {
      if (e instanceof DossierEvent.Rescheduled r) {
        previous = appointment;
        appointment = r.newAppointment();
        apology = r;
      }
    }
    if (apology == null) {
      throw notApplicable(kind, "the history has no apology and new appointment (xin lỗi và hẹn lại), status "
          + status(dossier));
    }
    return ApologySlip.builder()
        .header(header(kind, dossier, receivedAt, apology.at()))
        .dossierCode(dossier.code())
        .applicant(dossier.applicant())
        .procedureCode(procedure.code())
        .procedureName(procedure.name())
        .agency(procedure.competentAgency().name())
        .receivedAt(local(receivedAt))
        .previousAppointment(local(previous))
        .reason(apology.reason())
        .newAppointment(local(apology.newAppointment()))
        .apologisedAt(local(apology.at()))
        .officer(apology.actor().name())
        .build();
  }

  /**
   * Returns the stop notice of a dossier stopped or withdrawn before any decision, under Decree 118/2025/NĐ-CP.
   *
   * <p>Legal basis: Circular 03/2025/TT-VPCP Art 7: the notice is issued if no decision or result notice
   * exists yet; Decree 118/2025/NĐ-CP Art 21.
   *
   * @param history the dossier's events, in order
   * @return the notice
   * @throws FormNotApplicableException if the dossier was not stopped or withdrawn, was judged under Decree
   *     61/2018/NĐ-CP, was stopped after a decision, or the regulation refuses the history
   */
  public StopNotice stopNotice(List<? extends DossierEvent> history) {
    FormKind kind = FormKind.STOP_NOTICE;
    Dossier dossier = replay(kind, history);
    DossierEvent last = dossier.lastEvent();
    String reason;
    boolean applicant;
    if (last instanceof DossierEvent.Withdrawn w) {
      reason = w.reason();
      applicant = true;
    } else if (last instanceof DossierEvent.Stopped s) {
      reason = s.reason();
      applicant = false;
    } else {
      throw notApplicable(kind, "the dossier was neither stopped nor withdrawn (status " + status(dossier) + ")");
    }
    Instant judged = dossier.receivedAt().orElse(last.at());
    LegalInstrument instrument = instrument(kind, judged);
    if (instrument != LegalInstrument.DECREE_118_2025) {
      throw notApplicable(kind, "the stop notice exists under Decree 118/2025/ND-CP only (Circular"
          + " 03/2025/TT-VPCP Art 7); this dossier is judged under " + instrument.nameEn() + " (received "
          + local(judged).toLocalDate() + ")");
    }
    Optional<DossierEvent.Resolved> decision = find(history, DossierEvent.Resolved.class);
    if (decision.isPresent()) {
      throw notApplicable(kind, "a decision exists already (resolved at " + local(decision.get().at())
          + "): Circular 03/2025/TT-VPCP Art 7 issues the notice only before a decision or result notice");
    }
    return StopNotice.builder()
        .header(header(kind, dossier, judged, last.at()))
        .dossierCode(dossier.code())
        .applicant(dossier.applicant())
        .procedureCode(dossier.procedureCode())
        .procedureName(regulation.catalogue().find(dossier.procedureCode()).map(Procedure::name))
        .receivedAt(dossier.receivedAt().map(this::local))
        .stoppedAt(local(last.at()))
        .reason(reason)
        .atApplicantsRequest(applicant)
        .officer(last.actor().name())
        .build();
  }

  /**
   * Returns the processing-control slip of a received dossier: one row per unit step (see {@link
   * ControlStep} for how each step is judged).
   *
   * @param history the dossier's events, in order
   * @return the slip
   * @throws FormNotApplicableException if the dossier was not received, or the regulation refuses the history
   */
  public ControlSlip controlSlip(List<? extends DossierEvent> history) {
    FormKind kind = FormKind.CONTROL_SLIP;
    Dossier dossier = replay(kind, history);
    Instant receivedAt = dossier.receivedAt().orElseThrow(() -> notApplicable(kind,
        "the dossier was not received (status " + status(dossier) + ")"));
    Procedure procedure = procedure(kind, dossier);
    List<ControlStep> steps = new ArrayList<>();
    DossierLifecycle lifecycle = DossierLifecycle.standard();
    @Nullable Dossier state = null;
    @Nullable OpenStep open = null;
    for (DossierEvent e : history) {
      state = state == null ? lifecycle.start(e).orElseThrow() : lifecycle.apply(state, e).orElseThrow();
      if (e instanceof DossierEvent.Received r) {
        open = new OpenStep(dossier.receivingUnit(), r.at(), regulation.transferDeadline(r.at()));
      } else if (open != null && e instanceof DossierEvent.Transferred t) {
        steps.add(open.close(t.at(), t.toUnit()));
        open = new OpenStep(t.toUnit(), t.at(), regulation.deadlines(state, t.at()).due());
      } else if (open != null && e instanceof DossierEvent.Resolved r) {
        // The result goes back to the one-stop unit, which returns it by the appointment in force [inferred].
        steps.add(open.close(r.at(), dossier.receivingUnit()));
        Instant due = regulation.deadlines(state, r.at()).due();
        open = new OpenStep(dossier.receivingUnit(), r.at(), state.appointment().orElse(due));
      } else if (open != null && e instanceof DossierEvent.ResultReturned rr) {
        steps.add(open.close(rr.at(), dossier.applicant().name()));
        open = null;
      } else if (open != null && (e instanceof DossierEvent.Withdrawn || e instanceof DossierEvent.Stopped)) {
        steps.add(open.stop());
        open = null;
      }
    }
    if (open != null) {
      steps.add(open.pending());
    }
    Instant appointment = dossier.appointment().orElseThrow();
    return ControlSlip.builder()
        .header(header(kind, dossier, receivedAt, dossier.lastAt()))
        .dossierCode(dossier.code())
        .procedureCode(procedure.code())
        .procedureName(procedure.name())
        .resolvingAgency(procedure.competentAgency().name())
        .receivedAt(local(receivedAt))
        .appointment(local(appointment))
        .steps(steps)
        .build();
  }

  /**
   * Returns the tracking book of the dossiers received in a period, one row each in order of receipt;
   * histories of dossiers never received, or received outside the period, are left out.
   *
   * <p>The histories are iterated once and only the dossiers received in the period are kept, so a large input
   * can be given as a lazy {@code Iterable} (read as it is iterated): memory is bounded by the book, not by the
   * input.
   *
   * @param histories the dossiers' histories, one per dossier
   * @param period the period, read in the calendar's zone
   * @return the book
   * @throws FormNotApplicableException if no dossier was received in the period, the dossiers were received
   *     by different units (one book per unit), or the regulation refuses a history (named by its index)
   */
  public TrackingBook trackingBook(Iterable<? extends List<? extends DossierEvent>> histories,
      ReportPeriod period) {
    Objects.requireNonNull(histories, "histories");
    Objects.requireNonNull(period, "period");
    FormKind kind = FormKind.TRACKING_BOOK;
    ReportPeriod zoned = period.atZone(regulation.calendar().zone());
    List<Dossier> received = new ArrayList<>();
    int i = 0;
    for (List<? extends DossierEvent> history : histories) {
      Dossier dossier;
      try {
        dossier = replay(kind, Objects.requireNonNull(history, "histories[" + i + "]"));
        procedure(kind, dossier);
      } catch (FormNotApplicableException e) {
        throw notApplicable(kind, "histories[" + i + "]: " + e.reason());
      }
      if (dossier.receivedAt().filter(zoned::contains).isPresent()) {
        received.add(dossier);
      }
      i++;
    }
    if (received.isEmpty()) {
      throw notApplicable(kind, "no dossier of the " + i + " histories was received in " + zoned);
    }
    TreeSet<String> units = new TreeSet<>();
    received.forEach(d -> units.add(d.receivingUnit()));
    if (units.size() > 1) {
      throw notApplicable(kind, "the dossiers were received by " + units.size() + " units " + units
          + ": one book per unit");
    }
    received.sort(Comparator.comparing((Dossier d) -> d.receivedAt().orElseThrow())
        .thenComparing(d -> d.code().map(Object::toString).orElse("")));
    List<BookEntry> entries = new ArrayList<>();
    for (Dossier d : received) {
      Procedure procedure = procedure(kind, d);
      Instant receivedAt = d.receivedAt().orElseThrow();
      List<String> contact = new ArrayList<>();
      d.applicant().address().ifPresent(contact::add);
      d.applicant().phone().ifPresent(contact::add);
      Optional<Instant> returned = d.history().stream().filter(DossierEvent.ResultReturned.class::isInstance)
          .map(DossierEvent::at).findFirst();
      entries.add(new BookEntry(entries.size() + 1, d.code(), procedure.name(), d.applicant().name(),
          contact.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", contact)),
          procedure.competentAgency().name(), local(receivedAt),
          local(d.appointment().orElseThrow()),
          returned.map(this::local), Optional.empty(), d.status()));
    }
    LocalDate last = zoned.endDateInclusive();
    LegalInstrument instrument = instrument(kind, zoned.end().minusNanos(1));
    FormHeader header = FormHeader.builder()
        .heading(headingFor(kind, instrument))
        .instrument(instrument)
        .unitId(units.first())
        .date(last)
        .build();
    return TrackingBook.builder().header(header).period(zoned).entries(entries).build();
  }

  // --- helpers

  private Dossier replay(FormKind kind, List<? extends DossierEvent> history) {
    Objects.requireNonNull(history, "history");
    if (history.isEmpty()) {
      throw notApplicable(kind, "the history is empty");
    }
    Replay replay = regulation.validate(history);
    List<Violation> refusals = replay.refusals();
    if (!refusals.isEmpty()) {
      Violation v = refusals.get(0);
      throw notApplicable(kind, "the regulation refuses the history at events[" + v.eventIndex() + "]: "
          + v.code().code() + " (" + v.messageEn() + ")");
    }
    return replay.dossier().orElseThrow(() -> notApplicable(kind, "the history produced no dossier"));
  }

  private FormHeader header(FormKind kind, Dossier dossier, Instant judgedAt, Instant issuedAt) {
    LegalInstrument instrument = instrument(kind, judgedAt);
    return FormHeader.builder()
        .heading(headingFor(kind, instrument))
        .instrument(instrument)
        .unitId(unitOf(dossier.filing()))
        .date(local(issuedAt).toLocalDate())
        .build();
  }

  private static String unitOf(Filing filing) {
    return filing.receivingUnit();
  }

  private FormHeading headingFor(FormKind kind, LegalInstrument instrument) {
    return heading(kind, instrument).orElseThrow(() -> notApplicable(kind, instrument.nameEn()
        + " has no such form"));
  }

  private LegalInstrument instrument(FormKind kind, Instant at) {
    return regulation.instrumentAt(at).orElseThrow(() -> notApplicable(kind, local(at).toLocalDate()
        + " is before Decree 61/2018/ND-CP took effect on 2018-06-21"));
  }

  private Procedure procedure(FormKind kind, Dossier dossier) {
    return regulation.catalogue().find(dossier.procedureCode()).orElseThrow(() -> notApplicable(kind,
        "procedure " + dossier.procedureCode() + " is not in the catalogue"));
  }

  private LocalDateTime local(Instant at) {
    return LocalDateTime.ofInstant(at, regulation.calendar().zone());
  }

  private static String status(Dossier dossier) {
    DossierStatus s = dossier.status();
    return s.labelVi() + " / " + s.labelEn();
  }

  private static <T extends DossierEvent> Optional<T> find(List<? extends DossierEvent> history, Class<T> type) {
    for (DossierEvent e : history) {
      if (type.isInstance(e)) {
        return Optional.of(type.cast(e));
      }
    }
    return Optional.empty();
  }

  private static FormNotApplicableException notApplicable(FormKind kind, String reason) {
    return new FormNotApplicableException(kind, reason);
  }

  /** A unit's step not yet handed over. */
  private final class OpenStep {
    private final String unit;
    private final Instant receivedAt;
    private final Instant deadline;

    OpenStep(String unit, Instant receivedAt, Instant deadline) {
      this.unit = unit;
      this.receivedAt = receivedAt;
      this.deadline = deadline;
    }

    ControlStep close(Instant handedOverAt, String to) {
      return new ControlStep(unit, local(receivedAt), Optional.of(local(handedOverAt)), Optional.of(to),
          Optional.of(local(deadline)), Optional.of(Timeliness.of(local(handedOverAt), local(deadline))));
    }

    ControlStep stop() {
      return new ControlStep(unit, local(receivedAt), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
    }

    ControlStep pending() {
      return new ControlStep(unit, local(receivedAt), Optional.empty(), Optional.empty(),
          Optional.of(local(deadline)), Optional.empty());
    }
  }

  private static Map<LegalInstrument, Map<FormKind, FormHeading>> standardHeadings() {
    Map<FormKind, FormHeading> d61 = new EnumMap<>(FormKind.class);
    d61.put(FormKind.RECEIPT_SLIP, h("Mẫu số 01", FormKind.RECEIPT_SLIP.nameVi(), CIRCULAR_01_2018, false));
    d61.put(FormKind.SUPPLEMENT_REQUEST,
        h("Mẫu số 02", FormKind.SUPPLEMENT_REQUEST.nameVi(), CIRCULAR_01_2018, false));
    d61.put(FormKind.REFUSAL_SLIP, h("Mẫu số 03", FormKind.REFUSAL_SLIP.nameVi(), CIRCULAR_01_2018, false));
    d61.put(FormKind.APOLOGY_SLIP, h("Mẫu số 04", FormKind.APOLOGY_SLIP.nameVi(), CIRCULAR_01_2018, false));
    d61.put(FormKind.CONTROL_SLIP, h("Mẫu số 05", FormKind.CONTROL_SLIP.nameVi(), CIRCULAR_01_2018, false));
    d61.put(FormKind.TRACKING_BOOK, h("Mẫu số 06", FormKind.TRACKING_BOOK.nameVi(), CIRCULAR_01_2018, false));
    Map<FormKind, FormHeading> d118 = new EnumMap<>(FormKind.class);
    d118.put(FormKind.RECEIPT_SLIP, h("Mẫu số 01", FormKind.RECEIPT_SLIP.nameVi(), CIRCULAR_03_2025, false));
    d118.put(FormKind.SUPPLEMENT_REQUEST,
        h("Mẫu số 02", FormKind.SUPPLEMENT_REQUEST.nameVi(), CIRCULAR_03_2025, false));
    d118.put(FormKind.REFUSAL_SLIP, h("Mẫu số 03", FormKind.REFUSAL_SLIP.nameVi(), CIRCULAR_03_2025, false));
    d118.put(FormKind.APOLOGY_SLIP, h("Mẫu số 04", "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết",
        CIRCULAR_03_2025, true));
    d118.put(FormKind.STOP_NOTICE, h("Mẫu số 05", FormKind.STOP_NOTICE.nameVi(), STOP_2025, true));
    d118.put(FormKind.CONTROL_SLIP, h("Mẫu số 06", FormKind.CONTROL_SLIP.nameVi(), CIRCULAR_03_2025, false));
    d118.put(FormKind.TRACKING_BOOK, h("Mẫu số 07", FormKind.TRACKING_BOOK.nameVi(), CIRCULAR_03_2025, false));
    Map<LegalInstrument, Map<FormKind, FormHeading>> all = new EnumMap<>(LegalInstrument.class);
    all.put(LegalInstrument.DECREE_61_2018, Map.copyOf(d61));
    all.put(LegalInstrument.DECREE_118_2025, Map.copyOf(d118));
    return Map.copyOf(all);
  }

  private static FormHeading h(String number, String title, LegalBasis basis, boolean inferred) {
    return new FormHeading(number, title, basis, inferred);
  }

  @Override
  public String toString() {
    return "Forms{" + regulation + "}";
  }
}
