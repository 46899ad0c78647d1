package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SparkTestSession;
import crosscheck.report.ChangeDetector;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver killed mid-run (SIGKILL: no shutdown hook runs): the previous report in that output
 * folder stays intact, nothing half-written is taken for a finished run, and the next run works.
 */
class KilledRunTest {
  @TempDir Path root;

  // The flags the launcher gives Java 17 for Spark (see ./crosscheck).
  private static final List<String> JVM_FLAGS = crosscheck.spark.JavaFlags.SPARK_ON_JAVA_17;

  @Test
  void aKilledRunLeavesThePreviousReportIntact() throws Exception {
    Path in = Files.createDirectories(root.resolve("in"));
    String shared =
        "The port authority said the new terminal would open in May, two years late, after a court "
            + "settled the dispute over the steel roof and the contractor agreed to pay for the delay.";
    Files.writeString(in.resolve("a.txt"), "Terminal to open in May\n\n" + shared + "\n");
    Files.writeString(in.resolve("b.txt"), "Port news\n\nOfficials confirmed: " + shared + "\n");
    Path job = root.resolve("job.yaml");
    Files.writeString(
        job, "name: killed\ninputs: [" + in + "]\noutput: " + root.resolve("out") + "\n");
    Path report = root.resolve("out/run");

    SparkTestSession.get();
    assertEquals(
        0,
        Main.run(
            new String[] {"run", job.toString(), "--out", report.toString()}, quiet(), quiet()));
    String manifestBefore = Files.readString(report.resolve("manifest.json"));
    String reuseBefore = Files.readString(report.resolve("reuse.jsonl"));

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
    command.addAll(JVM_FLAGS);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "run",
            job.toString(),
            "--out",
            report.toString(),
            "--master",
            "local[1]"));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      // Kill it in the middle: once Spark work has started, before any report is written.
      String line;
      boolean started = false;
      while ((line = lines.readLine()) != null) {
        if (line.contains("stages: ingest")) {
          started = true;
          break;
        }
      }
      assertTrue(started, "the child run reached the ingest stage");
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }

    assertTrue(ChangeDetector.isFinishedRun(report));
    assertEquals(manifestBefore, Files.readString(report.resolve("manifest.json")));
    assertEquals(reuseBefore, Files.readString(report.resolve("reuse.jsonl")));
    try (Stream<Path> siblings = Files.list(report.getParent())) {
      for (Path p : siblings.toList()) {
        String name = p.getFileName().toString();
        assertTrue(
            name.startsWith(".") || ChangeDetector.isFinishedRun(p),
            "only hidden leftovers or finished runs beside the report: " + name);
      }
    }
    // The lock died with the process: the next run goes through.
    assertEquals(
        0,
        Main.run(
            new String[] {"run", job.toString(), "--out", report.toString()}, quiet(), quiet()));
    assertEquals(reuseBefore, Files.readString(report.resolve("reuse.jsonl")));
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
