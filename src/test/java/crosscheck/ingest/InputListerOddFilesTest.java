package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.IngestConfig;
import crosscheck.model.InputFile;
import crosscheck.model.SkippedInput;
import crosscheck.model.SourceDocument;
import crosscheck.spark.HadoopConf;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File kinds, links and names that broke the listing: pipes, sockets and devices are listed with
 * their kind (and rejected unread), link cycles and second paths to a folder are read once, report
 * folders and lock files are skipped, names are literal once listed, and ids of two roots keep
 * apart.
 */
class InputListerOddFilesTest {
  @TempDir Path dir;

  private InputLister.Listing list(String... inputs) {
    return InputLister.listAll(List.of(inputs), new Configuration());
  }

  private static Map<String, String> byRelative(InputLister.Listing listing) {
    Map<String, String> out = new TreeMap<>();
    for (InputFile f : listing.files()) out.put(f.relative(), f.format());
    return out;
  }

  private static List<String> skippedNames(InputLister.Listing listing) {
    return listing.skipped().stream()
        .map(s -> s.path().substring(s.path().lastIndexOf('/') + 1))
        .toList();
  }

  static void mkfifo(Path path) throws Exception {
    Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertEquals(0, p.waitFor(), "mkfifo " + path);
  }

  @Test
  void pipesSocketsAndDevicesAreListedWithTheirKindAndRejectedUnread() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "An ordinary article.");
    mkfifo(in.resolve("pipe.txt"));
    Files.createSymbolicLink(in.resolve("zeros.txt"), Path.of("/dev/zero"));
    try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      socket.bind(UnixDomainSocketAddress.of(in.resolve("sock.jsonl")));
      InputLister.Listing listing = list(in.toString());
      assertEquals(
          Map.of("a.txt", "txt", "pipe.txt", "fifo", "sock.jsonl", "socket", "zeros.txt", "device"),
          byRelative(listing));
      HadoopConf hadoop = new HadoopConf(new Configuration());
      IngestConfig c = IngestConfig.DEFAULTS;
      Map<String, String> reasons = new TreeMap<>();
      // Reading a pipe nobody writes to would wait forever: the guard only stops a hung test.
      assertTimeoutPreemptively(
          Duration.ofSeconds(30),
          () -> {
            for (InputFile f : listing.files()) {
              for (SourceDocument d :
                  FileReader.read(f, hadoop, c.maxFileBytes(), c.maxDocumentChars(), false)) {
                reasons.put(d.doc(), d.reason());
              }
            }
          });
      assertEquals("not a regular file (a named pipe): not read", reasons.get("pipe"));
      assertEquals("not a regular file (a socket): not read", reasons.get("sock"));
      assertEquals("not a regular file (a device): not read", reasons.get("zeros"));
      assertEquals(null, reasons.get("a"));
    }
  }

  @Test
  void aSymbolicLinkCycleIsReadOnce() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "A");
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("sub/b.txt"), "B");
    Files.createSymbolicLink(in.resolve("loop"), Path.of("."));
    Files.createSymbolicLink(in.resolve("sub/up"), Path.of(".."));
    InputLister.Listing listing = list(in.toString());
    assertEquals(Map.of("a.txt", "txt", "sub/b.txt", "txt"), byRelative(listing));
    assertEquals(List.of("loop", "up"), skippedNames(listing));
    for (SkippedInput s : listing.skipped()) {
      assertTrue(s.reason().startsWith("folder already read as file:" + in), s.toString());
    }
  }

  @Test
  void aFolderReachedDirectlyAndThroughALinkKeepsItsDirectPath() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.createDirectories(in.resolve("real"));
    Files.writeString(in.resolve("real/c.txt"), "C");
    // Sorted before "real": a link walked in name order would win the ids.
    Files.createSymbolicLink(in.resolve("a-alias"), Path.of("real"));
    Files.createSymbolicLink(in.resolve("b-alias"), in.resolve("real"));
    InputLister.Listing listing = list(in.toString());
    assertEquals(Map.of("real/c.txt", "txt"), byRelative(listing));
    assertEquals(List.of("a-alias", "b-alias"), skippedNames(listing));
  }

  @Test
  void aFolderLinkedFromOutsideIsReadThroughTheLinkOnce() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("e.txt"), "E");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.createSymbolicLink(in.resolve("one"), elsewhere);
    Files.createSymbolicLink(in.resolve("two"), elsewhere);
    Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("missing.txt"));
    InputLister.Listing listing = list(in.toString());
    assertEquals(Map.of("one/e.txt", "txt", "gone.txt", "broken-link"), byRelative(listing));
    assertEquals(List.of("two"), skippedNames(listing));
  }

  @Test
  void reportFoldersTheirTemporaryFoldersAndLockFilesAreSkipped() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "A");
    Path reports = Files.createDirectories(in.resolve("reports"));
    Files.writeString(reports.resolve(".crosscheck.lock"), "pid 1");
    Path run = Files.createDirectories(reports.resolve("run-1"));
    Files.writeString(run.resolve("_SUCCESS"), "2024-01-01T00:00:00Z");
    Files.writeString(run.resolve("manifest.json"), "{}");
    Files.writeString(run.resolve("reuse.csv"), "id,kind\n");
    Path temporary = Files.createDirectories(reports.resolve(".run-2.tmp-0123456789ab"));
    Files.writeString(temporary.resolve("reuse.csv"), "id,kind\n");
    Files.createDirectories(reports.resolve(".run-1.old-ba9876543210"));
    // A Spark output folder holds _SUCCESS but no manifest.json: its files are inputs.
    Path sparkOutput = Files.createDirectories(in.resolve("export"));
    Files.writeString(sparkOutput.resolve("_SUCCESS"), "");
    Files.writeString(sparkOutput.resolve("part-0.jsonl"), "{}");
    // Only the exact names are skipped.
    Files.writeString(in.resolve("crosscheck.lock.txt"), "L");
    Files.createDirectories(in.resolve(".notes.tmp-x"));
    Files.writeString(in.resolve(".notes.tmp-x/n.txt"), "N");

    InputLister.Listing listing = list(in.toString());
    assertEquals(
        Map.of(
            "a.txt", "txt",
            "export/_SUCCESS", "unknown",
            "export/part-0.jsonl", "jsonl",
            "crosscheck.lock.txt", "txt",
            ".notes.tmp-x/n.txt", "txt"),
        byRelative(listing));
    Map<String, String> skipped = new TreeMap<>();
    listing
        .skipped()
        .forEach(s -> skipped.put(s.path().substring(in.toString().length() + 6), s.reason()));
    assertEquals(
        List.of(
            "reports/.crosscheck.lock",
            "reports/.run-1.old-ba9876543210",
            "reports/.run-2.tmp-0123456789ab",
            "reports/run-1"),
        List.copyOf(skipped.keySet()));
    assertEquals("lock file of crosscheck runs", skipped.get("reports/.crosscheck.lock"));
    assertTrue(skipped.get("reports/run-1").startsWith("report folder"), skipped.toString());
    assertTrue(
        skipped.get("reports/.run-2.tmp-0123456789ab").startsWith("temporary folder"),
        skipped.toString());
  }

  @Test
  void namesAreLiteralOnceListed() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("x[1].parquet"), "P");
    Files.writeString(in.resolve("x1.parquet"), "Q");
    Files.writeString(in.resolve("10:30 update.txt"), "T");
    Files.writeString(in.resolve("a:b.txt"), "U");
    Files.writeString(in.resolve("{braces}.md"), "V");
    Files.writeString(in.resolve("100% *sure*.txt"), "W");
    assertEquals(
        Map.of(
            "x[1].parquet", "parquet",
            "x1.parquet", "parquet",
            "10:30 update.txt", "txt",
            "a:b.txt", "txt",
            "{braces}.md", "md",
            "100% *sure*.txt", "txt"),
        byRelative(list(in.toString())));
    // A path that names an existing file is that file, even when it reads as a pattern.
    assertEquals(Map.of("x[1].parquet", "parquet"), byRelative(list(in + "/x[1].parquet")));
    assertEquals(Map.of("10:30 update.txt", "txt"), byRelative(list(in + "/10:30 update.txt")));
    // A glob is a glob where the user wrote one, and the names it finds are taken literally.
    assertEquals(
        Map.of("10:30 update.txt", "txt", "a:b.txt", "txt", "100% *sure*.txt", "txt"),
        byRelative(list(in + "/*.txt")));
    assertEquals(Map.of("x1.parquet", "parquet"), byRelative(list(in + "/x[0-9].parquet")));
    assertEquals(Map.of("x[1].parquet", "parquet"), byRelative(list(in + "/x\\[1\\].parq*")));
    // Every listed path opens as the file it names.
    for (InputFile f : list(in.toString()).files()) {
      byte[] bytes = FileReader.readAll(f, new HadoopConf(new Configuration()), 100);
      assertEquals(1, bytes.length, f.path());
    }
  }

  @Test
  void twoRootsWithTheSameNamesKeepApart() throws Exception {
    for (String day : List.of("day1", "day2")) {
      Path d = Files.createDirectories(dir.resolve("in/" + day));
      Files.writeString(d.resolve("x.txt"), day);
      Files.writeString(d.resolve("only-" + day + ".txt"), day);
      Files.writeString(d.resolve("feed.jsonl"), "{}");
    }
    Files.writeString(dir.resolve("in/day1/x.md"), "a real duplicate inside one root");
    Map<String, String> expected =
        Map.of(
            "day1/x.txt", "txt",
            "day1/x.md", "md",
            "day2/x.txt", "txt",
            "day1/feed.jsonl", "jsonl",
            "day2/feed.jsonl", "jsonl",
            "only-day1.txt", "txt",
            "only-day2.txt", "txt");
    assertEquals(
        expected,
        byRelative(list(dir.resolve("in/day1").toString(), dir.resolve("in/day2").toString())));
    // The same through a glob that matches both folders.
    assertEquals(expected, byRelative(list(dir.resolve("in") + "/day*")));
    // One root holding both: the relative paths already differ.
    assertTrue(byRelative(list(dir.resolve("in").toString())).containsKey("day2/x.txt"));
  }
}
