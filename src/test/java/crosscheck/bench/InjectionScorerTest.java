package crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.bench.CorpusGenerator.Injection;
import crosscheck.bench.CorpusGenerator.Kind;
import crosscheck.bench.InjectionScorer.Recall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectionScorerTest {
  @TempDir Path dir;

  private static String finding(String a, int as, int ae, String b, int bs, int be, String edits) {
    return String.format(
        "{\"kind\":\"near_verbatim\",\"a\":{\"doc\":\"%s\",\"start\":%d,\"end\":%d},"
            + "\"b\":{\"doc\":\"%s\",\"start\":%d,\"end\":%d},\"edits\":[%s]}%n",
        a, as, ae, b, bs, be, edits);
  }

  @Test
  void countsLinksWithOverlappingOffsetsAndNumberEditsInEitherDirection() throws Exception {
    List<Injection> gold =
        List.of(
            new Injection(Kind.VERBATIM, "x1", 100, 200, "y1", 50, 150, null, null),
            new Injection(Kind.NUMBER, "x2", 100, 200, "y2", 50, 150, "3,200", "4,200"),
            new Injection(Kind.NUMBER, "y3", 100, 200, "x3", 50, 150, "13", "23"),
            new Injection(Kind.SUBSTITUTION, "x4", 100, 200, "y4", 50, 150, "market", "season"),
            new Injection(Kind.VERBATIM, "x5", 100, 200, "y5", 50, 150, null, null));
    Path reuse = dir.resolve("reuse.jsonl");
    Files.writeString(
        reuse,
        finding("x1", 120, 180, "y1", 60, 140, "")
            // a is the source: old → new
            + finding(
                "x2", 90, 210, "y2", 40, 160, "{\"op\":\"number\",\"a\":\"3,200\",\"b\":\"4,200\"}")
            // a is the target (smaller id): new → old; "3" is not "13"
            + finding("x3", 50, 150, "y3", 100, 200, "{\"op\":\"number\",\"a\":\"3\",\"b\":\"13\"}")
            // the right documents at other offsets
            + finding("x4", 300, 400, "y4", 50, 150, "")
            // another pair
            + finding("x5", 100, 200, "y9", 50, 150, ""));
    Recall recall = InjectionScorer.score(gold, InjectionScorer.readFindings(reuse));
    assertEquals(3, recall.found());
    assertEquals(2, recall.numberInjections());
    assertEquals(1, recall.numbersFound());
    assertEquals(0.5, recall.verbatim());
  }

  @Test
  void countsChangedNumbersReportedAsConflictsOldOnTheSourceNewOnTheTarget() throws Exception {
    List<Injection> gold =
        List.of(
            new Injection(Kind.NUMBER, "x1", 100, 200, "y1", 50, 150, "3,200", "4,200"),
            new Injection(Kind.NUMBER, "x2", 100, 200, "y2", 50, 150, "13", "23"),
            new Injection(Kind.NUMBER, "x3", 100, 200, "y3", 50, 150, "7", "8"));
    Path conflicts = dir.resolve("conflicts.jsonl");
    Files.writeString(
        conflicts,
        "{\"values\":[{\"doc\":\"y1\",\"start\":60,\"end\":65,\"text\":\"4,200 people\"},"
            + "{\"doc\":\"x1\",\"start\":110,\"end\":115,\"text\":\"3,200 people\"}]}\n"
            // the values swapped: not this injection
            + "{\"values\":[{\"doc\":\"x2\",\"start\":110,\"end\":112,\"text\":\"23\"},"
            + "{\"doc\":\"y2\",\"start\":60,\"end\":62,\"text\":\"13\"}]}\n"
            // outside the injected span
            + "{\"values\":[{\"doc\":\"x3\",\"start\":10,\"end\":11,\"text\":\"7\"},"
            + "{\"doc\":\"y3\",\"start\":60,\"end\":61,\"text\":\"8\"}]}\n");
    assertEquals(
        1, InjectionScorer.numbersAsConflicts(gold, InjectionScorer.readConflicts(conflicts)));
  }

  @Test
  void countsDocumentPairsForTheBaseline() {
    List<Injection> gold =
        List.of(
            new Injection(Kind.VERBATIM, "b", 0, 1, "a", 0, 1, null, null),
            new Injection(Kind.VERBATIM, "c", 0, 1, "d", 0, 1, null, null));
    assertEquals(1, InjectionScorer.pairsFound(gold, Set.of(InjectionScorer.pairKey("a", "b"))));
  }

  @Test
  void readsStageSecondsFromTheJobLog() throws Exception {
    Path log = dir.resolve("job.log");
    Files.writeString(
        log,
        "08:30:00.123 INFO  stages: ingest    1000 documents in 12.5 s\n"
            + "08:30:01.000 WARN  TaskSetManager: slow\n"
            + "08:30:09.000 INFO  stages: reuse     40 passages (3 kinds) in 7.0 s\n");
    assertEquals(
        List.of("ingest", "reuse"), List.copyOf(ScaleBenchmark.stageSeconds(log).keySet()));
    assertEquals(7.0, ScaleBenchmark.stageSeconds(log).get("reuse"));
  }
}
