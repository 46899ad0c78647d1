package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole job on seeds/, through the command line, against golden files (see
 * src/test/resources/golden/README.md; regenerate with -Dgolden.update=true after a reviewed
 * change).
 */
class SeedsEndToEndTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path GOLDEN = Path.of("src/test/resources/golden/seeds");
  @TempDir static Path tmp;
  static Path first;
  static Path second;
  static String stdout;

  @BeforeAll
  static void runTwice() throws Exception {
    SparkTestSession.get();
    first = tmp.resolve("run1");
    second = tmp.resolve("run2");
    // Determinism across partitionings: one shuffle partition, then eight.
    stdout = run("run", "--out", first.toString(), "--conf", "spark.sql.shuffle.partitions=1");
    secondStderr =
        runCapturingStderr(
            "run",
            "--out",
            second.toString(),
            "--conf",
            "spark.sql.shuffle.partitions=8",
            "--conf",
            "spark.hadoop.fs.s3a.secret.key=" + SECRET);
  }

  static final String SECRET = "s3cr3t-Value-never-shown";
  static String secondStderr;

  static String runCapturingStderr(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, "exit status; stderr: " + err.toString(StandardCharsets.UTF_8));
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void credentialsGivenWithConfAreMaskedInTheManifestAndOutput() throws Exception {
    String manifest = Files.readString(second.resolve("manifest.json"));
    assertFalse(manifest.contains(SECRET), "the secret is not in the manifest");
    assertTrue(
        manifest.contains("\"spark.hadoop.fs.s3a.secret.key\" : \"***\""), "masked, not dropped");
    assertFalse(secondStderr.contains(SECRET));
    for (String f : List.of("report.html", "changes.json", "reuse.jsonl")) {
      assertFalse(Files.readString(second.resolve(f)).contains(SECRET), f);
    }
  }

  static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, "exit status; stderr: " + err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheFinishedFolderLast() throws Exception {
    List<String> lines = stdout.lines().toList();
    assertEquals(first.toAbsolutePath().normalize().toString(), lines.get(lines.size() - 1));
    for (String f :
        List.of(
            "manifest.json",
            "reuse.jsonl",
            "conflicts.jsonl",
            "reuse.csv",
            "conflicts.csv",
            "report.html",
            "_SUCCESS")) {
      assertTrue(Files.exists(first.resolve(f)), f);
    }
    try (Stream<Path> siblings = Files.list(tmp)) {
      // The run lock's file stays (an OS lock that died with the run); temporary folders must not.
      assertFalse(
          siblings
              .map(p -> p.getFileName().toString())
              .anyMatch(name -> name.startsWith(".") && !name.equals(RunLock.FILE)),
          "no temporary folder left");
    }
  }

  @Test
  void manifestAccountsForTheFiveSeedsWithLanguagesAndOutlets() throws Exception {
    JsonNode manifest = JSON.readTree(first.resolve("manifest.json").toFile());
    assertEquals("crosscheck/1", manifest.get("schema").asText());
    JsonNode docs = manifest.get("documents");
    assertEquals(5, docs.size());
    for (JsonNode d : docs) {
      assertEquals("accepted", d.get("status").asText(), d.get("doc").asText());
      assertTrue(d.get("sha256").asText().matches("[0-9a-f]{64}"));
    }
    assertEquals(List.of("en", "es"), strings(doc(docs, "002_28ecef327d464457").get("languages")));
    for (String id :
        List.of(
            "000_7c590d6262c6c967",
            "001_c58da7819e6440ca",
            "003_0b4b21a30b518482",
            "004_4d21831f987214e8")) {
      assertEquals(List.of("en"), strings(doc(docs, id).get("languages")), id);
    }
    assertEquals("heritage", doc(docs, "000_7c590d6262c6c967").at("/outlet").asText());
    assertTrue(doc(docs, "001_c58da7819e6440ca").at("/outlet").asText().startsWith("Di"));
    assertTrue(doc(docs, "002_28ecef327d464457").at("/outlet").asText().startsWith("Dialogo"));
    assertTrue(doc(docs, "002_28ecef327d464457").at("/url").asText().startsWith("https://"));
  }

  @Test
  void appendedTeasersAreMarkedAsNotPartOfTheArticle() throws Exception {
    JsonNode docs = JSON.readTree(first.resolve("manifest.json").toFile()).get("documents");
    JsonNode d004 = doc(docs, "004_4d21831f987214e8");
    String text = Files.readString(Path.of("seeds/004_4d21831f987214e8.txt"));
    int teaserStart = Integer.MAX_VALUE;
    for (JsonNode span : d004.get("dropped")) {
      if (span.get("role").asText().equals("teaser"))
        teaserStart = Math.min(teaserStart, span.get("start").asInt());
    }
    // The teasers start after the article's last paragraph and run to the end of the page.
    int articleEnd = text.indexOf("dealings with Iran.") + "dealings with Iran.".length();
    assertTrue(
        teaserStart >= articleEnd && teaserStart < text.indexOf("Diplomacy Watch"),
        "teasers start at " + teaserStart);
    int lastTeaserEnd = 0;
    for (JsonNode span : d004.get("dropped"))
      lastTeaserEnd = Math.max(lastTeaserEnd, span.get("end").asInt());
    assertTrue(
        lastTeaserEnd >= text.stripTrailing().length() - 10, "dropped through the end of the page");
  }

  @Test
  void twoRunsGiveIdenticalOutputsApartFromRunIdAndTimes() throws Exception {
    assertEquals(normalisedManifest(first), normalisedManifest(second));
    for (String f :
        List.of(
            "reuse.jsonl",
            "conflicts.jsonl",
            "reuse.csv",
            "conflicts.csv",
            "corroborations.jsonl")) {
      assertEquals(Files.readString(first.resolve(f)), Files.readString(second.resolve(f)), f);
    }
  }

  @Test
  void manifestDocumentsMatchTheGoldenFile() throws Exception {
    JsonNode documents = normalisedManifest(first).get("documents");
    Path golden = GOLDEN.resolve("manifest-documents.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      JSON.writerWithDefaultPrettyPrinter().writeValue(golden.toFile(), documents);
    }
    assertEquals(
        JSON.readTree(golden.toFile()),
        documents,
        "manifest differs from " + golden + " (review, then regenerate with -Dgolden.update=true)");
  }

  @Test
  void quotedCopiesNameTheSpeakerOnTheQuotingSide() throws Exception {
    List<JsonNode> reuse = jsonLines(first.resolve("reuse.jsonl"));
    JsonNode r1 =
        reuse.stream()
            .filter(
                r ->
                    r.at("/b/text")
                        .asText()
                        .startsWith("Iran is reaching its full its geopolitical"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the copied sentence with a doubled word"));
    assertEquals("near_verbatim", r1.get("kind").asText());
    assertEquals("000_7c590d6262c6c967", r1.at("/a/doc").asText());
    assertEquals("Joseph Humire", r1.at("/b/speaker").asText());
    assertTrue(r1.get("edits").toString().contains("its"), r1.get("edits").toString());
    JsonNode dualUse =
        reuse.stream()
            .filter(r -> r.at("/b/text").asText().contains("dual use transfers"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "near_verbatim",
        dualUse.get("kind").asText(),
        "dual-use vs dual use is an edit, not verbatim");
    assertEquals("Joseph Humire", dualUse.at("/b/speaker").asText());
  }

  @Test
  void paraphraseAndTranslationAreFound() throws Exception {
    List<JsonNode> reuse = jsonLines(first.resolve("reuse.jsonl"));
    assertTrue(
        reuse.stream()
            .anyMatch(
                r ->
                    r.get("kind").asText().equals("paraphrase")
                        && r.at("/a/text").asText().startsWith("Core to Iran")
                        && r.at("/b/speaker").asText().equals("Joseph Humire")),
        "the paraphrase attributed to its author");
    assertTrue(
        reuse.stream()
            .anyMatch(
                r ->
                    r.get("kind").asText().equals("translation")
                        && r.at("/a/doc").asText().equals("002_28ecef327d464457")
                        && r.at("/b/doc").asText().equals("002_28ecef327d464457")
                        && r.at("/a/text").asText().startsWith("In July 2023")
                        && r.at("/b/text").asText().startsWith("En julio de 2023")),
        "the document's own translation");
  }

  @Test
  void nothingDroppedIsReportedAsReuse() throws Exception {
    JsonNode docs = JSON.readTree(first.resolve("manifest.json").toFile()).get("documents");
    for (JsonNode r : jsonLines(first.resolve("reuse.jsonl"))) {
      for (String side : List.of("a", "b")) {
        JsonNode passage = r.get(side);
        for (JsonNode span : doc(docs, passage.get("doc").asText()).get("dropped")) {
          int overlap =
              Math.min(span.get("end").asInt(), passage.get("end").asInt())
                  - Math.max(span.get("start").asInt(), passage.get("start").asInt());
          assertTrue(overlap <= 0, r.get("id") + " overlaps dropped " + span);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"reuse.jsonl", "conflicts.jsonl", "corroborations.jsonl"})
  void findingsMatchTheGoldenFile(String file) throws Exception {
    List<String> lines = Files.readAllLines(first.resolve(file));
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, lines);
    }
    assertEquals(
        Files.readAllLines(golden),
        lines,
        file + " differs from " + golden + " (review, then regenerate with -Dgolden.update=true)");
  }

  @Test
  void theSigningDatedThreeWaysIsOneConflictWithEvidence() throws Exception {
    List<JsonNode> dates =
        jsonLines(first.resolve("conflicts.jsonl")).stream()
            .filter(c -> c.get("attribute").asText().equals("date"))
            .toList();
    assertEquals(1, dates.size(), dates.toString());
    JsonNode c1 = dates.get(0);
    List<String> values = new ArrayList<>();
    String text003 = Files.readString(Path.of("seeds/003_0b4b21a30b518482.txt"));
    for (JsonNode v : c1.get("values")) {
      values.add(v.get("value").asText() + "@" + v.get("doc").asText().substring(0, 3));
      if (v.get("doc").asText().startsWith("003")) {
        // Offsets point into the original text, and the value's words lie inside its sentence.
        assertEquals(
            v.get("text").asText(),
            text003.substring(v.get("start").asInt(), v.get("end").asInt()));
        assertTrue(v.get("sentence").asText().contains(v.get("text").asText()));
      }
    }
    values.sort(null);
    assertEquals(List.of("2023-07-16@003", "2023-07-20@004", "2023-07-26@001"), values);
    assertTrue(c1.get("explanation").asText().startsWith("3 sources"), c1.toString());
  }

  @Test
  void otherEventsAndTeasersRaiseNoConflict() throws Exception {
    for (JsonNode c : jsonLines(first.resolve("conflicts.jsonl"))) {
      for (JsonNode v : c.get("values")) {
        assertFalse(
            v.get("value").asText().startsWith("2010")
                || v.get("value").asText().startsWith("2006"),
            "an earlier agreement is another event: " + c);
      }
    }
    JsonNode manifest = JSON.readTree(first.resolve("manifest.json").toFile());
    assertEquals(
        jsonLines(first.resolve("conflicts.jsonl")).size(),
        manifest.at("/counts/conflicts").asInt());
    assertTrue(manifest.at("/counts/corroborations").asInt() > 0);
  }

  static List<JsonNode> jsonLines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) if (!line.isBlank()) out.add(JSON.readTree(line));
    return out;
  }

  static JsonNode normalisedManifest(Path dir) throws Exception {
    ObjectNode m = (ObjectNode) JSON.readTree(dir.resolve("manifest.json").toFile());
    for (String volatileField : List.of("runId", "startedAt", "finishedAt", "settings"))
      m.remove(volatileField);
    for (JsonNode d : m.get("documents")) {
      ((ObjectNode) d)
          .put(
              "path",
              Path.of(java.net.URI.create(d.get("path").asText()).getPath())
                  .getFileName()
                  .toString());
    }
    return m;
  }

  static JsonNode doc(JsonNode docs, String id) {
    for (JsonNode d : docs) if (d.get("doc").asText().equals(id)) return d;
    throw new AssertionError("no document " + id);
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
