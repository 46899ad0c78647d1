package crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.config.SegmentConfig;
import crosscheck.conflicts.ClaimBlocks;
import crosscheck.conflicts.Contradictions;
import crosscheck.conflicts.LinkedClaim;
import crosscheck.facts.ClaimStance;
import crosscheck.facts.DocumentDate;
import crosscheck.facts.DocumentFacts;
import crosscheck.facts.FactRow;
import crosscheck.model.SegmentedDocument;
import crosscheck.segment.DocumentSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The claims of real-news stories without Spark, in seconds: each story's documents segmented and
 * read as the facts stage reads them, written as claims.jsonl into OUT/story/. For reading what the
 * claim rules see on the dev stories.
 *
 * <p>Usage: {@code RealNewsClaims OUT STORY_DIR...}
 */
public final class RealNewsClaims {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper();
    DocumentSegmenter segmenter = new DocumentSegmenter(SegmentConfig.DEFAULTS);
    for (int i = 1; i < args.length; i++) {
      Path story = Path.of(args[i]);
      List<FactRow> all = new ArrayList<>();
      try (Stream<Path> files = Files.list(story.resolve("docs"))) {
        for (Path f : files.sorted().toList()) {
          SegmentedDocument d = StoryDocuments.segment(segmenter, f);
          DocumentDate date = DocumentFacts.date(d);
          all.addAll(DocumentFacts.claims(d, DocumentFacts.anchor(date, 0.5)));
        }
      }
      Path dir = out.resolve(story.getFileName().toString());
      Files.createDirectories(dir);
      StringBuilder s = new StringBuilder();
      for (FactRow r : all) {
        ClaimStance stance = ClaimStance.of(r.claim(), r.sentence());
        s.append(json.writeValueAsString(Map.of("fact", r, "stance", stance))).append('\n');
      }
      Files.writeString(dir.resolve("claims.jsonl"), s.toString());
      Map<String, List<LinkedClaim>> blocks = new TreeMap<>();
      for (FactRow r : all) {
        for (ClaimBlocks.Keyed k : Contradictions.keys(ClaimBlocks.link(r, null))) {
          blocks.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k.claim());
        }
      }
      List<ClaimBlocks.Found> found = new ArrayList<>();
      for (Map.Entry<String, List<LinkedClaim>> b : blocks.entrySet()) {
        if (b.getValue().size() < 2) continue;
        found.add(Contradictions.analyze(new ClaimBlocks.Block(b.getKey(), b.getValue()), 2000));
      }
      ClaimBlocks.Found merged = ClaimBlocks.merge(found);
      StringBuilder c = new StringBuilder();
      for (var f : merged.conflicts()) c.append(json.writeValueAsString(f)).append('\n');
      Files.writeString(dir.resolve("conflicts.jsonl"), c.toString());
      Files.writeString(dir.resolve("reuse.jsonl"), "");
      System.out.println(
          story.getFileName()
              + ": "
              + all.size()
              + " claims, "
              + merged.conflicts().size()
              + " contradictions");
    }
  }
}
