package dev.motcua.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.motcua.core.json.ViolationJson;
import dev.motcua.rules.deadline.DossierStanding;
import dev.motcua.rules.json.RegulationJson;
import dev.motcua.core.lifecycle.Dossier;
import dev.motcua.core.lifecycle.Replay;
import dev.motcua.rules.portal.SyncWarning;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the JSON result of {@code motcua validate} one log at a time, so that the output of any number of
 * logs needs no more memory than one: {@code {"formatVersion":1,"input":…,"rules":…,"logs":[…],"logCount":N,
 * "valid":…}}. Each log: {@code index}, {@code eventCount}, {@code code}, {@code valid}, {@code violations},
 * the standing ({@code status}, {@code due}, {@code timeliness}, {@code workingTimeUsed}, {@code
 * workingTimeLeft}, {@code warnings}) and, for sync records, {@code syncWarnings} (with the record path; on
 * every log of sync records, empty when reading warned of nothing, so that a reader finds the key on each).
 *
 * <p>Not thread-safe.
 */
public final class ValidationJsonWriter implements Closeable {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final JsonGenerator g;
  private final boolean syncRecords;
  private int count;
  private boolean valid = true;

  private ValidationJsonWriter(JsonGenerator g, boolean syncRecords) {
    this.g = g;
    this.syncRecords = syncRecords;
  }

  /**
   * Starts the result of an input of event logs or of sync records.
   *
   * @param out where to write; flushed, not closed, by {@link #close()}
   * @param input the name of the input
   * @param rules the description of the rules validated against
   * @param syncRecords true if the input is sync records: every log then has {@code syncWarnings}
   * @return the writer
   */
  public static ValidationJsonWriter open(Writer out, String input, String rules, boolean syncRecords) {
    Objects.requireNonNull(out, "out");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      JsonGenerator g = FACTORY.createGenerator(out).setPrettyPrinter(pretty)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeNumberField("formatVersion", CliJson.FORMAT_VERSION);
      g.writeStringField("input", input);
      g.writeStringField("rules", rules);
      g.writeArrayFieldStart("logs");
      return new ValidationJsonWriter(g, syncRecords);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one log's result.
   *
   * @param index the log's index in the input
   * @param r its replay
   * @param standing what the validation says about the dossier (status, due, timeliness, working time,
   *     warnings: {@link RegulationJson#writeStandingFields})
   * @param warnings what reading it warned about (sync records), empty for event logs
   */
  public void log(int index, Replay r, DossierStanding standing, List<SyncWarning> warnings) {
    try {
      Optional<Dossier> d = r.dossier();
      g.writeStartObject();
      g.writeNumberField("index", index);
      g.writeNumberField("eventCount", r.eventCount());
      if (d.isPresent() && d.get().code().isPresent()) {
        g.writeStringField("code", d.get().code().get().toString());
      }
      g.writeBooleanField("valid", r.isValid());
      ViolationJson.writeArrayField(g, "violations", r.violations());
      RegulationJson.writeStandingFields(g, standing);
      if (syncRecords || !warnings.isEmpty()) {
        g.writeArrayFieldStart("syncWarnings");
        for (SyncWarning w : warnings) {
          g.writeStartObject();
          g.writeStringField("code", w.code().name());
          g.writeStringField("path", w.path());
          g.writeStringField("message", w.message());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      count++;
      valid &= r.isValid();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the result with the count and the verdict, and flushes. */
  @Override
  public void close() {
    try {
      g.writeEndArray();
      g.writeNumberField("logCount", count);
      g.writeBooleanField("valid", valid);
      g.writeEndObject();
      g.writeRaw('\n');
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
