package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path tmp;
  String out;
  String err;

  int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
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

  @Test
  void inputMatchingNothingExitsTwo() {
    SparkTestSession.get();
    assertEquals(2, run("run", "--input", tmp.resolve("none/*.txt").toString(), "--out", tmp.resolve("r").toString()));
    assertTrue(err.contains("matches no file"), err);
  }
}
