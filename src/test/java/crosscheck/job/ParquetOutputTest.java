package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.parquet: the findings also as Parquet tables, equal to the JSON Lines; and
 * report.max_text_chars: report.html carries only the cited texts that fit the budget.
 */
class ParquetOutputTest {
  @TempDir Path root;

  @Test
  void findingsAreWrittenAsParquetTablesEqualToTheJsonLines() throws Exception {
    String shared =
        "The council voted on Monday to spend 4.2 million dollars on a new flood barrier along the "
            + "river, after three winters in which the water reached the market square and closed the bridge.";
    Path corpus = Files.createDirectories(root.resolve("in"));
    Files.writeString(
        corpus.resolve("a.txt"),
        "River town votes for barrier\n\n" + shared + "\n\nShops welcomed it.\n");
    Files.writeString(
        corpus.resolve("b.txt"),
        "Flood plan approved\n\nResidents said: "
            + shared.replace("4.2", "4.5")
            + "\n\nWork starts in spring.\n");
    Path job = root.resolve("job.yaml");
    Files.writeString(
        job,
        "name: parquet-test\ninputs: ["
            + corpus
            + "]\noutput: "
            + root.resolve("out")
            + "\nreport:\n  parquet: true\n  max_text_chars: "
            + (shared.length() + 56)
            + "\n");
    Path out = root.resolve("out/run");
    SparkTestSession.get();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"run", job.toString(), "--out", out.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));

    List<String> jsonIds = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(out.resolve("reuse.jsonl")))
      jsonIds.add(json.readTree(line).get("id").asText());
    assertFalse(jsonIds.isEmpty(), "the shared passage is found");
    Dataset<Row> reuse =
        SparkTestSession.get().read().parquet(out.resolve("reuse.parquet").toUri().toString());
    List<String> parquetIds =
        reuse.select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(
        jsonIds.stream().sorted().toList(), parquetIds, "one row per finding, sorted by id");
    assertTrue(
        List.of(reuse.columns())
            .containsAll(List.of("kind", "score", "a", "b", "family", "edits")));
    assertEquals(
        jsonLineCount(out.resolve("conflicts.jsonl")),
        SparkTestSession.get()
            .read()
            .parquet(out.resolve("conflicts.parquet").toUri().toString())
            .count());
    assertTrue(Files.isDirectory(out.resolve("corroborations.parquet")));

    // Both documents are cited; the budget fits the shorter one, first by id, and not both.
    String html = Files.readString(out.resolve("report.html"));
    int open = html.indexOf('>', html.indexOf("id=\"crosscheck-texts\"")) + 1;
    var texts = json.readTree(html.substring(open, html.indexOf("</script>", open)));
    assertEquals(1, texts.size(), texts.toString());
    assertTrue(texts.fieldNames().next().startsWith("a"), texts.toString());
  }

  private static long jsonLineCount(Path file) throws Exception {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
  }
}
