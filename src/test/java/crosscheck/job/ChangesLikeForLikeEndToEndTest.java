package crosscheck.job;

import static crosscheck.job.ChangesEndToEndTest.JSON;
import static crosscheck.job.ChangesEndToEndTest.LIBRARY;
import static crosscheck.job.ChangesEndToEndTest.SHELTERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * changes.json compares like with like: with {@code --out}, a sibling run of the same job made from
 * other inputs is never the previous run (its findings would all read as resolved), while one made
 * from the same inputs still is. Runs, each into its own folder beside the others: {@code coast-1}
 * on the coast corpus, {@code other} on another corpus, {@code coast-2} on the coast corpus again
 * (the inputs spelt another way), and {@code pinned} on the coast corpus with {@code --previous}
 * naming the other corpus's run.
 */
class ChangesLikeForLikeEndToEndTest {
  @TempDir static Path root;
  static Path coast;
  static Path otherCorpus;
  static Path coast1;
  static Path other;
  static Path coast2;
  static Path pinned;

  @BeforeAll
  static void runFourTimes() throws Exception {
    SparkTestSession.get();
    coast = Files.createDirectories(root.resolve("coast"));
    Files.writeString(
        coast.resolve("harbor.txt"),
        "Storm shelters open in Harborville\n\nCrews filled sandbags on Tuesday. "
            + SHELTERS
            + "\n");
    Files.writeString(
        coast.resolve("regional.txt"),
        "Shelters open along the coast\n\nOfficials gave details on Tuesday. " + SHELTERS + "\n");
    otherCorpus = Files.createDirectories(root.resolve("library"));
    Files.writeString(
        otherCorpus.resolve("library.txt"), "City library welcomes readers back\n\n" + LIBRARY);
    Files.writeString(
        otherCorpus.resolve("weekly.txt"),
        "Weekend notes from around town\n\nStaff had good news for visitors. " + LIBRARY);
    Path reports = root.resolve("reports");
    coast1 = reports.resolve("coast-1");
    other = reports.resolve("other");
    coast2 = reports.resolve("coast-2");
    pinned = reports.resolve("pinned");
    run("--input", coast.toString(), "--out", coast1.toString());
    run("--input", otherCorpus.toString(), "--out", other.toString());
    // The same folder as a file: URI with a trailing slash: the same inputs.
    run("--input", coast.toUri().toString(), "--out", coast2.toString());
    run("--input", coast.toString(), "--out", pinned.toString(), "--previous", other.toString());
  }

  static void run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 1];
    all[0] = "run";
    System.arraycopy(args, 0, all, 1, args.length);
    int code =
        Main.run(
            all,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
  }

  static JsonNode changes(Path dir) throws IOException {
    return JSON.readTree(dir.resolve("changes.json").toFile());
  }

  @Test
  void theManifestRecordsTheInputsAsAbsoluteUris() throws Exception {
    JsonNode manifest = JSON.readTree(coast1.resolve("manifest.json").toFile());
    assertEquals(
        List.of("file:" + coast.toAbsolutePath().normalize()),
        List.of(manifest.get("resolvedInputs").get(0).asText()));
    assertEquals(coast.toString(), manifest.at("/settings/inputs/0").asText(), "as given");
  }

  @Test
  void aSiblingRunMadeFromOtherInputsIsIgnored() throws Exception {
    JsonNode changes = changes(other);
    assertTrue(changes.get("previous").isNull(), changes.toString());
    String reason = changes.get("previous_reason").asText();
    assertTrue(reason.contains("1 read other inputs (the latest, " + coast1), reason);
    assertEquals(List.of(), ChangesEndToEndTest.strings(changes.get("resolved_reuse")));
    String html = Files.readString(other.resolve("report.html"));
    assertTrue(html.contains("No previous run to compare with: every finding is new."), html);
    assertTrue(html.contains("1 read other inputs"), "the report says why");
  }

  /** The latest sibling by name is {@code other}; the run made from the same inputs is used. */
  @Test
  void aSiblingRunMadeFromTheSameInputsIsStillUsed() throws Exception {
    JsonNode changes = changes(coast2);
    assertEquals(coast1.toString(), changes.get("previous").asText());
    assertTrue(
        changes.get("previous_reason").asText().contains("made from the same inputs"),
        changes.toString());
    assertFalse(ChangesEndToEndTest.ids(coast2, "reuse.jsonl").isEmpty(), "the copy is found");
    for (String field :
        List.of("new_reuse", "resolved_reuse", "new_conflicts", "resolved_conflicts")) {
      assertEquals(List.of(), ChangesEndToEndTest.strings(changes.get(field)), field);
    }
  }

  @Test
  void aRunNamedWithPreviousIsStillHonoured() throws Exception {
    JsonNode changes = changes(pinned);
    assertEquals(other.toString(), changes.get("previous").asText());
    assertTrue(
        changes.get("previous_reason").asText().contains("though it read other inputs"),
        changes.toString());
    assertEquals(
        List.copyOf(ChangesEndToEndTest.ids(other, "reuse.jsonl")),
        ChangesEndToEndTest.strings(changes.get("resolved_reuse")));
  }
}
