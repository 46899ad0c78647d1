package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.AMBIGUOUS_SCALE;
import static crosscheck.facts.QuantityLexicon.EN_DIGIT_SCALE;
import static crosscheck.facts.QuantityLexicon.ES_DIGIT_SCALE;
import static crosscheck.facts.QuantityLexicon.ES_SCALE;

import crosscheck.facts.QuantityLexer.Tok;

/**
 * Reads the number that starts at a token, before its context: digits with their grouping and
 * decimal marks ({@link DecimalMarks}) and the scale word after them ("1.2 million", "5bn", "30
 * millones", "mil millones"), or number words ({@link NumberWordReader}). The first step of {@link
 * Quantities}; {@link RangeReader} also uses it for the second bound of a range.
 */
final class NumberReader {
  private final QuantityTokens t;
  private final int n;
  private final NumberWordReader words;

  NumberReader(QuantityTokens tokens) {
    this.t = tokens;
    this.n = tokens.n;
    this.words = new NumberWordReader(tokens);
  }

  /** The number starting at token {@code j}, or null when none does. */
  NumberCore read(int j) {
    Tok a = t.get(j);
    if (a.isNumber()) return digits(j);
    if (!a.isWord()) return null;
    NumberCore c = null;
    if (t.english) c = words.english(j);
    if (c == null && t.spanish) c = words.spanish(j);
    return c;
  }

  private NumberCore digits(int j) {
    Tok a = t.get(j);
    String raw = a.text();
    double scale = 1;
    int last = j;
    boolean ambiguous = false;
    String implied = null;
    int scaleAt = hyphenatedScale(j) ? j + 2 : j + 1; // "a $20-billion loan"
    if (scaleAt < n && t.get(scaleAt).isWord()) {
      Tok s = t.get(scaleAt);
      boolean adjacent = s.start() == t.get(scaleAt - 1).end();
      String w = s.lower();
      Double sc = scaleWord(w);
      if (sc != null) {
        if (AMBIGUOUS_SCALE.contains(w)) {
          if (adjacent) {
            scale = sc;
            last = scaleAt;
            ambiguous = true;
          }
        } else {
          scale = sc;
          last = scaleAt;
          if (w.equals("mdd") || w.equals("mmdd")) implied = "USD"; // millones de dólares
          if (w.equals("mil")
              && j + 2 < n
              && ES_SCALE.getOrDefault(t.get(j + 2).lower(), 0.0) >= 1e6) {
            scale = 1e3 * ES_SCALE.get(t.get(j + 2).lower()); // "mil millones"
            last = j + 2;
          }
        }
      }
    }
    DecimalMarks.Parsed v = DecimalMarks.parse(raw, scale > 1, t.spanish);
    if (v == null) return null;
    int decimals = v.decimals();
    double precision = (scale > 1 || decimals > 0) ? 0.5 * Math.pow(10, -decimals) * scale : 0;
    boolean yearLike =
        scale == 1
            && raw.length() == 4
            && raw.chars().allMatch(Character::isDigit)
            && v.value() >= 1800
            && v.value() <= 2100;
    return new NumberCore(
        j,
        last,
        v.value() * scale,
        null,
        precision,
        0.5 * Math.pow(10, -decimals) * scale,
        scale,
        true,
        yearLike,
        ambiguous,
        false,
        false,
        implied);
  }

  /** Whether digits are joined by a hyphen to a scale word ("1.8-billion-euro", "$20-billion"). */
  private boolean hyphenatedScale(int j) {
    if (j + 2 >= n) return false;
    Tok hyphen = t.get(j + 1);
    Tok word = t.get(j + 2);
    return hyphen.is("-")
        && hyphen.start() == t.get(j).end()
        && word.isWord()
        && word.start() == hyphen.end()
        && !AMBIGUOUS_SCALE.contains(word.lower())
        && scaleWord(word.lower()) != null
        && scaleWord(word.lower()) >= 1e6;
  }

  /**
   * The factor of a scale word after digits, or null: "m" only under English rules, Spanish "mil"
   * only in a text known to be Spanish.
   */
  private Double scaleWord(String w) {
    Double sc = null;
    if (t.spanish && ES_DIGIT_SCALE.containsKey(w)) sc = ES_DIGIT_SCALE.get(w);
    if (sc == null && EN_DIGIT_SCALE.containsKey(w) && (t.english || !w.equals("m"))) {
      sc = EN_DIGIT_SCALE.get(w);
    }
    if (sc == null && t.spanishScales && ES_DIGIT_SCALE.containsKey(w) && !w.equals("mil")) {
      sc = ES_DIGIT_SCALE.get(w);
    }
    return sc;
  }
}
