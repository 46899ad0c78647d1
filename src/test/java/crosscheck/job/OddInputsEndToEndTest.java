package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.SparkTestSession;
import crosscheck.report.ReportFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Odd file names and file kinds beside ordinary articles, through the command line: a named pipe, a
 * symbolic-link cycle, {@code x[1].parquet} beside another Parquet file with the same columns,
 * {@code 10:30 update.txt}, a text with a byte-order mark, a report folder with its lock file and a
 * temporary report folder inside the input (written by the job itself), and two input folders
 * holding the same file name. The run exits 0, every file is accounted for (a document, accepted or
 * rejected with its reason, or a skipped path with its reason), and the ordinary documents get
 * their normal findings.
 */
class OddInputsEndToEndTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String BRIDGE =
      "The city council voted on Monday to close the old bridge over the river for eighteen"
          + " months of repairs, after engineers found cracks in two of its steel supports."
          + " Traffic will be sent over the northern ring road while the work goes on.\n\n";
  static final String COST =
      "The mayor said the repairs would cost 42 million euros and that the bridge would reopen"
          + " in the spring of next year. Shop owners near the bridge asked for help, saying that"
          + " fewer people would pass their doors while it stays closed.\n\n";
  static final String SOURCE =
      BRIDGE
          + COST
          + "Engineers first noticed the cracks during a routine inspection in March, the"
          + " council said in a statement.\n";
  static final String UPDATE =
      "Update at 10:30: council confirms the closure.\n\n"
          + COST
          + "Buses will run every ten minutes on the detour, the transport office added.\n";
  static final String BOM_TEXT =
      "Regional news in brief.\n\n"
          + BRIDGE
          + "A public meeting on the detour is planned for next week at the town hall.\n";

  @TempDir static Path root;
  static Path in;
  static Path report;
  static String stderr;
  static JsonNode manifest;
  static Map<String, JsonNode> byDoc = new TreeMap<>();
  static List<JsonNode> reuse = new ArrayList<>();
  static long seconds;

  @BeforeAll
  static void runOnOddInputs() throws Exception {
    SparkSession spark = SparkTestSession.get();
    in = Files.createDirectories(root.resolve("in"));
    Files.writeString(in.resolve("source.txt"), SOURCE);
    Files.writeString(in.resolve("10:30 update.txt"), UPDATE);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(in.resolve("bom.txt"), concat(bom, BOM_TEXT.getBytes(StandardCharsets.UTF_8)));
    Files.writeString(
        in.resolve("es.txt"),
        "El ayuntamiento aprobó el lunes un nuevo plan de transporte para el centro de la"
            + " ciudad, con más autobuses y carriles para bicicletas.\n");
    mkfifo(in.resolve("pipe.txt"));
    Files.createSymbolicLink(in.resolve("loop"), Path.of("."));
    writeParquet(spark, in.resolve("x[1].parquet"), "px", 2);
    writeParquet(spark, in.resolve("feed.parquet"), "pf", 3);

    // A report folder and its lock file inside the input, as the job writes them, and the
    // temporary folder of a report being written.
    Path seedIn = Files.createDirectories(root.resolve("seed-in"));
    Files.writeString(seedIn.resolve("one.txt"), SOURCE);
    run(job("seed", List.of(seedIn)), in.resolve("reports/first"));
    assertTrue(Files.exists(in.resolve("reports/first/_SUCCESS")));
    ReportFolder.open(in.resolve("reports/second")); // left open: a run still writing

    // Two input folders, one a day, with the same file names.
    for (String day : List.of("day1", "day2")) {
      Path d = Files.createDirectories(root.resolve(day));
      Files.writeString(
          d.resolve("story.txt"),
          "Story of "
              + day
              + ": the ferry left the harbour at noon with two hundred passengers.\n");
    }

    report = root.resolve("out/run");
    long start = System.nanoTime();
    stderr = run(job("odd", List.of(in, root.resolve("day1"), root.resolve("day2"))), report);
    seconds = (System.nanoTime() - start) / 1_000_000_000L;
    System.out.println("Odd inputs: the run took " + seconds + " s");
    manifest = JSON.readTree(report.resolve("manifest.json").toFile());
    for (JsonNode d : manifest.get("documents")) byDoc.put(d.get("doc").asText(), d);
    for (String line : Files.readAllLines(report.resolve("reuse.jsonl"))) {
      reuse.add(JSON.readTree(line));
    }
  }

  static Path job(String name, List<Path> inputs) throws Exception {
    StringBuilder yaml = new StringBuilder("name: " + name + "\ninputs:\n");
    for (Path p : inputs) yaml.append("  - \"").append(p).append("\"\n");
    yaml.append("output: ").append(root.resolve("out-" + name)).append('\n');
    Path job = root.resolve(name + ".yaml");
    Files.writeString(job, yaml.toString());
    return job;
  }

  static String run(Path job, Path out) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"run", job.toString(), "--out", out.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, text);
    return text;
  }

  static void writeParquet(SparkSession spark, Path file, String prefix, int rows)
      throws Exception {
    StructType schema =
        new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    List<Row> list = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      list.add(
          RowFactory.create(
              prefix + "-" + i, "Row " + i + " of " + prefix + ": the tram line opens in May."));
    }
    Path dir = root.resolve("parquet-" + prefix);
    spark.createDataFrame(list, schema).coalesce(1).write().parquet(dir.toString());
    try (Stream<Path> files = Files.list(dir)) {
      Files.copy(
          files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(), file);
    }
  }

  static void mkfifo(Path path) throws Exception {
    assertEquals(0, new ProcessBuilder("mkfifo", path.toString()).start().waitFor());
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static String uri(Path p) {
    return "file:" + p.toAbsolutePath();
  }

  private static JsonNode doc(String id) {
    JsonNode d = byDoc.get(id);
    assertNotNull(d, "no manifest entry " + id + " among " + byDoc.keySet());
    return d;
  }

  @Test
  void everyFileIsADocumentOrASkippedPath() {
    Map<String, String> byPath = new TreeMap<>();
    for (JsonNode d : manifest.get("documents")) {
      byPath.merge(d.get("path").asText(), d.get("status").asText(), (a, b) -> a + "," + b);
    }
    Map<String, String> expected = new TreeMap<>();
    for (String f : List.of("source.txt", "10:30 update.txt", "bom.txt", "es.txt")) {
      expected.put(uri(in.resolve(f)), "accepted");
    }
    expected.put(uri(in.resolve("pipe.txt")), "rejected");
    expected.put(uri(in.resolve("x[1].parquet")), "accepted,accepted");
    expected.put(uri(in.resolve("feed.parquet")), "accepted,accepted,accepted");
    expected.put(uri(root.resolve("day1/story.txt")), "accepted");
    expected.put(uri(root.resolve("day2/story.txt")), "accepted");
    assertEquals(expected, byPath, "one entry per file or record, nothing read twice");

    Map<String, String> skipped = new TreeMap<>();
    for (JsonNode s : manifest.get("skipped")) {
      skipped.put(s.get("path").asText(), s.get("reason").asText());
    }
    String temporary;
    try (Stream<Path> reports = Files.list(in.resolve("reports"))) {
      temporary =
          uri(
              reports
                  .filter(p -> p.getFileName().toString().startsWith(".second.tmp-"))
                  .findFirst()
                  .orElseThrow());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(
        List.of(
            uri(in.resolve("loop")),
            uri(in.resolve("reports/.crosscheck.lock")),
            temporary,
            uri(in.resolve("reports/first"))),
        List.copyOf(skipped.keySet()));
    assertTrue(skipped.get(uri(in.resolve("loop"))).startsWith("folder already read"));
    assertTrue(skipped.get(uri(in.resolve("reports/first"))).startsWith("report folder"));
    assertTrue(skipped.get(temporary).startsWith("temporary folder"));
    assertTrue(skipped.get(uri(in.resolve("reports/.crosscheck.lock"))).startsWith("lock file"));
    assertEquals(4, manifest.at("/counts/skipped").asInt());
    assertFalse(
        stderr.contains("\tat ") || stderr.contains("Exception"), "no stack trace:\n" + stderr);
  }

  @Test
  void oddNamesAndKindsGetTheirIdsAndReasons() {
    assertEquals("rejected", doc("pipe").get("status").asText());
    assertEquals("not a regular file (a named pipe): not read", doc("pipe").get("reason").asText());
    assertEquals("fifo", doc("pipe").get("format").asText());
    for (String id : List.of("source", "10:30 update", "bom", "es", "px-1", "px-2", "pf-3")) {
      assertEquals("accepted", doc(id).get("status").asText(), id);
    }
    assertEquals(2, doc("px-2").get("line").asInt(), "Parquet rows carry their row number");
    assertEquals("day1/story", doc("day1/story").get("doc").asText());
    assertTrue(doc("day2/story").get("warnings").isEmpty(), "not a duplicate of day1");
  }

  private static JsonNode finding(String docA, String docB) {
    for (JsonNode f : reuse) {
      String a = f.at("/a/doc").asText();
      String b = f.at("/b/doc").asText();
      if ((a.equals(docA) && b.equals(docB)) || (a.equals(docB) && b.equals(docA))) return f;
    }
    throw new AssertionError("no reuse between " + docA + " and " + docB + ": " + reuse);
  }

  @Test
  void ordinaryDocumentsGetTheirNormalFindings() {
    JsonNode update = finding("source", "10:30 update");
    assertTrue(update.at("/a/text").asText().contains("42 million euros"), update.toString());
    finding("source", "bom");
  }

  @Test
  void offsetsInATextWithAByteOrderMarkCountFromTheCharacterAfterIt() {
    JsonNode f = finding("source", "bom");
    JsonNode side = f.at("/a/doc").asText().equals("bom") ? f.get("a") : f.get("b");
    int start = side.get("start").asInt();
    int end = side.get("end").asInt();
    assertEquals(BOM_TEXT.substring(start, end), side.get("text").asText());
    assertTrue(BOM_TEXT.indexOf(BRIDGE.substring(0, 30)) <= start, side.toString());
  }
}
