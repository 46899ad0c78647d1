package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.report.ChangeDetector.PreviousRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeDetectorTest {
  @TempDir Path root;

  /** A report folder as a run leaves it: manifest naming the job, the two JSON Lines, _SUCCESS. */
  static Path run(
      Path dir, String job, List<String> reuseIds, List<String> conflictIds, boolean finished)
      throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve(ReportWriter.MANIFEST),
        "{\"schema\": \"crosscheck/1\", \"job\": \""
            + job
            + "\", \"documents\": [{\"doc\": \"x\"}]}\n");
    Files.writeString(dir.resolve(ReportWriter.REUSE_JSONL), lines(reuseIds));
    Files.writeString(dir.resolve(ReportWriter.CONFLICTS_JSONL), lines(conflictIds));
    if (finished) Files.writeString(dir.resolve(ReportFolder.SUCCESS), "2026-01-01T00:00:00Z\n");
    return dir;
  }

  static String lines(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids)
      sb.append("{\"id\":\"")
          .append(id)
          .append("\",\"kind\":\"verbatim\",\"a\":{\"doc\":\"d\"}}\n");
    return sb.toString();
  }

  @Test
  void aFinishedRunHasSuccessAndAVisibleName() throws Exception {
    assertTrue(
        ChangeDetector.isFinishedRun(
            run(root.resolve("20260101T000000Z"), "j", List.of(), List.of(), true)));
    assertFalse(
        ChangeDetector.isFinishedRun(
            run(root.resolve("unfinished"), "j", List.of(), List.of(), false)));
    assertFalse(
        ChangeDetector.isFinishedRun(
            run(root.resolve(".x.tmp-00ff"), "j", List.of(), List.of(), true)));
    assertFalse(ChangeDetector.isFinishedRun(root.resolve("absent")));
  }

  @Test
  void latestIsTheLastRunIdCountingSuffixesAsNumbers() throws Exception {
    for (String name :
        List.of(
            "20260101T020000Z", "20260102T020000Z", "20260102T020000Z-2", "20260102T020000Z-10")) {
      run(root.resolve(name), "nightly", List.of(), List.of(), true);
    }
    run(root.resolve("20260103T020000Z"), "nightly", List.of(), List.of(), false); // unfinished
    run(
        root.resolve(".20260104T020000Z.tmp-0a1b"),
        "nightly",
        List.of(),
        List.of(),
        true); // temporary
    run(root.resolve("20260105T020000Z"), "other-job", List.of(), List.of(), true);
    Files.writeString(root.resolve(".crosscheck.lock"), "pid 1\n");
    Files.writeString(root.resolve("notes.txt"), "not a run\n");

    assertEquals(
        Optional.of(root.resolve("20260102T020000Z-10")),
        ChangeDetector.latestFinishedRun(root.resolve("20260106T020000Z"), "nightly"));
  }

  @Test
  void runIdOrder() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "20260102T000000Z-10",
                "20260102T000000Z",
                "20260101T235959Z",
                "20260102T000000Z-2"));
    names.sort(ChangeDetector.RUN_ORDER);
    assertEquals(
        List.of(
            "20260101T235959Z", "20260102T000000Z", "20260102T000000Z-2", "20260102T000000Z-10"),
        names);
  }

  @Test
  void anOutFolderThatHoldsAFinishedRunIsItsOwnPrevious() throws Exception {
    Path out = run(root.resolve("report"), "seeds", List.of("r-1"), List.of(), true);
    assertEquals(Optional.of(out), ChangeDetector.latestFinishedRun(out, "seeds"));
  }

  @Test
  void noPreviousRunInAnEmptyOrMissingRoot() throws Exception {
    assertEquals(
        Optional.empty(), ChangeDetector.latestFinishedRun(root.resolve("20260101T000000Z"), "j"));
    assertEquals(
        Optional.empty(),
        ChangeDetector.latestFinishedRun(root.resolve("absent").resolve("20260101T000000Z"), "j"));
  }

  @Test
  void readsTheIdsOfBothFindingFiles() throws Exception {
    Path dir = run(root.resolve("r"), "j", List.of("r-b", "r-a"), List.of("c-1"), true);
    PreviousRun previous = ChangeDetector.read(dir);
    assertEquals(dir, previous.folder());
    assertEquals(Set.of("r-a", "r-b"), previous.reuseIds());
    assertEquals(Set.of("c-1"), previous.conflictIds());
  }

  @Test
  void readingAMissingOrUnfinishedOrBrokenFolderFailsNamingIt() throws Exception {
    IOException missing =
        assertThrows(IOException.class, () -> ChangeDetector.read(root.resolve("absent")));
    assertTrue(missing.getMessage().contains("no such folder"), missing.getMessage());
    Path unfinished = run(root.resolve("u"), "j", List.of(), List.of(), false);
    IOException notFinished =
        assertThrows(IOException.class, () -> ChangeDetector.read(unfinished));
    assertTrue(
        notFinished.getMessage().contains("not a finished report folder"),
        notFinished.getMessage());
    Path broken = run(root.resolve("b"), "j", List.of(), List.of(), true);
    Files.writeString(broken.resolve(ReportWriter.REUSE_JSONL), "{\"id\":\"r-1\"}\nnot json\n");
    IOException notJson = assertThrows(IOException.class, () -> ChangeDetector.read(broken));
    assertTrue(notJson.getMessage().contains("line 2"), notJson.getMessage());
    Files.delete(broken.resolve(ReportWriter.CONFLICTS_JSONL));
    Files.writeString(broken.resolve(ReportWriter.REUSE_JSONL), "");
    assertThrows(IOException.class, () -> ChangeDetector.read(broken));
  }

  @Test
  void withoutAPreviousRunEveryFindingIsNew() {
    Changes changes = ChangeDetector.changes(null, List.of("r-2", "r-1"), List.of("c-1"));
    assertNull(changes.previous());
    assertEquals(List.of("r-1", "r-2"), changes.newReuse());
    assertEquals(List.of(), changes.resolvedReuse());
    assertEquals(List.of("c-1"), changes.newConflicts());
    assertEquals(List.of(), changes.resolvedConflicts());
  }

  @Test
  void changesAreSetDifferencesOfIds() {
    PreviousRun previous = new PreviousRun(root, Set.of("r-1", "r-2"), Set.of("c-1", "c-2"));
    Changes changes =
        ChangeDetector.changes(previous, List.of("r-2", "r-3"), List.of("c-1", "c-2"));
    assertEquals(root.toString(), changes.previous());
    assertEquals(List.of("r-3"), changes.newReuse());
    assertEquals(List.of("r-1"), changes.resolvedReuse());
    assertEquals(List.of(), changes.newConflicts());
    assertEquals(List.of(), changes.resolvedConflicts());
  }

  @Test
  void changesJsonHasTheContractNames() throws Exception {
    Path file = root.resolve("changes.json");
    Json.writePretty(file, ChangeDetector.changes(null, List.of("r-1"), List.of()));
    var tree = Json.mapper().readTree(file.toFile());
    for (String field :
        List.of("previous", "new_reuse", "resolved_reuse", "new_conflicts", "resolved_conflicts")) {
      assertTrue(tree.has(field), field);
    }
  }

  /** A finished run whose manifest records its job and its inputs (as absolute URIs). */
  static Path runOf(Path dir, String job, List<String> inputs, List<String> reuseIds)
      throws IOException {
    run(dir, job, reuseIds, List.of(), true);
    StringBuilder list = new StringBuilder();
    for (String input : inputs)
      list.append(list.length() == 0 ? "" : ", ").append('"').append(input).append('"');
    Files.writeString(
        dir.resolve(ReportWriter.MANIFEST),
        "{\"schema\": \"crosscheck/1\", \"job\": \""
            + job
            + "\", \"resolvedInputs\": ["
            + list
            + "], \"documents\": [{\"doc\": \"x\"}]}\n");
    return dir;
  }

  @Test
  void theAutomaticPreviousRunIsTheLatestOneMadeFromTheSameInputs() throws Exception {
    List<String> seeds = List.of("file:/data/seeds");
    Path older = runOf(root.resolve("20260101T000000Z"), "seeds", seeds, List.of("r-1"));
    runOf(root.resolve("20260102T000000Z"), "seeds", List.of("file:/data/bbc"), List.of("r-9"));
    runOf(root.resolve("20260103T000000Z"), "other", seeds, List.of("r-8"));
    ChangeDetector.Baseline b =
        ChangeDetector.previousOf(root.resolve("20260104T000000Z"), "seeds", seeds);
    assertEquals(older, b.run().folder());
    assertEquals(Set.of("r-1"), b.run().reuseIds());
    assertTrue(b.reason().contains("made from the same inputs"), b.reason());
  }

  @Test
  void aSiblingMadeFromOtherInputsIsNoPreviousRunAndTheReasonSaysSo() throws Exception {
    Path bbc =
        runOf(root.resolve("scale"), "seeds", List.of("file:/data/bbc"), List.of("r-1", "r-2"));
    run(root.resolve("old"), "seeds", List.of("r-3"), List.of(), true); // records no inputs
    ChangeDetector.Baseline b =
        ChangeDetector.previousOf(root.resolve("seeds"), "seeds", List.of("file:/data/seeds"));
    assertNull(b.run());
    assertTrue(b.reason().contains("1 read other inputs (the latest, " + bbc), b.reason());
    assertTrue(b.reason().contains("file:/data/bbc"), b.reason());
    assertTrue(b.reason().contains("1 record no inputs"), b.reason());
    Changes changes = ChangeDetector.changesAgainst(b, List.of("r-5"), List.of());
    assertNull(changes.previous());
    assertEquals(b.reason(), changes.previousReason());
    assertEquals(List.of("r-5"), changes.newReuse());
    assertEquals(List.of(), changes.resolvedReuse(), "nothing of another corpus is 'resolved'");
  }

  @Test
  void withNoEarlierRunTheReasonSaysThereIsNone() throws Exception {
    ChangeDetector.Baseline b =
        ChangeDetector.previousOf(root.resolve("first"), "seeds", List.of("file:/data/seeds"));
    assertNull(b.run());
    assertTrue(
        b.reason().startsWith("There is no earlier finished run of job 'seeds'"), b.reason());
  }

  @Test
  void aRunNamedWithPreviousIsHonouredEvenFromOtherInputs() throws Exception {
    Path bbc = runOf(root.resolve("scale"), "seeds", List.of("file:/data/bbc"), List.of("r-1"));
    ChangeDetector.Baseline b = ChangeDetector.given(bbc, List.of("file:/data/seeds"));
    assertEquals(bbc, b.run().folder());
    assertEquals(
        "It was named with --previous, though it read other inputs (file:/data/bbc).", b.reason());
    assertEquals(
        "It was named with --previous.",
        ChangeDetector.given(bbc, List.of("file:/data/bbc")).reason());
  }

  @Test
  void theIdentityIsReadBeforeTheDocuments() throws Exception {
    Path dir = runOf(root.resolve("r"), "seeds", List.of("file:/a", "hdfs://nn:8020/b"), List.of());
    assertEquals(
        new ChangeDetector.Identity("seeds", List.of("file:/a", "hdfs://nn:8020/b")),
        ChangeDetector.identityOf(dir));
    Path old = run(root.resolve("o"), "seeds", List.of(), List.of(), true);
    assertEquals(new ChangeDetector.Identity("seeds", null), ChangeDetector.identityOf(old));
  }
}
