package dev.motcua.rules.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.motcua.calendar.ProcessingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The date style of the forms: {@code …giờ…phút, ngày…tháng…năm…}. */
class VietnameseDatesTest {

  @Test
  void dateTime_localDateTime_formStyle() {
    // FRI_2026_02_13 16:30, the README's receipt.
    assertEquals("16 giờ 30 phút, ngày 13 tháng 02 năm 2026",
        VietnameseDates.dateTime(LocalDateTime.of(2026, 2, 13, 16, 30)));
    assertEquals("07 giờ 05 phút, ngày 01 tháng 10 năm 2025",
        VietnameseDates.dateTime(LocalDateTime.of(2025, 10, 1, 7, 5)));
  }

  @Test
  void dateTime_instant_readInTheZone() {
    // 09:30Z is 16:30 in Vietnam (UTC+7), 10:30 in Paris (UTC+1 in February).
    Instant at = Instant.parse("2026-02-13T09:30:00Z");
    assertEquals("16 giờ 30 phút, ngày 13 tháng 02 năm 2026",
        VietnameseDates.dateTime(at, ZoneId.of("Asia/Ho_Chi_Minh")));
    assertEquals("10 giờ 30 phút, ngày 13 tháng 02 năm 2026", VietnameseDates.dateTime(at, ZoneId.of("Europe/Paris")));
  }

  @Test
  void date_formStyle() {
    assertEquals("ngày 25 tháng 02 năm 2026", VietnameseDates.date(LocalDate.of(2026, 2, 25)));
  }

  @Test
  void processingTime_eachKind() {
    assertEquals("03 ngày làm việc", VietnameseDates.processingTime(ProcessingTime.workingDays(3)));
    assertEquals("10 ngày làm việc", VietnameseDates.processingTime(ProcessingTime.workingDays(10)));
    assertEquals("04 giờ làm việc", VietnameseDates.processingTime(ProcessingTime.workingHours(4)));
    assertEquals("trong ngày", VietnameseDates.processingTime(ProcessingTime.sameDay()));
    assertEquals("15 ngày", VietnameseDates.processingTime(ProcessingTime.calendarDays(15)));
  }
}
