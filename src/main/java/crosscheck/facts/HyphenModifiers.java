package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.FRACTIONS;
import static crosscheck.facts.QuantityLexicon.HYPHEN_NON_NOUNS;
import static crosscheck.facts.QuantityLexicon.HYPHEN_UNITS;
import static crosscheck.facts.QuantityLexicon.isCurrency;

import crosscheck.text.StopWords;

/**
 * Reads a word hyphenated to a number: a unit ("160-foot", "50-meter"), a counted noun in the
 * singular ("3,200-passenger" counts passengers, "35-year-old"), a force's strength
 * ("3,000-strong"); a fraction ("two-thirds") is no amount.
 */
final class HyphenModifiers {
  private final QuantityTokens t;
  private final int n;

  HyphenModifiers(QuantityTokens tokens) {
    this.t = tokens;
    this.n = tokens.n;
  }

  /** Takes in the hyphenated word; a fraction gives where to go on, else null. */
  Quantities.Match read(QuantityDraft d) {
    int k = d.last + 1;
    if (d.unitAfter
        || d.hyphenRange
        || k + 1 >= n
        || !t.get(k).is("-")
        || t.get(k).start() != t.get(d.last).end()
        || !t.get(k + 1).isWord()
        || t.get(k + 1).start() != t.get(k).end()) {
      return null;
    }
    String w = t.get(k + 1).lower();
    if (HYPHEN_UNITS.containsKey(w) && (d.unit == null || !isCurrency(d.unit))) {
      d.unit = HYPHEN_UNITS.get(w);
      d.last = k + 1;
      d.hyphenModifier = true;
    } else if (FRACTIONS.contains(w)) {
      return Quantities.Match.skipTo(k + 2); // "two-thirds": a fraction
    } else if (w.equals("strong") && d.unit == null) {
      d.last = k + 1; // "a 3,000-strong force": the force counts 3,000
      d.hyphenModifier = true;
    } else if (!HYPHEN_NON_NOUNS.contains(w)
        && !StopWords.english(w)
        && !t.isNumberWord(w)
        && d.unit == null) {
      d.counted = CountedNouns.plural(w);
      d.last = k + 1;
      d.hyphenModifier = true;
      if (d.last + 2 < n && t.get(d.last + 1).is("-") && t.get(d.last + 2).is("old")) {
        d.modifier = "old";
        d.last += 2;
      }
    }
    return null;
  }
}
