package dev.motcua.rules.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.rules.Regulation;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.testing.SampleCatalogue;
import dev.motcua.rules.testing.SyntheticDossiers;
import dev.motcua.testkit.Property;
import dev.motcua.testkit.Shrink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the forms on seeded synthetic histories ({@link SyntheticDossiers}, which respect the regulation):
 * every form either applies or says why; the receipt slip's appointment is the regulation's due date-time; the
 * control slip's steps chain; the book lists exactly the dossiers received in its period, in order. Seeded by
 * the project's harness ({@link Property}); a failure names the seed and the shortest failing prefix.
 */
class FormsPropertyTest {
  static final Regulation REG = Regulation.vietnam(SampleCatalogue.catalogue());
  static final Forms FORMS = Forms.of(REG);

  static Stream<Arguments> data_firstDays() {
    return Stream.of(
        Arguments.of(LocalDate.of(2025, 4, 14)), // Decree 61/2018/NĐ-CP, then Decree 118/2025/NĐ-CP from 1/7/2025
        Arguments.of(LocalDate.of(2026, 2, 2))); // Tết 2026: Mon 16/2–Fri 20/2
  }

  static LocalDateTime local(Instant at) {
    return LocalDateTime.ofInstant(at, REG.calendar().zone());
  }

  static List<Function<List<DossierEvent>, Form>> slips() {
    return List.of(FORMS::receiptSlip, FORMS::supplementRequest, FORMS::refusalSlip, FORMS::apologySlip,
        FORMS::stopNotice, FORMS::controlSlip);
  }

  @ParameterizedTest
  @MethodSource("data_firstDays")
  void everyForm_appliesOrSaysWhy(LocalDate firstDay) {
    Property.forEach("everyForm_appliesOrSaysWhy " + firstDay,
            seed -> SyntheticDossiers.of(REG, seed, firstDay).withDossiersPerWorkingDay(10).histories(300))
        .shrinking(Shrink.prefixes())
        .verify(h -> {
          for (Function<List<DossierEvent>, Form> slip : slips()) {
            try {
              Form form = slip.apply(h);
              assertEquals(FORMS.heading(form.kind(), form.header().instrument()).orElseThrow(),
                  form.header().heading());
            } catch (FormNotApplicableException e) {
              assertTrue(!e.reason().isBlank() && e.getMessage().startsWith("No " + e.kind().nameEn() + ": "),
                  e::getMessage);
            }
          }
        });
  }

  @ParameterizedTest
  @MethodSource("data_firstDays")
  void receiptSlip_appointmentIsTheDueDateTime(LocalDate firstDay) {
    Property.forEach("receiptSlip_appointmentIsTheDueDateTime " + firstDay,
            seed -> SyntheticDossiers.of(REG, seed, firstDay).withDossiersPerWorkingDay(10).histories(300))
        .shrinking(Shrink.prefixes())
        .verify(h -> {
          Dossier d = REG.validate(h).orElseThrow();
          if (d.receivedAt().isEmpty()) {
            return;
          }
          ReceiptSlip slip = FORMS.receiptSlip(h);
          Instant received = d.receivedAt().orElseThrow();
          assertEquals(local(received), slip.receivedAt());
          assertEquals(local(REG.dueAt(d.procedureCode(), received)), slip.appointment());
          assertEquals(d.code(), slip.dossierCode());
          assertEquals(REG.instrumentAt(received).orElseThrow(), slip.header().instrument());
        });
  }

  @ParameterizedTest
  @MethodSource("data_firstDays")
  void controlSlip_stepsChain(LocalDate firstDay) {
    Property.forEach("controlSlip_stepsChain " + firstDay,
            seed -> SyntheticDossiers.of(REG, seed, firstDay).withDossiersPerWorkingDay(10).histories(300))
        .shrinking(Shrink.prefixes())
        .verify(h -> {
          Dossier d = REG.validate(h).orElseThrow();
          if (d.receivedAt().isEmpty()) {
            return;
          }
          List<ControlStep> steps = FORMS.controlSlip(h).steps();
          assertEquals(d.receivingUnit(), steps.get(0).unit());
          assertEquals(local(d.receivedAt().orElseThrow()), steps.get(0).receivedAt());
          for (int i = 0; i < steps.size(); i++) {
            ControlStep s = steps.get(i);
            assertEquals(s.handedOverAt().isPresent(), s.handedOverTo().isPresent(), s::toString);
            assertEquals(s.handedOverAt().isPresent() && s.deadline().isPresent(), s.timeliness().isPresent(),
                s::toString);
            if (i + 1 < steps.size()) {
              assertEquals(s.handedOverAt(), Optional.of(steps.get(i + 1).receivedAt()), s::toString);
              assertEquals(s.handedOverTo(), Optional.of(steps.get(i + 1).unit()), s::toString);
            }
          }
        });
  }

  @Test
  void trackingBook_listsTheReceiptsOfItsPeriodInOrder() {
    ReportPeriod period = ReportPeriod.parse("2026-03").atZone(REG.calendar().zone());
    long seed = Property.seed("trackingBook_listsTheReceiptsOfItsPeriodInOrder");
    List<List<DossierEvent>> histories = SyntheticDossiers.of(REG, seed, LocalDate.of(2026, 2, 2))
        .withDossiersPerWorkingDay(8).histories(400).collect(Collectors.toList());
    // The model: the receipts inside the period, sorted by time.
    List<Instant> expected = histories.stream().map(h -> REG.validate(h).orElseThrow())
        .filter(d -> d.receivedAt().filter(period::contains).isPresent())
        .map(d -> d.receivedAt().orElseThrow()).sorted(Comparator.naturalOrder()).toList();
    TrackingBook book = FORMS.trackingBook(histories, period);
    assertEquals(expected.stream().map(FormsPropertyTest::local).toList(),
        book.entries().stream().map(BookEntry::receivedAt).toList(), Property::describeSeed);
    for (int i = 0; i < book.entries().size(); i++) {
      assertEquals(i + 1, book.entries().get(i).number());
    }
    assertTrue(expected.size() > 50, "the period holds receipts: " + expected.size());
  }
}
