package dev.motcua.rules.report.synthetic;

import dev.motcua.calendar.WorkingCalendars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.motcua.rules.report.DossierFacts;
import dev.motcua.core.dossier.Channel;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.deadline.Timeliness;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticWorkloadTest {

  static final SyntheticWorkload WORKLOAD = SyntheticWorkload.builder().seed(42)
      .firstDay(LocalDate.of(2026, 1, 3)).dossiersPerWorkingDay(200).build();

  static ZonedDateTime local(Instant t) {
    return t.atZone(WorkingCalendars.defaultZone());
  }

  static boolean inWorkingHours(LocalTime t) {
    return (!t.isBefore(LocalTime.of(7, 0)) && !t.isAfter(LocalTime.of(11, 0)))
        || (!t.isBefore(LocalTime.of(13, 0)) && !t.isAfter(LocalTime.of(17, 0)));
  }

  @Test
  void firstDay_saturday_movesToMonday() {
    // SAT 03/01/2026 -> MON 05/01/2026
    assertEquals(LocalDate.of(2026, 1, 5), WORKLOAD.firstDay());
    assertEquals(LocalDate.of(2026, 1, 5), WORKLOAD.arrivalDay(199));
    assertEquals(LocalDate.of(2026, 1, 6), WORKLOAD.arrivalDay(200));
    // the 6th working day is the next Monday
    assertEquals(LocalDate.of(2026, 1, 12), WORKLOAD.arrivalDay(1000));
  }

  @Test
  void dossier_sameSeedAndIndex_equalInAnyOrder() {
    List<DossierFacts> forward = WORKLOAD.stream(2_000).collect(Collectors.toList());
    for (int i = 1_999; i >= 0; i -= 7) {
      assertEquals(forward.get(i), WORKLOAD.dossier(i));
    }
    assertEquals(forward, WORKLOAD.stream(2_000).parallel().collect(Collectors.toList()));
  }

  @Test
  void stream_20000Dossiers_weekdaysWorkingHoursAndConsistentTimeliness() {
    WORKLOAD.stream(20_000).forEach(f -> {
      Instant arrival = f.receivedAt().or(f::refusedAt).orElseThrow();
      ZonedDateTime a = local(arrival);
      assertTrue(a.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue(), f::toString);
      assertTrue(inWorkingHours(a.toLocalTime()), f::toString);
      f.dueAt().ifPresent(due -> assertEquals(LocalTime.of(17, 0), local(due).toLocalTime(), f::toString));
      f.resolvedAt().ifPresent(resolved -> {
        Instant due = f.dueAt().orElseThrow();
        LocalDate dueDay = local(due).toLocalDate();
        LocalDate day = local(resolved).toLocalDate();
        Timeliness expected = day.isBefore(dueDay) ? Timeliness.EARLY
            : resolved.isAfter(due) ? Timeliness.LATE : Timeliness.ON_TIME;
        assertEquals(expected, f.timeliness().orElseThrow(), f::toString);
        assertTrue(inWorkingHours(local(resolved).toLocalTime()), f::toString);
        assertTrue(f.workingTimeToResolve().orElseThrow().compareTo(Duration.ZERO) > 0, f::toString);
      });
    });
  }

  @Test
  void stream_20000Dossiers_sharesNearTheSettings() {
    List<DossierFacts> facts = WORKLOAD.stream(20_000).collect(Collectors.toList());
    double online = facts.stream().filter(f -> f.channel() == Channel.ONLINE).count() / 20_000.0;
    double refused = facts.stream().filter(f -> f.refusedAt().isPresent()).count() / 20_000.0;
    double late = facts.stream().filter(f -> f.timeliness().filter(Timeliness.LATE::equals).isPresent())
        .count() / 20_000.0;
    assertEquals(0.45, online, 0.02);
    assertEquals(0.02, refused, 0.005);
    assertEquals(0.04, late, 0.01);
    assertEquals(8, facts.stream().map(DossierFacts::fieldCode).distinct().count());
  }
}
