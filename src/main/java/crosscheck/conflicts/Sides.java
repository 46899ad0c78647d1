package crosscheck.conflicts;

import crosscheck.facts.QuantityValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Mutually compatible groups of the values stated for one attribute, each led by its finest, and
 * the values compatible with more than one group, which take no side: "July 2023" joins "July 16,
 * 2023", but beside July 16 and July 20 it supports neither.
 */
record Sides(List<List<Stated>> sides, List<Stated> neutral) {

  /** The sides of values given finest first, by {@code compatible} ({@link #compatibility}). */
  static Sides of(List<Stated> finestFirst, BiPredicate<Stated, Stated> compatible) {
    List<List<Stated>> sides = new ArrayList<>();
    List<Stated> neutral = new ArrayList<>();
    for (Stated v : finestFirst) {
      List<List<Stated>> fits = new ArrayList<>();
      for (List<Stated> side : sides) {
        if (side.stream().allMatch(w -> compatible.test(v, w))) fits.add(side);
      }
      if (fits.isEmpty()) sides.add(new ArrayList<>(List.of(v)));
      else if (fits.size() == 1) fits.get(0).add(v);
      else neutral.add(v);
    }
    return new Sides(sides, neutral);
  }

  /**
   * Whether two values of an attribute can be the same true value: dates whose ranges overlap,
   * amounts {@link ValueCompatibility#quantitiesCompatible}, and categories unless they are two
   * different exclusive instruments (a treaty is no memorandum; an agreement may be either).
   */
  static BiPredicate<Stated, Stated> compatibility(String attribute) {
    if (attribute.equals(AttributeNames.DATE)) {
      return (a, b) ->
          ValueCompatibility.overlap(
              (ValueCompatibility.DateRange) a.range(), (ValueCompatibility.DateRange) b.range());
    }
    if (attribute.equals(AttributeNames.CATEGORY)) {
      return (a, b) ->
          a.value().equals(b.value())
              || !SameEvent.EXCLUSIVE_INSTRUMENTS.contains(a.value())
              || !SameEvent.EXCLUSIVE_INSTRUMENTS.contains(b.value());
    }
    return (a, b) ->
        ValueCompatibility.quantitiesCompatible(
            (QuantityValue) a.range(), (QuantityValue) b.range());
  }

  /** One value per document of a side: its finest. */
  static List<Stated> perDocument(List<Stated> side) {
    Map<String, Stated> out = new LinkedHashMap<>();
    for (Stated s : side) out.putIfAbsent(s.doc(), s);
    return new ArrayList<>(out.values());
  }
}
