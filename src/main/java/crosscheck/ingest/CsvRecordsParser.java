package crosscheck.ingest;

import crosscheck.ingest.DocumentParser.RawRecord;
import crosscheck.ingest.DocumentParser.RecordSource;
import crosscheck.ingest.TextDecoder.Decoded;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV (RFC 4180, quoted fields may span lines) whose first record names the columns: {@code
 * id} and {@code text} required, {@code outlet}, {@code url}, {@code published}, {@code title}
 * optional, matched case-insensitively after trimming; other columns are ignored. Rows are numbered
 * from 1 below the header. Thread-safe.
 */
final class CsvRecordsParser {

  /** Blank lines between rows are layout, not empty records. */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private static final int MAX_MESSAGE_CHARS = 160;

  private static final Pattern START_LINE =
      Pattern.compile("\\((?:start)?line (\\d+)\\) (.*)", Pattern.DOTALL);

  private CsvRecordsParser() {}

  /**
   * @throws MissingColumnException the header lacks {@code id} or {@code text}
   */
  static RecordSource read(String path, Decoded decoded) {
    String text = decoded.text();
    List<CSVRecord> rows = new ArrayList<>();
    List<Integer> rowEnds = new ArrayList<>();
    String malformed = null;
    int malformedStart = 0;
    Map<String, Integer> columns;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      Iterator<CSVRecord> iterator = parser.iterator();
      CSVRecord header;
      try {
        if (!iterator.hasNext()) {
          return new RecordSource(List.of(), "empty document");
        }
        header = iterator.next();
      } catch (RuntimeException e) {
        return new RecordSource(List.of(), "malformed CSV header (" + describe(e) + ")");
      }
      columns = columnsOf(header);
      requireColumn(columns, "id", path);
      requireColumn(columns, "text", path);
      LineCursor lines = new LineCursor(text);
      int consumed = lines.offsetAfter(parser.getCurrentLineNumber());
      try {
        while (iterator.hasNext()) {
          rows.add(iterator.next());
          consumed = lines.offsetAfter(parser.getCurrentLineNumber());
          rowEnds.add(consumed);
        }
      } catch (RuntimeException e) {
        // Keep the rows read so far; the unreadable rest becomes one accounted entry.
        malformed = describe(e);
        malformedStart = consumed;
      }
    } catch (IOException e) {
      // Reading from a String: only a lexer error can get here, at the header.
      return new RecordSource(List.of(), "malformed CSV header (" + describe(e) + ")");
    }
    if (rows.isEmpty() && malformed == null) {
      return new RecordSource(List.of(), "empty document (no rows below the header)");
    }
    List<RawRecord> records = new ArrayList<>(rows.size() + 1);
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      int start = (int) row.getCharacterPosition();
      int end = Math.max(start, Math.min(rowEnds.get(i), text.length()));
      records.add(toRecord(row, i + 1, columns, text.substring(start, end), decoded, start, end));
    }
    if (malformed != null) {
      int row = rows.size() + 1;
      String rest = text.substring(Math.min(malformedStart, text.length()));
      records.add(
          new RawRecord(
              row,
              "row " + row,
              null,
              null,
              "malformed CSV (" + malformed + ")",
              rest,
              0,
              null,
              null,
              null,
              null));
    }
    return new RecordSource(records, null);
  }

  private static RawRecord toRecord(
      CSVRecord row,
      int rowNumber,
      Map<String, Integer> columns,
      String raw,
      Decoded decoded,
      int start,
      int end) {
    String id = value(row, columns, "id");
    String body = value(row, columns, "text");
    String outlet = metadata(row, columns, "outlet");
    String url = metadata(row, columns, "url");
    String published = metadata(row, columns, "published");
    String title = metadata(row, columns, "title");
    // Count decoding damage by position, bounded by what the values hold: cheap and exact enough.
    int invalid = Math.min(decoded.replacementsIn(start, end), countReplacements(row));
    return new RawRecord(
        rowNumber,
        "row " + rowNumber,
        id == null ? null : id.strip(),
        body,
        null,
        raw,
        invalid,
        outlet,
        url,
        published,
        title);
  }

  private static Map<String, Integer> columnsOf(CSVRecord header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      columns.putIfAbsent(name, i);
    }
    return columns;
  }

  private static void requireColumn(Map<String, Integer> columns, String column, String path) {
    if (!columns.containsKey(column)) {
      throw new MissingColumnException(column, path);
    }
  }

  /** A cell, or null when the row is shorter than the header. */
  private static String value(CSVRecord row, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    return index != null && index < row.size() ? row.get(index) : null;
  }

  private static String metadata(CSVRecord row, Map<String, Integer> columns, String column) {
    String value = value(row, columns, column);
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static int countReplacements(CSVRecord row) {
    int count = 0;
    for (String value : row) {
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) == TextDecoder.REPLACEMENT) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * Offset just past the n-th line break, counting breaks as the CSV lexer does ("\r\n", lone "\r"
   * and lone "\n" each count once); the text length when there are fewer breaks. Moves forward
   * only, so a whole file costs one pass.
   */
  static final class LineCursor {
    private final String text;
    private int offset;
    private long seen;

    LineCursor(String text) {
      this.text = text;
    }

    int offsetAfter(long lines) {
      while (seen < lines && offset < text.length()) {
        char c = text.charAt(offset++);
        if (c == '\r') {
          if (offset < text.length() && text.charAt(offset) == '\n') {
            offset++;
          }
          seen++;
        } else if (c == '\n') {
          seen++;
        }
      }
      return offset;
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    // Commons CSV prefixes "(startline 3) "; say it after the problem instead.
    Matcher startLine = START_LINE.matcher(message);
    if (startLine.matches()) {
      message = startLine.group(2) + ", from line " + startLine.group(1);
    }
    return message.length() > MAX_MESSAGE_CHARS
        ? message.substring(0, MAX_MESSAGE_CHARS) + "…"
        : message;
  }
}
