package crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.config.SegmentConfig;
import crosscheck.conflicts.ClaimBlocks;
import crosscheck.conflicts.MeasurementConflicts;
import crosscheck.facts.DocumentDate;
import crosscheck.facts.DocumentFacts;
import crosscheck.facts.Measurement;
import crosscheck.facts.MeasurementExtractor;
import crosscheck.model.SegmentedDocument;
import crosscheck.segment.DocumentSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The measurement conflicts of real-news stories without Spark, in seconds: each story's documents
 * segmented, measured and matched as the job does, written as conflicts.jsonl and
 * corroborations.jsonl into OUT/story/ for ../shared/acceptance/score. For tuning on the dev
 * stories; the job's own figures come from benchmarks/realnews/run-all.
 *
 * <p>Usage: {@code RealNewsMeasurements OUT STORY_DIR... [--min-score S] (default: the job's
 * conflicts.min_measurement_score)}
 */
public final class RealNewsMeasurements {
  public static void main(String[] args) throws IOException {
    double minScore = crosscheck.config.ConflictsConfig.DEFAULTS.minMeasurementScore();
    List<Path> stories = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--min-score")) minScore = Double.parseDouble(args[++i]);
      else stories.add(Path.of(args[i]));
    }
    Path out = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper();
    DocumentSegmenter segmenter = new DocumentSegmenter(SegmentConfig.DEFAULTS);
    for (Path story : stories) {
      List<Measurement> all = new ArrayList<>();
      Map<String, String> outlets = new HashMap<>();
      try (Stream<Path> files = Files.list(story.resolve("docs"))) {
        for (Path f : files.sorted().toList()) {
          String id = StoryDocuments.id(f);
          SegmentedDocument d = StoryDocuments.segment(segmenter, f);
          DocumentDate date = DocumentFacts.date(d);
          all.addAll(MeasurementExtractor.extract(d, DocumentFacts.anchor(date, 0.5)));
          outlets.put(id, d.meta() == null ? null : d.meta().outlet());
        }
      }
      ClaimBlocks.Found found = MeasurementConflicts.find(all, outlets, minScore, 2000);
      Path dir = out.resolve(story.getFileName().toString());
      Files.createDirectories(dir);
      write(json, dir.resolve("conflicts.jsonl"), found.conflicts());
      write(json, dir.resolve("corroborations.jsonl"), found.corroborations());
      Files.writeString(dir.resolve("reuse.jsonl"), "");
      write(json, dir.resolve("measurements.jsonl"), all);
      write(json, dir.resolve("pairs.jsonl"), MeasurementConflicts.scoredPairs(all, 2000));
      System.out.println(
          story.getFileName()
              + ": "
              + all.size()
              + " measurements, "
              + found.conflicts().size()
              + " conflicts, "
              + found.corroborations().size()
              + " corroborations");
    }
  }

  private static void write(ObjectMapper json, Path file, List<?> rows) throws IOException {
    StringBuilder s = new StringBuilder();
    for (Object r : rows) s.append(json.writeValueAsString(r)).append('\n');
    Files.writeString(file, s.toString());
  }
}
