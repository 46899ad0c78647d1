package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path tmp;
  String out;
  String err;

  int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void helpAndVersionExitZero() {
    assertEquals(0, run("--help"));
    assertTrue(out.contains("usage: crosscheck run"));
    assertEquals(0, run("--version"));
    assertTrue(out.startsWith("crosscheck "), out);
    assertTrue(out.contains("Spark 4.1.0"), out);
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(2, run("run", "--nope"));
    assertTrue(err.contains("--nope"));
  }

  @Test
  void badJobFileExitsTwoNamingTheKeyAndWritesNothing() throws Exception {
    Path job = tmp.resolve("bad.yaml");
    Path outRoot = tmp.resolve("out");
    Files.writeString(job, "name: bad\noutput: " + outRoot + "\nsegment:\n  drop_teasrs: true\n");
    assertEquals(2, run("run", job.toString()));
    assertTrue(err.contains("segment.drop_teasrs"), err);
    assertFalse(Files.exists(outRoot));
  }

  /** A bad master and a bad --conf: both named, exit 2 before Spark starts, no stack trace. */
  @Test
  void aCommandLineWithABadMasterAndABadConfNamesBoth() {
    Path target = tmp.resolve("report");
    assertEquals(
        2,
        run(
            "run",
            "--master",
            "local[x]",
            "--conf",
            "segment.languages=en,klingon",
            "--out",
            target.toString()));
    assertTrue(err.contains("crosscheck: 2 problems; nothing was run:"), err);
    assertTrue(err.contains("crosscheck: --master local[x]: spark.master: 'local[x]'"), err);
    assertTrue(
        err.contains("crosscheck: --conf segment.languages=en,klingon: segment.languages: is"),
        err);
    assertFalse(err.contains("\tat "), err);
    assertFalse(Files.exists(target));
  }

  /** Usage mistakes are named together with the job's: a --conf without '=' and a bad master. */
  @Test
  void usageMistakesAndBadSettingsAreNamedTogether() {
    assertEquals(2, run("run", "--conf", "novalue", "--master", "spark://", "--fail-on", "typos"));
    List<String> lines = err.lines().filter(l -> l.startsWith("crosscheck: ")).toList();
    assertEquals(
        List.of(
            "crosscheck: 3 problems; nothing was run:",
            "crosscheck: --conf takes key=value, not 'novalue'",
            "crosscheck: --fail-on takes conflicts or reuse, not 'typos'",
            "crosscheck: --master spark://: spark.master: 'spark://' names no host: write"
                + " spark://HOST:PORT[,HOST:PORT]"),
        lines);
  }

  @Test
  void aJobFileWithThreeMistakesExitsTwoNamingAllThree() throws Exception {
    Path job = tmp.resolve("three.yaml");
    Path outRoot = tmp.resolve("out");
    Files.writeString(
        job,
        "name: three\noutput: "
            + outRoot
            + "\nspark:\n  master: foo\n  shuffle_partitions: 0\nreport:\n  previw_chars: 3\n");
    assertEquals(2, run("run", job.toString()));
    assertTrue(err.contains("3 problems"), err);
    assertTrue(err.contains(job + ":7: unknown key 'report.previw_chars'"), err);
    assertTrue(err.contains(job + ":4: spark.master: 'foo' is not a Spark master URL"), err);
    assertTrue(err.contains(job + ":5: spark.shuffle_partitions: must be ≥ 1"), err);
    assertFalse(Files.exists(outRoot));
  }

  @Test
  void csvWithoutTextColumnExitsTwoNamingIt() throws Exception {
    SparkTestSession.get();
    Path csv = tmp.resolve("docs.csv");
    Files.writeString(csv, "id,body\n1,hello\n");
    Path target = tmp.resolve("report");
    assertEquals(2, run("run", "--input", csv.toString(), "--out", target.toString()));
    assertTrue(err.contains("'text'"), err);
    assertFalse(Files.exists(target));
  }

  @Test
  void unwritableOutputExitsOne() throws Exception {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    assertEquals(1, run("run", "--out", file.resolve("report").toString()));
    assertTrue(err.contains("cannot write"), err);
  }

  /**
   * An output root under a regular file: exit 1 at once, one line naming the folder, nothing
   * written.
   */
  @Test
  void anOutputFolderThatCannotBeWrittenExitsOneAndTouchesNothing() throws Exception {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "A short article.\n");
    Path job = tmp.resolve("job.yaml");
    Files.writeString(
        job, "name: blocked\ninputs: [" + in + "]\noutput: " + file.resolve("reports") + "\n");
    Map<String, byte[]> before = snapshot(tmp);
    assertEquals(1, run("run", job.toString()));
    assertOneClearLine(file.resolve("reports").toString());
    assertTrue(out.isEmpty(), out);
    assertSnapshotEquals(before, snapshot(tmp));
  }

  /** --out naming an existing file: never replaced by the report (nor deleted), nothing written. */
  @Test
  void anOutputThatIsAFileExitsOneAndKeepsTheFile() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "A short article.\n");
    Path notes = tmp.resolve("notes.txt");
    Files.writeString(notes, "my notes");
    Map<String, byte[]> before = snapshot(tmp);
    SparkTestSession.get();
    assertEquals(1, run("run", "--input", in.toString(), "--out", notes.toString()));
    assertOneClearLine(notes.toString());
    assertSnapshotEquals(before, snapshot(tmp));
  }

  /** --out naming a folder that holds other things (say, a home folder): refused, nothing moved. */
  @Test
  void anOutputFolderThatIsNotAReportExitsOneAndKeepsItsContents() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "A short article.\n");
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve("thesis.tex"), "three years of work");
    Map<String, byte[]> before = snapshot(tmp);
    SparkTestSession.get();
    assertEquals(1, run("run", "--input", in.toString(), "--out", home.toString()));
    assertOneClearLine(home.toString());
    assertTrue(err.contains("not a crosscheck report"), err);
    assertSnapshotEquals(before, snapshot(tmp));
  }

  private void assertOneClearLine(String folder) {
    List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), err);
    assertTrue(lines.get(0).startsWith("crosscheck: cannot write the report folder "), err);
    assertTrue(lines.get(0).contains(folder), "names the folder: " + err);
    assertFalse(err.contains("\tat "), err);
  }

  /** Every file and folder under {@code dir}, with the bytes of the files (folders map to null). */
  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        entries.put(
            dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : null);
      }
    }
    return entries;
  }

  private static void assertSnapshotEquals(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet(), "nothing created or removed");
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  @Test
  void inputMatchingNothingExitsTwo() {
    SparkTestSession.get();
    assertEquals(
        2,
        run(
            "run",
            "--input",
            tmp.resolve("none/*.txt").toString(),
            "--out",
            tmp.resolve("r").toString()));
    assertTrue(err.contains("matches no file"), err);
  }
}
