package crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.config.SegmentConfig;
import crosscheck.conflicts.NameConflicts;
import crosscheck.facts.NameMention;
import crosscheck.facts.NameMentions;
import crosscheck.segment.DocumentSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The name conflicts of real-news stories without Spark: each story's documents segmented, their
 * people named in full compared as the job does ({@link NameConflicts}), written as conflicts.jsonl
 * into OUT/story/ for ../shared/acceptance/score.
 *
 * <p>Usage: {@code RealNewsNames OUT STORY_DIR...}
 */
public final class RealNewsNames {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper();
    DocumentSegmenter segmenter = new DocumentSegmenter(SegmentConfig.DEFAULTS);
    for (int i = 1; i < args.length; i++) {
      Path story = Path.of(args[i]);
      List<NameMention> all = new ArrayList<>();
      try (Stream<Path> files = Files.list(story.resolve("docs"))) {
        for (Path f : files.sorted().toList())
          all.addAll(NameMentions.extract(StoryDocuments.segment(segmenter, f)));
      }
      Path dir = out.resolve(story.getFileName().toString());
      Files.createDirectories(dir);
      StringBuilder s = new StringBuilder();
      for (Object r : NameConflicts.find(all)) s.append(json.writeValueAsString(r)).append('\n');
      Files.writeString(dir.resolve("conflicts.jsonl"), s.toString());
      Files.writeString(dir.resolve("reuse.jsonl"), "");
      System.out.println(story.getFileName() + ": " + all.size() + " names in full");
    }
  }
}
