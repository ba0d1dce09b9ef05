package dev.motcua.calendar.bench;

import dev.motcua.calendar.DayOff;
import dev.motcua.calendar.WorkingCalendar;
import dev.motcua.calendar.WorkingCalendars;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Build time and heap of the default calendar, in a fresh JVM (cold: includes class loading), then of its first
 * day-off query (which reads the day labels), then of further builds (warm).
 *
 * <p>Run (from the repository root, after {@code mvn -B -o test-compile -pl calendar -am}):
 * <pre>{@code
 * mvn -B -o -q dependency:build-classpath -pl calendar -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp calendar/target/test-classes:calendar/target/classes:$(cat /tmp/cp.txt) \
 *     dev.motcua.calendar.bench.DefaultCalendarFootprint
 * }</pre>
 * Heap figures come from {@code MemoryMXBean} after {@code System.gc()}: approximate, but the "20 held"
 * figure excludes shared statics (Jackson, the bundled records, class data).
 */
public final class DefaultCalendarFootprint {

  private DefaultCalendarFootprint() {}

  public static void main(String[] args) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    long heapBefore = usedHeapAfterGc();
    long alloc0 = threads.getThreadAllocatedBytes(tid);
    long t0 = System.nanoTime();
    WorkingCalendar cal = WorkingCalendars.vietnamCivilService();
    long t1 = System.nanoTime();
    long alloc1 = threads.getThreadAllocatedBytes(tid);
    long heapAfter = usedHeapAfterGc();
    System.out.printf("cold build (first use in a fresh JVM, incl. class loading): %.1f ms, allocated %d KB,"
        + " retained ≈ %d KB%n", (t1 - t0) / 1e6, (alloc1 - alloc0) / 1024, (heapAfter - heapBefore) / 1024);
    long t2 = System.nanoTime();
    Optional<DayOff> tet = cal.dayOff(LocalDate.of(2026, 2, 17));
    long t3 = System.nanoTime();
    long heapWithLabels = usedHeapAfterGc();
    System.out.printf("first day-off query (reads the day labels): %.1f ms, labels retained ≈ %d KB (%s)%n",
        (t3 - t2) / 1e6, (heapWithLabels - heapAfter) / 1024, tet.orElseThrow().nameEn());
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 30; i++) {
      long s = System.nanoTime();
      WorkingCalendar c = WorkingCalendars.builder().build();
      best = Math.min(best, System.nanoTime() - s);
      if (!c.isWorkingDay(LocalDate.of(2025, 3, 12))) {
        throw new IllegalStateException();
      }
    }
    System.out.printf("warm build (best of 30 builder().build()): %.1f ms%n", best / 1e6);
    long bestComputed = Long.MAX_VALUE;
    for (int i = 0; i < 30; i++) {
      long s = System.nanoTime();
      WorkingCalendar c = WorkingCalendars.builder().addDayOff(LocalDate.of(2027, 3, 8), "Nghỉ", "Closed").build();
      bestComputed = Math.min(bestComputed, System.nanoTime() - s);
      if (c.isWorkingDay(LocalDate.of(2027, 3, 8))) {
        throw new IllegalStateException();
      }
    }
    System.out.printf("warm build computing every layer (a host day off; best of 30): %.1f ms%n",
        bestComputed / 1e6);
    // retained heap of one calendar, without the shared statics: 20 calendars held at once
    long base = usedHeapAfterGc();
    java.util.List<WorkingCalendar> held = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      held.add(WorkingCalendars.builder().build());
    }
    long withHeld = usedHeapAfterGc();
    System.out.printf("retained heap per calendar sharing the default days (20 held): %d KB%n",
        (withHeld - base) / 20 / 1024);
    // a host day off makes each builder compute its own labels: the whole calendar, labels included
    long base2 = usedHeapAfterGc();
    java.util.List<WorkingCalendar> own = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      own.add(WorkingCalendars.builder().addDayOff(LocalDate.of(2027, 3, 8), "Nghỉ", "Closed").build());
    }
    long withOwn = usedHeapAfterGc();
    System.out.printf("retained heap per calendar with its own labels (20 held): %d KB%n",
        (withOwn - base2) / 20 / 1024);
    System.out.println(own.size());
    System.out.println(held.size());
    System.out.println(cal.isWorkingDay(LocalDate.of(2026, 2, 16)));
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
