package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Points of a lead: "casi 30 puntos de ventaja", "a lead of 12 points", "la diferencia oscila entre
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
    List<String> before =
        MeasurementCues.words(
            Folding.fold(MeasurementCues.clauseTail(text.substring(sentenceStart, q.start())))
                .toLowerCase(Locale.ROOT));
    List<String> after =
        MeasurementCues.words(
            Folding.fold(MeasurementCues.clauseHead(text.substring(q.end(), sentenceEnd)))
                .toLowerCase(Locale.ROOT));
    boolean lead =
        before.subList(Math.max(0, before.size() - REACH), before.size()).stream()
                .anyMatch(LEAD::contains)
            || after.subList(0, Math.min(after.size(), REACH)).stream().anyMatch(LEAD::contains);
    if (!lead) return q;
    return new QuantityValue(
        q.start(),
        q.end(),
        q.text(),
        q.value(),
        q.upper(),
        "pp",
        q.qualifier(),
        q.counted(),
        q.modifier(),
        q.alternative(),
        q.precision());
  }
}
