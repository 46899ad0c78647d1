package crosscheck.report;

import static crosscheck.report.ReportFixtures.accepted;
import static crosscheck.report.ReportFixtures.conflict;
import static crosscheck.report.ReportFixtures.manifest;
import static crosscheck.report.ReportFixtures.reuse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Corroboration;
import crosscheck.model.ReuseFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  private static Corroboration corroboration(String id) {
    return new Corroboration(id, "signing", "date", "2023-07-20", List.of(), null);
  }

  @TempDir Path root;

  @Test
  void writesEveryContractFileWithFindingsSortedById() throws Exception {
    Path dir = root.resolve("out");
    ReportWriter.write(
        dir,
        manifest(List.of(accepted("a-doc", "tide", "Cranes", List.of("en")))),
        List.of(reuse("r-000002"), reuse("r-000001")),
        List.of(conflict("c-0002"), conflict("c-0001")),
        List.of(corroboration("k-2"), corroboration("k-1")));

    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of(
              "conflicts.csv",
              "conflicts.jsonl",
              "corroborations.jsonl",
              "manifest.json",
              "report.html",
              "reuse.csv",
              "reuse.jsonl"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(
        List.of("r-000001", "r-000002"),
        Json.readJsonLines(dir.resolve("reuse.jsonl"), ReuseFinding.class).stream()
            .map(ReuseFinding::id)
            .toList());
    List<String> conflictLines = Files.readAllLines(dir.resolve("conflicts.jsonl"));
    assertTrue(conflictLines.get(0).startsWith("{\"id\":\"c-0001\""));
    List<String> corroborationLines = Files.readAllLines(dir.resolve("corroborations.jsonl"));
    assertEquals(2, corroborationLines.size());
    assertTrue(corroborationLines.get(0).startsWith("{\"id\":\"k-1\""));
    assertTrue(corroborationLines.get(1).startsWith("{\"id\":\"k-2\""));
  }

  @Test
  void sameInputGivesSameBytes() throws Exception {
    Manifest manifest = manifest(List.of(accepted("a-doc", "tide", "Cranes", List.of("en"))));
    ReportWriter.write(
        root.resolve("one"),
        manifest,
        List.of(reuse("r-2"), reuse("r-1")),
        List.of(conflict("c-1")),
        List.of());
    ReportWriter.write(
        root.resolve("two"),
        manifest,
        List.of(reuse("r-1"), reuse("r-2")),
        List.of(conflict("c-1")),
        List.of());

    for (String name :
        List.of(
            "manifest.json",
            "reuse.jsonl",
            "conflicts.jsonl",
            "reuse.csv",
            "conflicts.csv",
            "corroborations.jsonl",
            "report.html")) {
      assertArrayEquals(
          Files.readAllBytes(root.resolve("one").resolve(name)),
          Files.readAllBytes(root.resolve("two").resolve(name)),
          name);
    }
  }

  @Test
  void writtenIntoAReportFolderAndPublished() throws Exception {
    Path target = root.resolve("reports/run-1");
    try (ReportFolder folder = ReportFolder.open(target)) {
      ReportWriter.write(folder.dir(), manifest(List.of()), List.of(), List.of(), List.of());
      folder.publish();
    }
    assertTrue(Files.isRegularFile(target.resolve("report.html")));
    assertEquals(0, Files.size(target.resolve("reuse.jsonl")));
    assertTrue(ChangeDetector.isFinishedRun(target));
  }
}
