package crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Per-kind figures on the Clough &amp; Stevenson corpus of plagiarised short answers: 95 answers to
 * five questions, each written from its Wikipedia source at one level (cut, light, heavy) or
 * without it (non). The job runs on the 100 texts; this tool reads its reuse.jsonl.
 *
 * <pre>
 * CloughBenchmark &lt;data-folder&gt; &lt;report-dir&gt;
 *     data-folder holds file_information.csv and the texts (run the job on data-folder/*.txt)
 * </pre>
 *
 * Per level: answers linked to their own source by any finding, and the findings by kind. Per kind:
 * precision = findings between an answer and its own source whose answer was written from the
 * source (not "non"), over all such findings; a finding between an answer and another task's source
 * counts as wrong too. Gold is document-level only, so passage offsets are not scored.
 */
public final class CloughBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> LEVELS = List.of("cut", "light", "heavy", "non");
  private static final List<String> KINDS =
      List.of("verbatim", "near_verbatim", "paraphrase", "translation");

  private CloughBenchmark() {}

  /** An answer: its task (a..e) and level. */
  record Answer(String task, String level) {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    if (args.length != 2) {
      err.println("usage: CloughBenchmark <data-folder> <report-dir>");
      return 2;
    }
    Map<String, Answer> answers = readAnswers(Path.of(args[0]).resolve("file_information.csv"));
    Map<String, Map<String, Integer>> kindsByLevel = new TreeMap<>();
    Map<String, Integer> linkedByLevel = new TreeMap<>();
    Map<String, int[]> precisionByKind = new LinkedHashMap<>(); // kind -> {right, all}
    Map<String, List<String>> linkedAnswers = new TreeMap<>();
    for (String line :
        Files.readAllLines(Path.of(args[1]).resolve("reuse.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode f = JSON.readTree(line);
      String a = f.at("/a/doc").asText();
      String b = f.at("/b/doc").asText();
      String kind = f.get("kind").asText();
      for (String[] sides : new String[][] {{a, b}, {b, a}}) {
        Answer answer = answers.get(sides[0]);
        if (answer == null || answer.level().equals("orig") || !sides[1].startsWith("orig_task"))
          continue;
        boolean ownSource = sides[1].equals("orig_task" + answer.task());
        int[] p = precisionByKind.computeIfAbsent(kind, k -> new int[2]);
        p[1]++;
        if (ownSource && !answer.level().equals("non")) p[0]++;
        if (ownSource) {
          kindsByLevel
              .computeIfAbsent(answer.level(), l -> new TreeMap<>())
              .merge(kind, 1, Integer::sum);
          linkedAnswers.computeIfAbsent(sides[0], x -> new ArrayList<>()).add(kind);
        }
      }
    }
    Map<String, Integer> answersByLevel = new TreeMap<>();
    answers.values().forEach(x -> answersByLevel.merge(x.level(), 1, Integer::sum));
    for (Map.Entry<String, List<String>> e : linkedAnswers.entrySet()) {
      linkedByLevel.merge(answers.get(e.getKey()).level(), 1, Integer::sum);
    }
    out.println("level  answers  linked to own source  findings by kind");
    for (String level : LEVELS) {
      out.println(
          String.format(
              Locale.ROOT,
              "%-6s %7d  %20d  %s",
              level,
              answersByLevel.getOrDefault(level, 0),
              linkedByLevel.getOrDefault(level, 0),
              kindsByLevel.getOrDefault(level, Map.of())));
    }
    int reused = 0;
    int found = 0;
    for (String level : List.of("cut", "light", "heavy")) {
      reused += answersByLevel.getOrDefault(level, 0);
      found += linkedByLevel.getOrDefault(level, 0);
    }
    int falseDocs = linkedByLevel.getOrDefault("non", 0);
    out.println(
        String.format(
            Locale.ROOT,
            "documents: recall %.3f (%d/%d reused answers linked), precision %.3f (%d non answers linked)",
            reused == 0 ? 0 : (double) found / reused,
            found,
            reused,
            found + falseDocs == 0 ? 0 : (double) found / (found + falseDocs),
            falseDocs));
    for (String kind : KINDS) {
      int[] p = precisionByKind.getOrDefault(kind, new int[2]);
      out.println(
          String.format(
              Locale.ROOT,
              "kind %-13s findings %4d  precision %.3f",
              kind,
              p[1],
              p[1] == 0 ? 0 : (double) p[0] / p[1]));
    }
    return 0;
  }

  static Map<String, Answer> readAnswers(Path csv) throws IOException {
    Map<String, Answer> out = new TreeMap<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        String file = rec.get("File");
        String doc = file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
        out.put(doc, new Answer(rec.get("Task"), rec.get("Category")));
      }
    }
    return out;
  }
}
