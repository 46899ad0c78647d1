package crosscheck.conflicts;

import crosscheck.facts.Claim;
import crosscheck.facts.QuantityValue;
import crosscheck.facts.TimeValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps a block's comparison bounded (a block of n claims costs n²/2 same-event scores) without
 * losing a conflict to its size:
 *
 * <ol>
 *   <li>A claim that repeats an earlier claim of its own document word for word (the same sentence
 *       saying the same thing) is one statement, compared once: the first, carrying the reuse links
 *       of every copy. A document repeating one sentence thousands of times no longer fills a
 *       block.
 *   <li>A block that still holds more than the limit is compared on a fixed selection: first one
 *       claim for every distinct value the block's claims state (event date, kind of instrument,
 *       each quantity), so a disagreement between values is still seen; then the other claims one
 *       per group of claims stating the same values in turn, so a value stated in many documents (a
 *       wire story copied verbatim) does not crowd out the others.
 * </ol>
 *
 * Claims left out of the selection are counted, and so are the values no selected claim states: the
 * run says so in the manifest and on the report's first screen. Plain Java; the input order ({@link
 * ClaimBlocks} sorts claims by document and sentence) makes the selection deterministic.
 */
final class BlockSelection {
  private BlockSelection() {}

  /**
   * The claims to compare, with what was left out.
   *
   * @param leftOut claims not compared
   * @param valuesLeftOut distinct values that only claims left out state
   */
  record Selected(List<LinkedClaim> claims, int leftOut, int valuesLeftOut) {}

  /**
   * The claims without repeats of an earlier claim of the same document: the first of each keeps
   * the reuse links of all. Order is kept.
   */
  static List<LinkedClaim> withoutRepeats(List<LinkedClaim> claims) {
    Map<String, List<LinkedClaim>> byStatement = new LinkedHashMap<>();
    for (LinkedClaim c : claims) {
      byStatement.computeIfAbsent(statement(c), k -> new ArrayList<>()).add(c);
    }
    if (byStatement.size() == claims.size()) return claims;
    List<LinkedClaim> out = new ArrayList<>(byStatement.size());
    for (List<LinkedClaim> copies : byStatement.values()) {
      LinkedClaim first = copies.get(0);
      if (copies.size() == 1) {
        out.add(first);
        continue;
      }
      Set<String> links = new TreeSet<>();
      for (LinkedClaim copy : copies) links.addAll(copy.reuseLinks());
      out.add(new LinkedClaim(first.fact(), List.copyOf(links)));
    }
    return out;
  }

  /** At most {@code max} of {@code claims}: every distinct value first, then by turns. */
  static Selected select(List<LinkedClaim> claims, int max) {
    if (claims.size() <= max) return new Selected(claims, 0, 0);
    boolean[] chosen = new boolean[claims.size()];
    int count = 0;
    Set<String> covered = new HashSet<>();
    Set<String> all = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      List<String> values = values(claims.get(i).fact().claim());
      all.addAll(values);
      if (count < max && !covered.containsAll(values)) {
        chosen[i] = true;
        count++;
        covered.addAll(values);
      }
    }
    // Then by turns over the groups of claims that state the same values, in a fixed order.
    Map<String, ArrayDeque<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < claims.size(); i++) {
      if (chosen[i]) continue;
      String key = String.join("\u0001", values(claims.get(i).fact().claim()));
      groups.computeIfAbsent(key, k -> new ArrayDeque<>()).add(i);
    }
    while (count < max && !groups.isEmpty()) {
      for (var it = groups.values().iterator(); it.hasNext() && count < max; ) {
        ArrayDeque<Integer> group = it.next();
        chosen[group.poll()] = true;
        count++;
        if (group.isEmpty()) it.remove();
      }
    }
    List<LinkedClaim> out = new ArrayList<>(count);
    for (int i = 0; i < claims.size(); i++) if (chosen[i]) out.add(claims.get(i));
    all.removeAll(covered);
    return new Selected(out, claims.size() - count, all.size());
  }

  /**
   * The values a claim states that a conflict could be about, each as one string, sorted: its event
   * date, its kind of instrument, its quantities.
   */
  static List<String> values(Claim c) {
    List<String> out = new ArrayList<>();
    TimeValue t = c.eventTime();
    if (t != null && t.value() != null) out.add("date\u0000" + t.value() + "\u0000" + t.mod());
    if (c.category() != null) out.add("category\u0000" + c.category());
    for (QuantityValue q : c.quantities()) {
      out.add(
          "quantity\u0000"
              + q.value()
              + "\u0000"
              + q.upper()
              + "\u0000"
              + q.unit()
              + "\u0000"
              + q.counted()
              + "\u0000"
              + q.qualifier()
              + "\u0000"
              + q.modifier());
    }
    out.sort(null);
    return out;
  }

  /**
   * What makes two claims of one document the same statement: the sentence's words and everything
   * the claim took from them, but not where they stand.
   */
  private static String statement(LinkedClaim linked) {
    Claim c = linked.fact().claim();
    StringBuilder key = new StringBuilder(256);
    key.append(c.doc()).append('\u0000').append(linked.fact().sentence()).append('\u0000');
    key.append(c.trigger()).append('\u0000').append(c.actors()).append('\u0000');
    key.append(String.join("\u0001", values(c))).append('\u0000');
    TimeValue report = c.reportTime();
    key.append(report == null ? null : report.value()).append('\u0000');
    key.append(c.negated()).append(c.hedged());
    return key.toString();
  }
}
