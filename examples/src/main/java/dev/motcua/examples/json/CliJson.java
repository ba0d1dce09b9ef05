package dev.motcua.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.motcua.calendar.SpecialDay;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.deadline.DossierStanding;
import dev.motcua.rules.json.RegulationJson;
import dev.motcua.core.json.ViolationJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes the {@code --format json} output of {@code motcua days-off} and {@code motcua validate}: pretty
 * printed, {@code \n} line ends whatever the platform, {@code "formatVersion":1} first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CliJson {

  /** The format version written. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private CliJson() {}

  /**
   * Writes the special days of a year.
   *
   * <pre>{@code
   * {"formatVersion":1,"year":2026,"days":[{"date":"2026-01-01","dayOfWeek":"THURSDAY","working":false,
   *   "kind":"HOLIDAY","nameVi":"Tết Dương lịch","nameEn":"New Year's Day","provenance":"NOTICE",
   *   "source":"…"}]}
   * }</pre>
   *
   * @param year the year
   * @param days the special days of the year
   * @return the JSON text, ending with a line break
   */
  public static String daysOff(int year, List<SpecialDay> days) {
    return write(g -> {
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeNumberField("year", year);
      g.writeArrayFieldStart("days");
      for (SpecialDay d : days) {
        g.writeStartObject();
        g.writeStringField("date", d.date().toString());
        g.writeStringField("dayOfWeek", d.date().getDayOfWeek().name());
        g.writeBooleanField("working", d.isWorking());
        g.writeStringField("kind", d.kind().name());
        g.writeStringField("nameVi", d.nameVi());
        g.writeStringField("nameEn", d.nameEn());
        g.writeStringField("provenance", d.provenance().name());
        if (d.source().isPresent()) {
          g.writeStringField("source", d.source().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /**
   * Writes the result of validating event logs.
   *
   * <pre>{@code
   * {"formatVersion":1,"input":"log.json","rules":"…","valid":false,"logs":[{"index":0,"eventCount":5,
   *   "code":"000.00.15.H05-260213-0001","valid":false,"violations":[{"eventIndex":3,
   *   "code":"EVENT_NOT_PERMITTED","severity":"REFUSAL","legalBasis":{"vi":"…","en":"…"},
   *   "messageVi":"…","messageEn":"…"}],"status":"IN_PROGRESS","due":"2026-02-27T17:00:00+07:00",
   *   "timeliness":null,"workingTimeUsed":"PT16H","workingTimeLeft":"PT64H","warnings":[…]}]}
   * }</pre>
   *
   * @param input the name of the input, {@code -} for standard input
   * @param rules the description of the rules validated against
   * <p>Each log also has what the validation says about its dossier ({@link
   * RegulationJson#writeStandingFields}): {@code "status"}, {@code "due"} (ISO-8601 with offset, after restarts
   * and reschedules; null before receipt), {@code "timeliness"} ({@code EARLY}, {@code ON_TIME}, {@code LATE}
   * once resolved, else null), {@code "workingTimeUsed"}, {@code "workingTimeLeft"} (ISO-8601 durations) and
   * {@code "warnings"} (what the history could not tell; not violations).
   *
   * @param replays the replays, one per log
   * @param standings what each replay says about its dossier, in the same order
   * @return the JSON text, ending with a line break
   */
  public static String validation(String input, String rules, List<Replay> replays,
      List<DossierStanding> standings) {
    return write(g -> {
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeStringField("input", input);
      g.writeStringField("rules", rules);
      g.writeBooleanField("valid", replays.stream().allMatch(Replay::isValid));
      g.writeArrayFieldStart("logs");
      for (int i = 0; i < replays.size(); i++) {
        Replay r = replays.get(i);
        Optional<Dossier> d = r.dossier();
        g.writeStartObject();
        g.writeNumberField("index", i);
        g.writeNumberField("eventCount", r.eventCount());
        if (d.isPresent() && d.get().code().isPresent()) {
          g.writeStringField("code", d.get().code().get().toString());
        }
        g.writeBooleanField("valid", r.isValid());
        ViolationJson.writeArrayField(g, "violations", r.violations());
        RegulationJson.writeStandingFields(g, standings.get(i));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter w = new StringWriter();
    // The default indenter uses the platform's line separator; output must not depend on the platform.
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = FACTORY.createGenerator(w).setPrettyPrinter(pretty)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }
}
