package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing dropped in silence, through the whole job: a conflicting pair of sentences, each repeated
 * 60 times in its document (thousands in {@code conflicts.BlockSelectionTest}), and the first
 * copied into four wire stories, next to an ordinary conflicting pair, with {@code
 * conflicts.max_block_claims} at 3. Both conflicts are reported, and what the limit left out is in
 * the manifest's {@code limits} and on report.html's first screen.
 */
class ConflictLimitsEndToEndTest {
  static final String EARLY =
      "Chile and Kenya signed a trade memorandum in Nairobi on March 3, 2024, officials said.";
  static final String LATE =
      "Chile and Kenya signed the trade memorandum in Nairobi on March 9, 2024, the ministry said.";

  @TempDir static Path root;
  static Path report;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void run() throws Exception {
    SparkTestSession.get();
    Path in = Files.createDirectories(root.resolve("in"));
    Files.writeString(in.resolve("echo-a.txt"), "Trade pact\n\n" + repeat(EARLY, 60) + "\n");
    Files.writeString(in.resolve("echo-b.txt"), "Trade pact signed\n\n" + repeat(LATE, 60) + "\n");
    for (int i = 1; i <= 4; i++) {
      Files.writeString(
          in.resolve("wire-" + i + ".txt"),
          "Trade news " + i + "\n\nExporters in both countries welcomed the move. " + EARLY + "\n");
    }
    Files.writeString(
        in.resolve("plain-c.txt"),
        "Fisheries deal\n\nThe two governments met for two days of talks. Peru and Ghana signed a"
            + " fisheries agreement in Accra on May 14, 2024, officials said.\n");
    Files.writeString(
        in.resolve("plain-d.txt"),
        "Fisheries deal reached\n\nPeru and Ghana signed the fisheries agreement in Accra on May"
            + " 21, 2024, the ministry said. Fishing groups welcomed the news.\n");
    report = root.resolve("report");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {
              "run",
              "--input",
              in.toString(),
              "--out",
              report.toString(),
              "--conf",
              "conflicts.max_block_claims=3"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
  }

  static String repeat(String sentence, int times) {
    return String.join(" ", java.util.Collections.nCopies(times, sentence));
  }

  @Test
  void bothConflictsAreReported() throws Exception {
    List<Set<String>> dates = new ArrayList<>();
    for (String line : Files.readAllLines(report.resolve("conflicts.jsonl"))) {
      Set<String> values = new TreeSet<>();
      JSON.readTree(line).get("values").forEach(v -> values.add(v.get("value").asText()));
      dates.add(values);
    }
    assertTrue(dates.contains(Set.of("2024-03-03", "2024-03-09")), dates.toString());
    assertTrue(dates.contains(Set.of("2024-05-14", "2024-05-21")), dates.toString());
  }

  @Test
  void whatTheLimitLeftOutIsInTheManifestAndOnTheFirstScreen() throws Exception {
    JsonNode limits = JSON.readTree(report.resolve("manifest.json").toFile()).get("limits");
    assertEquals(1, limits.size(), limits.toString());
    JsonNode notice = limits.get(0);
    assertEquals("conflicts", notice.get("stage").asText());
    assertEquals("conflicts.max_block_claims", notice.get("setting").asText());
    assertTrue(notice.get("count").asInt() >= 3, notice.toString());
    String message = notice.get("message").asText();
    assertTrue(message.contains("every value they state was compared"), message);
    String html = Files.readString(report.resolve("report.html"));
    int limitsAt = html.indexOf("<section id=\"limits\"");
    assertTrue(limitsAt > 0 && limitsAt < html.indexOf("<section id=\"summary\""), "first");
    assertTrue(html.contains(message), "the same words as the manifest");
  }
}
