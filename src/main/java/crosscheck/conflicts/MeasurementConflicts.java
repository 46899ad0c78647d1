package crosscheck.conflicts;

import crosscheck.facts.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Conflicts and corroborations among measurements of many documents, in memory: the steps the
 * conflicts stage runs over Spark ({@link MeasurementBlocks}, {@link MeasurementMatcher} per block,
 * {@link MeasurementFindings} over all matches), for tests and benchmarks.
 */
public final class MeasurementConflicts {
  private MeasurementConflicts() {}

  /**
   * @param outlets each document's outlet (documents of one outlet count once as corroboration)
   * @param minScore the least similarity for two measurements to be taken as one measured thing
   * @param maxBlock the most measurements compared all against all in one block
   */
  public static ClaimBlocks.Found find(
      List<Measurement> all, Map<String, String> outlets, double minScore, int maxBlock) {
    List<MeasurementMatcher.Match> matches = new ArrayList<>();
    for (List<Measurement> block : blocks(all).values())
      matches.addAll(matchBlock(block, minScore, maxBlock));
    return MeasurementFindings.of(matches, outlets, minScore);
  }

  /**
   * Every comparable pair of measurements that meet in a block, with its score, before any
   * threshold or one-to-one choice: for tuning and for explaining why a pair was not matched.
   */
  public static List<MeasurementMatcher.Match> scoredPairs(List<Measurement> all, int maxBlock) {
    Map<String, MeasurementMatcher.Match> pairs = new TreeMap<>();
    for (List<Measurement> block : blocks(all).values()) {
      List<Measurement> sorted = new ArrayList<>(block);
      sorted.sort(java.util.Comparator.comparing(MeasurementMatcher::key));
      for (MeasurementMatcher.Match m :
          MeasurementMatcher.candidates(sorted.subList(0, Math.min(maxBlock, sorted.size())), 0))
        pairs.putIfAbsent(MeasurementMatcher.key(m.a()) + "|" + MeasurementMatcher.key(m.b()), m);
    }
    return List.copyOf(pairs.values());
  }

  private static Map<String, List<Measurement>> blocks(List<Measurement> all) {
    Map<String, List<Measurement>> blocks = new TreeMap<>();
    for (Measurement m : all)
      for (MeasurementBlocks.Keyed k : MeasurementBlocks.keys(m))
        blocks.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k.measurement());
    return blocks;
  }

  /** One block's matches; an over-full block keeps its first {@code maxBlock} measurements. */
  static List<MeasurementMatcher.Match> matchBlock(
      List<Measurement> block, double minScore, int maxBlock) {
    if (block.size() < 2) return List.of();
    List<Measurement> sorted = new ArrayList<>(block);
    sorted.sort(java.util.Comparator.comparing(MeasurementMatcher::key));
    return MeasurementMatcher.match(sorted.subList(0, Math.min(maxBlock, sorted.size())), minScore);
  }
}
