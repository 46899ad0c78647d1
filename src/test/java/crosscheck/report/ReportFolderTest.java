package crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {

  @TempDir Path root;

  @Test
  void publishCreatesTheTargetWithSuccessMarkerAndNoLeftovers() throws Exception {
    Path target = root.resolve("run-1");
    try (ReportFolder folder = ReportFolder.open(target)) {
      assertFalse(Files.exists(target), "nothing visible before publish");
      Files.writeString(folder.dir().resolve("reuse.jsonl"), "{}\n");
      folder.publish();
    }
    assertEquals("{}\n", Files.readString(target.resolve("reuse.jsonl")));
    assertTrue(Files.isRegularFile(target.resolve(ReportFolder.SUCCESS)));
    assertEquals(List.of("run-1"), children());
  }

  @Test
  void publishReplacesAnExistingFolderCompletely() throws Exception {
    Path target = root.resolve("latest");
    publish(target, "old.txt", "previous run");

    publish(target, "new.txt", "this run");

    assertEquals("this run", Files.readString(target.resolve("new.txt")));
    assertFalse(Files.exists(target.resolve("old.txt")), "no file of the old run remains");
    assertEquals(List.of("latest"), children(), "old folder deleted, no temporary folder");
  }

  @Test
  void failureBeforePublishLeavesPreviousReportIntactAndNoTemporaryFolder() throws Exception {
    Path target = root.resolve("latest");
    publish(target, "reuse.jsonl", "previous findings");

    assertThrows(
        IllegalStateException.class,
        () -> {
          try (ReportFolder folder = ReportFolder.open(target)) {
            Files.writeString(folder.dir().resolve("reuse.jsonl"), "half written");
            throw new IllegalStateException("stage failed");
          }
        });

    assertEquals("previous findings", Files.readString(target.resolve("reuse.jsonl")));
    assertEquals(List.of("latest"), children());
  }

  @Test
  void publishTwiceIsRefused() throws Exception {
    try (ReportFolder folder = ReportFolder.open(root.resolve("x"))) {
      folder.publish();
      assertThrows(IllegalStateException.class, folder::publish);
    }
  }

  @Test
  void openCreatesMissingParents() throws Exception {
    Path target = root.resolve("reports/daily/run-7");
    publish(target, "a.txt", "a");
    assertTrue(Files.isRegularFile(target.resolve("a.txt")));
  }

  @Test
  void publishMakesAFinishedRun() throws Exception {
    publish(root.resolve("b-run"), "x", "1");
    assertTrue(ChangeDetector.isFinishedRun(root.resolve("b-run")));
  }

  private static void publish(Path target, String file, String content) throws IOException {
    try (ReportFolder folder = ReportFolder.open(target)) {
      Files.writeString(folder.dir().resolve(file), content);
      folder.publish();
    }
  }

  private List<String> children() throws IOException {
    try (Stream<Path> files = Files.list(root)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
