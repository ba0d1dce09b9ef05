package dev.motcua.examples.cli;

import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.json.JsonFormatException;
import dev.motcua.rules.Regulation;
import dev.motcua.forms.FormHtml;
import dev.motcua.forms.FormPdf;
import dev.motcua.rules.form.ApologySlip;
import dev.motcua.rules.form.ControlSlip;
import dev.motcua.rules.form.Form;
import dev.motcua.rules.form.FormHeader;
import dev.motcua.rules.form.FormNotApplicableException;
import dev.motcua.rules.form.Forms;
import dev.motcua.rules.form.ReceiptSlip;
import dev.motcua.rules.form.RefusalSlip;
import dev.motcua.rules.form.StopNotice;
import dev.motcua.rules.form.SupplementRequest;
import dev.motcua.rules.form.TrackingBook;
import dev.motcua.rules.portal.SyncWarning;
import dev.motcua.rules.report.ReportPeriod;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code motcua form}: one of the one-stop forms of a dossier's history, as PDF or HTML. */
@Command(
    name = "form",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints a one-stop form (biểu mẫu) derived from a dossier's event log: the number and title of the"
          + " instrument in force on the receipt (Circular 01/2018/TT-VPCP Art 9 under Decree 61/2018/NĐ-CP,"
          + " Circular 03/2025/TT-VPCP Annex I under Decree 118/2025/NĐ-CP; layouts [inferred] from"
          + " third-party renderings), every field the history gives, dotted blanks for the rest.",
      "Forms: receipt (01, giấy tiếp nhận và hẹn trả), supplement (yêu cầu bổ sung), refusal (từ chối),"
          + " apology (xin lỗi và hẹn lại), stop (thông báo dừng, Decree 118 only), control (phiếu kiểm soát),"
          + " book (sổ theo dõi: an array of logs and --period).",
      "Procedures: the examples' catalogue unless --procedures FILE names yours; --calendar and --settings"
          + " as for validate. With --input-format dvcqg the dossier is the national portal's sync record, read"
          + " as validate reads it (what the record could not say: warnings on standard error)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the form was written",
      "2:usage error, unreadable input, or the form does not apply to the history (the message says why)"
    })
final class FormCommand implements Callable<Integer> {

  /** The forms. Lower case: picocli shows the constants as the accepted values. */
  enum Kind {
    receipt,
    supplement,
    refusal,
    apology,
    stop,
    control,
    book
  }

  @ParentCommand MotcuaCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<receipt|supplement|refusal|apology|stop|control|book>",
      description = "The form.")
  Kind kind;

  @Parameters(index = "1", paramLabel = "<log.json|->",
      description = "One event log {\"formatVersion\":1,\"events\":[…]} (for book: a JSON array of them), or -"
          + " for standard input; with --input-format dvcqg, a JSON array of one dossier record (for book: of"
          + " any number).")
  String input;

  @Option(names = "--input-format", paramLabel = "events|dvcqg", defaultValue = "events",
      description = "events: event logs (default); dvcqg: the national portal's dossier records (DongBoHoSoMC),"
          + " read as validate reads them.")
  DossierInput.Format inputFormat;

  @Mixin SyncInputOptions sync;

  @Option(names = "--out", paramLabel = "FILE.pdf|FILE.html",
      description = "Write the form to this file, PDF or HTML by its extension (default: HTML on standard"
          + " output).")
  @Nullable Path out;

  @Option(names = "--period", paramLabel = "2026-05|2026-Q2|2026-H1|2026",
      converter = Converters.ReportPeriodConverter.class,
      description = "For book: the period whose receipts it lists (a month runs from the 15th of the previous"
          + " month to the 14th).")
  @Nullable ReportPeriod period;

  @Option(names = "--unit-name", paramLabel = "NAME",
      description = "The issuing unit's name for the masthead (default: its identifier from the log).")
  @Nullable String unitName;

  @Option(names = "--owning-body", paramLabel = "NAME", description = "The owning body (cơ quan chủ quản).")
  @Nullable String owningBody;

  @Option(names = "--place", paramLabel = "PLACE", description = "The place of issue, e.g. Cà Mau.")
  @Nullable String place;

  @Mixin ConfigOptions config;

  @Override
  public Integer call() {
    if (kind == Kind.book && period == null) {
      throw new ParameterException(spec.commandLine(), "The book needs --period, e.g. --period 2026-05");
    }
    if (kind != Kind.book && period != null) {
      throw new ParameterException(spec.commandLine(), "--period applies to book only");
    }
    boolean pdf = out != null && extension(out).equals("pdf");
    if (out != null && !pdf && !List.of("html", "htm").contains(extension(out))) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--out': expected a file ending in .pdf or .html but was '" + out + "'");
    }
    sync.check(spec, inputFormat);
    Regulation regulation = config.load(parent.stdin(), input).regulation();
    Form form;
    try (DossierInput in = DossierInput.open(inputFormat, input, sync.progress, sync.lenientSync,
        parent.stdin())) {
      form = host(form(regulation, in));
      in.warnUnmatchedProgress(spec.commandLine().getErr(), "motcua form");
    }
    if (out == null) {
      spec.commandLine().getOut().print(FormHtml.toHtml(form));
      spec.commandLine().getOut().flush();
      return MotcuaCommand.EXIT_OK;
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      if (pdf) {
        FormPdf.write(form, o);
      } else {
        o.write(FormHtml.toHtml(form).getBytes(StandardCharsets.UTF_8));
      }
    } catch (NoSuchFileException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot write " + out + ": no such directory");
    } catch (AccessDeniedException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot write " + out + ": permission denied");
    } catch (IOException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, "cannot write " + out + ": " + e.getMessage());
    }
    spec.commandLine().getOut().print("Wrote " + form.kind().nameEn() + " (" + form.header().heading().number()
        + ", " + form.header().heading().title() + ") to " + out + "\n");
    spec.commandLine().getOut().flush();
    return MotcuaCommand.EXIT_OK;
  }

  // The one log of a dossier's form; more is an error, the others counted without being kept.
  private List<DossierEvent> log(DossierInput in) {
    DossierInput.Item first = in.next();
    if (first == null) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, InputFiles.name(input) + " holds no " + unit(1));
    }
    List<DossierEvent> events = first.events();
    if (in.next() != null) {
      long count = 2;
      while (in.next() != null) {
        count++; // counted, not kept
      }
      throw new CliException(MotcuaCommand.EXIT_USAGE, InputFiles.name(input) + " holds " + count + " " + unit(count)
          + "; the " + kind + " form is of one dossier (only book takes " + (inputFormat == DossierInput.Format.dvcqg
              ? "more than one)" : "an array)"));
    }
    warn(first);
    return events;
  }

  private String unit(long count) {
    String one = inputFormat == DossierInput.Format.dvcqg ? "dossier record" : "event log";
    return count == 1 ? one : one + "s";
  }

  // What a sync record could not say: the form is printed as the history reads, and the user is told why.
  private void warn(DossierInput.Item item) {
    for (SyncWarning w : item.warnings()) {
      spec.commandLine().getErr().print("motcua form: warning: " + w + "\n");
    }
    spec.commandLine().getErr().flush();
  }

  // The book's logs, read as the book iterates them: memory is bounded by the book, not by the input.
  private Iterable<List<DossierEvent>> logs(DossierInput in) {
    return () -> new java.util.Iterator<>() {
      private DossierInput.@Nullable Item next = in.next();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public List<DossierEvent> next() {
        DossierInput.Item item = next;
        if (item == null) {
          throw new java.util.NoSuchElementException();
        }
        next = in.next();
        warn(item);
        return item.events();
      }
    };
  }

  private Form form(Regulation regulation, DossierInput in) {
    Forms forms = Forms.of(regulation);
    try {
      return switch (kind) {
        case receipt -> forms.receiptSlip(log(in));
        case supplement -> forms.supplementRequest(log(in));
        case refusal -> forms.refusalSlip(log(in));
        case apology -> forms.apologySlip(log(in));
        case stop -> forms.stopNotice(log(in));
        case control -> forms.controlSlip(log(in));
        case book -> forms.trackingBook(logs(in), Objects.requireNonNull(period));
      };
    } catch (FormNotApplicableException | DateTimeException e) {
      throw new CliException(MotcuaCommand.EXIT_USAGE, InputFiles.name(input) + ": " + e.getMessage());
    }
  }

  // The masthead options, applied to whichever form it is.
  private Form host(Form form) {
    UnaryOperator<FormHeader> fill = h -> {
      FormHeader r = h;
      if (unitName != null) {
        r = r.withUnitName(nonBlank(unitName, "--unit-name"));
      }
      if (owningBody != null) {
        r = r.withOwningBody(nonBlank(owningBody, "--owning-body"));
      }
      if (place != null) {
        r = r.withPlace(nonBlank(place, "--place"));
      }
      return r;
    };
    FormHeader h = fill.apply(form.header());
    return switch (form.kind()) {
      case RECEIPT_SLIP -> ((ReceiptSlip) form).withHeader(h);
      case SUPPLEMENT_REQUEST -> ((SupplementRequest) form).withHeader(h);
      case REFUSAL_SLIP -> ((RefusalSlip) form).withHeader(h);
      case APOLOGY_SLIP -> ((ApologySlip) form).withHeader(h);
      case STOP_NOTICE -> ((StopNotice) form).withHeader(h);
      case CONTROL_SLIP -> ((ControlSlip) form).withHeader(h);
      case TRACKING_BOOK -> ((TrackingBook) form).withHeader(h);
    };
  }

  private String nonBlank(String value, String option) {
    if (value.isBlank()) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': it is blank");
    }
    return value;
  }

  private static String extension(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
