package crosscheck.report;

import static crosscheck.report.ReportFixtures.accepted;
import static crosscheck.report.ReportFixtures.manifest;
import static crosscheck.report.ReportFixtures.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.model.ManifestEntry;
import crosscheck.model.SkippedInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

  @TempDir Path dir;

  @Test
  void documentsAreSortedByDocThenPathThenLine() {
    ManifestEntry second = accepted("b", "tide", "B", List.of("en"));
    ManifestEntry first = accepted("a", "tide", "A", List.of("en"));
    ManifestEntry rowTwo = withLine(accepted("c", "tide", "C2", List.of("en")), 2);
    ManifestEntry rowOne = withLine(accepted("c", "tide", "C1", List.of("en")), 1);

    Manifest manifest = manifest(List.of(second, rowTwo, first, rowOne));

    assertEquals(
        List.of("A", "B", "C1", "C2"),
        manifest.documents().stream().map(e -> e.meta().title()).toList());
  }

  @Test
  void writesContractFieldsInOrderWithSchema() throws Exception {
    Manifest manifest =
        manifest(
            List.of(
                accepted("a", "tide", "A", List.of("en", "es")),
                accepted("b", "gull", "B", List.of("en")),
                rejected("c", "not UTF-8 text")));
    Path file = dir.resolve("manifest.json");

    manifest.write(file);

    JsonNode json = Json.mapper().readTree(file.toFile());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        List.of(
            "schema",
            "job",
            "resolvedInputs",
            "runId",
            "startedAt",
            "finishedAt",
            "sparkMaster",
            "sparkVersion",
            "settings",
            "counts",
            "documents",
            "limits",
            "skipped",
            "languages"),
        fields);
    assertTrue(json.get("skipped").isArray() && json.get("skipped").isEmpty());
    assertEquals("crosscheck/1", json.get("schema").asText());
    assertEquals("{\"conflicts\":1,\"reuse\":1}", json.get("counts").toString());
    assertEquals(
        "{\"en\":2,\"es\":1}", json.get("languages").toString(), "accepted documents only");
    JsonNode rejected = json.get("documents").get(2);
    assertEquals("rejected", rejected.get("status").asText());
    assertEquals("not UTF-8 text", rejected.get("reason").asText());
    assertTrue(rejected.get("languages").isArray() && rejected.get("languages").isEmpty());
    for (String field : List.of("outlet", "title", "url", "published", "author")) {
      assertTrue(rejected.get(field).isNull(), "unknown " + field + " is null, never invented");
    }
    assertTrue(
        rejected.get("meta") == null, "metadata fields are flat, as the contract lists them");
    assertTrue(Files.readString(file).endsWith("}\n"));
  }

  @Test
  void skippedPathsAreSortedAndCounted() throws Exception {
    Manifest manifest =
        manifest(List.of(accepted("a", "tide", "A", List.of("en"))))
            .withSkipped(
                List.of(
                    new SkippedInput("file:/in/reports/run-2", "report folder"),
                    new SkippedInput("file:/in/.crosscheck.lock", "lock file")));
    Path file = dir.resolve("manifest.json");
    manifest.write(file);

    JsonNode json = Json.mapper().readTree(file.toFile());
    assertEquals(2, json.at("/counts/skipped").asInt());
    assertEquals(1, json.at("/counts/reuse").asInt(), "the other counts stay");
    assertEquals("file:/in/.crosscheck.lock", json.at("/skipped/0/path").asText());
    assertEquals("lock file", json.at("/skipped/0/reason").asText());
    assertEquals("file:/in/reports/run-2", json.at("/skipped/1/path").asText());
    assertEquals(manifest.skipped(), Json.read(file, Manifest.class).skipped());
  }

  @Test
  void readsBackWhatItWrote() throws Exception {
    Manifest manifest = manifest(List.of(accepted("a", "tide", "A", List.of("en"))));
    Path file = dir.resolve("manifest.json");
    manifest.write(file);

    Manifest read = Json.read(file, Manifest.class);

    assertEquals(manifest.documents(), read.documents());
    assertEquals(Map.of("minScore", 0.8), read.settings());
    assertEquals(manifest.runId(), read.runId());
  }

  private static ManifestEntry withLine(ManifestEntry e, int line) {
    return ManifestEntry.of(
        e.doc(),
        e.path(),
        e.format(),
        line,
        e.status(),
        e.reason(),
        e.bytes(),
        e.sha256(),
        e.languages(),
        e.meta(),
        e.paragraphs(),
        e.sentences(),
        e.keptSentences(),
        e.dropped(),
        e.warnings());
  }
}
