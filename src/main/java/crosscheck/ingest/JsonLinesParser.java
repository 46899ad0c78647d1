package crosscheck.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import crosscheck.ingest.DocumentParser.RawRecord;
import crosscheck.ingest.DocumentParser.RecordSource;
import crosscheck.ingest.TextDecoder.Decoded;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads JSON Lines: one object per non-blank line with {@code id} (string or number) and {@code
 * text} (string), optionally {@code outlet}, {@code url}, {@code published}, {@code title}; other
 * fields are ignored. Each line stands alone, so one bad line never hides the others. Thread-safe.
 */
final class JsonLinesParser {

  /**
   * Raw control characters in strings are tolerated (NULs are replaced later, with a warning);
   * trailing garbage after the object is an error; decimal ids keep their digits ("1.50").
   */
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final int MAX_MESSAGE_CHARS = 160;

  private static final Pattern SOURCE_REFERENCE =
      Pattern.compile(
          "\\s*\\((?:start marker )?at \\[Source:[^\\]]*\\]\\)|\\s*at \\[Source:[^\\]]*\\]");

  private JsonLinesParser() {}

  static RecordSource read(Decoded decoded) {
    String text = decoded.text();
    List<RawRecord> records = new ArrayList<>();
    int lineNumber = 0;
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      lineNumber++;
      String line = text.substring(start, end);
      if (!TextDecoder.isBlank(line)) {
        records.add(readLine(line, lineNumber, decoded.replacementsIn(start, end)));
      }
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    return new RecordSource(records, null);
  }

  private static RawRecord readLine(String line, int lineNumber, int invalidUtf8) {
    String label = "line " + lineNumber;
    // Files concatenated with `cat` carry a BOM at the start of a line.
    String json = line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JacksonException e) {
      return problem(
          lineNumber, label, null, line, invalidUtf8, "not valid JSON (" + describe(e) + ")");
    } catch (RuntimeException e) {
      // Defensive: a parser bug on hostile input must still leave an accounted record.
      return problem(lineNumber, label, null, line, invalidUtf8, "not valid JSON (" + e + ")");
    }
    if (node == null || !node.isObject()) {
      return problem(lineNumber, label, null, line, invalidUtf8, "not a JSON object");
    }
    JsonNode idNode = node.get("id");
    String id =
        idNode != null && (idNode.isTextual() || idNode.isNumber()) ? idNode.asText() : null;
    String outlet = scalar(node, "outlet");
    String url = scalar(node, "url");
    String published = scalar(node, "published");
    String title = scalar(node, "title");
    String problem = null;
    if (idNode == null || idNode.isNull()) {
      problem = "missing field id";
    } else if (id == null) {
      problem = "field id is not a string or number";
    }
    JsonNode textNode = node.get("text");
    String body = textNode != null && textNode.isTextual() ? textNode.textValue() : null;
    if (problem == null) {
      if (textNode == null || textNode.isNull()) {
        problem = "missing field text";
      } else if (body == null) {
        problem = "field text is not a string";
      }
    }
    return new RawRecord(
        lineNumber, label, id, body, problem, line, invalidUtf8, outlet, url, published, title);
  }

  private static RawRecord problem(
      int lineNumber, String label, String id, String line, int invalidUtf8, String problem) {
    return new RawRecord(
        lineNumber, label, id, null, problem, line, invalidUtf8, null, null, null, null);
  }

  /** An optional metadata field: strings as given, numbers (e.g. a year) as written; else null. */
  private static String scalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !(value.isTextual() || value.isNumber())) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    // Jackson names its (redacted) source inside some messages; the column below says enough.
    message = SOURCE_REFERENCE.matcher(message).replaceAll("");
    if (message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
    JsonLocation location = e.getLocation();
    if (location != null && location.getColumnNr() > 0) {
      message += " at column " + location.getColumnNr();
    }
    return message;
  }
}
