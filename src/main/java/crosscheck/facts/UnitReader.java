package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.CURRENCY_CODES;
import static crosscheck.facts.QuantityLexicon.CURRENCY_SYMBOLS;
import static crosscheck.facts.QuantityLexicon.DOLLAR_PREFIXES;
import static crosscheck.facts.QuantityLexicon.EN_UNITS;
import static crosscheck.facts.QuantityLexicon.ES_UNITS;
import static crosscheck.facts.QuantityLexicon.OF_WORDS;
import static crosscheck.facts.QuantityLexicon.isCurrency;

import crosscheck.facts.QuantityLexicon.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the unit of a number from its context: a currency written before it ("$", "US$", "€",
 * "USD"), a unit or currency after it ("%", "km", "millones de dólares", "30 €"; the longest phrase
 * wins), and whether a short scale glued to it ("5m") is a scale or a unit. Units are canonical
 * symbols (see {@link QuantityValue}).
 */
final class UnitReader {
  private final QuantityTokens t;
  private final int n;
  private final CountedNouns counted;
  private final List<Phrase> units = new ArrayList<>();

  UnitReader(QuantityTokens tokens, CountedNouns counted) {
    this.t = tokens;
    this.n = tokens.n;
    this.counted = counted;
    if (tokens.english) units.addAll(EN_UNITS);
    if (tokens.spanishScales) units.addAll(ES_UNITS);
  }

  /** A currency written before the number: "$", "US$" (letters glued to "$"), "€", "USD". */
  void readCurrencyBefore(QuantityDraft d) {
    int before = d.before;
    int floor = d.floor;
    if (before >= floor
        && t.get(before).kind() == QuantityLexer.Kind.SYMBOL
        && CURRENCY_SYMBOLS.containsKey(t.get(before).text())) {
      d.unit = CURRENCY_SYMBOLS.get(t.get(before).text());
      d.first = before;
      before--;
      if (t.get(d.first).is("$")
          && before >= floor
          && t.get(before).isWord()
          && DOLLAR_PREFIXES.containsKey(t.get(before).lower())
          && t.get(before).text().equals(t.get(before).text().toUpperCase(Locale.ROOT))
          && t.get(d.first).start() - t.get(before).end() <= 1) {
        d.unit = DOLLAR_PREFIXES.get(t.get(before).lower());
        d.first = before;
        before--;
      }
    } else if (before >= floor
        && t.get(before).isWord()
        && CURRENCY_CODES.contains(t.get(before).text())) {
      d.unit = t.get(before).text();
      d.first = before;
      before--;
    }
    d.before = before;
    d.currencyBefore = d.unit != null;
  }

  /**
   * A unit after the number ("%", "percent", "km", "millones de dólares", "30 €"). After a currency
   * only a currency word is taken in ("$30 million dollars"), and the first currency stays.
   */
  void readUnitAfter(QuantityDraft d) {
    if (d.unit != null && !d.currencyBefore) return;
    NumberCore c = d.core;
    int k = d.last + 1;
    int uk = k;
    if (uk < n && OF_WORDS.contains(t.get(uk).lower()) && (c.scale() > 1 || c.ofFollows())) uk++;
    Phrase u = unitAt(uk);
    if (u != null && !(d.currencyBefore && !isCurrency(u.meaning()))) {
      if (!d.currencyBefore) d.unit = u.meaning();
      d.last = uk + u.tokens().size() - 1;
      d.unitAfter = true;
    } else if (k < n && CURRENCY_SYMBOLS.containsKey(t.get(k).text()) && d.unit == null) {
      d.unit = CURRENCY_SYMBOLS.get(t.get(k).text()); // "30 €", Spanish style
      d.last = k;
      d.unitAfter = true;
    }
  }

  /**
   * Decides a short scale glued to the number ("5m", "3k"): a scale with money or a count ("5m
   * people", "5m tonnes"), metres when it is "m" alone ("a 5m wall"); false when neither, and the
   * number is no amount.
   */
  boolean resolveGluedScale(QuantityDraft d) {
    NumberCore c = d.core;
    if (!c.ambiguousScale() || d.currencyBefore) return true;
    if (d.unitAfter || (!d.hyphenRange && counted.countedAhead(d.last + 1))) return true;
    if (t.get(c.last()).is("m")) {
      d.value = d.value / 1e6;
      if (d.upper != null) d.upper = d.upper / 1e6;
      d.precision = 0;
      d.unit = "m";
      return true;
    }
    return false;
  }

  /**
   * "46%" stands for 45.5–46.5: a percentage in digits is rounded to its last digit (a range's
   * bounds to theirs).
   */
  void roundPercent(QuantityDraft d) {
    if (("percent".equals(d.unit) || "pp".equals(d.unit)) && d.core.digits()) {
      d.precision = Math.max(d.precision, d.core.halfDigit());
    }
  }

  /** The longest unit phrase starting at token {@code k}, the earlier of two as long; or null. */
  private Phrase unitAt(int k) {
    if (k >= n) return null;
    Phrase best = null;
    for (Phrase p : units) {
      if (t.phraseAt(k, p.tokens()) && (best == null || p.tokens().size() > best.tokens().size())) {
        best = p;
      }
    }
    return best;
  }
}
