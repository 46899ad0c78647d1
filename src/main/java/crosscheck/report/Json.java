package crosscheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON configuration of the report files. Records serialise with their component names in
 * declaration order (the contract's field names are the records' names), nulls are written as
 * {@code null}, map entries are sorted by key, and output is UTF-8.
 *
 * <p>Line and paragraph separators (U+2028, U+2029, U+0085) are escaped: they are legal inside JSON
 * strings, but many line readers (Python's {@code str.splitlines()}, JavaScript before ES2019)
 * split on them, which would cut one JSON Lines record in two. Scraped news text carries them.
 *
 * <p>Thread-safe: the mapper is configured once and only read afterwards.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              new JsonFactoryBuilder().characterEscapes(new LineSeparatorEscapes()).build())
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
          .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false)
          // Readers of older or newer report folders must not fail on fields they do not know.
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
          .build();

  private static final ObjectWriter LINE_WRITER = MAPPER.writer();

  private static final ObjectWriter PRETTY_WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  /** The shared mapper; callers must not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** {@code value} as one line of JSON (no line breaks, no trailing newline). */
  public static String line(Object value) {
    try {
      return LINE_WRITER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON for " + typeName(value), e);
    }
  }

  /**
   * Writes one JSON line per element, each ended by {@code \n}, UTF-8 (an empty list: empty file).
   */
  public static void writeJsonLines(Path file, List<?> values) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Object value : values) {
        out.write(line(value));
        out.write('\n');
      }
    }
  }

  /** Writes {@code value} as indented JSON with a final newline, UTF-8. */
  public static void writePretty(Path file, Object value) throws IOException {
    // Streamed, never held as one string: a 40,000-document manifest is tens of megabytes.
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      PRETTY_WRITER
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, value);
      out.write('\n');
    }
  }

  /** Reads a JSON Lines file written by {@link #writeJsonLines} (blank lines skipped). */
  public static <T> List<T> readJsonLines(Path file, Class<T> type) throws IOException {
    List<T> values = new ArrayList<>();
    // Split on '\n' only: the writer escapes every other line separator.
    for (String text : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
      if (!text.isBlank()) {
        values.add(MAPPER.readValue(text, type));
      }
    }
    return values;
  }

  /** Reads a JSON file into {@code type}. */
  public static <T> T read(Path file, TypeReference<T> type) throws IOException {
    return MAPPER.readValue(file.toFile(), type);
  }

  /** Reads a JSON file into {@code type}. */
  public static <T> T read(Path file, Class<T> type) throws IOException {
    return MAPPER.readValue(file.toFile(), type);
  }

  private static String typeName(Object value) {
    return value == null ? "null" : value.getClass().getName();
  }

  /** Standard JSON escapes plus the Unicode line separators. */
  private static final class LineSeparatorEscapes extends CharacterEscapes {
    private static final SerializedString NEL = new SerializedString("\\u0085");
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private final int[] asciiEscapes = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case 0x85 -> NEL;
        case 0x2028 -> LINE_SEPARATOR;
        case 0x2029 -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }
  }
}
