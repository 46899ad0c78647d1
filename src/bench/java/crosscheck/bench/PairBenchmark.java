package crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures reuse detection on sentence-pair benchmarks through the job itself (no Spark here).
 *
 * <pre>
 * prepare &lt;pan10|mrpc&gt; &lt;train|test&gt; &lt;out.jsonl&gt; [--data DIR]
 *     one JSON Lines record per sentence ({"id":"pair-00001-a","text":...}, pairs in file order)
 *     and &lt;out.jsonl&gt;.labels.tsv beside it (pair id, label 1 = reused)
 * score &lt;out.jsonl&gt; &lt;report-dir&gt;
 *     a pair counts as reused when some line of reuse.jsonl links pair-N-a and pair-N-b;
 *     prints accuracy, precision, recall and F1 as JSON and as one line
 * sweep &lt;out.jsonl&gt; &lt;report-dir&gt;
 *     the same figures for each paraphrase threshold from 0.20 to 0.90 (a run made with a low
 *     {@code reuse.paraphrase_threshold}): a paraphrase link counts from its score on, other
 *     kinds always. Tune on a train split, then run the test split once with the chosen value.
 * </pre>
 *
 * Dataset folders ({@code pan10-sentence-pairs/}, {@code mrpc/}) are read from {@code --data}, by
 * default {@value #DEFAULT_DATA}.
 */
public final class PairBenchmark {

  public static final String DEFAULT_DATA = "/work/shared/benchmarks";
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern PAIR_SIDE = Pattern.compile("(pair-\\d+)-([ab])$");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");

  /** The benchmarks this tool knows. */
  public enum Dataset {
    PAN10("pan10-sentence-pairs"),
    MRPC("mrpc");

    private final String folder;

    Dataset(String folder) {
      this.folder = folder;
    }

    public String folder() {
      return folder;
    }

    static Dataset of(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "pan10", "pan" -> PAN10;
        case "mrpc", "msrp" -> MRPC;
        default -> throw new IllegalArgumentException("unknown dataset " + name + " (pan10, mrpc)");
      };
    }
  }

  /** The benchmark split. */
  public enum Split {
    TRAIN,
    TEST;

    static Split of(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "train" -> TRAIN;
        case "test" -> TEST;
        default -> throw new IllegalArgumentException("unknown split " + name + " (train, test)");
      };
    }

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One sentence pair with its gold label; {@code id} is {@code pair-00001}. */
  public record LabeledPair(String id, String a, String b, boolean reused) {}

  /** Confusion counts and the figures derived from them. */
  public record Result(
      int pairs, int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    public double accuracy() {
      return pairs == 0 ? 0 : (double) (truePositives + trueNegatives) / pairs;
    }

    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      int gold = truePositives + falseNegatives;
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Counts of predictions against gold labels, in pair order. */
    public static Result of(boolean[] gold, boolean[] predicted) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      for (int i = 0; i < gold.length; i++) {
        if (gold[i] && predicted[i]) {
          tp++;
        } else if (predicted[i]) {
          fp++;
        } else if (gold[i]) {
          fn++;
        } else {
          tn++;
        }
      }
      return new Result(gold.length, tp, fp, fn, tn);
    }

    /** "accuracy 0.9123 precision ... f1 ..." */
    public String line() {
      return String.format(
          Locale.ROOT,
          "pairs %d accuracy %.4f precision %.4f recall %.4f f1 %.4f",
          pairs,
          accuracy(),
          precision(),
          recall(),
          f1());
    }
  }

  private PairBenchmark() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> positional = new ArrayList<>();
    Path data = Path.of(DEFAULT_DATA);
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data")) {
        if (i + 1 == args.length) {
          return usage(err, "--data needs a folder");
        }
        data = Path.of(args[++i]);
      } else if (args[i].startsWith("--data=")) {
        data = Path.of(args[i].substring("--data=".length()));
      } else {
        positional.add(args[i]);
      }
    }
    try {
      if (positional.size() == 4 && positional.get(0).equals("prepare")) {
        Dataset dataset = Dataset.of(positional.get(1));
        Split split = Split.of(positional.get(2));
        Path outFile = Path.of(positional.get(3));
        int n = prepare(readPairs(dataset, split, data), outFile);
        out.println(
            "wrote "
                + n
                + " pairs ("
                + 2 * n
                + " records) to "
                + outFile
                + " and "
                + labelsFile(outFile));
        return OK;
      }
      if (positional.size() == 3 && positional.get(0).equals("sweep")) {
        Map<String, Double> best = bestScores(Path.of(positional.get(2)).resolve("reuse.jsonl"));
        Map<String, Boolean> gold = readLabels(labelsFile(Path.of(positional.get(1))));
        for (int t = 20; t <= 90; t += 2) {
          double threshold = t / 100.0;
          boolean[] expected = new boolean[gold.size()];
          boolean[] found = new boolean[gold.size()];
          int i = 0;
          for (Map.Entry<String, Boolean> pair : gold.entrySet()) {
            expected[i] = pair.getValue();
            found[i] = best.getOrDefault(pair.getKey(), -1.0) >= threshold;
            i++;
          }
          out.println(
              String.format(Locale.ROOT, "threshold %.2f ", threshold)
                  + Result.of(expected, found).line());
        }
        return OK;
      }
      if (positional.size() == 3 && positional.get(0).equals("score")) {
        Result result = score(Path.of(positional.get(1)), Path.of(positional.get(2)));
        out.println(toJson(result));
        out.println(result.line());
        return OK;
      }
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      err.println("pair benchmark failed: " + e.getMessage());
      return FAILED;
    }
    return usage(err, null);
  }

  private static int usage(PrintStream err, String problem) {
    if (problem != null) {
      err.println(problem);
    }
    err.println("usage: PairBenchmark prepare <pan10|mrpc> <train|test> <out.jsonl> [--data DIR]");
    err.println("       PairBenchmark score <out.jsonl> <report-dir>");
    err.println("       PairBenchmark sweep <out.jsonl> <report-dir>");
    return USAGE;
  }

  /** The labelled pairs of a dataset split, in file order. */
  public static List<LabeledPair> readPairs(Dataset dataset, Split split, Path data)
      throws IOException {
    Path folder = data.resolve(dataset.folder());
    return switch (dataset) {
      case PAN10 -> readPan(folder, split);
      case MRPC -> readMrpc(folder.resolve("msr_paraphrase_" + split.code() + ".txt"));
    };
  }

  /** PAN-10: line i of {@code _s1}, {@code _s2} and {@code .labels} form pair i. */
  static List<LabeledPair> readPan(Path folder, Split split) throws IOException {
    String base = "pan-" + split.code();
    List<String> first =
        Files.readAllLines(folder.resolve(base + "_s1.txt"), StandardCharsets.UTF_8);
    List<String> second =
        Files.readAllLines(folder.resolve(base + "_s2.txt"), StandardCharsets.UTF_8);
    List<String> labels =
        Files.readAllLines(folder.resolve(base + ".labels"), StandardCharsets.UTF_8);
    dropTrailingEmpty(first);
    dropTrailingEmpty(second);
    dropTrailingEmpty(labels);
    if (first.size() != second.size() || first.size() != labels.size()) {
      throw new IOException(
          base
              + ": "
              + first.size()
              + " / "
              + second.size()
              + " / "
              + labels.size()
              + " lines in _s1 / _s2 / .labels");
    }
    List<LabeledPair> pairs = new ArrayList<>(first.size());
    int width = idWidth(first.size());
    for (int i = 0; i < first.size(); i++) {
      pairs.add(
          new LabeledPair(
              pairId(i + 1, width),
              clean(first.get(i)),
              clean(second.get(i)),
              label(labels.get(i), base + ".labels line " + (i + 1))));
    }
    return pairs;
  }

  /** MRPC: UTF-8 with a byte order mark, a header, tab-separated Quality, ids, String 1, 2. */
  static List<LabeledPair> readMrpc(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    dropTrailingEmpty(lines);
    List<LabeledPair> pairs = new ArrayList<>();
    int width = idWidth(lines.size() - 1);
    for (int i = 1; i < lines.size(); i++) {
      // Plain split, not CSV: the strings hold unbalanced double quotes.
      String[] fields = lines.get(i).split("\t", -1);
      if (fields.length != 5) {
        throw new IOException(
            file.getFileName()
                + " line "
                + (i + 1)
                + ": "
                + fields.length
                + " tab-separated fields, expected 5");
      }
      pairs.add(
          new LabeledPair(
              pairId(pairs.size() + 1, width),
              clean(fields[3]),
              clean(fields[4]),
              label(fields[0], file.getFileName() + " line " + (i + 1))));
    }
    return pairs;
  }

  /** Writes the records and the labels file; returns the number of pairs. */
  public static int prepare(List<LabeledPair> pairs, Path outFile) throws IOException {
    Path parent = outFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter records = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
        BufferedWriter labels =
            Files.newBufferedWriter(labelsFile(outFile), StandardCharsets.UTF_8)) {
      labels.write("pair\tlabel\n");
      for (LabeledPair pair : pairs) {
        records.write(record(pair.id() + "-a", pair.a()));
        records.write('\n');
        records.write(record(pair.id() + "-b", pair.b()));
        records.write('\n');
        labels.write(pair.id() + "\t" + (pair.reused() ? 1 : 0) + "\n");
      }
    }
    return pairs.size();
  }

  /** Compares the links in {@code report/reuse.jsonl} with the labels beside {@code records}. */
  public static Result score(Path records, Path report) throws IOException {
    Map<String, Boolean> gold = readLabels(labelsFile(records));
    Set<String> linked = linkedPairs(report.resolve("reuse.jsonl"));
    boolean[] expected = new boolean[gold.size()];
    boolean[] found = new boolean[gold.size()];
    int i = 0;
    for (Map.Entry<String, Boolean> pair : gold.entrySet()) {
      expected[i] = pair.getValue();
      found[i] = linked.contains(pair.getKey());
      i++;
    }
    return Result.of(expected, found);
  }

  /** Pair ids whose two records some finding links (a-b or b-a). */
  static Set<String> linkedPairs(Path reuseJsonl) throws IOException {
    return bestScores(reuseJsonl).keySet();
  }

  /**
   * Per linked pair, the best evidence: a paraphrase link's score, or 2 for any other kind (copies
   * and translations do not depend on the paraphrase threshold).
   */
  static Map<String, Double> bestScores(Path reuseJsonl) throws IOException {
    Map<String, Double> best = new HashMap<>();
    List<String> lines = Files.readAllLines(reuseJsonl, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode finding;
      try {
        finding = MAPPER.readTree(line);
      } catch (IOException e) {
        throw new IOException("reuse.jsonl line " + (i + 1) + ": not JSON", e);
      }
      Matcher a = PAIR_SIDE.matcher(finding.path("a").path("doc").asText(""));
      Matcher b = PAIR_SIDE.matcher(finding.path("b").path("doc").asText(""));
      if (a.find() && b.find() && a.group(1).equals(b.group(1)) && !a.group(2).equals(b.group(2))) {
        double score =
            finding.path("kind").asText().equals("paraphrase")
                ? finding.path("score").asDouble()
                : 2.0;
        best.merge(a.group(1), score, Math::max);
      }
    }
    return best;
  }

  static Map<String, Boolean> readLabels(Path file) throws IOException {
    Map<String, Boolean> labels = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] fields = lines.get(i).split("\t", -1);
      if (fields.length != 2) {
        throw new IOException(file.getFileName() + " line " + (i + 1) + ": expected pair, label");
      }
      labels.put(fields[0], label(fields[1], file.getFileName() + " line " + (i + 1)));
    }
    return labels;
  }

  public static Path labelsFile(Path records) {
    return records.resolveSibling(records.getFileName() + ".labels.tsv");
  }

  static String toJson(Result result) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("pairs", result.pairs());
    json.put("true_positives", result.truePositives());
    json.put("false_positives", result.falsePositives());
    json.put("false_negatives", result.falseNegatives());
    json.put("true_negatives", result.trueNegatives());
    json.put("accuracy", round(result.accuracy()));
    json.put("precision", round(result.precision()));
    json.put("recall", round(result.recall()));
    json.put("f1", round(result.f1()));
    return json.toString();
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static String record(String id, String text) throws IOException {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", id);
    json.put("text", text);
    return MAPPER.writeValueAsString(json);
  }

  /** Without a byte order mark and control characters (MRPC holds a stray 0x12), trimmed. */
  static String clean(String text) {
    String noBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return CONTROL.matcher(noBom).replaceAll("").replace('\t', ' ').replace('\n', ' ').strip();
  }

  private static boolean label(String value, String where) throws IOException {
    String v = clean(value);
    if (v.equals("1")) {
      return true;
    }
    if (v.equals("0")) {
      return false;
    }
    throw new IOException(where + ": label " + value + " is neither 0 nor 1");
  }

  private static int idWidth(int pairs) {
    return Math.max(5, String.valueOf(pairs).length());
  }

  private static String pairId(int number, int width) {
    return "pair-" + String.format(Locale.ROOT, "%0" + width + "d", number);
  }

  private static void dropTrailingEmpty(List<String> lines) {
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
  }
}
