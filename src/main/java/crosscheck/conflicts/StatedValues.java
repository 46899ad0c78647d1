package crosscheck.conflicts;

import static crosscheck.conflicts.AttributeNames.CATEGORY;
import static crosscheck.conflicts.AttributeNames.DATE;

import crosscheck.facts.Claim;
import crosscheck.facts.QuantityValue;
import crosscheck.facts.TimeValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an event's documents state, per attribute ({@link AttributeNames}): the event's date, its
 * kind of instrument, each counted quantity. Only event times count as dates, never report times. A
 * percentage without a counted noun, and two nounless amounts of one kind in one sentence, are left
 * out: they need not measure the same thing.
 */
final class StatedValues {
  private StatedValues() {}

  /**
   * Attribute name -> the values the event's documents state for it, one per doc and value, finest
   * first.
   */
  static Map<String, List<Stated>> of(Event e) {
    Map<String, List<Stated>> out = new TreeMap<>();
    List<String> dimensions = new ArrayList<>(); // units standing for their dimension, first seen
    for (ClaimWithEvidence m : e.members()) {
      double strength = e.strength().get(m);
      Stated date = date(m, e.year(), strength);
      if (date != null) out.computeIfAbsent(DATE, k -> new ArrayList<>()).add(date);
      String category = m.claim().category();
      if (category != null) {
        Evidence.Span span = Evidence.category(m, category);
        double width = SameEvent.EXCLUSIVE_INSTRUMENTS.contains(category) ? 0 : 1;
        out.computeIfAbsent(CATEGORY, k -> new ArrayList<>())
            .add(
                new Stated(
                    category, category, width, m, span.start(), span.end(), span.text(), strength));
      }
      quantities(m, strength, dimensions, out);
    }
    for (Map.Entry<String, List<Stated>> a : out.entrySet())
      a.setValue(onePerDocAndValue(a.getValue()));
    return out;
  }

  private static Stated date(ClaimWithEvidence m, String eventYear, double strength) {
    Claim c = m.claim();
    TimeValue t = c.eventTime();
    if (t == null || t.value() == null) return null;
    if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) return null;
    TimeValue report = c.reportTime();
    // A report time is never the event's date, even if an extractor handed the same words to both.
    if (report != null && report.start() < t.end() && t.start() < report.end()) return null;
    String value = t.value();
    int timeOfDay = value.indexOf('T');
    if (timeOfDay > 0) value = value.substring(0, timeOfDay);
    if (value.startsWith("XXXX") && eventYear != null) value = eventYear + value.substring(4);
    ValueCompatibility.DateRange range = ValueCompatibility.dateRange(value, t.mod());
    if (range == null) return null;
    Evidence.Span span = Evidence.date(m, t);
    return new Stated(
        ValueText.date(value, t.mod()),
        range,
        range.days(),
        m,
        span.start(),
        span.end(),
        span.text(),
        strength);
  }

  /** Adds the claim's quantities to {@code out}, each under its attribute. */
  private static void quantities(
      ClaimWithEvidence m,
      double strength,
      List<String> dimensions,
      Map<String, List<Stated>> out) {
    Map<String, List<QuantityValue>> byAttribute = new TreeMap<>();
    for (QuantityValue q : m.claim().quantities()) {
      boolean counted = ValueCompatibility.countedLemma(q.counted()) != null;
      // A percentage of nothing named is a rate of some other amount ("rose 2.1%", "an 8%
      // share"): two of them need not measure the same thing.
      if (!counted && "percent".equals(q.unit())) continue;
      byAttribute
          .computeIfAbsent(AttributeNames.quantity(q, dimensions), k -> new ArrayList<>())
          .add(q);
    }
    for (Map.Entry<String, List<QuantityValue>> a : byAttribute.entrySet()) {
      // Without a counted noun, two amounts of one kind in a sentence cannot be told apart.
      if (a.getValue().size() > 1
          && ValueCompatibility.countedLemma(a.getValue().get(0).counted()) == null) {
        continue;
      }
      for (QuantityValue q : a.getValue()) {
        Evidence.Span span = Evidence.quantity(m, q);
        out.computeIfAbsent(a.getKey(), k -> new ArrayList<>())
            .add(
                new Stated(
                    ValueText.quantity(q),
                    q,
                    ValueCompatibility.spread(q),
                    m,
                    span.start(),
                    span.end(),
                    span.text(),
                    strength));
      }
    }
  }

  /** The first statement of each value by each document, finest first. */
  private static List<Stated> onePerDocAndValue(List<Stated> values) {
    Map<String, Stated> first = new TreeMap<>();
    for (Stated s : values) {
      String key = s.doc() + "\u0000" + s.value();
      Stated seen = first.get(key);
      if (seen == null || s.start() < seen.start()) first.put(key, s);
    }
    List<Stated> out = new ArrayList<>(first.values());
    out.sort(
        Comparator.comparingDouble(Stated::width)
            .thenComparing(Stated::value)
            .thenComparing(Stated::doc)
            .thenComparingInt(Stated::start));
    return out;
  }
}
