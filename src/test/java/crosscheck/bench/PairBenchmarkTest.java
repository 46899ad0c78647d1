package crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.bench.PairBenchmark.Dataset;
import crosscheck.bench.PairBenchmark.LabeledPair;
import crosscheck.bench.PairBenchmark.Result;
import crosscheck.bench.PairBenchmark.Split;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairBenchmarkTest {

  @TempDir Path dir;

  private void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  @Test
  void mrpcLoaderSkipsBomAndHeaderAndStripsControlCharacters() throws IOException {
    write(
        dir.resolve("mrpc/msr_paraphrase_test.txt"),
        "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
            + "1\t11\t12\tThe mayor\u0012s plan \"passed.\tThe plan of the mayor passed.\n"
            + "0\t13\t14\tRain fell.\tSnow fell in May.\n");
    List<LabeledPair> pairs = PairBenchmark.readPairs(Dataset.MRPC, Split.TEST, dir);
    assertEquals(
        List.of(
            new LabeledPair(
                "pair-00001", "The mayors plan \"passed.", "The plan of the mayor passed.", true),
            new LabeledPair("pair-00002", "Rain fell.", "Snow fell in May.", false)),
        pairs);
  }

  @Test
  void prepareThenScoreCountsLinksEitherWay() throws IOException {
    Path folder = dir.resolve("pan10-sentence-pairs");
    write(folder.resolve("pan-train_s1.txt"), "One a.\nTwo a.\nThree a.\nFour a.\n");
    write(folder.resolve("pan-train_s2.txt"), "One b.\nTwo b.\nThree b.\nFour b.\n");
    write(folder.resolve("pan-train.labels"), "1\n1\n0\n0\n");
    Path records = dir.resolve("out/pan.jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        PairBenchmark.run(
            new String[] {
              "prepare", "pan10", "train", records.toString(), "--data", dir.toString()
            },
            new PrintStream(out),
            System.err);
    assertEquals(PairBenchmark.OK, code);
    assertEquals(
        "{\"id\":\"pair-00001-a\",\"text\":\"One a.\"}", Files.readAllLines(records).get(0));
    assertEquals(8, Files.readAllLines(records).size());
    assertEquals("pair-00003\t0", Files.readAllLines(PairBenchmark.labelsFile(records)).get(3));

    // Pair 1 linked a->b, pair 2 linked b->a, pair 3 wrongly linked, pair 4 only to another pair.
    write(
        dir.resolve("report/reuse.jsonl"),
        "{\"id\":\"r1\",\"a\":{\"doc\":\"pair-00001-a\"},\"b\":{\"doc\":\"pair-00001-b\"}}\n"
            + "{\"id\":\"r2\",\"a\":{\"doc\":\"pair-00002-b\"},\"b\":{\"doc\":\"pair-00002-a\"}}\n"
            + "{\"id\":\"r3\",\"a\":{\"doc\":\"pair-00003-a\"},\"b\":{\"doc\":\"pair-00003-b\"}}\n"
            + "{\"id\":\"r4\",\"a\":{\"doc\":\"pair-00004-a\"},\"b\":{\"doc\":\"pair-00001-b\"}}\n");
    Result result = PairBenchmark.score(records, dir.resolve("report"));
    assertEquals(new Result(4, 2, 1, 0, 1), result);
    assertEquals(0.75, result.accuracy(), 1e-9);
    assertEquals(0.8, result.f1(), 1e-9);
  }

  @Test
  void sweepCountsParaphrasesFromTheirScoreAndOtherKindsAlways() throws IOException {
    Path records = dir.resolve("out/p.jsonl");
    write(
        PairBenchmark.labelsFile(records),
        "pair\tlabel\npair-00001\t1\npair-00002\t0\npair-00003\t1\n");
    write(
        dir.resolve("report/reuse.jsonl"),
        "{\"kind\":\"paraphrase\",\"score\":0.55,\"a\":{\"doc\":\"pair-00001-a\"},\"b\":{\"doc\":\"pair-00001-b\"}}\n"
            + "{\"kind\":\"paraphrase\",\"score\":0.3,\"a\":{\"doc\":\"pair-00002-a\"},\"b\":{\"doc\":\"pair-00002-b\"}}\n"
            + "{\"kind\":\"near_verbatim\",\"score\":0.2,\"a\":{\"doc\":\"pair-00003-a\"},\"b\":{\"doc\":\"pair-00003-b\"}}\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(
        PairBenchmark.OK,
        PairBenchmark.run(
            new String[] {"sweep", records.toString(), dir.resolve("report").toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(
        "threshold 0.20 pairs 3 accuracy 0.6667 precision 0.6667 recall 1.0000 f1 0.8000",
        lines.get(0));
    // From 0.32 the weak paraphrase no longer counts; from 0.56 the strong one neither.
    assertEquals(
        "threshold 0.40 pairs 3 accuracy 1.0000 precision 1.0000 recall 1.0000 f1 1.0000",
        lines.get(10));
    assertEquals(
        "threshold 0.90 pairs 3 accuracy 0.6667 precision 1.0000 recall 0.5000 f1 0.6667",
        lines.get(lines.size() - 1));
  }

  @Test
  void unknownDatasetIsAUsageError() {
    int code =
        PairBenchmark.run(
            new String[] {"prepare", "squad", "train", "x.jsonl"},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()));
    assertEquals(PairBenchmark.USAGE, code);
  }
}
