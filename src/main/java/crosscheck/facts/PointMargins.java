package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Points of a lead: "casi 18 puntos de ventaja", "a lead of 12 points", "la diferencia oscila entre
 * 30 y 34 puntos" count percentage points, as "30 percentage points" does, though they name only
 * points. Part of {@link MeasurementExtractor}.
 */
final class PointMargins {
  private static final Set<String> POINTS = Set.of("points", "point", "puntos", "punto");
  private static final Set<String> LEAD = WordLists.set("facts/measurement-point-lead-words.txt");

  /** Words read each side of the value, in its clause, for a lead word. */
  static final int REACH = 6;

  private PointMargins() {}

  /** The quantity in percentage points when it counts the points of a lead; else as it is. */
  static QuantityValue inPoints(String text, int sentenceStart, int sentenceEnd, QuantityValue q) {
    if (q.unit() != null || q.counted() == null) return q;
    if (!POINTS.contains(Folding.fold(q.counted()).toLowerCase(Locale.ROOT))) return q;
    List<String> before = MeasurementCues.clauseWordsBefore(text, sentenceStart, q.start());
    List<String> after = MeasurementCues.clauseWordsAfter(text, q.end(), sentenceEnd);
    boolean lead =
        before.subList(Math.max(0, before.size() - REACH), before.size()).stream()
                .anyMatch(LEAD::contains)
            || after.subList(0, Math.min(after.size(), REACH)).stream().anyMatch(LEAD::contains);
    if (!lead) return q;
    return q.withUnit("pp");
  }
}
