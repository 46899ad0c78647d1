package crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloughBenchmarkTest {
  @TempDir Path dir;

  private static String finding(String kind, String a, String b) {
    return "{\"kind\":\""
        + kind
        + "\",\"a\":{\"doc\":\""
        + a
        + "\"},\"b\":{\"doc\":\""
        + b
        + "\"}}\n";
  }

  @Test
  void countsAnswersLinkedToTheirOwnSourceAndPrecisionPerKind() throws Exception {
    Files.writeString(
        dir.resolve("file_information.csv"),
        "File,Task,Category\ng1_taska.txt,a,cut\ng2_taska.txt,a,heavy\ng3_taska.txt,a,non\n"
            + "g4_taskb.txt,b,light\norig_taska.txt,a,orig\norig_taskb.txt,b,orig\n");
    Path report = Files.createDirectories(dir.resolve("report"));
    Files.writeString(
        report.resolve("reuse.jsonl"),
        finding("verbatim", "orig_taska", "g1_taska")
            + finding("paraphrase", "g2_taska", "orig_taska")
            + finding("paraphrase", "orig_taska", "g3_taska") // written without the source
            + finding("near_verbatim", "orig_taska", "g4_taskb") // another task's source
            + finding("paraphrase", "g1_taska", "g2_taska")); // two answers: not scored
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(
        0,
        CloughBenchmark.run(
            new String[] {dir.toString(), report.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        text.contains(
            "recall 0.667 (2/3 reused answers linked), precision 0.667 (1 non answers linked)"),
        text);
    assertTrue(text.contains("kind verbatim      findings    1  precision 1.000"), text);
    assertTrue(text.contains("kind near_verbatim findings    1  precision 0.000"), text);
    assertTrue(text.contains("kind paraphrase    findings    2  precision 0.500"), text);
  }
}
