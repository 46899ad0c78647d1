package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.SparkTestSession;
import crosscheck.ingest.TextDecoder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records fuzzed the way feeds go wrong, in JSON Lines, CSV and Parquet, through the command line:
 * null, missing, blank and non-string ids and texts, rows shorter than their header, numbers where
 * strings are expected, and one id given by two files. The run exits 0 and every record is in the
 * manifest, at its file and line, accepted or rejected with the reason its format gives.
 */
class RecordFormatsEndToEndTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final int RECORDS_PER_FILE = 60;

  /** What the manifest must say of one record. */
  record Expected(String path, int line, String doc, String reason) {}

  @TempDir static Path root;
  static int numbers = 10_000;
  static final List<Expected> EXPECTED = new ArrayList<>();
  static final Map<String, JsonNode> BY_RECORD = new TreeMap<>();
  static String stderr;
  static int manifestEntries;

  @BeforeAll
  static void runOnFuzzedRecords() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path in = Files.createDirectories(root.resolve("in"));
    Random random = new Random(20250112L);
    for (int f = 0; f < 2; f++) csv(in.resolve("a-feed-" + f + ".csv"), random);
    for (int f = 0; f < 2; f++) jsonLines(in.resolve("b-feed-" + f + ".jsonl"), random);
    parquet(spark, in.resolve("c-feed.parquet"), random);
    // One id in two files: the later file's record is the duplicate.
    Files.writeString(
        in.resolve("d-dup.csv"), "id,text\nshared-1,First copy: " + words(random) + "\n");
    Files.writeString(
        in.resolve("e-dup.jsonl"),
        "{\"id\":\"shared-1\",\"text\":\"Second copy: " + words(random) + "\"}\n");
    EXPECTED.add(new Expected(uri(in.resolve("d-dup.csv")), 1, "shared-1", null));
    EXPECTED.add(
        new Expected(
            uri(in.resolve("e-dup.jsonl")),
            1,
            "shared-1",
            "duplicate document id (first in " + uri(in.resolve("d-dup.csv")) + ")"));

    Path job = root.resolve("records.yaml");
    Files.writeString(
        job, "name: records\ninputs: [\"" + in + "\"]\noutput: " + root.resolve("out") + "\n");
    Path report = root.resolve("out/run");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"run", job.toString(), "--out", report.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, stderr);
    JsonNode manifest = JSON.readTree(report.resolve("manifest.json").toFile());
    for (JsonNode d : manifest.get("documents")) {
      manifestEntries++;
      JsonNode before = BY_RECORD.put(d.get("path").asText() + "#" + d.get("line").asInt(), d);
      assertEquals(null, before, "one entry per record: " + d);
    }
  }

  static String uri(Path p) {
    return "file:" + p.toAbsolutePath();
  }

  private static final String[] WORDS = {
    "harbour",
    "council",
    "ferry",
    "budget",
    "river",
    "bridge",
    "tram",
    "school",
    "vote",
    "storm",
    "puerto",
    "ayuntamiento",
    "presupuesto",
    "tormenta",
    "escuela",
    "puente",
    "votación",
    "tranvía"
  };

  /** A short text of its own, so that records do not all look alike to the later stages. */
  static String words(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      s.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(1000)).append(' ');
    }
    return s.append("end.").toString();
  }

  static String base(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** CSV: blank or absent id and text cells, rows shorter than the header, numbers as text. */
  static void csv(Path file, Random random) throws Exception {
    boolean idFirst = random.nextBoolean();
    StringBuilder out = new StringBuilder(idFirst ? "id,text,outlet\r\n" : "text,id\r\n");
    for (int row = 1; row <= RECORDS_PER_FILE; row++) {
      String id =
          switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "   ";
            case 2 -> null; // the row ends before this cell
            case 3 -> String.valueOf(++numbers); // a number is an id like any other
            default -> base(file) + "-" + row;
          };
      String text =
          switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> " \t ";
            case 2 -> null;
            case 3 -> String.valueOf(random.nextInt(100_000)); // a number is a (short) text
            default -> words(random) + (random.nextBoolean() ? ", with a comma" : "\nand a break");
          };
      String first = idFirst ? id : text;
      String second = idFirst ? text : id;
      String idCell;
      String textCell;
      if (first == null) {
        // An absent first cell: the row is two empty cells (an empty line is layout, not a row).
        out.append(",\r\n");
        idCell = "";
        textCell = "";
      } else {
        // A row shorter than its header: the second cell is absent.
        out.append(quote(first)).append(second == null ? "" : "," + quote(second)).append("\r\n");
        idCell = id;
        textCell = text;
      }
      boolean hasId = idCell != null && !TextDecoder.isBlank(idCell);
      String reason =
          !hasId
              ? "row " + row + ": empty id"
              : textCell == null || TextDecoder.isBlank(textCell)
                  ? "row " + row + ": empty text"
                  : null;
      EXPECTED.add(
          new Expected(uri(file), row, hasId ? idCell.strip() : base(file) + "#L" + row, reason));
    }
    Files.writeString(file, out.toString());
  }

  static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  /** JSON Lines: ids and texts absent, null, blank, numbers, true/false, objects and arrays. */
  static void jsonLines(Path file, Random random) throws Exception {
    String[] badIds = {null, "null", "true", "{\"a\":1}", "[\"x\"]", "\"\"", "\"  \""};
    String[] badTexts = {null, "null", "42", "false", "{\"t\":\"x\"}", "[]", "\"\"", "\" \\n \""};
    StringBuilder out = new StringBuilder();
    int number = 50_000 * (1 + random.nextInt(9));
    for (int line = 1; line <= RECORDS_PER_FILE; line++) {
      String id =
          random.nextInt(3) == 0
              ? badIds[random.nextInt(badIds.length)]
              : random.nextBoolean()
                  ? String.valueOf(number + line)
                  : "\"" + base(file) + "-" + line + "\"";
      String text =
          random.nextInt(3) == 0
              ? badTexts[random.nextInt(badTexts.length)]
              : "\"" + words(random) + "\"";
      List<String> fields = new ArrayList<>();
      if (id != null) fields.add("\"id\":" + id);
      if (text != null) fields.add("\"text\":" + text);
      if (random.nextBoolean()) fields.add("\"outlet\":" + (random.nextBoolean() ? "7" : "null"));
      out.append('{').append(String.join(",", fields)).append("}\n");

      String problem = null;
      if (id == null || id.equals("null")) problem = "missing field id";
      else if (!id.startsWith("\"") && !Character.isDigit(id.charAt(0)))
        problem = "field id is not a string or number";
      else if (text == null || text.equals("null")) problem = "missing field text";
      else if (!text.startsWith("\"")) problem = "field text is not a string";
      String idValue =
          id == null || problem != null && problem.contains("field id") ? null : unquote(id);
      boolean hasId = idValue != null && !TextDecoder.isBlank(idValue);
      String reason =
          problem != null
              ? problem
              : !hasId ? "empty id" : TextDecoder.isBlank(unquote(text)) ? "empty text" : null;
      EXPECTED.add(
          new Expected(
              uri(file),
              line,
              hasId ? idValue.strip() : base(file) + "#L" + line,
              reason == null ? null : "line " + line + ": " + reason));
    }
    Files.writeString(file, out.toString());
  }

  static String unquote(String json) {
    try {
      return JSON.readTree(json).asText();
    } catch (Exception e) {
      throw new IllegalStateException(json, e);
    }
  }

  /** Parquet: null and blank ids and texts in string columns. */
  static void parquet(SparkSession spark, Path file, Random random) throws Exception {
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published", DataTypes.StringType);
    String[] ids = {null, "", " \u00A0"};
    String[] texts = {null, "", "\n\n"};
    List<Row> rows = new ArrayList<>();
    for (int row = 1; row <= RECORDS_PER_FILE; row++) {
      String id = random.nextInt(3) == 0 ? ids[random.nextInt(ids.length)] : "pq-" + row;
      String text = random.nextInt(3) == 0 ? texts[random.nextInt(texts.length)] : words(random);
      rows.add(RowFactory.create(id, text, random.nextBoolean() ? null : ""));
      boolean hasId = id != null && !TextDecoder.isBlank(id);
      String reason =
          id == null
              ? "missing id"
              : !hasId
                  ? "empty id"
                  : text == null ? "missing text" : TextDecoder.isBlank(text) ? "empty text" : null;
      EXPECTED.add(
          new Expected(
              uri(file),
              row,
              hasId ? id : base(file) + "#L" + row,
              reason == null ? null : "row " + row + ": " + reason));
    }
    Path dir = root.resolve("parquet-out");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(dir.toString());
    try (Stream<Path> files = Files.list(dir)) {
      Files.copy(
          files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(), file);
    }
  }

  @Test
  void everyRecordIsInTheManifestWithTheReasonOfItsFormat() {
    assertEquals(EXPECTED.size(), manifestEntries, "one manifest entry per record, no more");
    int rejected = 0;
    for (Expected e : EXPECTED) {
      JsonNode d = BY_RECORD.get(e.path() + "#" + e.line());
      assertNotNull(d, "no manifest entry for " + e);
      assertEquals(e.doc(), d.get("doc").asText(), e + " -> " + d);
      assertEquals(
          e.reason() == null ? "accepted" : "rejected", d.get("status").asText(), e + " -> " + d);
      if (e.reason() != null) {
        rejected++;
        assertEquals(e.reason(), d.get("reason").asText(), e.toString());
      }
    }
    System.out.println(
        "Record fuzz: " + EXPECTED.size() + " records, " + rejected + " rejected with a reason");
    assertTrue(rejected > 60 && rejected < EXPECTED.size() - 60, "both outcomes: " + rejected);
    assertFalse(
        stderr.contains("\tat ") || stderr.contains("Exception"), "no stack trace:\n" + stderr);
  }
}
