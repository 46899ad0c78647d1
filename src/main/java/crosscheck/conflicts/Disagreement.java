package crosscheck.conflicts;

import crosscheck.facts.Claim;
import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The conflict among the sides of one attribute of an event, if any, with its evidence (one value
 * per document of each disagreeing side), confidence and explanation. Two sides disagree only when
 * two documents, neither stating both values, state them in claims that are themselves about the
 * same event (a chain of links may wander to another event) and, for dates, no more than {@link
 * SameEvent#MAX_DISAGREEMENT_DAYS} apart.
 */
final class Disagreement {
  private Disagreement() {}

  /**
   * The conflict among {@code sides}, or null when fewer than two sides disagree.
   *
   * @param minPair the least {@link SameEvent#score} two claims stating disagreeing values must
   *     reach together
   */
  static ConflictFinding conflict(
      String topic, String attribute, Sides sides, Event e, ReuseLinks reuse, double minPair) {
    List<List<Stated>> s = disagreeingSides(attribute, sides.sides(), reuse, minPair);
    if (s.size() < 2) return null;
    List<Stated> cited = new ArrayList<>();
    for (List<Stated> side : s) cited.addAll(Sides.perDocument(side));
    List<ConflictValue> values = new ArrayList<>();
    for (Stated v : cited) values.add(v.evidence());
    values.sort(
        Comparator.comparing(ConflictValue::value)
            .thenComparing(ConflictValue::doc)
            .thenComparingInt(ConflictValue::start));
    Set<String> documents = new HashSet<>();
    for (Stated v : cited) documents.add(v.doc());
    String[] attributeAndMeasure = ConflictFinding.splitAttribute(attribute);
    return new ConflictFinding(
        "c-" + FindingIds.hashOf(values),
        topic,
        attributeAndMeasure[0],
        List.copyOf(values),
        confidence(cited, documents.size()),
        ConflictExplanation.of(attribute, s, documents.size(), e),
        attributeAndMeasure[1]);
  }

  /** The sides that disagree with at least one other side, in their order. */
  private static List<List<Stated>> disagreeingSides(
      String attribute, List<List<Stated>> all, ReuseLinks reuse, double minPair) {
    boolean[] disagrees = new boolean[all.size()];
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (disagree(attribute, all.get(i), all.get(j), reuse, minPair)) {
          disagrees[i] = true;
          disagrees[j] = true;
        }
      }
    }
    List<List<Stated>> s = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) if (disagrees[i]) s.add(all.get(i));
    return s;
  }

  private static boolean disagree(
      String attribute, List<Stated> x, List<Stated> y, ReuseLinks reuse, double minPair) {
    Set<String> docsX = new HashSet<>();
    Set<String> docsY = new HashSet<>();
    for (Stated a : x) docsX.add(a.doc());
    for (Stated b : y) docsY.add(b.doc());
    for (Stated a : x) {
      // A document stating both amounts speaks of two things ("$3bn in contracts, $1bn of it on").
      if (docsY.contains(a.doc())) continue;
      for (Stated b : y) {
        if (docsX.contains(b.doc())) continue;
        Claim ca = a.source().claim();
        Claim cb = b.source().claim();
        if (SameEvent.score(ca, cb, reuse.linked(ca, cb)) < minPair) continue;
        if (!attribute.equals(AttributeNames.DATE)) return true;
        long gap =
            ValueCompatibility.gapDays(
                (ValueCompatibility.DateRange) a.range(), (ValueCompatibility.DateRange) b.range());
        if (gap <= SameEvent.MAX_DISAGREEMENT_DAYS) return true;
      }
    }
    return false;
  }

  /**
   * How sure the conflict is: the weakest same-event link of its values, lowered for hedged claims
   * ("reportedly"), raised a little as more documents take part.
   */
  static double confidence(List<Stated> cited, int documents) {
    double strength = 1;
    int hedged = 0;
    for (Stated v : cited) {
      strength = Math.min(strength, v.strength());
      if (v.source().claim().hedged()) hedged++;
    }
    double certainty = 1 - 0.4 * hedged / (double) cited.size();
    double support = 0.8 + 0.1 * Math.min(2, documents - 2);
    double c = strength * certainty * support;
    return Math.round(Math.max(0, Math.min(1, c)) * 1000) / 1000.0;
  }
}
