package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import crosscheck.model.InputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListerTest {
  @TempDir Path dir;

  @BeforeEach
  void corpus() throws Exception {
    Files.createDirectories(dir.resolve("in/sub/deeper"));
    Files.writeString(dir.resolve("in/a.txt"), "A");
    Files.writeString(dir.resolve("in/sub/b.md"), "B");
    Files.writeString(dir.resolve("in/sub/deeper/c d é.txt"), "C");
    Files.writeString(dir.resolve("in/records.jsonl"), "{}");
    Files.writeString(dir.resolve("in/notes.pdf"), "%PDF");
  }

  private List<String> relatives(List<InputFile> files) {
    return files.stream().map(f -> f.relative() + ":" + f.format()).toList();
  }

  @Test
  void folderIsListedRecursivelyWithIdsRelativeToIt() {
    List<InputFile> files =
        InputLister.list(List.of(dir.resolve("in").toString()), new Configuration());
    assertEquals(
        List.of(
            "a.txt:txt",
            "notes.pdf:unknown",
            "records.jsonl:jsonl",
            "sub/b.md:md",
            "sub/deeper/c d é.txt:txt"),
        relatives(files));
  }

  @Test
  void globIdsAreRelativeToItsFolder() {
    List<InputFile> files =
        InputLister.list(List.of(dir.resolve("in") + "/*.txt"), new Configuration());
    assertEquals(List.of("a.txt:txt"), relatives(files));
  }

  @Test
  void singleFileAndUriInput() {
    List<InputFile> files =
        InputLister.list(
            List.of(dir.resolve("in/sub/b.md").toUri().toString()), new Configuration());
    assertEquals(List.of("b.md:md"), relatives(files));
    assertEquals(1, files.get(0).bytes());
  }

  @Test
  void theSameFileNamedTwiceIsReadOnce() {
    List<InputFile> files =
        InputLister.list(
            List.of(dir.resolve("in/a.txt").toString(), dir.resolve("in") + "/*.txt"),
            new Configuration());
    assertEquals(1, files.size());
  }

  @Test
  void anInputMatchingNothingIsAnError() {
    assertThrows(
        InputException.class,
        () -> InputLister.list(List.of(dir.resolve("missing").toString()), new Configuration()));
    assertThrows(
        InputException.class,
        () -> InputLister.list(List.of(dir.resolve("in") + "/*.csv"), new Configuration()));
  }
}
