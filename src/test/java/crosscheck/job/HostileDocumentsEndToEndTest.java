package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.SparkTestSession;
import crosscheck.bench.HostileCorpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile but valid documents ({@link HostileCorpus}: no punctuation, repeated tokens, quotation
 * storms, one huge paragraph, endless numbers and dates, mixed scripts) beside two ordinary
 * articles that reuse each other and disagree on a date, through the command line: the run exits 0,
 * the ordinary articles get their findings, every file is in the manifest, and each limit a hostile
 * document reaches is named in its warnings and counted in the manifest's limits.
 *
 * <p>The documents are a twentieth of the sizes that once took a run down, enough to reach every
 * limit; the full sizes are measured by hand ({@code ./crosscheck bench HostileCorpus OUT}, then a
 * run per case; docs/performance.md). Times are never asserted here.
 */
class HostileDocumentsEndToEndTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final double SCALE = 0.05;

  @TempDir static Path root;
  static Path report;
  static String stderr;
  static JsonNode manifest;
  static Map<String, JsonNode> byDoc = new TreeMap<>();

  @BeforeAll
  static void runOnAHostileCorpus() throws Exception {
    Path in = Files.createDirectories(root.resolve("in"));
    HostileCorpus.writeOrdinary(in);
    for (HostileCorpus.Case c : HostileCorpus.CASES.values()) {
      Files.writeString(
          in.resolve(c.file()),
          c.text().apply((int) (c.fullChars() * SCALE)),
          StandardCharsets.UTF_8);
    }
    Path job = root.resolve("hostile.yaml");
    Files.writeString(
        job, "name: hostile\ninputs: [" + in + "]\noutput: " + root.resolve("out") + "\n");
    report = root.resolve("out/run");
    SparkTestSession.get();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"run", job.toString(), "--out", report.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, stderr);
    manifest = JSON.readTree(report.resolve("manifest.json").toFile());
    for (JsonNode d : manifest.get("documents")) byDoc.put(d.get("doc").asText(), d);
  }

  private static List<JsonNode> lines(String file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(report.resolve(file))) out.add(JSON.readTree(line));
    return out;
  }

  private static String warnings(String doc) {
    JsonNode d = byDoc.get(doc);
    assertTrue(d != null, "no manifest entry " + doc + " among " + byDoc.keySet());
    return d.get("warnings").toString();
  }

  @Test
  void everyFileIsInTheManifestAcceptedAndNoStackTraceIsPrinted() {
    assertEquals(HostileCorpus.CASES.size() + 2, byDoc.size(), byDoc.keySet().toString());
    for (JsonNode d : byDoc.values()) {
      assertEquals("accepted", d.get("status").asText(), d.toString());
    }
    assertFalse(stderr.contains("\tat "), "no stack trace on stderr:\n" + stderr);
  }

  @Test
  void theOrdinaryArticlesGetTheirFindings() throws Exception {
    boolean copied = false;
    for (JsonNode r : lines("reuse.jsonl")) {
      String a = r.get("a").get("doc").asText();
      String b = r.get("b").get("doc").asText();
      copied |=
          List.of(a, b).containsAll(List.of("ordinary-a", "ordinary-b"))
              && r.get("a").get("text").asText().startsWith("The agreement opens Kenyan ports");
    }
    assertTrue(copied, "the shared paragraph is found as reused");
    boolean conflict = false;
    for (JsonNode c : lines("conflicts.jsonl")) {
      List<String> values = new ArrayList<>();
      c.get("values")
          .forEach(v -> values.add(v.get("value").asText() + "@" + v.get("doc").asText()));
      conflict |=
          c.get("attribute").asText().equals("date")
              && values.containsAll(List.of("2024-03-03@ordinary-a", "2024-03-13@ordinary-b"));
    }
    assertTrue(conflict, "the signing date conflict is found");
    assertEquals("[]", warnings("ordinary-a"));
    assertEquals("[]", warnings("ordinary-b"));
  }

  @Test
  void eachLimitReachedIsNamedInTheDocumentAndCountedInTheRun() {
    assertTrue(
        warnings("transcript").contains("segment.max_sentence_tokens"), warnings("transcript"));
    assertTrue(warnings("commas").contains("segment.max_sentence_chars"), warnings("commas"));
    assertTrue(warnings("word").contains("segment.max_sentence_chars"), warnings("word"));
    assertTrue(warnings("quotes").contains("reuse.max_document_quotes"), warnings("quotes"));
    assertTrue(warnings("events").contains("facts.max_sentence_matches"), warnings("events"));
    Map<String, Long> limits = new TreeMap<>();
    for (JsonNode l : manifest.get("limits")) {
      limits.put(l.get("setting").asText(), l.get("count").asLong());
      assertTrue(
          l.get("message").asText().contains("raise " + l.get("setting").asText()), l.toString());
    }
    for (String setting :
        List.of(
            "segment.max_sentence_tokens",
            "segment.max_sentence_chars",
            "reuse.max_document_quotes",
            "facts.max_sentence_matches")) {
      assertTrue(limits.getOrDefault(setting, 0L) > 0, setting + " in " + limits);
    }
  }

  @Test
  void theReportSaysOnItsFirstScreenWhatWasNotChecked() throws Exception {
    String html = Files.readString(report.resolve("report.html"));
    int limits = html.indexOf("<section id=\"limits\"");
    assertTrue(limits > 0 && limits < html.indexOf("<section id=\"summary\""));
    assertTrue(html.contains("<code>segment.max_sentence_tokens</code>"));
  }
}
