package crosscheck.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps a loosely scored translation only inside a run: a translated article keeps the order of its
 * source, so two sentence pairs of one document pair that translate each other in the same order
 * confirm each other, while a lone pair must score on its own. News translations drop and add
 * clauses, which leaves a true translation with a score a lone pair of similar sentences (same
 * names, opposite verbs) also reaches; the run tells them apart.
 *
 * <p>Plain Java, on the driver, over the pairs the executors found.
 */
final class TranslationRuns {
  private TranslationRuns() {}

  /**
   * Every pair that is not a translation, every translation scoring {@code strict} or more, and
   * every other translation with a partner: another translation of the same two documents, on other
   * text on both sides and in the same order.
   */
  static List<PassagePair> keep(List<PassagePair> pairs, double strict) {
    Map<String, List<PassagePair>> byDocuments = new TreeMap<>();
    List<PassagePair> out = new ArrayList<>();
    for (PassagePair p : pairs) {
      if (!"translation".equals(p.kind())) {
        out.add(p);
      } else {
        byDocuments.computeIfAbsent(p.aDoc() + "\u0000" + p.bDoc(), k -> new ArrayList<>()).add(p);
      }
    }
    for (List<PassagePair> group : byDocuments.values()) {
      group.sort(
          Comparator.comparingInt(PassagePair::aStart).thenComparingInt(PassagePair::bStart));
      for (PassagePair p : group) {
        if (p.score() >= strict || group.stream().anyMatch(q -> inOrderElsewhere(p, q))) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** Whether {@code q} pairs other text than {@code p} on both sides, in the same order. */
  private static boolean inOrderElsewhere(PassagePair p, PassagePair q) {
    boolean aBefore = q.aEnd() <= p.aStart();
    boolean aAfter = q.aStart() >= p.aEnd();
    boolean bBefore = q.bEnd() <= p.bStart();
    boolean bAfter = q.bStart() >= p.bEnd();
    return (aBefore && bBefore) || (aAfter && bAfter);
  }
}
