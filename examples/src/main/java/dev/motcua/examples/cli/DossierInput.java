package dev.motcua.examples.cli;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.examples.ConfiguredRules;
import dev.motcua.examples.json.LogSlices;
import dev.motcua.core.json.EventLogJson;
import dev.motcua.core.json.JsonFormatException;
import dev.motcua.rules.portal.SyncAttributes;
import dev.motcua.rules.portal.SyncDossier;
import dev.motcua.rules.portal.SyncProgress;
import dev.motcua.rules.portal.SyncReader;
import dev.motcua.rules.portal.SyncWarning;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The dossiers of a command's input, read one at a time whatever the input's size: event logs (one log, or a
 * JSON array of them) or the national portal's sync records. Errors in the input become one-line usage errors
 * naming the input and the JSON path.
 */
final class DossierInput implements Closeable {

  /** Input formats. Lower case: picocli shows the constants as the accepted values. */
  enum Format {
    /** motcua event logs {@code {"formatVersion":1,"events":[…]}}, one or an array. */
    events,
    /** The national portal's sync records (DVCQG {@code DongBoHoSoMC}), a JSON array. */
    dvcqg
  }

  /**
   * One dossier: its index in the input, its history (or the bytes of its log, parsed by {@link #events()} on
   * whichever thread asks), and what reading it warned about.
   */
  static final class Item {
    private final String input;
    private final int index;
    private final byte @Nullable [] log;
    private final @Nullable List<DossierEvent> events;
    private final List<SyncWarning> warnings;
    private final @Nullable SyncAttributes attributes;

    Item(String input, int index, byte @Nullable [] log, @Nullable List<DossierEvent> events,
        List<SyncWarning> warnings, @Nullable SyncAttributes attributes) {
      this.input = input;
      this.index = index;
      this.log = log;
      this.events = events;
      this.warnings = warnings;
      this.attributes = attributes;
    }

    /** What a sync record said that the events do not (766 flags), or empty for event logs. */
    Optional<SyncAttributes> attributes() {
      return Optional.ofNullable(attributes);
    }

    int index() {
      return index;
    }

    List<SyncWarning> warnings() {
      return warnings;
    }

    /** The history; a log's form is checked here, an error naming {@code $[index]…} (line and column in the log). */
    List<DossierEvent> events() {
      if (events != null) {
        return events;
      }
      try {
        return EventLogJson.standard().read(new java.io.ByteArrayInputStream(Objects.requireNonNull(log)));
      } catch (JsonFormatException e) {
        throw unreadable(input, e.inArrayElement(index));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // reading a byte array does not fail
      }
    }
  }

  private final String name;
  private final @Nullable EventLogJson.Batch batch;
  private final @Nullable LogSlices slices;
  private final @Nullable Iterator<SyncDossier> records;
  private final Closeable closer;

  private DossierInput(String name, @Nullable EventLogJson.Batch batch, @Nullable LogSlices slices,
      @Nullable Iterator<SyncDossier> records, Closeable closer) {
    this.name = name;
    this.batch = batch;
    this.slices = slices;
    this.records = records;
    this.closer = closer;
  }

  static DossierInput open(Format format, String input, @Nullable String progress, boolean lenientSync,
      InputStream stdin) {
    String name = InputFiles.name(input);
    if (format == Format.events) {
      InputStream in = InputFiles.open(input, stdin);
      try {
        if (startsWithArray(in)) {
          // An array: split into logs here, parsed and validated on the worker threads.
          LogSlices sl = LogSlices.open(in);
          return new DossierInput(name, null, sl, null, sl);
        }
        if (!input.equals("-")) {
          // A log alone, from a file: a file's own stream can be rewound, so its events are read from their
          // bytes (EventLogJson.batch), which a buffered stream's are not.
          close(in);
          in = new java.io.FileInputStream(java.nio.file.Path.of(input).toFile());
        }
        EventLogJson.Batch b = EventLogJson.standard().batch(in);
        return new DossierInput(name, b, null, null, b);
      } catch (JsonFormatException e) {
        close(in);
        throw unreadable(name, e);
      } catch (IOException e) {
        close(in);
        throw InputFiles.readFailure(input, e);
      }
    }
    SyncReader reader = SyncReader.of(ConfiguredRules.regulation().calendar().zone()).withLenientSync(lenientSync);
    SyncProgress steps = progress == null ? null : progress(reader, progress, stdin);
    InputStream in = InputFiles.open(input, stdin);
    try {
      Stream<SyncDossier> s = steps == null ? reader.read(in) : reader.read(in, steps);
      DossierInput d = new DossierInput(name, null, null, s.iterator(), s::close);
      d.progressCodes = steps == null ? null : steps.dossierCodes();
      d.progressFile = progress;
      return d;
    } catch (JsonFormatException e) {
      close(in);
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + name + ": " + e.getMessage());
    } catch (IOException e) {
      close(in);
      throw InputFiles.readFailure(input, e);
    }
  }

  private static SyncProgress progress(SyncReader reader, String file, InputStream stdin) {
    try (InputStream in = InputFiles.open(file, stdin)) {
      return reader.readProgress(in);
    } catch (JsonFormatException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot read --progress " + InputFiles.name(file) + ": "
          + e.getMessage());
    } catch (IOException e) {
      throw InputFiles.readFailure(file, e);
    }
  }

  /** Whether the first character other than white space (or a byte order mark) is {@code [}; resets. */
  private static boolean startsWithArray(InputStream in) throws IOException {
    in.mark(1 << 12);
    try {
      for (int i = 0; i < 1 << 12; i++) {
        int c = in.read();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0xEF && c != 0xBB && c != 0xBF) {
          return c == '[';
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  /** True if the input is one event log alone: its events are read one at a time by {@link #singleLog()}. */
  boolean isSingleLog() {
    return batch != null && !batch.isArray();
  }

  /** The events of the single log, read as the iterator advances; errors are usage errors. */
  Iterator<DossierEvent> singleLog() {
    Iterator<DossierEvent> it;
    try {
      it = batch == null ? null : batch.next();
    } catch (IOException e) {
      throw InputFiles.readFailure(name, e);
    } catch (JsonFormatException e) {
      throw failure(e);
    }
    if (it == null) {
      throw new IllegalStateException("not a single log");
    }
    Iterator<DossierEvent> log = it;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return log.hasNext();
        } catch (JsonFormatException e) {
          throw failure(e);
        } catch (UncheckedIOException e) {
          throw InputFiles.readFailure(name, e.getCause());
        }
      }

      @Override
      public DossierEvent next() {
        try {
          return log.next();
        } catch (JsonFormatException e) {
          throw failure(e);
        } catch (UncheckedIOException e) {
          throw InputFiles.readFailure(name, e.getCause());
        }
      }
    };
  }

  /**
   * Reads every dossier of an input into memory, for the commands that pass over them more than once
   * (evaluate, form): a read error is a usage error naming the input.
   */
  static List<Item> readAll(Format format, String input, @Nullable String progress, boolean lenientSync,
      InputStream stdin) {
    List<Item> items = new ArrayList<>();
    try (DossierInput in = open(format, input, progress, lenientSync, stdin)) {
      for (Item item = in.next(); item != null; item = in.next()) {
        item.events();
        items.add(item);
      }
    }
    return items;
  }

  /** The next dossier, whole, or null after the last. */
  @Nullable Item next() {
    try {
      if (slices != null) {
        int index = slices.count();
        byte[] log = slices.next();
        return log == null ? null : new Item(name, index, log, null, List.of(), null);
      }
      if (batch != null) {
        int index = batch.count();
        Iterator<DossierEvent> log = batch.next();
        if (log == null) {
          return null;
        }
        List<DossierEvent> events = new ArrayList<>();
        log.forEachRemaining(events::add);
        return new Item(name, index, null, events, List.of(), null);
      }
      Iterator<SyncDossier> r = records;
      if (r == null || !r.hasNext()) {
        return null;
      }
      SyncDossier d = r.next();
      if (progressCodes != null && progressCodes.contains(d.dossierCode())) {
        matched.add(d.dossierCode());
      }
      return new Item(name, d.index(), null, d.history(), d.warnings(), d.attributes());
    } catch (JsonFormatException e) {
      throw failure(e);
    } catch (UncheckedIOException e) {
      throw InputFiles.readFailure(name, e.getCause());
    } catch (IOException e) {
      throw InputFiles.readFailure(name, e);
    }
  }

  // The --progress records' dossier codes, and those a dossier record of the input had: the rest matched none.
  private @Nullable Set<String> progressCodes;
  private @Nullable String progressFile;
  private final Set<String> matched = new HashSet<>();

  /**
   * After the last dossier: a warning on standard error if progress records matched no dossier record (the
   * progress of dossiers synced earlier, or a file of another batch), naming up to five of their codes.
   */
  void warnUnmatchedProgress(PrintWriter err, String command) {
    if (progressCodes == null || matched.size() == progressCodes.size()) {
      return;
    }
    List<String> unmatched = progressCodes.stream().filter(c -> !matched.contains(c)).sorted().toList();
    String shown = unmatched.stream().limit(5).map(dev.motcua.format.MalformedInputException::quote)
        .collect(java.util.stream.Collectors.joining(", "));
    err.print(command + ": warning: the progress records of " + unmatched.size()
        + (unmatched.size() == 1 ? " dossier" : " dossiers") + " in --progress " + InputFiles.name(
            Objects.requireNonNull(progressFile)) + " match no dossier record of " + name + " and were not used: "
        + shown + (unmatched.size() > 5 ? ", …" : "") + "\n");
    err.flush();
  }

  private CliException failure(JsonFormatException e) {
    return unreadable(name, e);
  }

  // The sync records' fields are PascalCase (MaHoSo), an event log's camelCase: a log that opens with one of
  // theirs is a file of sync records read as event logs, and the message says which option reads it.
  private static final Pattern SYNC_FIELD_FIRST = Pattern.compile("^\\$(\\[\\d+])?\\.[A-Z][A-Za-z]*$");

  /** An event log that cannot be read, as a usage error naming the input. */
  static CliException unreadable(String name, JsonFormatException e) {
    boolean syncRecords = e.problem().startsWith("expected \"formatVersion\" as the first field")
        && e.path().filter(p -> SYNC_FIELD_FIRST.matcher(p).matches()).isPresent();
    return new CliException(MotcuaCommand.EXIT_USAGE, "cannot read " + name + ": " + e.getMessage()
        + (syncRecords ? "; these look like the national portal's sync records: read them with --input-format dvcqg, or convert"
            + " them with motcua convert --to events" : ""));
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // the input is abandoned after an error that is already reported
    }
  }

  @Override
  public void close() {
    try {
      closer.close();
    } catch (IOException | UncheckedIOException e) {
      // closing a read input does not lose data
    }
  }
}
