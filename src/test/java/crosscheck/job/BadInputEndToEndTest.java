package crosscheck.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dirty corpus the test makes, through the command line: the run finishes (exit 0) with every
 * file and record in the manifest, accepted or rejected with a reason, and no stack trace.
 */
class BadInputEndToEndTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ARTICLE =
      "The harbour authority said on Tuesday that the new ferry terminal would open in "
          + "May, two years late, after a dispute over the contract for the steel roof was settled in court.\n";

  @TempDir static Path root;
  static Path report;
  static String stderr;
  static Map<String, JsonNode> byDoc = new TreeMap<>();

  @BeforeAll
  static void runOnADirtyCorpus() throws Exception {
    Path in = Files.createDirectories(root.resolve("in"));
    Files.writeString(in.resolve("good.txt"), ARTICLE);
    Files.writeString(in.resolve("copy of good.txt"), ARTICLE); // duplicate content, a space
    Files.writeString(in.resolve("réunion ñandú.txt"), "Le conseil a voté.\n"); // non-ASCII name
    Files.writeString(in.resolve("-leading-dash.txt"), "A name that looks like an option.\n");
    Files.write(
        in.resolve("latin1.txt"),
        "Caf\u00e9 au lait, se\u00f1or.\n".getBytes(StandardCharsets.ISO_8859_1));
    byte[] png = new byte[2048];
    new Random(7).nextBytes(png);
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[2] = 'N';
    png[3] = 'G';
    Files.write(in.resolve("photo.txt"), png); // binary behind .txt
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("blank.txt"), "  \n\t\n  ");
    Files.writeString(
        in.resolve("nul.txt"), "Text with a NUL\u0000 byte near its start.\n"); // binary
    Files.writeString(
        in.resolve("late-nul.txt"), ARTICLE.repeat(60) + "A stray\u0000 NUL late in the text.\n");
    Files.writeString(in.resolve("huge.txt"), "word ".repeat(40_000)); // over max_file_bytes
    Path nested = Files.createDirectories(in.resolve("a/b/c"));
    Files.writeString(nested.resolve("deep.txt"), "A story three folders down.\n");
    Files.writeString(
        in.resolve("feed.jsonl"),
        "{\"id\":\"j1\",\"text\":\"First record.\"}\n{not json at all\n{\"id\":\"j3\"}\n{\"id\":\"j4\",\"text\":\"Fourth.\"}\n"
            + "{\"id\":\"../../../escape\",\"text\":\"An id that tries to leave the output folder.\"}\n");
    Files.createSymbolicLink(in.resolve("link-to-good.txt"), in.resolve("good.txt"));
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("no-such-file.txt"));
    Files.writeString(in.resolve("notes.docx"), "not a format we read");
    Files.write(in.resolve("corrupt.parquet"), png); // not Parquet inside

    Path job = root.resolve("dirty.yaml");
    Files.writeString(
        job,
        "name: dirty\ninputs: ["
            + in
            + "]\noutput: "
            + root.resolve("out")
            + "\ningest:\n  max_file_bytes: 100000\n");
    report = root.resolve("out/run");
    SparkTestSession.get();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"run", job.toString(), "--out", report.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, stderr);
    for (JsonNode d : JSON.readTree(report.resolve("manifest.json").toFile()).get("documents")) {
      byDoc.put(d.get("doc").asText(), d);
    }
  }

  private static JsonNode doc(String id) {
    JsonNode d = byDoc.get(id);
    if (d == null) throw new AssertionError("no manifest entry " + id + " among " + byDoc.keySet());
    return d;
  }

  private static void rejected(String id, String reasonPart) {
    JsonNode d = doc(id);
    assertEquals("rejected", d.get("status").asText(), id + ": " + d);
    assertTrue(
        d.get("reason").asText().toLowerCase().contains(reasonPart), id + ": " + d.get("reason"));
  }

  @Test
  void everyFileAndRecordIsAccountedFor() {
    // 17 files: 16 regular ones (one of them JSON Lines with 5 records) and a dangling link.
    long files = byDoc.values().stream().map(d -> d.get("path").asText()).distinct().count();
    assertEquals(17, files, byDoc.keySet().toString());
    assertEquals(21, byDoc.size(), "each JSON Lines record is a document");
    for (JsonNode d : byDoc.values()) {
      String status = d.get("status").asText();
      assertTrue(
          status.equals("accepted")
              || (status.equals("rejected") && !d.get("reason").asText().isBlank()),
          d.toString());
    }
    assertFalse(
        stderr.contains("\tat ") || stderr.contains("Exception"),
        "no stack trace on stderr:\n" + stderr);
  }

  @Test
  void badFilesAreRejectedWithTheirReason() {
    rejected("photo", "binary");
    rejected("nul", "binary");
    rejected("empty", "empty");
    rejected("blank", "empty");
    rejected("huge", "too large");
    rejected("notes", "type");
    rejected("corrupt", "not a readable parquet file");
    rejected("feed#L2", "json"); // the malformed record, with its line
    assertEquals(2, doc("feed#L2").get("line").asInt());
    rejected("j3", "text");
  }

  @Test
  void oddButReadableFilesAreAccepted() {
    for (String id :
        new String[] {
          "good",
          "copy of good",
          "réunion ñandú",
          "-leading-dash",
          "a/b/c/deep",
          "j1",
          "j4",
          "link-to-good"
        }) {
      assertEquals("accepted", doc(id).get("status").asText(), id + ": " + doc(id));
    }
    // Both copies stay; the later id is marked as a copy of the first.
    assertTrue(
        doc("good").get("warnings").toString().contains("duplicate content of copy of good"),
        doc("good").toString());
    assertTrue(
        doc("latin1").get("warnings").toString().contains("invalid UTF-8"),
        doc("latin1").toString());
    // A NUL late in a long text is damage, not a sign of a binary file: replaced, with a warning.
    assertTrue(
        doc("late-nul").get("warnings").toString().contains("NUL"), doc("late-nul").toString());
  }

  @Test
  void documentIdsNeverBuildPaths() throws Exception {
    assertEquals("accepted", doc("../../../escape").get("status").asText());
    // Inside the test's folder, and one level above it, where "../../../escape" from out/run would
    // land.
    try (var inside = Files.walk(root);
        var above = Files.list(root.getParent())) {
      assertTrue(
          Stream.concat(inside, above)
              .noneMatch(p -> p.getFileName().toString().startsWith("escape")),
          "no file is named after a document id");
    }
  }

  @Test
  void aDanglingLinkIsRejectedNotLost() {
    rejected("dangling", "symbolic link to a missing file");
  }
}
