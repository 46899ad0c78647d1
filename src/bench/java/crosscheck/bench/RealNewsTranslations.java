package crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.config.ReuseConfig;
import crosscheck.config.SegmentConfig;
import crosscheck.model.SegmentedDocument;
import crosscheck.reuse.SentenceUnit;
import crosscheck.reuse.TranslationProbe;
import crosscheck.segment.DocumentSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gold translation pairs of real-news stories as the translation matcher sees them, without
 * Spark: for each pair, the best-scoring sentence pair inside the two gold spans, the anchors they
 * share (candidates need {@code reuse.min_shared_anchors}) and the factors of its score.
 *
 * <p>Usage: {@code RealNewsTranslations [--pairs OUT.tsv] [--min-anchors 2] [--threshold T]
 * [--run-threshold R] STORY_DIR...}; the thresholds default to the job's ({@code
 * reuse.translation_threshold}, {@code reuse.translation_run_threshold}). {@code --pairs} writes
 * every English-Spanish sentence pair of each story sharing an anchor, with its factors and whether
 * gold holds it, to read what the matcher scores high that gold does not hold.
 */
public final class RealNewsTranslations {
  public static void main(String[] args) throws IOException {
    int minAnchors = 2;
    double threshold = ReuseConfig.DEFAULTS.translationThreshold();
    double runThreshold = ReuseConfig.DEFAULTS.translationRunThreshold();
    int loose = 0;
    ObjectMapper json = new ObjectMapper();
    DocumentSegmenter segmenter = new DocumentSegmenter(SegmentConfig.DEFAULTS);
    java.io.PrintWriter pairs = null;
    int total = 0;
    int gated = 0;
    int scored = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--min-anchors")) {
        minAnchors = Integer.parseInt(args[++i]);
        continue;
      }
      if (args[i].equals("--pairs")) {
        pairs = new java.io.PrintWriter(Files.newBufferedWriter(Path.of(args[++i])));
        pairs.println(
            "story\tgold\tshared\tscore\tcontent\tmatched\ttotal\tpenalty\tlength\tmonotone\tevidence\ta\tb\tatext\tbtext");
        continue;
      }
      if (args[i].equals("--run-threshold")) {
        runThreshold = Double.parseDouble(args[++i]);
        continue;
      }
      if (args[i].equals("--threshold")) {
        threshold = Double.parseDouble(args[++i]);
        continue;
      }
      Path story = Path.of(args[i]);
      JsonNode gold = json.readTree(story.resolve("gold.json").toFile());
      Map<String, List<SentenceUnit>> units = new HashMap<>();
      if (pairs != null) allPairs(story, segmenter, units, gold, pairs);
      for (JsonNode g : gold.get("reuse")) {
        if (!g.get("kind").asText().equals("translation")) continue;
        total++;
        List<SentenceUnit> a = inside(units, story, segmenter, g.get("a"));
        List<SentenceUnit> b = inside(units, story, segmenter, g.get("b"));
        SentenceUnit bestA = null;
        SentenceUnit bestB = null;
        double best = -1;
        int bestAnchors = 0;
        for (SentenceUnit x : a) {
          for (SentenceUnit y : b) {
            double s = TranslationProbe.score(x, y);
            int anchors = TranslationProbe.sharedAnchors(x, y).size();
            if (s > best || (s == best && anchors > bestAnchors)) {
              best = s;
              bestA = x;
              bestB = y;
              bestAnchors = anchors;
            }
          }
        }
        if (bestA == null) {
          System.out.println(story.getFileName() + " " + g.get("id").asText() + ": no units");
          continue;
        }
        Set<String> shared = TranslationProbe.sharedAnchors(bestA, bestB);
        boolean passes = shared.size() >= minAnchors;
        gated += passes ? 1 : 0;
        scored += passes && best >= threshold ? 1 : 0;
        loose += passes && best >= runThreshold ? 1 : 0;
        System.out.printf(
            "%s %s: %s anchors %s | %s%n   A %s: %s%n   B %s: %s%n",
            story.getFileName(),
            g.get("id").asText(),
            passes ? "GATE-OK" : "GATED",
            shared,
            TranslationProbe.explain(bestA, bestB),
            bestA.language(),
            bestA.text(),
            bestB.language(),
            bestB.text());
      }
    }
    if (pairs != null) pairs.close();
    System.out.printf(
        "translation pairs %d, through the anchor gate %d, scored >= %.2f %d, >= %.2f (kept in a"
            + " run) %d%n",
        total, gated, threshold, scored, runThreshold, loose);
  }

  /**
   * Every English-Spanish sentence pair of a story sharing an anchor, with its factors and label.
   */
  private static void allPairs(
      Path story,
      DocumentSegmenter seg,
      Map<String, List<SentenceUnit>> cache,
      JsonNode gold,
      java.io.PrintWriter out)
      throws IOException {
    List<String> docs;
    try (var files = Files.list(story.resolve("docs"))) {
      docs =
          files.map(f -> f.getFileName().toString().replaceFirst("\\.txt$", "")).sorted().toList();
    }
    Map<String, List<SentenceUnit>> byDoc = new java.util.TreeMap<>();
    for (String d : docs) {
      byDoc.put(d, inside(cache, story, seg, json(d, 0, Integer.MAX_VALUE)));
    }
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        for (SentenceUnit x : byDoc.get(docs.get(i))) {
          for (SentenceUnit y : byDoc.get(docs.get(j))) {
            if (x.language().equals(y.language())) continue;
            int shared = TranslationProbe.sharedAnchors(x, y).size();
            if (shared == 0) continue;
            boolean label = false;
            for (JsonNode g : gold.get("reuse")) {
              if (!g.get("kind").asText().equals("translation")) continue;
              label |=
                  (hits(g.get("a"), x) && hits(g.get("b"), y))
                      || (hits(g.get("a"), y) && hits(g.get("b"), x));
            }
            out.printf(
                "%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s%n",
                story.getFileName(),
                label ? 1 : 0,
                shared,
                TranslationProbe.factors(x, y),
                x.doc() + ":" + x.sentence(),
                y.doc() + ":" + y.sentence(),
                x.text().replaceAll("\\s+", " "),
                y.text().replaceAll("\\s+", " "));
          }
        }
      }
    }
  }

  private static boolean hits(JsonNode side, SentenceUnit u) {
    String doc = side.get("doc").asText().replaceFirst("\\.txt$", "");
    return doc.equals(u.doc())
        && u.start() < side.get("end").asInt()
        && u.end() > side.get("start").asInt();
  }

  private static JsonNode json(String doc, int start, int end) {
    var node = new ObjectMapper().createObjectNode();
    node.put("doc", doc);
    node.put("start", start);
    node.put("end", end);
    return node;
  }

  private static List<SentenceUnit> inside(
      Map<String, List<SentenceUnit>> cache, Path story, DocumentSegmenter seg, JsonNode side)
      throws IOException {
    String doc = side.get("doc").asText();
    List<SentenceUnit> all = cache.get(doc);
    if (all == null) {
      Path f = story.resolve("docs").resolve(doc + (doc.endsWith(".txt") ? "" : ".txt"));
      SegmentedDocument d = StoryDocuments.segment(seg, f);
      all = TranslationProbe.sentences(d);
      cache.put(doc, all);
    }
    int start = side.get("start").asInt();
    int end = side.get("end").asInt();
    return all.stream().filter(u -> u.start() < end && u.end() > start).toList();
  }
}
