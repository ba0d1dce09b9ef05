package dev.motcua.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.motcua.core.dossier.Actor;
import dev.motcua.core.dossier.Applicant;
import dev.motcua.core.dossier.DossierCode;
import dev.motcua.core.dossier.DossierEvent;
import dev.motcua.core.dossier.Filing;
import dev.motcua.core.dossier.Officer;
import dev.motcua.core.dossier.SystemActor;
import dev.motcua.core.lifecycle.Dossier;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Jackson module that hosts register on their {@code ObjectMapper} to read and write the core values in
 * the formats of {@link EventLogJson}: {@link DossierEvent} (and each event record), {@link DossierCode}
 * (as its canonical string), {@link Actor}, {@link Filing}, {@link Applicant} and {@link Dossier}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CoreJsonModule());
 * DossierEvent e = mapper.readValue(json, DossierEvent.class);
 * }</pre>
 *
 * <p>Errors are Jackson {@code JsonMappingException}s (the contract of a deserializer) whose cause is a {@link
 * JsonFormatException} naming the path inside the value.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class CoreJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module, writing instants in UTC (the core module knows no zone). */
  public CoreJsonModule() {
    this(ZoneOffset.UTC);
  }

  /**
   * Creates the module, writing instants in the given zone (usually the working calendar's {@code zone()});
   * reading accepts any offset.
   *
   * @param outputZone the output zone, or a fixed offset
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public CoreJsonModule(ZoneId outputZone) {
    super("motcua-core");
    Objects.requireNonNull(outputZone, "outputZone");
    EventLogJson json = EventLogJson.standard().withOutputZone(outputZone);
    EventJsonFormat codec = json.codec();
    addSerializer(DossierEvent.class, serializer(codec::writeEvent));
    addSerializer(DossierCode.class, serializer((g, c) -> g.writeString(c.toString())));
    addSerializer(Actor.class, serializer(EventJsonFormat::writeActor));
    addSerializer(Filing.class, serializer(EventJsonFormat::writeFiling));
    addSerializer(Applicant.class, serializer(EventJsonFormat::writeApplicant));
    addSerializer(Dossier.class, serializer(json::writeDossier));

    addDeserializer(DossierEvent.class, deserializer(n -> EventJsonFormat.readEvent(n, "")));
    for (Class<?> type : DossierEvent.class.getPermittedSubclasses()) {
      addDeserializer((Class) type, deserializer(n -> narrow(EventJsonFormat.readEvent(n, ""), type)));
    }
    addDeserializer(
        DossierCode.class,
        deserializer(
            n -> {
              try {
                return DossierCode.parse(StrictObjectReader.text(n, ""));
              } catch (IllegalArgumentException e) {
                throw new FormatError("", e.getMessage());
              }
            }));
    addDeserializer(Actor.class, deserializer(n -> EventJsonFormat.readActor(StrictObjectReader.of(n, ""))));
    addDeserializer(Officer.class, deserializer(n -> narrow(EventJsonFormat.readActor(StrictObjectReader.of(n, "")), Officer.class)));
    addDeserializer(SystemActor.class, deserializer(n -> narrow(EventJsonFormat.readActor(StrictObjectReader.of(n, "")), SystemActor.class)));
    addDeserializer(Filing.class, deserializer(n -> EventJsonFormat.readFiling(StrictObjectReader.of(n, ""))));
    addDeserializer(Applicant.class, deserializer(n -> EventJsonFormat.readApplicant(StrictObjectReader.of(n, ""))));
    addDeserializer(Dossier.class, deserializer(n -> EventLogJson.readDossier(n, "")));
  }

  private static <T> T narrow(Object value, Class<T> type) {
    if (!type.isInstance(value)) {
      throw new FormatError("", "expected " + type.getSimpleName() + ", was " + value.getClass().getSimpleName());
    }
    return type.cast(value);
  }

  private interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> JsonSerializer<T> serializer(Writer<T> writer) {
    return new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        writer.write(g, value);
      }
    };
  }

  private static <T> JsonDeserializer<T> deserializer(Function<com.fasterxml.jackson.databind.JsonNode, T> reader) {
    return new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        var location = p.currentTokenLocation();
        try {
          return reader.apply(ctxt.readTree(p));
        } catch (FormatError e) {
          // Jackson's contract for deserializers: a JsonMappingException; the family member is its cause.
          JsonFormatException f = e.toException(location);
          throw JsonMappingException.from(p, f.getMessage(), f);
        }
      }
    };
  }
}
