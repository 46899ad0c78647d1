package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.model.InputFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RootIdsTest {
  private static RootIds.Listed file(String root, String relative) {
    return new RootIds.Listed(
        new InputFile(root + "/" + relative, relative, DocumentParser.formatOf(relative), 1), root);
  }

  private static List<String> ids(List<RootIds.Listed> listed) {
    return RootIds.qualify(listed).stream()
        .map(f -> DocumentParser.documentId(f.relative()))
        .toList();
  }

  @Test
  void onlyIdsThatClashAcrossRootsAreQualifiedByTheRootName() {
    assertEquals(
        List.of("day1/x", "day2/x", "y", "sub/z", "day2/sub/w", "day1/sub/w"),
        ids(
            List.of(
                file("file:/data/day1", "x.txt"),
                file("file:/data/day2", "x.md"),
                file("file:/data/day1", "y.txt"),
                file("file:/data/day2", "sub/z.txt"),
                file("file:/data/day2", "sub/w.txt"),
                file("file:/data/day1", "sub/w.jsonl"))));
  }

  @Test
  void aDuplicateInsideOneRootKeepsItsIdForIngestToReject() {
    assertEquals(
        List.of("x", "x"),
        ids(List.of(file("file:/data/day1", "x.txt"), file("file:/data/day1", "x.md"))));
  }

  @Test
  void rootsWithOneNameAreToldApartByTheirParents() {
    assertEquals(
        List.of("a/in/x", "b/in/x", "c/x"),
        ids(
            List.of(
                file("file:/srv/a/in", "x.txt"),
                file("hdfs://nn/srv/b/in", "x.txt"),
                file("file:/srv/c", "x.txt"))));
    assertEquals(
        Map.of("file:/srv/in", "file:/srv/in", "hdfs://nn/srv/in", "hdfs://nn/srv/in"),
        RootIds.labels(Set.of("file:/srv/in", "hdfs://nn/srv/in")),
        "the same path on two file systems: named by the whole URI");
  }
}
