package dev.motcua.examples.cli;

import dev.motcua.calendar.WorkingDayConvention;
import dev.motcua.rules.report.ReportPeriod;
import dev.motcua.rules.report.ReportPeriodParseException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option converters whose messages state the expected form; picocli prefixes them with the option's name
 * ({@code Invalid value for option '--received': …}).
 */
final class Converters {

  private Converters() {}

  /** {@code 2026-02-13T16:30}, local time; seconds are accepted too. */
  static final class LocalDateTimeConverter implements ITypeConverter<LocalDateTime> {
    @Override
    public LocalDateTime convert(String value) {
      try {
        return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "expected a local date-time yyyy-MM-ddTHH:mm, for example 2026-02-13T16:30, but was " + Texts.shown(value));
      }
    }
  }

  /** {@code 2026-05}, {@code 2026-Q2}, {@code 2026-H1}, {@code 2026} or {@code 2026-01-03..2026-02-07}. */
  static final class ReportPeriodConverter implements ITypeConverter<ReportPeriod> {
    @Override
    public ReportPeriod convert(String value) {
      try {
        // Case-insensitive as documented: 2026-q1 is 2026-Q1.
        return ReportPeriod.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (ReportPeriodParseException e) {
        throw new TypeConversionException(
            "expected a period 2026-05 (month), 2026-Q2 (quarter), 2026-H1 (half-year), 2026 (year) or"
                + " 2026-01-03..2026-02-07 (days), but was " + Texts.shown(value));
      }
    }
  }

  /**
   * A {@link WorkingDayConvention#label()}, {@code civil-code} or {@code eight-hours-per-day}, in any case; the
   * letters of DESIGN §3.4, {@code A} and {@code B}, are accepted as deprecated aliases.
   */
  static final class WorkingDayConventionConverter implements ITypeConverter<WorkingDayConvention> {
    @Override
    public WorkingDayConvention convert(String value) {
      String label = value.toLowerCase(Locale.ROOT);
      if (label.equals("a")) {
        return WorkingDayConvention.CIVIL_CODE;
      }
      if (label.equals("b")) {
        return WorkingDayConvention.EIGHT_HOURS_PER_DAY;
      }
      try {
        return WorkingDayConvention.parse(label);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "expected civil-code or eight-hours-per-day, but was " + Texts.shown(value));
      }
    }
  }
}
