package crosscheck.conflicts;

import crosscheck.facts.NameMention;
import crosscheck.model.ConflictFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * People's names one outlet writes otherwise, in memory: the steps the conflicts stage runs over
 * Spark ({@link NameBlocks}, then {@link NameVariants} per block), for tests and benchmarks.
 */
public final class NameConflicts {
  private NameConflicts() {}

  public static List<ConflictFinding> find(List<NameMention> mentions) {
    Map<String, List<NameMention>> blocks = new TreeMap<>();
    for (NameMention m : mentions)
      for (NameBlocks.Keyed k : NameBlocks.keys(m))
        blocks.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k.mention());
    Map<String, ConflictFinding> found = new TreeMap<>();
    for (List<NameMention> block : blocks.values())
      if (block.size() >= 2)
        for (ConflictFinding c : NameVariants.find(block)) found.put(c.id(), c);
    return List.copyOf(found.values());
  }
}
