package crosscheck.conflicts;

import crosscheck.model.ConflictFinding;
import crosscheck.model.ConflictValue;
import crosscheck.model.Corroboration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The corroboration of one side of an attribute: the finest value that {@link #MIN_SOURCES} or more
 * independent sources ({@link IndependentSources}) support, with one value per document as its
 * support.
 */
final class Agreement {
  /**
   * Two outlets agreeing is common chance in one story; three make a fact an editor can lean on.
   */
  static final int MIN_SOURCES = 3;

  // Widths from this on belong to open bounds (see ValueCompatibility.spread and DateRange.days).
  private static final double UNBOUNDED = 1e8;

  private Agreement() {}

  /**
   * The corroboration of a side (finest value first), or null when fewer than {@link #MIN_SOURCES}
   * sources agree.
   */
  static Corroboration corroboration(
      String topic, String attribute, List<Stated> values, ReuseLinks reuse) {
    // A bound ("more than $60bn", "before 2020") agrees with too much to corroborate anything.
    List<Stated> side = new ArrayList<>();
    for (Stated v : values) if (v.width() < UNBOUNDED) side.add(v);
    if (side.size() < MIN_SOURCES) return null;
    List<Stated> perDoc = Sides.perDocument(side);
    if (IndependentSources.count(perDoc, reuse) < MIN_SOURCES) return null;
    // The finest value enough independent sources all support: members are finest-first.
    String agreed = perDoc.get(perDoc.size() - 1).value();
    for (int i = 1; i < side.size(); i++) {
      if (IndependentSources.count(Sides.perDocument(side.subList(0, i + 1)), reuse)
          >= MIN_SOURCES) {
        agreed = side.get(i).value();
        break;
      }
    }
    List<ConflictValue> support = new ArrayList<>();
    for (Stated v : perDoc) support.add(v.evidence());
    support.sort(Comparator.comparing(ConflictValue::doc).thenComparingInt(ConflictValue::start));
    String[] attributeAndMeasure = ConflictFinding.splitAttribute(attribute);
    return new Corroboration(
        "k-" + FindingIds.hashOf(support),
        topic,
        attributeAndMeasure[0],
        agreed,
        List.copyOf(support),
        attributeAndMeasure[1]);
  }
}
