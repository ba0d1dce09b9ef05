package dev.motcua.calendar.bench;

import com.opengamma.strata.basics.date.HolidayCalendar;
import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.calendar.WorkingCalendars;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.Jdk8WorkingWeek;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-day arithmetic side by side on the same days off (the default calendar's, 1990–2100, make-up
 * Saturdays included): motcua vs OpenGamma Strata's {@code ImmutableHolidayCalendar} vs ObjectLab Kit's
 * {@code LocalDateCalculator} vs a plain {@code java.time} day loop over a {@code HashSet}.
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests verify -pl calendar -Djmh.args="-f 1 -wi 3 -i 5 -w 1s -r 1s CalendarBenchmark"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {

  @Param({"1", "10", "250", "2500"})
  int n;

  WorkingCalendar ours;
  HolidayCalendar strata;
  LocalDateCalculator objectlab;
  Set<LocalDate> offDays;
  LocalDate start;
  LocalDate end;
  LocalDateTime startTime;
  Duration hours;

  @Setup
  public void setup() {
    ours = WorkingCalendars.vietnamCivilService();
    offDays = new HashSet<>();
    for (LocalDate d = ours.minDate(); !d.isAfter(ours.maxDate()); d = d.plusDays(1)) {
      if (!ours.isWorkingDay(d)) {
        offDays.add(d);
      }
    }
    // every day off as a holiday and no weekend days, so make-up Saturdays are working days in all three
    strata = ImmutableHolidayCalendar.of(HolidayCalendarId.of("VN-BENCH"), offDays, List.<DayOfWeek>of());
    LocalDateKitCalculatorsFactory.getDefaultInstance().registerHolidays("VN-BENCH",
        new DefaultHolidayCalendar<>(offDays, ours.minDate(), ours.maxDate()));
    objectlab = LocalDateKitCalculatorsFactory.getDefaultInstance().getDateCalculator("VN-BENCH",
        HolidayHandlerType.FORWARD);
    objectlab.setWorkingWeek(Jdk8WorkingWeek.DEFAULT.withWorkingDayFromDateTimeConstant(true, DayOfWeek.SATURDAY)
        .withWorkingDayFromDateTimeConstant(true, DayOfWeek.SUNDAY));
    start = LocalDate.of(2024, 3, 13);
    end = ours.plusWorkingDays(start, n);
    startTime = start.atTime(9, 30);
    hours = Duration.ofHours(8L * n);
    if (!strata.shift(start, n).equals(end) || !loopPlus().equals(end) || !objectlabShift().equals(end)) {
      throw new IllegalStateException("Calendars disagree for n " + n);
    }
  }

  @Benchmark
  public LocalDate plusWorkingDays_motcua() {
    return ours.plusWorkingDays(start, n);
  }

  @Benchmark
  public LocalDate plusWorkingDays_strataShift() {
    return strata.shift(start, n);
  }

  @Benchmark
  public LocalDate plusWorkingDays_objectlab() {
    return objectlabShift();
  }

  private LocalDate objectlabShift() {
    objectlab.setStartDate(start);
    return objectlab.moveByBusinessDays(n).getCurrentBusinessDate();
  }

  @Benchmark
  public LocalDate plusWorkingDays_javaTimeLoop() {
    return loopPlus();
  }

  private LocalDate loopPlus() {
    LocalDate d = start;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (!offDays.contains(d)) {
        left--;
      }
    }
    return d;
  }

  @Benchmark
  public int workingDaysBetween_motcua() {
    return ours.workingDaysBetween(start, end);
  }

  @Benchmark
  public int workingDaysBetween_strataDaysBetween() {
    return strata.daysBetween(start, end);
  }

  @Benchmark
  public int workingDaysBetween_javaTimeLoop() {
    int count = 0;
    for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
      if (!offDays.contains(d)) {
        count++;
      }
    }
    return count;
  }

  @Benchmark
  public LocalDateTime plusWorkingTime_motcua() {
    return ours.plusWorkingTime(startTime, hours);
  }
}
