package crosscheck.conflicts;

import crosscheck.facts.QuantityValue;
import crosscheck.text.Folding;
import java.util.List;

/**
 * The names of the attributes an event's values are compared on: "date", "category", and for
 * quantities "quantity:passenger", "quantity:body (identified)", "quantity:km" or "quantity".
 * Quantities compare only within one attribute: the same counted noun (lemma) and modifier, or no
 * noun and one dimension ({@link crosscheck.model.ConflictFinding#splitAttribute} reads the measure
 * back).
 */
final class AttributeNames {
  static final String DATE = "date";
  static final String CATEGORY = "category";
  static final String QUANTITY = "quantity";
  static final String MONEY = "money";

  private AttributeNames() {}

  /**
   * The attribute of a quantity. {@code dimensions} are the units standing for their dimension in
   * this event, first seen first; a unit of a new dimension is added.
   */
  static String quantity(QuantityValue q, List<String> dimensions) {
    String lemma = ValueCompatibility.countedLemma(q.counted());
    String modifier = Folding.fold(q.modifier());
    StringBuilder key = new StringBuilder(QUANTITY);
    if (lemma != null) key.append(':').append(lemma);
    if (modifier != null && !modifier.isEmpty())
      key.append(lemma == null ? ":" : " ").append("(").append(modifier).append(")");
    if (q.unit() != null) {
      String dimension = null;
      for (String u : dimensions) {
        boolean same =
            u.equals(MONEY)
                ? ValueCompatibility.isMoney(q.unit())
                : ValueCompatibility.sameDimension(u, q.unit());
        if (same) dimension = u;
      }
      if (dimension == null) {
        // Currencies share one attribute (no exchange rates: they never disagree with each other).
        dimension = ValueCompatibility.isMoney(q.unit()) ? MONEY : q.unit();
        dimensions.add(dimension);
      }
      key.append(lemma == null && modifier == null ? ":" : " in ").append(dimension);
    }
    return key.toString();
  }
}
