package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.AMBIGUOUS_SCALE;
import static crosscheck.facts.QuantityLexicon.CURRENCY_SYMBOLS;
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
    if (a.isNumber()) {
      NumberCore c = digits(j);
      return c == null ? null : groupsAfter(c);
    }
    if (!a.isWord()) return null;
    NumberCore c = null;
    if (t.english) c = words.english(j);
    if (c == null && t.spanish) c = words.spanish(j);
    return c == null ? null : groupsAfter(c);
  }

  /**
   * A Spanish figure written group by group after its scale word, as Mexican outlets write exact
   * counts: "12 millones 408 mil 915" is 12,408,915, "un millón 207 mil 33" 1,207,033. Each group
   * is one to three digits with a smaller scale word after it, or none for the last group.
   */
  private NumberCore groupsAfter(NumberCore c) {
    if (!t.spanish || c.upper() != null) return c;
    Double lastScale = ES_DIGIT_SCALE.get(t.get(c.last()).lower());
    if (lastScale == null || lastScale < 1e3) return c;
    double total = c.value();
    int last = c.last();
    double step = lastScale;
    int k = last + 1;
    while (k < n && isGroup(k) && t.spaceOnlyBetween(t.get(last), t.get(k))) {
      double group = Integer.parseInt(t.get(k).text());
      Tok next = k + 1 < n ? t.get(k + 1) : null;
      Double scale =
          next != null && next.isWord() && t.spaceOnlyBetween(t.get(k), next)
              ? ES_DIGIT_SCALE.get(next.lower())
              : null;
      if (scale == null) {
        total += group;
        last = k;
        step = 1;
        break;
      }
      if (scale >= lastScale) break;
      total += group * scale;
      lastScale = scale;
      step = scale;
      last = k + 1;
      k += 2;
    }
    if (last == c.last()) return c;
    double precision = step > 1 ? 0.5 * step : 0;
    return new NumberCore(
        c.first(),
        last,
        total,
        null,
        precision,
        0.5 * step,
        step,
        c.digits(),
        false,
        false,
        c.approxWord(),
        false,
        c.impliedUnit());
  }

  /** One group of a figure written group by group: one to three digits, no marks. */
  private boolean isGroup(int k) {
    Tok g = t.get(k);
    return g.isNumber() && g.text().length() <= 3 && g.text().chars().allMatch(Character::isDigit);
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
    DecimalMarks.Parsed v = DecimalMarks.parse(raw, scale > 1, t.spanish && !t.pointDecimal);
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
        && (!AMBIGUOUS_SCALE.contains(word.lower()) || capitalScaleOfSum(j, word))
        && scaleWord(word.lower()) != null
        && scaleWord(word.lower()) >= 1e6;
  }

  /** "$20-B", "US$3-M": a capital scale letter after a sum, as headlines write it. */
  private boolean capitalScaleOfSum(int j, Tok word) {
    return word.text().length() == 1
        && Character.isUpperCase(word.text().charAt(0))
        && j > 0
        && CURRENCY_SYMBOLS.containsKey(t.get(j - 1).text());
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
