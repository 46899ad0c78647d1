package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.CURRENCY_SYMBOLS;
import static crosscheck.facts.QuantityLexicon.RANGE_AND;
import static crosscheck.facts.QuantityLexicon.RANGE_ARTICLES;
import static crosscheck.facts.QuantityLexicon.RANGE_BETWEEN;
import static crosscheck.facts.QuantityLexicon.RANGE_FROM;
import static crosscheck.facts.QuantityLexicon.RANGE_OR;
import static crosscheck.facts.QuantityLexicon.RANGE_TO;
import static crosscheck.facts.QuantityLexicon.RANGE_TO_ES;
import static crosscheck.facts.QuantityLexicon.RANGE_VERBS;

import crosscheck.facts.QuantityLexer.Tok;

/**
 * Reads a range after a number: "20-30", "20 to 30", "between 20 and 30", "entre 20 y 30", "two or
 * three", "$20-30 million" (the scale of the upper bound applies to the lower one). A unit may
 * stand after both bounds ("between 41.5% and 44.2%") and an article before each ("entre un 41,5% y
 * un 44,2%"). A dash (or a Spanish "a") between two bare digit runs whose second is not larger is a
 * score ("2-1", "1 a 0"), never an amount.
 */
final class RangeReader {
  private final QuantityTokens t;
  private final int n;
  private final NumberReader numbers;
  private final UnitReader units;

  RangeReader(QuantityTokens tokens, NumberReader numbers, UnitReader units) {
    this.t = tokens;
    this.n = tokens.n;
    this.numbers = numbers;
    this.units = units;
  }

  /** Widens {@code d} to a range when one follows; a score gives where to go on, else null. */
  Quantities.Match read(QuantityDraft d) {
    NumberCore c = d.core;
    int k = d.last + 1;
    if (d.upper != null || k >= n) return null;
    QuantityDraft first = withUnitAfter(c, d.floor);
    String firstUnit = first.unitAfter ? first.unit : null;
    if (firstUnit != null) k = first.last + 1; // "41.5% and 44.2%"
    if (k >= n) return null;
    Tok sep = t.get(k);
    int betweenAt = d.before;
    String prev = wordAt(betweenAt, d.floor);
    if (RANGE_ARTICLES.contains(prev) && RANGE_BETWEEN.contains(wordAt(betweenAt - 1, d.floor))) {
      prev = wordAt(--betweenAt, d.floor); // "entre un 41,5"
    }
    boolean between = RANGE_BETWEEN.contains(prev);
    // "between 31.2 and 33.4%, while the third took 7.1 and 8.3%": the second range of a sentence
    // that opened one with "between" may leave the word out
    boolean elided =
        !between && firstUnit == null && RANGE_AND.contains(sep.lower()) && betweenEarlier(d);
    // "rose from 20 to 30" gives two values; "ranging from 20 to 30", "van de 20 a 30" a range
    boolean fromWord =
        RANGE_FROM.contains(prev) && !RANGE_VERBS.contains(wordAt(betweenAt - 1, d.floor));
    String s = sep.lower();
    boolean dash =
        (sep.is("-") || sep.is("–") || sep.is("—"))
            && (sep.start() == t.get(d.last).end() || sep.is("–"));
    boolean joins =
        dash
            || ((between || elided) && RANGE_AND.contains(s))
            || (!fromWord && (RANGE_TO.contains(s) || (t.spanish && RANGE_TO_ES.contains(s))))
            || (RANGE_OR.contains(s) && !c.digits());
    if (!joins || k + 1 >= n) return null;
    if (firstUnit != null && dash) return null;
    int j = k + 1;
    if (between && j < n && RANGE_ARTICLES.contains(t.get(j).lower())) j++; // "y un 44,2%"
    if (j < n && CURRENCY_SYMBOLS.containsKey(t.get(j).text())) j++;
    NumberCore c2 = j < n ? numbers.read(j) : null;
    if (c2 == null || c2.upper() != null || (dash && t.get(j).start() - sep.end() > 1)) return null;
    QuantityDraft second = firstUnit == null ? null : withUnitAfter(c2, d.floor);
    if (second != null && !(second.unitAfter && firstUnit.equals(second.unit))) return null;
    if (elided && !withUnitAfter(c2, d.floor).unitAfter) return null; // "9.9 and 10.8%" only
    double lo = c.value();
    if (c2.scale() > 1 && c.scale() == 1 && c.value() < c2.scale() && c.digits() == c2.digits()) {
      lo = c.value() * c2.scale(); // "20-30 million", "between 1.2 and 1.5 billion"
    }
    if (c2.value() > lo) {
      d.value = lo;
      d.upper = c2.value();
      d.qualifier = "RANGE";
      d.precision = Math.max(c.precision() * (lo / Math.max(c.value(), 1e-9)), c2.precision());
      d.last = c2.last();
      d.hyphenRange = dash;
      if (between) d.first = betweenAt;
      if (c2.impliedUnit() != null) d.unit = c2.impliedUnit();
    } else if ((dash || (t.spanish && RANGE_TO_ES.contains(s))) && c.digits() && c2.digits()) {
      // "2-1", "3-3", "ganó 1 a 0": a score, not an amount
      return Quantities.Match.skipTo(c2.last() + 1);
    }
    return null;
  }

  /** Whether a range-between word stands anywhere before the value in its sentence. */
  private boolean betweenEarlier(QuantityDraft d) {
    for (int i = d.before; i >= 0; i--) if (RANGE_BETWEEN.contains(t.get(i).lower())) return true;
    return false;
  }

  /** A bound read alone with the unit stated right after it ("%", "percent", "km"), if any. */
  private QuantityDraft withUnitAfter(NumberCore bound, int floor) {
    QuantityDraft alone = new QuantityDraft(bound, floor);
    units.readUnitAfter(alone);
    return alone;
  }

  private String wordAt(int i, int floor) {
    return i >= floor && i >= 0 ? t.get(i).lower() : "";
  }
}
