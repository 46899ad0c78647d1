package crosscheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.SparkTestSession;
import crosscheck.config.IngestConfig;
import crosscheck.config.SegmentConfig;
import crosscheck.ingest.IngestStage;
import crosscheck.ingest.InputLister;
import crosscheck.model.SegmentedDocument;
import crosscheck.spark.Stages;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds as a folder of .txt files, as one JSON Lines file and as one CSV give the same
 * segments.
 */
class SegmentStageFormatsTest {
  @TempDir static Path tmp;
  static List<String> ids = new ArrayList<>();

  @BeforeAll
  static void writeTheSameDocumentsInThreeFormats() throws Exception {
    Path txt = Files.createDirectories(tmp.resolve("txt"));
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"));
        Writer jsonl = Files.newBufferedWriter(tmp.resolve("docs.jsonl"));
        CSVPrinter csv =
            new CSVPrinter(
                Files.newBufferedWriter(tmp.resolve("docs.csv")),
                CSVFormat.RFC4180.builder().setHeader("id", "text").get())) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = seed.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        ids.add(id);
        Files.writeString(txt.resolve(id + ".txt"), text);
        ObjectNode record = json.createObjectNode().put("id", id).put("text", text);
        jsonl.write(json.writeValueAsString(record) + "\n");
        csv.printRecord(id, text);
      }
    }
  }

  static List<SegmentedDocument> segments(String input) {
    SparkSession spark = SparkTestSession.get();
    IngestStage ingest = new IngestStage(IngestConfig.DEFAULTS);
    var files = InputLister.list(List.of(input), spark.sparkContext().hadoopConfiguration());
    var docs = new SegmentStage(SegmentConfig.DEFAULTS).apply(ingest.apply(spark, files));
    List<SegmentedDocument> out = new ArrayList<>(Stages.collect(docs, SegmentedDocument.class));
    out.sort(Comparator.comparing(SegmentedDocument::doc));
    return out;
  }

  @Test
  void txtJsonLinesAndCsvGiveIdenticalSegments() {
    List<SegmentedDocument> fromTxt = segments(tmp.resolve("txt").toString());
    assertEquals(ids, fromTxt.stream().map(SegmentedDocument::doc).toList());
    assertEquals(fromTxt, segments(tmp.resolve("docs.jsonl").toString()));
    assertEquals(fromTxt, segments(tmp.resolve("docs.csv").toString()));
  }

  @Test
  void parquetWithTheSameColumnsGivesIdenticalSegments() {
    Path parquet = tmp.resolve("parquet");
    SparkTestSession.get()
        .read()
        .json(tmp.resolve("docs.jsonl").toString())
        .coalesce(1)
        .write()
        .parquet(parquet.toString());
    assertEquals(segments(tmp.resolve("txt").toString()), segments(parquet + "/*.parquet"));
  }
}
