package crosscheck.ingest;

import crosscheck.ingest.TextDecoder.Decoded;
import crosscheck.ingest.TextDecoder.NulFree;
import crosscheck.ingest.TextDecoder.NulPolicy;
import crosscheck.model.InputFile;
import crosscheck.model.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of one input file into source documents: one for a text or Markdown file, one per
 * record for JSON Lines and CSV. Bad content never throws: every problem becomes a rejected
 * document with its reason, so every input is accounted for. The one exception is a CSV file
 * without an {@code id} or {@code text} column ({@link MissingColumnException}): that is a usage
 * error for the whole run, not a per-document problem.
 *
 * <p>Text is kept exactly as decoded (line endings included), because finding offsets index into
 * it. The only in-place changes keep its length: NUL characters become U+FFFD, with a warning.
 * Stateless and thread-safe.
 */
public final class DocumentParser {

  public static final String TXT = "txt";
  public static final String MD = "md";
  public static final String JSONL = "jsonl";
  public static final String CSV = "csv";
  public static final String PARQUET = "parquet";
  public static final String UNKNOWN = "unknown";

  /** What to do with bytes that are not valid UTF-8. */
  enum InvalidUtf8Policy {
    REPLACE,
    REJECT
  }

  /** Where the records of one file come from and the limits they are checked against. */
  record Context(
      InputFile file,
      String format,
      String docBase,
      long maxDocumentChars,
      InvalidUtf8Policy policy) {}

  /**
   * One record as read from JSON Lines or CSV, before the checks every record goes through.
   *
   * @param label how reasons name the record ("line 7", "row 3")
   * @param problem a structural problem (bad JSON, missing field), null when none
   * @param raw the record's source text, hashed when the record has no text of its own
   * @param invalidUtf8 U+FFFD characters decoding put into this record
   */
  record RawRecord(
      int line,
      String label,
      String id,
      String text,
      String problem,
      String raw,
      int invalidUtf8,
      String outlet,
      String url,
      String published,
      String title) {}

  private DocumentParser() {}

  /**
   * Parses one file.
   *
   * @param file the file; its {@code format} decides the parser (derived from the name when blank)
   * @param bytes the whole file
   * @param maxDocumentChars longest accepted document text, in Java chars; must be positive
   * @param rejectInvalidUtf8 reject documents holding invalid UTF-8 instead of replacing it
   * @return at least one document, in input order
   * @throws MissingColumnException a CSV file has no {@code id} or {@code text} column
   */
  public static List<SourceDocument> parse(
      InputFile file, byte[] bytes, long maxDocumentChars, boolean rejectInvalidUtf8) {
    if (maxDocumentChars <= 0) {
      throw new IllegalArgumentException("maxDocumentChars must be positive: " + maxDocumentChars);
    }
    byte[] content = bytes == null ? new byte[0] : bytes;
    String format =
        file.format() == null || file.format().isBlank()
            ? formatOf(file.relative())
            : file.format().toLowerCase(Locale.ROOT);
    Context context =
        new Context(
            file,
            format,
            documentId(file.relative()),
            maxDocumentChars,
            rejectInvalidUtf8 ? InvalidUtf8Policy.REJECT : InvalidUtf8Policy.REPLACE);
    return switch (format) {
      case TXT, MD -> List.of(parseWholeFile(context, content));
      case JSONL, CSV -> parseRecords(context, content);
      case PARQUET ->
          List.of(
              rejectedFile(context, content, "parquet is read by Spark, not as text", List.of()));
      default -> List.of(rejectedFile(context, content, "unsupported file type", List.of()));
    };
  }

  /**
   * The input format a file name implies, case-insensitively: {@code txt} (.txt, .text), {@code md}
   * (.md, .markdown), {@code jsonl} (.jsonl, .ndjson, .json-lines), {@code csv}, {@code parquet},
   * else {@code unknown}. Accepts bare names, relative paths and URIs.
   */
  public static String formatOf(String fileName) {
    String extension = extensionOf(fileName).toLowerCase(Locale.ROOT);
    return switch (extension) {
      case "txt", "text" -> TXT;
      case "md", "markdown" -> MD;
      case "jsonl", "ndjson", "json-lines" -> JSONL;
      case "csv" -> CSV;
      case "parquet" -> PARQUET;
      default -> UNKNOWN;
    };
  }

  /**
   * The document id of a file: its path under the input root without the last extension, folders
   * kept ({@code sub/000_abc.txt} -> {@code sub/000_abc}). A name that starts with its only dot
   * ({@code .notes}) keeps it, so an id is never empty.
   */
  public static String documentId(String relative) {
    int dot = extensionDot(relative);
    return dot < 0 ? relative : relative.substring(0, dot);
  }

  private static String extensionOf(String name) {
    int dot = extensionDot(name);
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /** Index of the dot that starts the extension of the last path segment, or -1. */
  private static int extensionDot(String name) {
    int segmentStart = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1;
    int dot = name.lastIndexOf('.');
    return dot > segmentStart ? dot : -1;
  }

  private static SourceDocument parseWholeFile(Context context, byte[] content) {
    String screened = screen(content, NulPolicy.NUL_MEANS_BINARY);
    if (screened != null) {
      return rejectedFile(context, content, screened, List.of());
    }
    Decoded decoded = TextDecoder.decode(content);
    List<String> warnings = new ArrayList<>();
    if (!decoded.valid()) {
      if (context.policy() == InvalidUtf8Policy.REJECT) {
        return rejectedFile(context, content, invalidUtf8Reason(decoded), List.of());
      }
      warnings.add(replacedWarning(decoded.replacedAt().length));
    }
    String text = decoded.text();
    if (TextDecoder.isBlank(text)) {
      return rejectedFile(context, content, "empty document", warnings);
    }
    if (text.length() > context.maxDocumentChars()) {
      return rejectedFile(context, content, tooLarge(text, context), warnings);
    }
    // NULs past the sniffed prefix: keep the text (and its offsets), flag the damage.
    NulFree nulFree = TextDecoder.replaceNul(text);
    if (nulFree.replaced() > 0) {
      warnings.add(nulWarning(nulFree.replaced()));
    }
    return new SourceDocument(
        context.docBase(),
        context.file().path(),
        context.format(),
        0,
        SourceDocument.ACCEPTED,
        null,
        content.length,
        sha256(nulFree.text().getBytes(StandardCharsets.UTF_8)),
        nulFree.text(),
        null,
        null,
        null,
        null,
        List.copyOf(warnings));
  }

  private static List<SourceDocument> parseRecords(Context context, byte[] content) {
    String screened = screen(content, NulPolicy.NUL_COUNTS_AS_CONTROL);
    if (screened != null) {
      return List.of(rejectedFile(context, content, screened, List.of()));
    }
    Decoded decoded = TextDecoder.decode(content);
    if (TextDecoder.isBlank(decoded.text())) {
      List<String> warnings =
          decoded.valid() ? List.of() : List.of(replacedWarning(decoded.replacedAt().length));
      return List.of(rejectedFile(context, content, "empty document", warnings));
    }
    RecordSource source =
        context.format().equals(JSONL)
            ? JsonLinesParser.read(decoded)
            : CsvRecordsParser.read(context.file().path(), decoded);
    if (source.fileProblem() != null) {
      return List.of(rejectedFile(context, content, source.fileProblem(), List.of()));
    }
    List<SourceDocument> documents = new ArrayList<>(source.records().size());
    for (RawRecord record : source.records()) {
      documents.add(toDocument(context, record));
    }
    if (documents.isEmpty()) {
      return List.of(rejectedFile(context, content, "empty document (no records)", List.of()));
    }
    return documents;
  }

  /** The records of one file, or the reason the file as a whole cannot be read. */
  record RecordSource(List<RawRecord> records, String fileProblem) {}

  /** Checks that make a whole file unreadable; null when it may be decoded. */
  private static String screen(byte[] content, NulPolicy nulPolicy) {
    if (content.length == 0) {
      return "empty document";
    }
    if (TextDecoder.startsWithUtf16Bom(content)) {
      return "not valid UTF-8 (UTF-16 byte order mark; convert the file to UTF-8)";
    }
    if (TextDecoder.looksBinary(content, nulPolicy)) {
      return "binary file";
    }
    return null;
  }

  private static SourceDocument toDocument(Context context, RawRecord record) {
    List<String> warnings = new ArrayList<>();
    boolean hasId = record.id() != null && !TextDecoder.isBlank(record.id());
    String doc =
        hasId
            ? TextDecoder.replaceNul(record.id().strip()).text()
            : context.docBase() + "#L" + record.line();
    if (record.invalidUtf8() > 0) {
      if (context.policy() == InvalidUtf8Policy.REJECT) {
        return rejectedRecord(
            context,
            record,
            doc,
            record.label() + ": not valid UTF-8 (" + record.invalidUtf8() + " invalid sequences)",
            warnings);
      }
      warnings.add(replacedWarning(record.invalidUtf8()));
    }
    if (record.problem() != null) {
      return rejectedRecord(
          context, record, doc, record.label() + ": " + record.problem(), warnings);
    }
    if (!hasId) {
      return rejectedRecord(context, record, doc, record.label() + ": empty id", warnings);
    }
    if (record.text() == null || TextDecoder.isBlank(record.text())) {
      return rejectedRecord(context, record, doc, record.label() + ": empty text", warnings);
    }
    if (record.text().length() > context.maxDocumentChars()) {
      return rejectedRecord(
          context, record, doc, record.label() + ": " + tooLarge(record.text(), context), warnings);
    }
    NulFree text = TextDecoder.replaceNul(record.text());
    NulFree outlet = TextDecoder.replaceNul(record.outlet());
    NulFree url = TextDecoder.replaceNul(record.url());
    NulFree published = TextDecoder.replaceNul(record.published());
    NulFree title = TextDecoder.replaceNul(record.title());
    int nuls =
        text.replaced()
            + outlet.replaced()
            + url.replaced()
            + published.replaced()
            + title.replaced()
            + TextDecoder.replaceNul(record.id()).replaced();
    if (nuls > 0) {
      warnings.add(nulWarning(nuls));
    }
    byte[] utf8 = text.text().getBytes(StandardCharsets.UTF_8);
    return new SourceDocument(
        doc,
        context.file().path(),
        context.format(),
        record.line(),
        SourceDocument.ACCEPTED,
        null,
        utf8.length,
        sha256(utf8),
        text.text(),
        outlet.text(),
        url.text(),
        published.text(),
        title.text(),
        List.copyOf(warnings));
  }

  private static SourceDocument rejectedRecord(
      Context context, RawRecord record, String doc, String reason, List<String> warnings) {
    String hashed = record.text() != null ? record.text() : record.raw();
    byte[] utf8 = hashed.getBytes(StandardCharsets.UTF_8);
    return new SourceDocument(
        doc,
        context.file().path(),
        context.format(),
        record.line(),
        SourceDocument.REJECTED,
        cleanReason(reason),
        utf8.length,
        sha256(utf8),
        null,
        TextDecoder.replaceNul(record.outlet()).text(),
        TextDecoder.replaceNul(record.url()).text(),
        TextDecoder.replaceNul(record.published()).text(),
        TextDecoder.replaceNul(record.title()).text(),
        List.copyOf(warnings));
  }

  private static SourceDocument rejectedFile(
      Context context, byte[] content, String reason, List<String> warnings) {
    return new SourceDocument(
        context.docBase(),
        context.file().path(),
        context.format(),
        0,
        SourceDocument.REJECTED,
        cleanReason(reason),
        content.length,
        sha256(content),
        null,
        null,
        null,
        null,
        null,
        List.copyOf(warnings));
  }

  private static String invalidUtf8Reason(Decoded decoded) {
    return "not valid UTF-8 ("
        + decoded.replacedAt().length
        + " invalid sequences, first at byte "
        + decoded.firstInvalidByte()
        + ")";
  }

  private static String replacedWarning(int places) {
    return "invalid UTF-8 replaced at " + places + " places";
  }

  private static String nulWarning(int places) {
    return "NUL characters replaced at " + places + " places";
  }

  private static String tooLarge(String text, Context context) {
    return "document too large (" + text.length() + " chars > " + context.maxDocumentChars() + ")";
  }

  /** Longest reason kept: parser messages may quote long stretches of input. */
  private static final int MAX_REASON_CHARS = 300;

  /** Reasons go into JSON, CSV and HTML reports: one line, no control characters, bounded. */
  static String cleanReason(String reason) {
    StringBuilder clean = new StringBuilder(Math.min(reason.length(), MAX_REASON_CHARS + 1));
    for (int i = 0; i < reason.length() && clean.length() < MAX_REASON_CHARS; i++) {
      char c = reason.charAt(i);
      clean.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (clean.length() < reason.length()) {
      clean.append('…');
    }
    return clean.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
