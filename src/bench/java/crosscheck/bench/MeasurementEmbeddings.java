package crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.reuse.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether the embedding model tells one measured thing from two, beside the lexical score the job
 * uses: every pair of measurements the matcher scored (pairs.jsonl of {@link RealNewsMeasurements})
 * is labelled from the story's gold (two values of one gold conflict, one value of one gold fact
 * said twice, or two passages of one trap), both sentences are embedded with the value masked, and
 * the quartiles of the lexical score and of the embedding cosine are printed per label and per
 * language pair. A signal worth adding separates "conflict" and "same" from "trap".
 *
 * <p>Usage: {@code MeasurementEmbeddings MEASUREMENTS_OUT STORY_DIR...} where MEASUREMENTS_OUT is
 * the OUT folder of a {@code RealNewsMeasurements} run over the same stories.
 */
public final class MeasurementEmbeddings {
  private record Labelled(String languages, String label, double lexical, String a, String b) {}

  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Labelled> pairs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Path story = Path.of(args[i]);
      JsonNode gold = json.readTree(story.resolve("gold.json").toFile());
      Path scored = Path.of(args[0]).resolve(story.getFileName().toString()).resolve("pairs.jsonl");
      for (String line : Files.readAllLines(scored)) {
        if (line.isBlank()) continue;
        JsonNode p = json.readTree(line);
        JsonNode a = p.get("a");
        JsonNode b = p.get("b");
        String languages = a.get("language").asText() + "-" + b.get("language").asText();
        if (languages.equals("es-en")) languages = "en-es";
        pairs.add(
            new Labelled(
                languages, label(gold, a, b), p.get("score").asDouble(), masked(a), masked(b)));
      }
    }
    List<String> texts = new ArrayList<>();
    for (Labelled l : pairs) {
      texts.add(l.a());
      texts.add(l.b());
    }
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < texts.size(); i += 64)
      vectors.addAll(SentenceEmbedder.embedAll(texts.subList(i, Math.min(texts.size(), i + 64))));
    Map<String, List<double[]>> groups = new TreeMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      Labelled l = pairs.get(i);
      double cosine = SentenceEmbedder.cosine(vectors.get(2 * i), vectors.get(2 * i + 1));
      groups
          .computeIfAbsent(l.languages() + " " + l.label(), k -> new ArrayList<>())
          .add(new double[] {l.lexical(), cosine});
    }
    System.out.println("languages label  pairs  lexical q1/median/q3  embedding q1/median/q3");
    groups.forEach(
        (k, v) ->
            System.out.printf(
                "%-16s %5d  %s  %s%n", k, v.size(), quartiles(v, 0), quartiles(v, 1)));
  }

  /** "conflict", "same", "trap" or "other", from the gold spans both values fall in. */
  private static String label(JsonNode gold, JsonNode a, JsonNode b) {
    for (JsonNode c : gold.get("conflicts")) {
      List<String> va = new ArrayList<>();
      List<String> vb = new ArrayList<>();
      for (JsonNode v : c.get("values")) {
        if (within(a, v, false)) va.add(v.get("value").asText());
        if (within(b, v, false)) vb.add(v.get("value").asText());
      }
      if (!va.isEmpty() && !vb.isEmpty())
        return va.stream().anyMatch(x -> vb.stream().anyMatch(y -> !x.equals(y)))
            ? "conflict"
            : "same";
    }
    for (JsonNode t : gold.path("must_not_conflict")) {
      boolean inA = false;
      boolean inB = false;
      for (JsonNode s : t.get("spans")) {
        inA |= within(a, s, true);
        inB |= within(b, s, true);
      }
      if (inA && inB) return "trap";
    }
    return "other";
  }

  /** Whether a measurement's value (or, for traps, its sentence) overlaps a gold span. */
  private static boolean within(JsonNode m, JsonNode span, boolean sentence) {
    if (!m.get("doc").asText().equals(span.get("doc").asText())) return false;
    JsonNode q = m.hasNonNull("quantity") ? m.get("quantity") : m.get("time");
    int start = sentence ? m.get("sentenceStart").asInt() : q.get("start").asInt();
    int end = sentence ? m.get("sentenceEnd").asInt() : q.get("end").asInt();
    return start < span.get("end").asInt() && span.get("start").asInt() < end;
  }

  /** The sentence with its value replaced by a placeholder word. */
  private static String masked(JsonNode m) {
    JsonNode q = m.hasNonNull("quantity") ? m.get("quantity") : m.get("time");
    String s = m.get("sentence").asText();
    int offset = m.get("sentenceStart").asInt();
    int start = Math.max(0, Math.min(s.length(), q.get("start").asInt() - offset));
    int end = Math.max(start, Math.min(s.length(), q.get("end").asInt() - offset));
    return s.substring(0, start) + "NUMBER" + s.substring(end);
  }

  private static String quartiles(List<double[]> rows, int column) {
    List<Double> values = new ArrayList<>();
    for (double[] r : rows) values.add(r[column]);
    Collections.sort(values);
    return String.format("%.2f/%.2f/%.2f", at(values, 0.25), at(values, 0.5), at(values, 0.75));
  }

  private static double at(List<Double> sorted, double q) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
  }
}
