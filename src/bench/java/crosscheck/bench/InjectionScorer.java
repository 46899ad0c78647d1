package crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.bench.CorpusGenerator.Injection;
import crosscheck.bench.CorpusGenerator.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores findings against the injected gold (plain Java). An injection is found when some finding
 * links its two documents with overlapping offsets on both sides; its changed number is found when
 * such a finding carries a {@code number} edit between the old and the new value; it is reported as
 * a conflict when a conflict has a value inside each injected span, the old number on the source
 * side and the new one on the target side.
 */
public final class InjectionScorer {

  /** One side of a finding. */
  public record Side(String doc, int start, int end) {}

  /** A reuse finding: two sides and its number edits as (a value, b value). */
  public record Finding(Side a, Side b, List<String[]> numberEdits) {}

  /** Recall figures. */
  public record Recall(
      int injections,
      int found,
      int numberInjections,
      int numbersFound,
      int verbatimInjections,
      int verbatimFound) {
    public double reuse() {
      return injections == 0 ? Double.NaN : (double) found / injections;
    }

    public double numbers() {
      return numberInjections == 0 ? Double.NaN : (double) numbersFound / numberInjections;
    }

    public double verbatim() {
      return verbatimInjections == 0 ? Double.NaN : (double) verbatimFound / verbatimInjections;
    }
  }

  /** A conflict value: where it is and the words that state it. */
  public record Value(String doc, int start, int end, String text) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reads conflicts.jsonl: the values of each conflict. */
  public static List<List<Value>> readConflicts(Path conflictsJsonl) throws IOException {
    List<List<Value>> conflicts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(conflictsJsonl, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        List<Value> values = new ArrayList<>();
        for (JsonNode v : MAPPER.readTree(line).path("values")) {
          values.add(
              new Value(
                  v.path("doc").asText(),
                  v.path("start").asInt(),
                  v.path("end").asInt(),
                  v.path("text").asText()));
        }
        conflicts.add(values);
      }
    }
    return conflicts;
  }

  /** How many changed-number injections some conflict reports, old value against new. */
  public static int numbersAsConflicts(List<Injection> gold, List<List<Value>> conflicts) {
    int found = 0;
    for (Injection g : gold) {
      if (g.kind() != Kind.NUMBER) {
        continue;
      }
      for (List<Value> values : conflicts) {
        if (states(values, g.source(), g.sourceStart(), g.sourceEnd(), g.oldWord())
            && states(values, g.target(), g.targetStart(), g.targetEnd(), g.newWord())) {
          found++;
          break;
        }
      }
    }
    return found;
  }

  private static boolean states(List<Value> values, String doc, int start, int end, String word) {
    for (Value v : values) {
      if (v.doc().equals(doc)
          && v.start() < end
          && start < v.end()
          && numberTokens(v.text()).contains(bare(word))) {
        return true;
      }
    }
    return false;
  }

  private InjectionScorer() {}

  /** Reads reuse.jsonl line by line (the file may be large). */
  public static List<Finding> readFindings(Path reuseJsonl) throws IOException {
    List<Finding> findings = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(reuseJsonl, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = MAPPER.readTree(line);
        List<String[]> numbers = new ArrayList<>();
        for (JsonNode edit : node.path("edits")) {
          if ("number".equals(edit.path("op").asText())) {
            numbers.add(new String[] {words(edit.path("a")), words(edit.path("b"))});
          }
        }
        findings.add(new Finding(side(node.path("a")), side(node.path("b")), numbers));
      }
    }
    return findings;
  }

  private static String words(JsonNode node) {
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(n -> parts.add(n.asText()));
      return String.join(" ", parts);
    }
    return node.asText();
  }

  private static Side side(JsonNode node) {
    return new Side(
        node.path("doc").asText(), node.path("start").asInt(), node.path("end").asInt());
  }

  public static Recall score(List<Injection> gold, List<Finding> findings) {
    Map<String, List<Finding>> byPair = new HashMap<>();
    for (Finding f : findings) {
      byPair.computeIfAbsent(pairKey(f.a().doc(), f.b().doc()), k -> new ArrayList<>()).add(f);
    }
    int found = 0;
    int numbers = 0;
    int numbersFound = 0;
    int verbatim = 0;
    int verbatimFound = 0;
    for (Injection g : gold) {
      boolean linked = false;
      boolean numberLinked = false;
      for (Finding f : byPair.getOrDefault(pairKey(g.source(), g.target()), List.of())) {
        Side source = f.a().doc().equals(g.source()) ? f.a() : f.b();
        Side target = source == f.a() ? f.b() : f.a();
        if (overlaps(source, g.sourceStart(), g.sourceEnd())
            && overlaps(target, g.targetStart(), g.targetEnd())) {
          linked = true;
          numberLinked |= g.kind() == Kind.NUMBER && hasNumberEdit(f, g);
        }
      }
      found += linked ? 1 : 0;
      if (g.kind() == Kind.NUMBER) {
        numbers++;
        numbersFound += numberLinked ? 1 : 0;
      }
      if (g.kind() == Kind.VERBATIM) {
        verbatim++;
        verbatimFound += linked ? 1 : 0;
      }
    }
    return new Recall(gold.size(), found, numbers, numbersFound, verbatim, verbatimFound);
  }

  /** Recall of document pairs (for the document-level baseline, which has no offsets). */
  public static int pairsFound(List<Injection> gold, Set<String> joinedPairs) {
    int found = 0;
    for (Injection g : gold) {
      found += joinedPairs.contains(pairKey(g.source(), g.target())) ? 1 : 0;
    }
    return found;
  }

  /** Numbers as written, without surrounding signs or punctuation ("76%" → "76"). */
  private static Set<String> numberTokens(String words) {
    Set<String> tokens = new HashSet<>();
    for (String w : words.split("\\s+")) {
      tokens.add(bare(w));
    }
    return tokens;
  }

  private static String bare(String word) {
    return word.replaceAll("^[^\\d]+|[^\\d]+$", "");
  }

  public static String pairKey(String x, String y) {
    return x.compareTo(y) <= 0 ? x + "\t" + y : y + "\t" + x;
  }

  public static Set<String> readPairs(Path pairsTsv) throws IOException {
    Set<String> pairs = new HashSet<>();
    for (String line : Files.readAllLines(pairsTsv, StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t");
      if (parts.length >= 2) {
        pairs.add(pairKey(parts[0], parts[1]));
      }
    }
    return pairs;
  }

  private static boolean overlaps(Side side, int start, int end) {
    return side.start() < end && start < side.end();
  }

  /** The edit goes old → new when a is the source, new → old when a is the target. */
  private static boolean hasNumberEdit(Finding f, Injection g) {
    boolean sourceIsA = f.a().doc().equals(g.source());
    String from = sourceIsA ? g.oldWord() : g.newWord();
    String to = sourceIsA ? g.newWord() : g.oldWord();
    for (String[] edit : f.numberEdits()) {
      if (numberTokens(edit[0]).contains(bare(from)) && numberTokens(edit[1]).contains(bare(to))) {
        return true;
      }
    }
    return false;
  }
}
