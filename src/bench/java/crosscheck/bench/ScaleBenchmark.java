package crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.bench.CorpusGenerator.Corpus;
import crosscheck.bench.CorpusGenerator.Doc;
import crosscheck.bench.CorpusGenerator.Injection;
import crosscheck.bench.InjectionScorer.Recall;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the job at scale against a floor and a baseline (a benchmark, not a test).
 *
 * <pre>
 * ./crosscheck bench ScaleBenchmark &lt;out-folder&gt; [--sizes 1000,10000,40000] [--data DIR]
 *     [--injection-every 10] [--seed 42] [--generate-only true]
 * </pre>
 *
 * For each size it writes {@code corpus-N/corpus.jsonl} and {@code corpus-N/gold.jsonl} (injected
 * passages with doc ids, offsets and changed words), then runs three child JVMs one after another
 * (so that wall time and peak RSS are per process): the bare Spark read-and-tokenize pass, the
 * MLlib MinHashLSH document join, and the job itself. It appends one JSON line per size to {@code
 * results.jsonl} and rewrites {@code results.md} after each size, so a long run leaves the finished
 * sizes behind.
 */
public final class ScaleBenchmark {

  public static final String DEFAULT_DATA = "/work/shared/benchmarks/bbc-news/bbc";
  private static final Pattern STAGE_LINE =
      Pattern.compile("stages: (\\S+)\\s.*\\bin ([0-9.]+) s\\s*$");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The module flags of the {@code crosscheck} launcher (those spark-submit adds on Java 17). */
  static final List<String> JVM_FLAGS = crosscheck.spark.JavaFlags.SPARK_ON_JAVA_17;

  /** A finished child process: exit status, wall seconds, peak RSS in bytes (VmHWM). */
  /**
   * A child process: exit code, wall time, peak RSS, and the mean 1-minute load average while it
   * ran.
   */
  record ChildRun(int exit, double seconds, long peakRssBytes, double meanLoad) {}

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args[0].startsWith("--")) {
      System.err.println(
          "usage: ScaleBenchmark <out-folder> [--sizes 1000,10000,40000] [--data DIR]"
              + " [--injection-every 10] [--seed 42] [--generate-only true]");
      System.exit(2);
    }
    Path out = Path.of(args[0]).toAbsolutePath();
    List<Integer> sizes = List.of(1000, 10000, 40000);
    Path data = Path.of(DEFAULT_DATA);
    int injectionEvery = 10;
    long seed = 42;
    boolean generateOnly = false;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--sizes" -> sizes = parseSizes(args[i + 1]);
        case "--data" -> data = Path.of(args[i + 1]);
        case "--injection-every" -> injectionEvery = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--generate-only" -> generateOnly = Boolean.parseBoolean(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    Files.createDirectories(out);
    List<CorpusGenerator.Article> articles = CorpusGenerator.readArticles(data);
    log("read %d articles (exact duplicates removed) from %s", articles.size(), data);
    for (int size : sizes) {
      if (generateOnly) {
        generate(out, articles, size, injectionEvery, seed);
        continue;
      }
      ObjectNode result = runSize(out, articles, size, injectionEvery, seed);
      Files.writeString(
          out.resolve("results.jsonl"),
          result + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      writeTable(out);
    }
    System.out.println(out.resolve("results.md"));
  }

  static List<Integer> parseSizes(String list) {
    List<Integer> sizes = new ArrayList<>();
    for (String s : list.split(",")) {
      sizes.add(Integer.parseInt(s.strip()));
    }
    return sizes;
  }

  /** Writes {@code corpus-N/corpus.jsonl} and its {@code gold.jsonl}. */
  private static Corpus generate(
      Path out, List<CorpusGenerator.Article> articles, int size, int injectionEvery, long seed)
      throws IOException {
    Path dir = out.resolve("corpus-" + size);
    Files.createDirectories(dir);
    Corpus corpus = new CorpusGenerator(seed).generate(articles, size, injectionEvery);
    Path corpusFile = dir.resolve("corpus.jsonl");
    writeCorpus(corpus, corpusFile);
    writeGold(corpus.injections(), dir.resolve("gold.jsonl"));
    log(
        "size %d: %d real + %d filler documents, %d injections -> %s",
        size, corpus.realDocs(), size - corpus.realDocs(), corpus.injections().size(), corpusFile);
    return corpus;
  }

  private static ObjectNode runSize(
      Path out, List<CorpusGenerator.Article> articles, int size, int injectionEvery, long seed)
      throws Exception {
    Path dir = out.resolve("corpus-" + size);
    Corpus corpus = generate(out, articles, size, injectionEvery, seed);
    Path corpusFile = dir.resolve("corpus.jsonl");

    ObjectNode r = MAPPER.createObjectNode();
    r.put("documents", size);
    r.put("realDocuments", corpus.realDocs());
    r.put("injections", corpus.injections().size());
    r.put(
        "numberInjections",
        corpus.injections().stream().filter(g -> g.kind() == CorpusGenerator.Kind.NUMBER).count());

    ChildRun floor =
        runChild(
            List.of("crosscheck.bench.SparkReferencePasses", "floor", corpusFile.toString()),
            dir.resolve("floor.log"));
    log("size %d: floor pass %.1f s, exit %d", size, floor.seconds(), floor.exit());
    put(r, "floor", floor);

    Path pairs = dir.resolve("minhash-pairs.tsv");
    ChildRun minhash =
        runChild(
            List.of(
                "crosscheck.bench.SparkReferencePasses",
                "minhash",
                corpusFile.toString(),
                pairs.toString()),
            dir.resolve("minhash.log"));
    put(r, "minhash", minhash);
    if (minhash.exit() == 0) {
      int found = InjectionScorer.pairsFound(corpus.injections(), InjectionScorer.readPairs(pairs));
      r.put("minhashFound", found);
      r.put("minhashRecall", ratio(found, corpus.injections().size()));
    }
    log("size %d: MinHashLSH baseline %.1f s, exit %d", size, minhash.seconds(), minhash.exit());

    Path jobFile = dir.resolve("job.yaml");
    Files.writeString(
        jobFile,
        String.join(
            "\n",
            "# Written by ScaleBenchmark: the default settings on the generated corpus.",
            "name: scale-" + size,
            "inputs:",
            "  - " + corpusFile,
            "output: " + dir.resolve("reports"),
            ""),
        StandardCharsets.UTF_8);
    Path report = dir.resolve("reports").resolve("run");
    Path jobLog = dir.resolve("job.log");
    ChildRun job =
        runChild(
            List.of(
                "crosscheck.job.Main",
                "run",
                jobFile.toString(),
                "--input",
                corpusFile.toString(),
                "--out",
                report.toString()),
            jobLog);
    put(r, "job", job);
    ObjectNode stages = r.putObject("stages");
    stageSeconds(jobLog).forEach(stages::put);
    log("size %d: job %.1f s, exit %d, stages %s", size, job.seconds(), job.exit(), stages);
    if (job.exit() == 0) {
      Recall recall =
          InjectionScorer.score(
              corpus.injections(), InjectionScorer.readFindings(report.resolve("reuse.jsonl")));
      r.put("found", recall.found());
      r.put("recall", recall.reuse());
      r.put("verbatimRecall", recall.verbatim());
      r.put("numbersFound", recall.numbersFound());
      r.put("numberRecall", recall.numbers());
      int asConflicts =
          InjectionScorer.numbersAsConflicts(
              corpus.injections(),
              InjectionScorer.readConflicts(report.resolve("conflicts.jsonl")));
      r.put("numbersAsConflicts", asConflicts);
      r.put("numberConflictRecall", ratio(asConflicts, recall.numberInjections()));
      r.put("findings", Files.lines(report.resolve("reuse.jsonl")).count());
    }
    log("size %d: %s", size, r);
    return r;
  }

  private static void put(ObjectNode r, String name, ChildRun run) {
    ObjectNode n = r.putObject(name);
    n.put("exit", run.exit());
    n.put("seconds", run.seconds());
    n.put("peakRssMB", run.peakRssBytes() / (1024 * 1024));
    n.put("meanLoad", Math.round(run.meanLoad() * 10) / 10.0);
  }

  static void writeCorpus(Corpus corpus, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Doc d : corpus.docs()) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", d.id());
        n.put("text", d.text());
        w.write(MAPPER.writeValueAsString(n));
        w.write('\n');
      }
    }
  }

  static void writeGold(List<Injection> injections, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Injection g : injections) {
        w.write(MAPPER.writeValueAsString(g));
        w.write('\n');
      }
    }
  }

  /** Stage name → seconds, from the job's {@code stages:} log lines on stderr. */
  static Map<String, Double> stageSeconds(Path log) throws IOException {
    Map<String, Double> stages = new LinkedHashMap<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher m = STAGE_LINE.matcher(line);
      if (m.find()) {
        stages.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
      }
    }
    return stages;
  }

  /** Runs a main class in a child JVM like the launcher does, sampling its peak RSS (VmHWM). */
  static ChildRun runChild(List<String> mainAndArgs, Path log) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx3g");
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(mainAndArgs);
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    long start = System.nanoTime();
    Process p = pb.start();
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    long peak = 0;
    double load = 0;
    int loadSamples = 0;
    for (int tick = 0; p.isAlive(); tick++) {
      peak = Math.max(peak, vmHwmBytes(status));
      if (tick % 10 == 0) {
        // Other work on the machine slows every pass: the load says how quiet the run was.
        load += loadAverage();
        loadSamples++;
      }
      Thread.sleep(100);
    }
    int exit = p.waitFor();
    return new ChildRun(
        exit, (System.nanoTime() - start) / 1e9, peak, loadSamples == 0 ? 0 : load / loadSamples);
  }

  private static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static long vmHwmBytes(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process ended between isAlive and the read: keep the last sample.
    }
    return 0;
  }

  static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }

  /** results.md: one column per size, the targets of issue 6 beside the figures. */
  static void writeTable(Path out) throws IOException {
    List<com.fasterxml.jackson.databind.JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("results.jsonl"))) {
      rows.add(MAPPER.readTree(line));
    }
    StringBuilder md = new StringBuilder("| figure |");
    StringBuilder rule = new StringBuilder("|---|");
    for (var r : rows) {
      md.append(String.format(Locale.ROOT, " %,d docs |", r.get("documents").asInt()));
      rule.append("---|");
    }
    md.append("\n").append(rule).append("\n");
    row(
        md,
        rows,
        "injected passages (of which changed numbers)",
        r ->
            String.format(
                Locale.ROOT,
                "%d (%d)",
                r.path("injections").asInt(),
                r.path("numberInjections").asInt()));
    // Stages in the order the job logged them.
    java.util.Set<String> stageNames = new java.util.LinkedHashSet<>();
    rows.forEach(r -> r.path("stages").fieldNames().forEachRemaining(stageNames::add));
    for (String stage : stageNames) {
      row(
          md,
          rows,
          "stage " + stage + " (s)",
          r -> fmt(r.path("stages").path(stage).asDouble(Double.NaN), "%.1f"));
    }
    row(
        md,
        rows,
        "job wall time, process (s)",
        r -> fmt(r.path("job").path("seconds").asDouble(), "%.1f"));
    row(md, rows, "job docs/s (target ≥ 20)", r -> fmt(docsPerSecond(r, "job"), "%.1f"));
    row(
        md,
        rows,
        "reuse stage docs/s (target ≥ 100)",
        r ->
            fmt(
                ratio(
                    r.path("documents").asDouble(),
                    r.path("stages").path("reuse").asDouble(Double.NaN)),
                "%.1f"));
    row(
        md,
        rows,
        "job peak RSS (MB, target ≤ 4096)",
        r -> r.path("job").path("peakRssMB").asText());
    row(
        md,
        rows,
        "floor: Spark read + tokenize + count (s)",
        r -> fmt(r.path("floor").path("seconds").asDouble(), "%.1f"));
    row(
        md,
        rows,
        "job time / floor time (target ≤ 10)",
        r ->
            fmt(
                ratio(
                    r.path("job").path("seconds").asDouble(),
                    r.path("floor").path("seconds").asDouble()),
                "%.1f"));
    row(
        md,
        rows,
        "baseline: MinHashLSH join (s)",
        r -> fmt(r.path("minhash").path("seconds").asDouble(), "%.1f"));
    row(md, rows, "baseline docs/s", r -> fmt(docsPerSecond(r, "minhash"), "%.1f"));
    row(md, rows, "baseline peak RSS (MB)", r -> r.path("minhash").path("peakRssMB").asText());
    row(
        md,
        rows,
        "job docs/s ÷ baseline docs/s",
        r -> fmt(ratio(docsPerSecond(r, "job"), docsPerSecond(r, "minhash")), "%.2f"));
    row(
        md,
        rows,
        "reuse stage docs/s ÷ baseline docs/s",
        r ->
            fmt(
                ratio(
                    ratio(
                        r.path("documents").asDouble(),
                        r.path("stages").path("reuse").asDouble(Double.NaN)),
                    docsPerSecond(r, "minhash")),
                "%.2f"));
    row(
        md,
        rows,
        "recall of injected reuse, job (target ≥ 0.95)",
        r -> recall(r, "found", "injections"));
    row(
        md,
        rows,
        "  of which verbatim",
        r -> fmt(r.path("verbatimRecall").asDouble(Double.NaN), "%.3f"));
    row(
        md,
        rows,
        "recall of changed numbers, job (target ≥ 0.9)",
        r -> recall(r, "numbersFound", "numberInjections"));
    row(
        md,
        rows,
        "recall of injected reuse, baseline (doc pairs joined)",
        r -> recall(r, "minhashFound", "injections"));
    row(md, rows, "reuse findings written by the job", r -> r.path("findings").asText());
    row(
        md,
        rows,
        "mean load average during floor / baseline / job (2 cores)",
        r ->
            String.format(
                Locale.ROOT,
                "%.1f / %.1f / %.1f",
                r.path("floor").path("meanLoad").asDouble(),
                r.path("minhash").path("meanLoad").asDouble(),
                r.path("job").path("meanLoad").asDouble()));
    if (rows.size() > 1) {
      md.append("\n");
      for (int i = 1; i < rows.size(); i++) {
        var a = rows.get(i - 1);
        var b = rows.get(i);
        md.append(
            String.format(
                Locale.ROOT,
                "time(%d) / time(%d) = %.2f for %.1f× the documents (target ≤ 4.4 for 40k/10k)%n",
                b.get("documents").asInt(),
                a.get("documents").asInt(),
                b.path("job").path("seconds").asDouble() / a.path("job").path("seconds").asDouble(),
                b.get("documents").asDouble() / a.get("documents").asDouble()));
      }
    }
    Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
  }

  private static String recall(com.fasterxml.jackson.databind.JsonNode r, String found, String of) {
    if (!r.has(found)) {
      return "n/a";
    }
    int f = r.path(found).asInt();
    int n = r.path(of).asInt();
    return String.format(Locale.ROOT, "%.3f (%d of %d)", ratio(f, n), f, n);
  }

  private static double docsPerSecond(com.fasterxml.jackson.databind.JsonNode r, String pass) {
    return ratio(r.path("documents").asDouble(), r.path(pass).path("seconds").asDouble());
  }

  private static String fmt(double v, String format) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, format, v);
  }

  private static void row(
      StringBuilder md,
      List<com.fasterxml.jackson.databind.JsonNode> rows,
      String name,
      java.util.function.Function<com.fasterxml.jackson.databind.JsonNode, String> cell) {
    md.append("| ").append(name).append(" |");
    for (var r : rows) {
      md.append(' ').append(cell.apply(r)).append(" |");
    }
    md.append('\n');
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "scale: " + format + "%n", args);
  }
}
