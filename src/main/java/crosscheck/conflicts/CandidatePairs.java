package crosscheck.conflicts;

import crosscheck.facts.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of claims worth a {@link SameEvent#score}: claims of different documents that share a
 * blocking key ({@link SameEvent#blockingKeys}) or whose sentences a reuse alignment links. Never
 * all pairs: a block of n claims costs n²/2 scores.
 */
final class CandidatePairs {

  /** Two claims by their index in the list given, {@code i < j}. */
  record Pair(int i, int j) {}

  private CandidatePairs() {}

  /** The pairs among {@code claims}, each once, ordered by {@code i} then {@code j}. */
  static List<Pair> of(List<ClaimWithEvidence> claims, ReuseLinks reuse) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    Map<String, List<Integer>> bySentence = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i).claim();
      for (String key : SameEvent.blockingKeys(c))
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      bySentence.computeIfAbsent(c.doc() + "#" + c.sentence(), k -> new ArrayList<>()).add(i);
    }
    Set<Long> pairs = new HashSet<>();
    for (List<Integer> block : blocks.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++)
          addPair(pairs, claims, block.get(x), block.get(y));
      }
    }
    for (String link : reuse.pairs()) {
      int tab = link.indexOf('\t');
      if (tab < 0) continue;
      List<Integer> left = bySentence.getOrDefault(link.substring(0, tab), List.of());
      List<Integer> right = bySentence.getOrDefault(link.substring(tab + 1), List.of());
      for (int i : left) for (int j : right) addPair(pairs, claims, i, j);
    }
    List<Long> sorted = new ArrayList<>(pairs);
    sorted.sort(null);
    List<Pair> out = new ArrayList<>(sorted.size());
    for (long pair : sorted) out.add(new Pair((int) (pair >>> 32), (int) pair));
    return out;
  }

  // A pair packed into one long (lower index in the high half) sorts by i, then j.
  private static void addPair(Set<Long> pairs, List<ClaimWithEvidence> claims, int i, int j) {
    if (i == j || claims.get(i).claim().doc().equals(claims.get(j).claim().doc())) return;
    int lo = Math.min(i, j);
    int hi = Math.max(i, j);
    pairs.add(((long) lo << 32) | hi);
  }
}
