package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SparkTestSession;
import crosscheck.report.ChangeDetector;
import crosscheck.report.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up while the report is written, end to end: a child JVM runs the job under a
 * file-size limit ({@code ulimit -f}) that only the manifest exceeds. HotSpot ignores SIGXFSZ, so
 * the write that crosses the limit fails with EFBIG ("File too large"): an IOException from the
 * same write call that ENOSPC ("No space left on device") comes from, caught by the same code. The
 * run must exit 1 with one clear line naming the folder and no stack trace, leave the previous
 * report in that output folder byte for byte, and leave no new folder, finished or temporary.
 */
class DiskFullRunTest {
  @TempDir Path root;

  private static final List<String> JVM_FLAGS = crosscheck.spark.JavaFlags.SPARK_ON_JAVA_17;

  /** bash's status for a child killed by SIGXFSZ (128 + 25): what the test must not see. */
  private static final int KILLED_BY_SIGXFSZ = 153;

  @Test
  void aReportWriteThatRunsOutOfSpaceFailsCleanlyAndKeepsThePreviousReport() throws Exception {
    Path in = Files.createDirectories(root.resolve("in"));
    String shared =
        "The port authority said the new terminal would open in May, two years late, after a court "
            + "settled the dispute over the steel roof and the contractor agreed to pay for the delay.";
    Files.writeString(in.resolve("a.txt"), "Terminal to open in May\n\n" + shared + "\n");
    Files.writeString(in.resolve("b.txt"), "Port news\n\nOfficials confirmed: " + shared + "\n");
    // Many attachments, each a manifest entry (rejected unread): the manifest becomes the largest
    // file the run writes, many times larger than anything Spark writes on the way.
    Path attachments = Files.createDirectories(in.resolve("attachments"));
    for (int i = 0; i < 300; i++) {
      Files.writeString(attachments.resolve(String.format("scan-%04d.docx", i)), "not read");
    }
    Path out = root.resolve("out");
    Path job = root.resolve("full.yaml");
    // No paraphrase check: the embedding model's native libraries (16 MB files unpacked at load)
    // would meet the limit before the report does.
    Files.writeString(
        job,
        "name: full\ninputs: ["
            + in
            + "]\noutput: "
            + out
            + "\n"
            + "spark:\n  shuffle_partitions: 2\nreuse:\n  min_shared_terms: 1000\n");

    SparkTestSession.get();
    ByteArrayOutputStream firstOut = new ByteArrayOutputStream();
    assertEquals(
        0,
        Main.run(
            new String[] {"run", job.toString()},
            new PrintStream(firstOut, true, StandardCharsets.UTF_8),
            quiet()));
    Path previous =
        Path.of(
            firstOut
                .toString(StandardCharsets.UTF_8)
                .strip()
                .lines()
                .reduce((a, b) -> b)
                .orElseThrow());
    assertTrue(ChangeDetector.isFinishedRun(previous), previous.toString());
    Map<String, byte[]> before = snapshot(previous);
    long manifest = Files.size(previous.resolve(ReportWriter.MANIFEST));
    assertTrue(
        Files.size(previous.resolve(ReportWriter.REUSE_JSONL)) > 0,
        "the run finds the shared passage");
    // The limit in KiB: a third of the manifest, so the report's first files fit and the manifest
    // does not.
    long limitKb = manifest / 3 / 1024;
    assertTrue(
        limitKb >= 48, "the manifest (" + manifest + " bytes) dwarfs what Spark writes on the way");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // No hsperfdata file (32 KiB); C1 only, which starts a short run faster.
    List<String> command =
        new ArrayList<>(List.of(java, "-Xmx1g", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1"));
    command.addAll(JVM_FLAGS);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "run",
            job.toString(),
            "--master",
            "local[2]"));
    // bash sets the limit (RLIMIT_FSIZE, in KiB) and becomes the JVM, which inherits it.
    Process child =
        new ProcessBuilder(
                withPrefix(
                    List.of("bash", "-c", "ulimit -f " + limitKb + " && exec \"$@\"", "bash"),
                    command))
            .redirectError(root.resolve("child.err").toFile())
            .redirectOutput(root.resolve("child.out").toFile())
            .start();
    try {
      assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child run ends");
    } finally {
      child.destroyForcibly();
    }
    String stderr = Files.readString(root.resolve("child.err"), StandardCharsets.UTF_8);
    String stdout = Files.readString(root.resolve("child.out"), StandardCharsets.UTF_8);
    int status = child.exitValue();
    assertTrue(
        status != KILLED_BY_SIGXFSZ, "killed by SIGXFSZ instead of getting EFBIG:\n" + stderr);
    assertEquals(1, status, "exit status; stderr:\n" + stderr);

    // One clear line naming the folder and the cause; no stack trace; nothing printed as a report.
    List<String> errors = stderr.lines().filter(l -> l.startsWith("crosscheck:")).toList();
    assertEquals(1, errors.size(), stderr);
    String error = errors.get(0);
    assertTrue(error.contains(out.toString()), "names the report folder: " + error);
    assertTrue(
        error.contains("File too large"),
        "EFBIG from the write, not a signal or another failure: " + error);
    assertFalse(
        stderr.contains("\tat ") || stderr.contains("Exception in thread"),
        "no stack trace:\n" + stderr);
    assertTrue(stdout.isBlank(), "no report folder printed: " + stdout);

    // The previous report byte for byte; beside it nothing but the lock file: no new run folder,
    // finished or not, and no temporary folder left behind.
    assertEquals(keys(before), keys(snapshot(previous)));
    snapshot(previous).forEach((name, bytes) -> assertArrayEquals(before.get(name), bytes, name));
    try (Stream<Path> entries = Files.list(out)) {
      List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of(RunLock.FILE, previous.getFileName().toString()), names);
    }
    try (Stream<Path> all = Files.walk(out)) {
      assertEquals(
          List.of(previous.resolve("_SUCCESS")),
          all.filter(p -> p.getFileName().toString().equals("_SUCCESS")).toList());
    }
  }

  private static List<String> withPrefix(List<String> prefix, List<String> command) {
    List<String> all = new ArrayList<>(prefix);
    all.addAll(command);
    return all;
  }

  private static List<String> keys(Map<String, byte[]> files) {
    return List.copyOf(files.keySet());
  }

  /** Every file under a folder, by relative path, with its bytes. */
  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
