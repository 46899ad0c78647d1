package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * changes.json across runs of one job through the command line, on a small invented corpus: run 1
 * (no previous run), run 2 on the same inputs against run 1, run 3 with one more document that
 * copies a passage against run 2, run 4 finding run 3 by itself.
 */
class ChangesEndToEndTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String SHELTERS =
      "The mayor, Ruth Okafor, said the town had opened two shelters at the community college and the old "
          + "train depot, and asked residents of the lower streets to move their cars to higher ground before "
          + "nightfall on Wednesday.";
  static final String LIBRARY =
      "The reading room reopened on Saturday after an eighteen-month renovation that replaced the leaking "
          + "roof, restored the oak shelves installed by the first librarians and added a children's wing with "
          + "a small stage for puppet shows.";

  @TempDir static Path root;
  static Path corpus;
  static Path run1;
  static Path run2;
  static Path run3;
  static Path run4;

  @BeforeAll
  static void runFourTimes() throws Exception {
    SparkTestSession.get();
    corpus = Files.createDirectories(root.resolve("incoming"));
    Files.writeString(
        corpus.resolve("harbor.txt"),
        """
        Coastal town braces for second storm

        Emergency crews in Harborville spent Tuesday filling sandbags along the waterfront as forecasters \
        warned that a second storm in a week could push the tide above the old seawall.

        %s

        Fishermen hauled their boats out of the water at the north pier, and the ferry to the islands \
        stopped running at noon.
        """
            .formatted(SHELTERS));
    Files.writeString(
        corpus.resolve("regional.txt"),
        """
        Shelters open along the coast as tide warnings spread

        Three coastal towns opened emergency shelters this week. In Harborville, officials gave the \
        details on Tuesday afternoon.

        %s

        Further south, the county road along the dunes was closed after sand covered both lanes.
        """
            .formatted(SHELTERS));
    Files.writeString(
        corpus.resolve("library.txt"),
        """
        City library welcomes readers back

        %s

        Volunteers carried more than four thousand books back to the shelves during the last weekend \
        of the work, the head librarian said.
        """
            .formatted(LIBRARY));
    run1 = root.resolve("reports").resolve("run1");
    run2 = root.resolve("reports").resolve("run2");
    run3 = root.resolve("reports").resolve("run3");
    run4 = root.resolve("reports").resolve("run4");
    run(0, "--out", run1.toString());
    run(0, "--out", run2.toString(), "--previous", run1.toString());
    Files.writeString(
        corpus.resolve("weekly.txt"),
        """
        Weekend notes from around town

        At the city library, staff had good news for regular visitors. %s

        The farmers' market moves indoors to the exhibition hall from next month.
        """
            .formatted(LIBRARY));
    run(0, "--out", run3.toString(), "--previous", run2.toString());
    run(0, "--out", run4.toString());
  }

  static String[] args(String... extra) {
    List<String> all = new ArrayList<>(List.of("run", "--input", corpus.toString()));
    all.addAll(List.of(extra));
    return all.toArray(String[]::new);
  }

  static String run(int expected, String... extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args(extra),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String errText = err.toString(StandardCharsets.UTF_8);
    assertEquals(expected, code, "exit status; stderr: " + errText);
    return errText;
  }

  static Set<String> ids(Path dir, String file) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (String line : Files.readAllLines(dir.resolve(file))) {
      if (!line.isBlank()) ids.add(JSON.readTree(line).get("id").asText());
    }
    return ids;
  }

  static JsonNode changes(Path dir) throws IOException {
    return JSON.readTree(dir.resolve("changes.json").toFile());
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static List<String> minus(Set<String> a, Set<String> b) {
    Set<String> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return List.copyOf(rest);
  }

  @Test
  void theFirstRunHasNoPreviousAndEverythingIsNew() throws Exception {
    JsonNode changes = changes(run1);
    assertTrue(changes.get("previous").isNull());
    assertFalse(ids(run1, "reuse.jsonl").isEmpty(), "the shared passage is found");
    assertEquals(List.copyOf(ids(run1, "reuse.jsonl")), strings(changes.get("new_reuse")));
    assertEquals(List.copyOf(ids(run1, "conflicts.jsonl")), strings(changes.get("new_conflicts")));
    assertEquals(List.of(), strings(changes.get("resolved_reuse")));
    assertEquals(List.of(), strings(changes.get("resolved_conflicts")));
  }

  @Test
  void theSameInputsAgainChangeNothing() throws Exception {
    JsonNode changes = changes(run2);
    assertEquals(run1.toAbsolutePath().normalize().toString(), changes.get("previous").asText());
    for (String field :
        List.of("new_reuse", "resolved_reuse", "new_conflicts", "resolved_conflicts")) {
      assertEquals(List.of(), strings(changes.get(field)), field);
    }
  }

  @Test
  void aDocumentCopyingAPassageAddsExactlyItsReuse() throws Exception {
    JsonNode changes = changes(run3);
    assertEquals(run2.toAbsolutePath().normalize().toString(), changes.get("previous").asText());
    List<String> added = minus(ids(run3, "reuse.jsonl"), ids(run2, "reuse.jsonl"));
    assertFalse(added.isEmpty(), "the copied library passage is found");
    assertEquals(added, strings(changes.get("new_reuse")));
    assertEquals(List.of(), strings(changes.get("resolved_reuse")));
    assertEquals(
        minus(ids(run3, "conflicts.jsonl"), ids(run2, "conflicts.jsonl")),
        strings(changes.get("new_conflicts")));
    assertEquals(
        minus(ids(run2, "conflicts.jsonl"), ids(run3, "conflicts.jsonl")),
        strings(changes.get("resolved_conflicts")));
    for (String line : Files.readAllLines(run3.resolve("reuse.jsonl"))) {
      JsonNode finding = JSON.readTree(line);
      boolean new_ = added.contains(finding.get("id").asText());
      boolean weekly =
          finding.at("/a/doc").asText().equals("weekly")
              || finding.at("/b/doc").asText().equals("weekly");
      assertEquals(weekly, new_, "new exactly when it involves the new document: " + line);
    }
  }

  @Test
  void withoutPreviousTheLatestFinishedRunOfTheJobIsCompared() throws Exception {
    JsonNode changes = changes(run4);
    assertEquals(run3.toAbsolutePath().normalize().toString(), changes.get("previous").asText());
    assertEquals(List.of(), strings(changes.get("new_reuse")));
  }

  @Test
  void aMissingPreviousFolderExitsTwoBeforeAnyWork() {
    Path target = root.resolve("reports").resolve("never");
    String err =
        run(2, "--out", target.toString(), "--previous", root.resolve("no-such-run").toString());
    assertTrue(err.contains("--previous") && err.contains("no-such-run"), err);
    assertFalse(Files.exists(target));
  }

  @Test
  void aFolderWithoutSuccessIsNoPreviousRun() throws Exception {
    Path unfinished = Files.createDirectories(root.resolve("unfinished"));
    String err =
        run(
            2,
            "--out",
            root.resolve("reports").resolve("never").toString(),
            "--previous",
            unfinished.toString());
    assertTrue(err.contains("not a finished report folder"), err);
  }

  @Test
  void aRunWhileAnotherHoldsTheOutputRootExitsOneNamingTheLock() throws Exception {
    Path reports = root.resolve("reports");
    try (RunLock other = RunLock.acquire(reports, reports.resolve("other"))) {
      String err = run(1, "--out", reports.resolve("blocked").toString());
      assertTrue(err.contains(reports.resolve(RunLock.FILE).toString()), err);
      assertTrue(err.contains("pid " + ProcessHandle.current().pid()), err);
      assertFalse(Files.exists(reports.resolve("blocked")));
    }
  }
}
