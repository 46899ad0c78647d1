package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import crosscheck.SparkTestSession;
import crosscheck.config.IngestConfig;
import crosscheck.model.InputFile;
import crosscheck.model.SourceDocument;
import crosscheck.spark.Stages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
 * Random bytes and mutated valid Parquet files through the path the job takes for {@code .parquet}
 * inputs (list, then {@link IngestStage#apply}, read on the executors): nothing escapes but the
 * documented missing-column error (exit 2), and every file is accounted for, with accepted
 * documents or a rejection with a reason, while the good files beside the broken ones (one with a
 * string id, one with an integer id) are still read, and a file without rows is rejected. Then rows
 * with null, blank and mistyped ids and texts, in files named like globs ({@code x[1].parquet}) and
 * URIs ({@code 10:30 feed.parquet}) beside plain ones: each row is one document at its row number,
 * accepted or rejected with the reason the other record formats give.
 */
class ParquetInputFuzzTest {
  private static final int CASES = 240;

  @TempDir static Path tmp;

  /** Valid files Spark wrote, as bytes: the seeds of the mutations. */
  static final List<byte[]> TEMPLATES = new ArrayList<>();

  @BeforeAll
  static void writeValidParquetFiles() throws IOException {
    SparkSession spark = SparkTestSession.get();
    List<Row> rows =
        List.of(
            RowFactory.create(
                "p1",
                "The council approved the budget on Monday after a long debate.",
                "Gazette",
                "Budget"),
            RowFactory.create(
                "p2",
                "Rain is expected across the north tomorrow, forecasters said.",
                "Courier",
                null),
            RowFactory.create(
                "p3",
                "The council approved the budget on Monday after a long debate.",
                null,
                "Copy"));
    TEMPLATES.add(write(spark.createDataFrame(rows, STRINGS), "snappy", "strings"));
    List<Row> more = new ArrayList<>();
    for (long i = 0; i < 40; i++) {
      more.add(
          RowFactory.create(
              1000 + i,
              "Item " + (i % 4) + ": the port reopened.",
              i % 2 == 0 ? "2024-05-01" : null));
    }
    // Uncompressed and dictionary-encoded, with an integer id: other page kinds to damage.
    TEMPLATES.add(write(spark.createDataFrame(more, NUMBERED), "uncompressed", "numbered"));
    TEMPLATES.add(write(spark.createDataFrame(rows, STRINGS), "gzip", "gzip"));
  }

  static final StructType STRINGS =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("outlet", DataTypes.StringType)
          .add("title", DataTypes.StringType);
  static final StructType NUMBERED =
      new StructType()
          .add("id", DataTypes.LongType)
          .add("text", DataTypes.StringType)
          .add("published", DataTypes.StringType);

  private static byte[] write(org.apache.spark.sql.Dataset<Row> rows, String codec, String name)
      throws IOException {
    Path dir = tmp.resolve("templates/" + name);
    rows.coalesce(1).write().option("compression", codec).parquet(dir.toString());
    try (Stream<Path> files = Files.list(dir)) {
      Path part =
          files
              .filter(p -> p.getFileName().toString().endsWith(".parquet"))
              .findFirst()
              .orElseThrow();
      return Files.readAllBytes(part);
    }
  }

  @Test
  void randomAndMutatedParquetFilesAreAlwaysAccountedFor() throws IOException {
    Random random = new Random(20240517L);
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int n = 0; n < CASES; n++) {
      Files.write(
          in.resolve(String.format("case-%03d.parquet", n)),
          n % 4 == 0 ? randomBytes(random) : mutated(random));
    }
    // Good files beside the broken ones, with ids of their own: one per id type, and a text file.
    SparkSession spark = SparkTestSession.get();
    // Spark names files URL-encoded: a name with a space, a percent sign and an accent checks that
    // every row of a file carries the path the lister gave it.
    Files.write(
        in.resolve("good 100% é.parquet"),
        write(
            spark.createDataFrame(
                List.of(
                    RowFactory.create(
                        "good-1", "A valid Parquet row beside the damaged files.", "Herald", null)),
                STRINGS),
            "snappy",
            "good"));
    Files.write(
        in.resolve("good-numbered.parquet"),
        write(
            spark.createDataFrame(
                List.of(RowFactory.create(77L, "Another valid row, whose id is a number.", null)),
                NUMBERED),
            "snappy",
            "good-numbered"));
    Files.writeString(
        in.resolve("plain.txt"), "A plain text article beside the broken Parquet files.\n");
    // A valid file without rows is still accounted for.
    Files.write(
        in.resolve("no-rows.parquet"),
        write(spark.createDataFrame(List.of(), STRINGS), "snappy", "no-rows"));

    List<InputFile> files =
        new ArrayList<>(
            InputLister.list(List.of(in.toString()), spark.sparkContext().hadoopConfiguration()));
    assertEquals(CASES + 4, files.size());
    IngestStage ingest = new IngestStage(IngestConfig.DEFAULTS);
    List<String> missingColumn = new ArrayList<>();
    List<SourceDocument> docs = null;
    while (docs == null) {
      try {
        docs = Stages.collect(ingest.apply(spark, files), SourceDocument.class);
      } catch (MissingColumnException e) {
        // The one documented escape (exit 2, naming the file): set the file aside, go on with the
        // rest.
        assertTrue(
            files.removeIf(f -> f.path().equals(e.path())), "names an input: " + e.getMessage());
        missingColumn.add(e.path());
      } catch (Exception e) {
        fail("the ingest of " + files.size() + " files threw " + e, e);
      }
    }

    Map<String, List<SourceDocument>> byPath =
        docs.stream()
            .collect(
                Collectors.groupingBy(SourceDocument::path, TreeMap::new, Collectors.toList()));
    int readable = 0;
    int unreadable = 0;
    int damaged = 0;
    for (InputFile f : files) {
      List<SourceDocument> own = byPath.remove(f.path());
      assertNotNull(own, f.relative() + " is not accounted for");
      for (SourceDocument d : own) {
        String where = f.relative() + ": " + d;
        assertNotNull(d.doc(), where);
        assertEquals(f.format(), d.format(), where);
        assertNotNull(d.warnings(), where);
        if (d.accepted()) {
          assertNull(d.reason(), where);
          assertNotNull(d.text(), where);
          assertFalse(d.text().isBlank(), where);
        } else {
          assertEquals(SourceDocument.REJECTED, d.status(), where);
          assertNotNull(d.reason(), where);
          assertFalse(d.reason().isBlank(), where);
          assertNull(d.text(), where);
        }
      }
      boolean whole =
          own.stream()
              .anyMatch(
                  d -> d.reason() != null && d.reason().startsWith("not a readable Parquet file"));
      if (whole) {
        // A file that cannot be read is one rejected document: none of its rows slip through.
        assertEquals(1, own.size(), f.relative() + ": " + own);
        unreadable++;
        if (own.get(0).reason().contains("damaged data")) damaged++;
      } else {
        readable++;
      }
    }
    assertTrue(
        byPath.isEmpty(),
        "documents of no listed file (a path written another way?): " + byPath.keySet());

    for (String good : List.of("good-1", "77", "plain")) {
      List<SourceDocument> found = docs.stream().filter(d -> d.doc().equals(good)).toList();
      assertEquals(1, found.size(), good + ": " + found);
      assertTrue(
          found.get(0).accepted(), good + " beside the damaged files is read: " + found.get(0));
    }
    List<SourceDocument> noRows =
        docs.stream().filter(d -> d.path().endsWith("/no-rows.parquet")).toList();
    assertEquals(1, noRows.size(), noRows.toString());
    assertEquals("empty document (a Parquet file without rows)", noRows.get(0).reason());
    // Not vacuous: the seeded cases reach every outcome (footer unreadable, pages damaged, still
    // readable).
    System.out.println(
        "Parquet fuzz: "
            + files.size()
            + " files, "
            + readable
            + " readable, "
            + unreadable
            + " rejected whole ("
            + damaged
            + " with damaged pages), "
            + missingColumn.size()
            + " without id or text");
    assertTrue(readable >= 30, "readable files: " + readable);
    assertTrue(
        unreadable - damaged >= 30, "files with an unreadable footer: " + (unreadable - damaged));
    assertTrue(damaged >= 5, "files with a readable footer and damaged pages: " + damaged);
  }

  /** Ids and texts a feed may really hold: absent, blank in every way, padded, fine. */
  private static final String[] ODD_IDS = {null, "", "   ", "\u00A0\u200B", "\t\n"};

  private static final String[] ODD_TEXTS = {null, "", " \n\t ", "\u2003\uFEFF"};

  /** What the job must make of one generated row. */
  private record Expected(String path, int row, String doc, String reason) {}

  @Test
  void nullBlankAndNonStringFieldsAreRejectedRowByRowWithTheirRowNumbers() throws IOException {
    SparkSession spark = SparkTestSession.get();
    Random random = new Random(20250112L);
    Path in = Files.createDirectories(tmp.resolve("fields"));
    long maxChars = 200;
    List<Expected> expected = new ArrayList<>();
    // Names Spark would take for a glob, or Hadoop for a URI scheme, beside plain ones: each file
    // keeps its own rows.
    List<String> names = List.of("x[1]", "10:30 feed", "feed-{a,b}", "plain", "x1");
    for (String name : names) {
      List<Row> rows = new ArrayList<>();
      int n = 20 + random.nextInt(30);
      for (int r = 1; r <= n; r++) {
        String id = random.nextInt(3) == 0 ? pick(random, ODD_IDS) : name + "-" + r;
        if (id != null && random.nextInt(6) == 0) id = "  " + id + "\t"; // padding is stripped
        String text =
            random.nextInt(3) == 0
                ? pick(random, ODD_TEXTS)
                : random.nextInt(8) == 0
                    ? "long ".repeat(60)
                    : "Row " + r + " of " + name + ": the ferry\u0000 left at noon.";
        rows.add(RowFactory.create(id, text, random.nextBoolean() ? null : " ", null));
        expected.add(expect(name + ".parquet", r, id, text, maxChars));
      }
      Files.write(
          in.resolve(name + ".parquet"),
          write(spark.createDataFrame(rows, STRINGS), "snappy", "fields-" + expected.size()));
    }
    // Numbers where strings are expected: a number id is an id, a number text is not a text, a
    // true/false id is not an id; a null number id is a missing id.
    StructType numberText =
        new StructType().add("id", DataTypes.StringType).add("text", DataTypes.IntegerType);
    StructType booleanId =
        new StructType().add("id", DataTypes.BooleanType).add("text", DataTypes.StringType);
    Files.write(
        in.resolve("number-text.parquet"),
        write(
            spark.createDataFrame(
                List.of(RowFactory.create("nt-1", 42), RowFactory.create("nt-2", null)),
                numberText),
            "snappy",
            "number-text"));
    expected.add(
        new Expected("number-text.parquet", 1, "nt-1", "row 1: column text is int, not a string"));
    expected.add(
        new Expected("number-text.parquet", 2, "nt-2", "row 2: column text is int, not a string"));
    Files.write(
        in.resolve("boolean-id.parquet"),
        write(
            spark.createDataFrame(List.of(RowFactory.create(true, "A text.")), booleanId),
            "snappy",
            "boolean-id"));
    expected.add(
        new Expected(
            "boolean-id.parquet",
            1,
            "boolean-id#L1",
            "row 1: column id is boolean, not a string or number"));
    Files.write(
        in.resolve("null-number-id.parquet"),
        write(
            spark.createDataFrame(
                List.of(
                    RowFactory.create(5L, "Five.", null), RowFactory.create(null, "No id.", null)),
                NUMBERED),
            "snappy",
            "null-number-id"));
    expected.add(new Expected("null-number-id.parquet", 1, "5", null));
    expected.add(
        new Expected("null-number-id.parquet", 2, "null-number-id#L2", "row 2: missing id"));

    List<InputFile> files =
        InputLister.list(List.of(in.toString()), spark.sparkContext().hadoopConfiguration());
    IngestStage ingest = new IngestStage(new IngestConfig(1L << 20, maxChars, "replace"));
    List<SourceDocument> docs = Stages.collect(ingest.apply(spark, files), SourceDocument.class);

    Map<String, SourceDocument> byRow = new TreeMap<>();
    for (SourceDocument d : docs) {
      String file = d.path().substring(d.path().lastIndexOf('/') + 1);
      assertNull(byRow.put(file + "#" + d.line(), d), "one document per row: " + d);
    }
    assertEquals(expected.size(), docs.size(), "every row of every file is accounted for");
    int rejected = 0;
    for (Expected e : expected) {
      SourceDocument d = byRow.get(e.path() + "#" + e.row());
      assertNotNull(d, "no document for " + e);
      assertEquals(e.doc(), d.doc(), e.toString());
      assertEquals(e.reason(), d.reason(), e.toString());
      assertEquals(e.reason() == null, d.accepted(), e.toString());
      if (d.accepted()) {
        assertFalse(d.text().contains("\u0000"), "NULs are replaced: " + d);
        assertEquals(d.text().contains("\uFFFD"), !d.warnings().isEmpty(), d.toString());
      } else {
        rejected++;
        assertNull(d.text(), d.toString());
      }
    }
    System.out.println(
        "Parquet fields fuzz: " + expected.size() + " rows, " + rejected + " rejected");
    assertTrue(rejected >= 40 && rejected < expected.size() - 40, "both outcomes: " + rejected);
  }

  private static Expected expect(String path, int row, String id, String text, long maxChars) {
    String base = path.substring(0, path.length() - ".parquet".length());
    boolean hasId = id != null && !TextDecoder.isBlank(id);
    String doc = hasId ? id.strip() : base + "#L" + row;
    String why;
    if (id == null) why = "missing id";
    else if (!hasId) why = "empty id";
    else if (text == null) why = "missing text";
    else if (TextDecoder.isBlank(text)) why = "empty text";
    else if (text.length() > maxChars)
      why = "document too large (" + text.length() + " chars > " + maxChars + ")";
    else why = null;
    return new Expected(path, row, doc, why == null ? null : "row " + row + ": " + why);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(300)];
    random.nextBytes(bytes);
    if (random.nextBoolean() && bytes.length >= 12) {
      // Parquet's magic at both ends gets past the first check to the footer length and footer.
      byte[] magic = "PAR1".getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(magic, 0, bytes, 0, 4);
      System.arraycopy(magic, 0, bytes, bytes.length - 4, 4);
    }
    return bytes;
  }

  /** Bytes that stress Thrift varints, lengths and enums. */
  private static final byte[] SPICE = {
    0, 1, 2, 0x7F, (byte) 0x80, (byte) 0xFF, (byte) 0xFE, 0x15, 0x18, 0x1C, 0x0C
  };

  private static byte[] mutated(Random random) {
    byte[] bytes = TEMPLATES.get(random.nextInt(TEMPLATES.size())).clone();
    int footerLength = footerLength(bytes);
    int footerStart = bytes.length - 8 - footerLength;
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && bytes.length > 0; e++) {
      // A third of the edits hit the footer (schema, offsets, row counts), a third the pages.
      int at =
          switch (random.nextInt(3)) {
            case 0 -> footerStart + random.nextInt(Math.max(1, footerLength));
            case 1 -> 4 + random.nextInt(Math.max(1, footerStart - 4));
            default -> random.nextInt(bytes.length);
          };
      at = Math.max(0, Math.min(at, bytes.length - 1));
      // Truncation (which loses the footer) is one edit in ten: the other edits reach further.
      switch (random.nextInt(10)) {
        case 0, 1, 2 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
        case 3, 4 -> bytes[at] = SPICE[random.nextInt(SPICE.length)];
        case 5 -> bytes = Arrays.copyOf(bytes, at);
        case 6, 7 -> {
          int len = Math.min(bytes.length - at, 1 + random.nextInt(16));
          for (int i = 0; i < len; i++) bytes[at + i] = (byte) random.nextInt(256);
        }
        default -> {
          bytes = DocumentParserFuzzTest.inserted(bytes, at, SPICE[random.nextInt(SPICE.length)]);
        }
      }
    }
    return bytes;
  }

  private static int footerLength(byte[] parquet) {
    int n = parquet.length;
    return (parquet[n - 8] & 0xFF)
        | (parquet[n - 7] & 0xFF) << 8
        | (parquet[n - 6] & 0xFF) << 16
        | (parquet[n - 5] & 0xFF) << 24;
  }
}
