package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.*;

import crosscheck.facts.QuantityLexer.Tok;
import crosscheck.facts.QuantityLexicon.Dimension;
import crosscheck.facts.QuantityLexicon.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds numbers and quantities in English and Spanish text (digits and words, scales, money,
 * percentages, measures, hyphenated modifiers, qualifiers and ranges) and says whether two stated
 * amounts can be the same true amount.
 *
 * <p>Not quantities, and never returned: years ("in 2021", "the 1990s"), days of a date ("July
 * 16"), clock times ("5 p.m.", "17:30"), ordinals ("7th Summit", "7.º"), numbers naming things
 * ("Article 51", "Cadena 3", "A320", "COVID-19"), phone numbers, list markers at a line start
 * ("1. Apprehensions"), scores and other bare "2-1" pairs.
 *
 * <p>Units: the stated unit is kept (canonical symbol, see {@link QuantityValue}); a bracketed
 * restatement in another unit ("160-foot (50-meter)") is absorbed as {@code alternative} of the same
 * quantity. Counts have no unit and name the counted noun instead.
 *
 * <p>Stateless and thread-safe.
 */
public final class Quantities {

  /** "some 4,200" covers 4,200 ± 10% (and at least ± 1). */
  static final double APPROX_TOLERANCE = 0.10;

  /** Conversions stated in news are rounded ("160-foot (50-meter)" is 48.8 m): ± 5%. */
  static final double CONVERSION_TOLERANCE = 0.05;

  private Quantities() {}

  /**
   * Quantities in {@code text[start, end)}, in text order, offsets into {@code text}.
   *
   * @param language "en", "es" or "und" (English rules and both languages' scale words)
   */
  public static List<QuantityValue> find(String text, int start, int end, String language) {
    String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
    boolean es = lang.equals("es");
    return new Scan(text, QuantityLexer.lex(text, start, end), !es, es || lang.equals("und"), es)
        .run();
  }

  /** Quantities in the whole text. */
  public static List<QuantityValue> find(String text, String language) {
    return find(text, 0, text.length(), language);
  }

  /**
   * Whether {@code a} and {@code b} can describe the same true amount: their intervals overlap once
   * qualifiers, ranges, stated rounding and units are accounted for. A count and a measured amount
   * are never compatible; two different currencies always are (no exchange rates here, so no
   * conflict can be shown).
   */
  public static boolean compatible(QuantityValue a, QuantityValue b) {
    double fa = 1;
    double fb = 1;
    boolean converted = false;
    if (!Objects.equals(a.unit(), b.unit())) {
      if (a.unit() == null || b.unit() == null) return false;
      if (isCurrency(a.unit()) && isCurrency(b.unit())) return true;
      Dimension da = DIMENSIONS.get(a.unit());
      Dimension db = DIMENSIONS.get(b.unit());
      if (da == null || db == null || !da.name().equals(db.name())) return false;
      fa = da.factor();
      fb = db.factor();
      converted = true;
    }
    double[] ia = interval(a, fa, converted);
    double[] ib = interval(b, fb, converted);
    return ia[0] <= ib[1] && ib[0] <= ia[1];
  }

  /** The amount in the base unit of its dimension (m, kg, m², l, km/h, kW), or the value as is. */
  public static double baseValue(QuantityValue q) {
    Dimension d = q.unit() == null ? null : DIMENSIONS.get(q.unit());
    return d == null ? q.value() : q.value() * d.factor();
  }

  private static double[] interval(QuantityValue q, double factor, boolean converted) {
    double v = q.value() * factor;
    double p = q.precision() * factor;
    double lo;
    double hi;
    switch (q.qualifierKind()) {
      case APPROX -> {
        double tol = Math.max(Math.max(APPROX_TOLERANCE * Math.abs(v), p), factor);
        lo = v - tol;
        hi = v + tol;
      }
      case AT_LEAST, MORE_THAN -> {
        lo = v - p;
        hi = Double.POSITIVE_INFINITY;
      }
      case AT_MOST, UP_TO, LESS_THAN -> {
        lo = Double.NEGATIVE_INFINITY;
        hi = v + p;
      }
      case RANGE -> {
        lo = v - p;
        hi = (q.upper() == null ? q.value() : q.upper()) * factor + p;
      }
      default -> {
        lo = v - p;
        hi = v + p;
      }
    }
    if (converted) {
      lo -= CONVERSION_TOLERANCE * Math.abs(lo);
      hi += CONVERSION_TOLERANCE * Math.abs(hi);
    }
    return new double[] {lo, hi};
  }

  // ---------------------------------------------------------------------------------------------

  /** A parsed number before its context is read: token span, value, range of a vague plural. */
  private record Core(
      int first,
      int last,
      double value,
      Double upper,
      double precision,
      double halfDigit,
      double scale,
      boolean digits,
      boolean yearLike,
      boolean ambiguousScale,
      boolean approxWord,
      boolean ofFollows,
      String impliedUnit) {}

  /** One scan over the tokens of a stretch of text. */
  private static final class Scan {
    private final String text;
    private final List<Tok> t;
    private final int n;
    private final boolean en;
    private final boolean esWords;
    private final boolean esDigits;
    private final boolean esScales;
    private final List<Phrase> units = new ArrayList<>();
    private final List<Phrase> qualifiers = new ArrayList<>();

    Scan(String text, List<Tok> tokens, boolean en, boolean esScales, boolean esDigits) {
      this.text = text;
      this.t = tokens;
      this.n = tokens.size();
      this.en = en;
      this.esWords = esDigits; // Spanish number words only when the text is known to be Spanish
      this.esDigits = esDigits;
      this.esScales = esScales;
      if (en) {
        units.addAll(EN_UNITS);
        qualifiers.addAll(EN_QUALIFIERS);
      }
      if (esScales) {
        units.addAll(ES_UNITS);
        qualifiers.addAll(ES_QUALIFIERS);
      }
    }

    List<QuantityValue> run() {
      List<QuantityValue> out = new ArrayList<>();
      int i = 0;
      int floor = 0;
      while (i < n) {
        Match m = matchAt(i, floor);
        if (m == null) {
          i++;
          continue;
        }
        if (m.value != null) out.add(m.value);
        i = m.next;
        floor = i;
      }
      return out;
    }

    private record Match(QuantityValue value, int next) {}

    // ---- the match -----------------------------------------------------------------------------

    private Match matchAt(int i, int floor) {
      Core c = core(i);
      if (c == null) return null;
      int first = c.first;
      int last = c.last;
      String unit = c.impliedUnit;
      String qualifier = c.upper != null || c.approxWord ? (c.upper != null ? "RANGE" : "APPROX")
          : "EXACT";
      double value = c.value;
      Double upper = c.upper;
      double precision = c.precision;

      // currency written before the number: "$", "US$", "€", "USD"
      int before = c.first - 1;
      if (before >= floor && t.get(before).kind() == QuantityLexer.Kind.SYMBOL
          && CURRENCY_SYMBOLS.containsKey(t.get(before).text())) {
        unit = CURRENCY_SYMBOLS.get(t.get(before).text());
        first = before;
        before--;
        if (t.get(first).is("$") && before >= floor && t.get(before).isWord()
            && DOLLAR_PREFIXES.containsKey(t.get(before).lower())
            && t.get(before).text().equals(t.get(before).text().toUpperCase(Locale.ROOT))
            && t.get(first).start() - t.get(before).end() <= 1) {
          unit = DOLLAR_PREFIXES.get(t.get(before).lower());
          first = before;
          before--;
        }
      } else if (before >= floor && t.get(before).isWord()
          && CURRENCY_CODES.contains(t.get(before).text())) {
        unit = t.get(before).text();
        first = before;
        before--;
      }
      boolean currencyBefore = unit != null;

      // range: "20-30", "20 to 30", "between 20 and 30", "entre 20 y 30", "two or three"
      boolean hyphenRange = false;
      boolean rangeJoin = false;
      int k = last + 1;
      if (upper == null && k < n) {
        Tok sep = t.get(k);
        String prev = before >= floor && before >= 0 ? t.get(before).lower() : "";
        boolean between = prev.equals("between") || prev.equals("entre");
        boolean fromWord = prev.equals("from") || prev.equals("de") || prev.equals("desde");
        boolean dash = (sep.is("-") || sep.is("–") || sep.is("—"))
            && (sep.start() == t.get(last).end() || sep.is("–"));
        boolean joins = dash
            || (between && (sep.is("and") || sep.is("y")))
            || (!fromWord && (sep.is("to") || (esDigits && sep.is("a"))))
            || ((sep.is("or") || sep.is("o")) && !c.digits);
        if (joins && k + 1 < n) {
          int j = k + 1;
          if (j < n && CURRENCY_SYMBOLS.containsKey(t.get(j).text())) j++;
          Core c2 = j < n ? core(j) : null;
          if (c2 != null && c2.upper == null && (!dash || t.get(j).start() - sep.end() <= 1)) {
            double lo = c.value;
            if (c2.scale > 1 && c.scale == 1 && c.value < c2.scale && c.digits == c2.digits) {
              lo = c.value * c2.scale; // "20-30 million", "between 1.2 and 1.5 billion"
            }
            if (c2.value > lo) {
              value = lo;
              upper = c2.value;
              qualifier = "RANGE";
              precision = Math.max(c.precision * (lo / Math.max(c.value, 1e-9)), c2.precision);
              last = c2.last;
              hyphenRange = dash;
              rangeJoin = true;
              if (between) first = before;
              if (c2.impliedUnit != null) unit = c2.impliedUnit;
            } else if (dash && c.digits && c2.digits) {
              return new Match(null, c2.last + 1); // "2-1", "3-3": a score, not an amount
            }
          }
        }
      }

      // the number token itself, for the digit rules below
      Tok num = t.get(c.first);
      int numIdx = c.first;

      // units after the number: "%", "percent", "km", "millones de dólares", "€"
      k = last + 1;
      boolean unitAfter = false;
      if (unit == null || currencyBefore) {
        int uk = k;
        if (uk < n && (t.get(uk).is("of") || t.get(uk).is("de")) && (c.scale > 1 || c.ofFollows)) {
          uk++;
        }
        int[] got = new int[1];
        String u = unitAt(uk, got);
        if (u != null && !(currencyBefore && !isCurrency(u))) {
          if (!currencyBefore) unit = u;
          last = got[0];
          unitAfter = true;
        } else if (k < n && CURRENCY_SYMBOLS.containsKey(t.get(k).text()) && unit == null) {
          unit = CURRENCY_SYMBOLS.get(t.get(k).text()); // "30 €", Spanish style
          last = k;
          unitAfter = true;
        }
      }

      // a short scale glued to the number ("5m", "3k") is a scale only with money or a count
      if (c.ambiguousScale && !currencyBefore) {
        if (unitAfter || (!hyphenRange && countedAhead(last + 1))) {
          // "5m people", "5m tonnes": millions
        } else if (t.get(c.last).is("m") && !unitAfter) {
          value = value / 1e6;
          if (upper != null) upper = upper / 1e6;
          precision = 0;
          unit = "m";
        } else {
          return new Match(null, last + 1);
        }
      }

      if (("percent".equals(unit) || "pp".equals(unit)) && c.digits && upper == null) {
        precision = Math.max(precision, c.halfDigit); // "46%" stands for 45.5–46.5
      }

      // trailing qualifiers: "300 or more", "300 or so", "300-odd", "300+", "o más"
      k = last + 1;
      if (k < n) {
        Tok a = t.get(k);
        String b = k + 1 < n ? t.get(k + 1).lower() : "";
        if (a.is("+") && a.start() == t.get(last).end()) {
          qualifier = "AT_LEAST";
          last = k;
        } else if ((a.is("or") || a.is("o")) && (b.equals("more") || b.equals("más")
            || b.equals("over") || b.equals("above"))) {
          qualifier = "AT_LEAST";
          last = k + 1;
        } else if ((a.is("or") || a.is("o")) && (b.equals("fewer") || b.equals("less")
            || b.equals("menos"))) {
          qualifier = "AT_MOST";
          last = k + 1;
        } else if (a.is("or") && b.equals("so")) {
          qualifier = "APPROX";
          last = k + 1;
        } else if (a.is("-") && (b.equals("odd") || b.equals("plus") || b.equals("something"))) {
          qualifier = b.equals("plus") ? "AT_LEAST" : "APPROX";
          last = k + 1;
        }
      }

      // hyphenated modifier: "3,200-passenger", "27-floor", "160-foot", "35-year-old"
      String counted = null;
      String modifier = null;
      boolean hyphenModifier = false;
      k = last + 1;
      if (!unitAfter && !hyphenRange && k + 1 < n && t.get(k).is("-")
          && t.get(k).start() == t.get(last).end() && t.get(k + 1).isWord()
          && t.get(k + 1).start() == t.get(k).end()) {
        String w = t.get(k + 1).lower();
        if (HYPHEN_UNITS.containsKey(w) && (unit == null || !isCurrency(unit))) {
          unit = HYPHEN_UNITS.get(w);
          last = k + 1;
          hyphenModifier = true;
        } else if (w.equals("third") || w.equals("thirds") || w.equals("half")
            || w.equals("quarter") || w.equals("quarters")) {
          return new Match(null, k + 2); // "two-thirds": a fraction
        } else if (w.equals("strong") && unit == null) {
          last = k + 1; // "a 3,000-strong force": the force counts 3,000
          hyphenModifier = true;
        } else if (!HYPHEN_NON_NOUNS.contains(w) && !EN_STOP.contains(w) && !isNumberWord(w)
            && unit == null) {
          counted = plural(w);
          last = k + 1;
          hyphenModifier = true;
          if (last + 2 < n && t.get(last + 1).is("-") && t.get(last + 2).is("old")) {
            modifier = "old";
            last += 2;
          }
        }
      }

      // bracketed restatement in another unit: "160-foot (50-meter)", "$5m (£4m)"
      String alternative = null;
      k = last + 1;
      if (unit != null && k + 1 < n && t.get(k).is("(")) {
        Match inner = null;
        for (int j = k + 1; j <= k + 3 && j < n && inner == null; j++) {
          inner = matchAt(j, k + 1); // the number may follow "£" or "US$"
        }
        if (inner != null && inner.value != null && inner.next < n && t.get(inner.next).is(")")
            && inner.value.unit() != null && sameKind(unit, inner.value.unit())) {
          alternative = inner.value.text();
          last = inner.next;
        }
      }

      // the counted noun: "55 identified bodies", "300 personas", "thousands of people"
      boolean countedPlural = false;
      if (unit == null && counted == null) {
        int ck = last + 1;
        if (ck < n && (t.get(ck).is("of") || t.get(ck).is("de"))
            && (c.ofFollows || c.scale > 1)) {
          ck++;
        }
        String[] head = esWords ? countedEs(ck, value) : countedEn(ck, value);
        if (head != null) {
          counted = head[0];
          modifier = head[1];
          countedPlural = value != 1 || upper != null;
        }
      } else if (hyphenModifier && counted == null) {
        String[] head = esWords ? countedEs(last + 1, 1) : countedEn(last + 1, 1);
        if (head != null) counted = head[0];
      }

      // ---- what is not a quantity ----
      int next = last + 1;
      Tok pt = numIdx - 1 >= 0 ? t.get(numIdx - 1) : null;
      boolean hasUnit = unit != null;
      if (c.digits) {
        String reason = digitExclusion(c, num, numIdx, pt, hasUnit, counted != null && countedPlural
            && !hyphenModifier, first, floor, currencyBefore || hasUnit);
        if (reason != null) {
          int skip = next;
          if (reason.equals("id") && skip + 1 < n && t.get(c.last + 1).is("of")
              && t.get(c.last + 2).isNumber()) {
            skip = c.last + 3; // "page 3 of 10"
          }
          return new Match(null, Math.max(skip, c.last + 1));
        }
      } else if (wordExclusion(c, pt, hasUnit, counted)) {
        return new Match(null, c.last + 1);
      }
      if (hyphenRange && !hasUnit && counted == null) {
        return new Match(null, next); // "2023-24", "4-3": no amount in sight
      }

      // qualifier words before: "at least", "some", "más de"
      int[] qs = new int[1];
      String q = qualifierBefore(first - 1, floor, qs);
      if (q != null) {
        if (!qualifier.equals("RANGE")) qualifier = q; // a range keeps its bounds
        first = qs[0];
      }

      int s = t.get(first).start();
      int e = t.get(last).end();
      return new Match(
          new QuantityValue(s, e, text.substring(s, e), value, upper, unit, qualifier, counted,
              modifier, alternative, precision),
          next);
    }

    // ---- numbers -------------------------------------------------------------------------------

    private Core core(int j) {
      Tok a = t.get(j);
      if (a.isNumber()) return digitsCore(j);
      if (!a.isWord()) return null;
      Core c = null;
      if (en) c = wordsEn(j);
      if (c == null && esWords) c = wordsEs(j);
      return c;
    }

    private Core digitsCore(int j) {
      Tok a = t.get(j);
      String raw = a.text();
      double scale = 1;
      int last = j;
      boolean ambiguous = false;
      String implied = null;
      if (j + 1 < n && t.get(j + 1).isWord()) {
        Tok s = t.get(j + 1);
        boolean adjacent = s.start() == a.end();
        String w = s.lower();
        Double sc = null;
        if (esDigits && ES_DIGIT_SCALE.containsKey(w)) sc = ES_DIGIT_SCALE.get(w);
        if (sc == null && EN_DIGIT_SCALE.containsKey(w) && (en || !w.equals("m"))) {
          sc = EN_DIGIT_SCALE.get(w);
        }
        if (sc == null && esScales && ES_DIGIT_SCALE.containsKey(w) && !w.equals("mil")) {
          sc = ES_DIGIT_SCALE.get(w);
        }
        if (sc != null) {
          if (AMBIGUOUS_SCALE.contains(w)) {
            if (adjacent) {
              scale = sc;
              last = j + 1;
              ambiguous = true;
            }
          } else {
            scale = sc;
            last = j + 1;
            if (w.equals("mdd") || w.equals("mmdd")) implied = "USD";
            if (w.equals("mil") && j + 2 < n && ES_SCALE.getOrDefault(t.get(j + 2).lower(), 0.0)
                >= 1e6) {
              scale = 1e3 * ES_SCALE.get(t.get(j + 2).lower()); // "mil millones"
              last = j + 2;
            }
          }
        }
      }
      int[] decimals = new int[1];
      Double v = parseDigits(raw, scale > 1, decimals);
      if (v == null) return null;
      double precision = (scale > 1 || decimals[0] > 0) ? 0.5 * Math.pow(10, -decimals[0]) * scale
          : 0;
      boolean yearLike = scale == 1 && raw.length() == 4 && raw.chars().allMatch(Character::isDigit)
          && v >= 1800 && v <= 2100;
      return new Core(j, last, v * scale, null, precision, 0.5 * Math.pow(10, -decimals[0]) * scale, scale, true, yearLike, ambiguous,
          false, false, implied);
    }

    /**
     * The value of a written number; {@code decimals[0]} gets the count of decimal places. A lone
     * separator before exactly three digits groups thousands, except a Spanish comma before a
     * scale word ("1,234 millones") or an English dot ("4.200" is 4.2 in English, 4200 in Spanish).
     */
    private Double parseDigits(String raw, boolean scaled, int[] decimals) {
      String s = raw.replace("\u00A0", "").replace("\u202F", "").replace("\u2009", "");
      int dots = count(s, '.');
      int commas = count(s, ',');
      char decimal;
      if (dots > 0 && commas > 0) {
        decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
      } else if (dots > 1 || commas > 1) {
        decimal = 0;
        char sep = dots > 1 ? '.' : ',';
        if (!groupsOfThree(s, sep)) return null; // "192.168.1.1", "1.2.3": an id or a version
      } else if (dots == 1 || commas == 1) {
        char sep = dots == 1 ? '.' : ',';
        boolean three = s.length() - s.indexOf(sep) - 1 == 3;
        boolean grouping;
        if (!three) {
          grouping = false;
        } else if (esDigits) {
          grouping = sep == '.' || !scaled;
        } else {
          grouping = sep == ',';
        }
        decimal = grouping ? 0 : sep;
      } else {
        decimal = 0;
      }
      StringBuilder b = new StringBuilder(s.length());
      int dec = -1;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch == decimal) {
          b.append('.');
          dec = 0;
        } else if (QuantityLexer.isDigit(ch)) {
          b.append(ch);
          if (dec >= 0) dec++;
        }
      }
      decimals[0] = Math.max(dec, 0);
      try {
        return Double.parseDouble(b.toString());
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private Core wordsEn(int j) {
      Tok a = t.get(j);
      String w = a.lower();
      // "a dozen", "a hundred", "a million"
      if ((w.equals("a") || w.equals("an")) && j + 1 < n) {
        String x = t.get(j + 1).lower();
        Double m = EN_MULT.containsKey(x) ? EN_MULT.get(x) : EN_SCALE.get(x);
        if (m != null) return new Core(j, j + 1, m, null, 0, 0, 1, false, false, false, false, false,
            null);
        return null;
      }
      // "several hundred", "a few thousand"
      if ((w.equals("several") || w.equals("few")) && j + 1 < n) {
        String x = t.get(j + 1).lower();
        Double m = x.equals("hundred") ? Double.valueOf(100) : EN_SCALE.get(x);
        if (m != null) {
          return new Core(j, j + 1, 2 * m, 9 * m, 0, 0, 1, false, false, false, false, false, null);
        }
        return null;
      }
      // "hundreds of", "tens of thousands of"
      if (EN_VAGUE.containsKey(w) && j + 1 < n && t.get(j + 1).is("of")) {
        return vague(j, EN_VAGUE.get(w), "of", EN_VAGUE);
      }
      if (!EN_SMALL.containsKey(w) && !w.equals("hundred") && !w.equals("dozen")) return null;
      if (w.equals("hundred") || w.equals("dozen")) return null; // needs a number before it
      double total = 0;
      double current = 0;
      int last = -1;
      int idx = j;
      String prevKind = "";
      while (idx < n) {
        Tok x = t.get(idx);
        if (!x.isWord()) {
          // "twenty-two": a hyphen between tens and units, both glued to it
          if (x.is("-") && prevKind.equals("tens") && idx + 1 < n
              && x.start() == t.get(idx - 1).end() && t.get(idx + 1).start() == x.end()
              && EN_SMALL.getOrDefault(t.get(idx + 1).lower(), 99) < 10) {
            idx++;
            prevKind = "hyphen";
            continue;
          }
          break;
        }
        String lw = x.lower();
        Integer small = EN_SMALL.get(lw);
        if (small != null) {
          boolean ok = prevKind.isEmpty() || prevKind.equals("mult") || prevKind.equals("scale")
              || prevKind.equals("and") || (prevKind.equals("hyphen") && small < 10);
          if (!ok) break;
          current += small;
          prevKind = small >= 20 && small % 10 == 0 ? "tens" : "unit";
          last = idx;
        } else if (EN_MULT.containsKey(lw) && !prevKind.isEmpty() && !prevKind.equals("and")
            && !prevKind.equals("mult")) {
          current = (current == 0 ? 1 : current) * EN_MULT.get(lw);
          prevKind = "mult";
          last = idx;
        } else if (EN_SCALE.containsKey(lw) && !prevKind.isEmpty() && !prevKind.equals("and")) {
          double[] tc = applyScale(total, current, EN_SCALE.get(lw));
          total = tc[0];
          current = tc[1];
          prevKind = "scale";
          last = idx;
        } else if (lw.equals("and") && (prevKind.equals("mult") || prevKind.equals("scale"))
            && idx + 1 < n && EN_SMALL.containsKey(t.get(idx + 1).lower())) {
          prevKind = "and";
        } else {
          break;
        }
        idx++;
      }
      if (last < 0) return null;
      return new Core(j, last, total + current, null, 0, 0, 1, false, false, false, false, false,
          null);
    }

    private Core wordsEs(int j) {
      Tok a = t.get(j);
      String w = a.lower();
      if ((w.equals("un") || w.equals("una") || w.equals("uno")) && j + 1 < n) {
        String x = t.get(j + 1).lower();
        if (ES_COLLECTIVE.containsKey(x)) {
          boolean of = j + 2 < n && t.get(j + 2).is("de");
          return new Core(j, j + 1, ES_COLLECTIVE.get(x), null, 0, 0, 1, false, false, false,
              !x.startsWith("doc"), of, null);
        }
        Double sc = ES_SCALE.get(x);
        if (sc != null && sc >= 1e6) {
          return new Core(j, j + 1, sc, null, 0, 0, sc, false, false, false, false, false, null);
        }
        return null;
      }
      if (ES_VAGUE.containsKey(w) && j + 1 < n && t.get(j + 1).is("de")) {
        return vague(j, ES_VAGUE.get(w), "de", ES_VAGUE);
      }
      if (!ES_SMALL.containsKey(w) && !w.equals("mil")) return null;
      if (w.equals("uno") || w.equals("una")) return null; // an article or a pronoun
      double total = 0;
      double current = 0;
      int last = -1;
      int idx = j;
      String prevKind = "";
      while (idx < n) {
        Tok x = t.get(idx);
        if (!x.isWord()) break;
        String lw = x.lower();
        Integer small = ES_SMALL.get(lw);
        if (small != null) {
          boolean ok = prevKind.isEmpty() || prevKind.equals("scale")
              || (prevKind.equals("hundreds") && small < 100)
              || (prevKind.equals("y") && small < 10);
          if (!ok) break;
          current += small;
          prevKind = small >= 100 ? "hundreds" : small >= 30 && small % 10 == 0 ? "tens" : "unit";
          last = idx;
        } else if (ES_SCALE.containsKey(lw) && (!prevKind.isEmpty() || lw.equals("mil"))
            && !prevKind.equals("y")) {
          double[] tc = applyScale(total, current, ES_SCALE.get(lw));
          total = tc[0];
          current = tc[1];
          prevKind = "scale";
          last = idx;
        } else if (lw.equals("y") && prevKind.equals("tens") && idx + 1 < n
            && ES_SMALL.getOrDefault(t.get(idx + 1).lower(), 99) < 10) {
          prevKind = "y";
        } else {
          break;
        }
        idx++;
      }
      if (last < 0) return null;
      boolean of = last + 1 < n && t.get(last + 1).is("de") && prevKind.equals("scale");
      return new Core(j, last, total + current, null, 0, 0, 1, false, false, false, false, of, null);
    }

    private static double[] applyScale(double total, double current, double scale) {
      double sofar = total + current;
      if (sofar < scale) return new double[] {(sofar == 0 ? 1 : sofar) * scale, 0};
      return new double[] {total + (current == 0 ? 1 : current) * scale, 0};
    }

    /** "hundreds of" is 100–999; "tens of thousands of" 10,000–99,999; "dozens of" 24–143. */
    private Core vague(int j, double magnitude, String of, Map<String, Double> table) {
      double lo = magnitude == 12 ? 24 : magnitude == 20 ? 40 : magnitude;
      double hi = magnitude == 12 ? 143 : magnitude == 20 ? 199 : magnitude * 10 - 1;
      int last = j;
      if (j + 3 < n && t.get(j + 1).is(of) && table.containsKey(t.get(j + 2).lower())
          && t.get(j + 3).is(of) && table.get(t.get(j + 2).lower()) >= 1000) {
        double m = table.get(t.get(j + 2).lower());
        lo *= m;
        hi = (hi + 1) * m - 1;
        last = j + 2;
      }
      return new Core(j, last, lo, hi, 0, 0, 1, false, false, false, false, true, null);
    }

    // ---- context -------------------------------------------------------------------------------

    /** A unit phrase starting at token {@code k}; {@code end[0]} gets its last token. */
    private String unitAt(int k, int[] end) {
      if (k >= n) return null;
      Phrase best = null;
      for (Phrase p : units) {
        if (matchesAt(k, p.tokens()) && (best == null || p.tokens().size() > best.tokens().size())) {
          best = p;
        }
      }
      if (best == null) return null;
      end[0] = k + best.tokens().size() - 1;
      return best.meaning();
    }

    private boolean matchesAt(int k, List<String> words) {
      if (k + words.size() > n) return false;
      for (int i = 0; i < words.size(); i++) {
        Tok x = t.get(k + i);
        if (!x.is(words.get(i))) return false;
        if (i > 0 && !x.isWord() || i > 0 && !t.get(k + i - 1).isWord()) {
          if (x.start() != t.get(k + i - 1).end()) return false; // "km²", "km/h" are glued
        }
      }
      Tok lastTok = t.get(k + words.size() - 1);
      // a word unit must end at a word boundary already (lexer); a one-letter unit must not be an
      // article or pronoun: only glued or followed by punctuation
      return !(words.size() == 1 && words.get(0).length() == 1 && Character.isLetter(
          words.get(0).charAt(0)) && lastTok.start() != t.get(k - 1).end());
    }

    private String qualifierBefore(int end, int floor, int[] start) {
      Phrase best = null;
      for (Phrase p : qualifiers) {
        int len = p.tokens().size();
        int s = end - len + 1;
        if (s < floor || s < 0) continue;
        if (matchesAt(s, p.tokens()) && (best == null || len > best.tokens().size())) best = p;
      }
      if (best == null) return null;
      start[0] = end - best.tokens().size() + 1;
      return best.meaning();
    }

    /** Whether a plural counted noun starts at {@code k} ("5m people"). */
    private boolean countedAhead(int k) {
      String[] head = esWords ? countedEs(k, 2) : countedEn(k, 2);
      return head != null;
    }

    /**
     * The counted noun of an English number: the first plural among up to four following words;
     * words before it are its modifier. For one thing, the first word that is not a participle.
     */
    private String[] countedEn(int k, double value) {
      List<String> words = new ArrayList<>();
      int idx = k;
      while (words.size() < 4 && idx < n) {
        Tok x = t.get(idx);
        if (!x.isWord()) break;
        if (idx > k && !spaceOnlyBetween(t.get(idx - 1), x)) break;
        String lw = x.lower();
        if (EN_STOP.contains(lw) || isNumberWord(lw) || EN_MONTHS.contains(lw)) break;
        String surface = x.text();
        if (idx + 2 < n && t.get(idx + 1).is("-") && t.get(idx + 1).start() == x.end()
            && t.get(idx + 2).isWord() && t.get(idx + 2).start() == t.get(idx + 1).end()) {
          surface = text.substring(x.start(), t.get(idx + 2).end()); // "Iran-made"
          lw = t.get(idx + 2).lower();
          idx += 2;
        }
        words.add(surface);
        if (value != 1 && (EN_PLURAL_HEADS.contains(lw) || looksPluralEn(lw))) {
          return head(words);
        }
        idx++;
      }
      if (value == 1) {
        for (int i = 0; i < words.size(); i++) {
          String lw = words.get(i).toLowerCase(Locale.ROOT);
          if (!(lw.endsWith("ed") || lw.endsWith("ing") || lw.endsWith("ly"))) {
            return head(words.subList(0, i + 1));
          }
        }
      }
      return null;
    }

    private static String[] head(List<String> words) {
      String h = words.get(words.size() - 1);
      String mod = words.size() > 1 ? String.join(" ", words.subList(0, words.size() - 1)) : null;
      return new String[] {h, mod};
    }

    /** Spanish nouns come first: "55 cuerpos identificados" is bodies, modified by identified. */
    private String[] countedEs(int k, double value) {
      if (k >= n || !t.get(k).isWord()) return null;
      Tok x = t.get(k);
      String lw = x.lower();
      if (ES_STOP.contains(lw) || ES_MONTHS.contains(lw) || isNumberWord(lw)) return null;
      if (value != 1 && !lw.endsWith("s")) return null;
      List<String> mods = new ArrayList<>();
      int idx = k + 1;
      while (mods.size() < 2 && idx < n && t.get(idx).isWord()
          && spaceOnlyBetween(t.get(idx - 1), t.get(idx))) {
        String m = t.get(idx).lower();
        if (ES_STOP.contains(m) || !looksAdjectiveEs(m)) break;
        mods.add(t.get(idx).text());
        idx++;
      }
      return new String[] {x.text(), mods.isEmpty() ? null : String.join(" ", mods)};
    }

    private boolean spaceOnlyBetween(Tok a, Tok b) {
      for (int i = a.end(); i < b.start(); i++) {
        if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
          return false;
        }
      }
      return b.start() > a.end();
    }

    // ---- exclusions ----------------------------------------------------------------------------

    /** Why a written number is not an amount (date, time, id...), or null when it is one. */
    private String digitExclusion(Core c, Tok num, int numIdx, Tok pt, boolean hasUnit,
        boolean countedPlural, int first, int floor, boolean money) {
      Tok nt = c.last + 1 < n ? t.get(c.last + 1) : null;
      Tok afterNum = numIdx + 1 < n ? t.get(numIdx + 1) : null;
      String raw = num.text();
      // glued to letters or id punctuation: "A320", "COVID-19", "bbc.co.uk/123", "+44", "#5"
      if (pt != null && pt.end() == num.start()) {
        if (pt.isWord() && !CURRENCY_CODES.contains(pt.text())) return "id";
        if ("/_#@=:+.".contains(pt.text())) return "id";
        if (pt.is("-") && numIdx >= 2 && t.get(numIdx - 2).end() == pt.start()
            && (t.get(numIdx - 2).isWord() || t.get(numIdx - 2).isNumber())) {
          return "id";
        }
      }
      if (afterNum != null && afterNum.start() == num.end()) {
        if (afterNum.is(":") || afterNum.is("/")) return "time-or-date";
        if ((afterNum.is("'") || afterNum.is("’")) && numIdx + 2 < n && t.get(numIdx + 2).is("s")) {
          return "decade";
        }
        if (afterNum.isWord() && c.last == numIdx && !hasUnit) return "glued-suffix";
        if (afterNum.is("-") && numIdx + 2 < n && t.get(numIdx + 2).isNumber()
            && t.get(numIdx + 2).start() == afterNum.end() && numIdx + 4 < n
            && t.get(numIdx + 3).is("-") && t.get(numIdx + 3).start() == t.get(numIdx + 2).end()) {
          return "date"; // 2023-07-16
        }
        if (afterNum.is("º") || afterNum.is("ª") || afterNum.is("°") && !hasUnit) return "ordinal";
        if (afterNum.is(".") && numIdx + 2 < n
            && (t.get(numIdx + 2).is("º") || t.get(numIdx + 2).is("ª"))) {
          return "ordinal";
        }
      }
      if (afterNum != null && afterNum.isWord() && afterNum.start() == num.end() && !hasUnit
          && c.last == numIdx) {
        return "glued-suffix";
      }
      // leading zero: phone numbers, codes ("020", "007"); "0.5" is a number
      if (raw.length() > 1 && raw.charAt(0) == '0' && QuantityLexer.isDigit(raw.charAt(1))) {
        return "id";
      }
      // digit groups separated by spaces: phone numbers, ids
      if (pt != null && pt.isNumber() && spaceOnlyBetween(pt, num)) return "id";
      if (nt != null && nt.isNumber() && c.last == numIdx && spaceOnlyBetween(num, nt)) {
        return "id";
      }
      // clock times: "5 p.m.", "5pm", "17 h", "a las 5"
      if (afterNum != null && c.last == numIdx) {
        if (CLOCK_WORDS.contains(afterNum.lower())) return "time";
        if ((afterNum.is("a") || afterNum.is("p")) && numIdx + 3 < n && t.get(numIdx + 2).is(".")
            && t.get(numIdx + 3).is("m")) {
          return "time";
        }
      }
      if (pt != null && (pt.is("las") || pt.is("la")) && numIdx >= 2 && t.get(numIdx - 2).is("a")
          && esDigits) {
        return "time";
      }
      // dates: "July 16", "16 July", "16 de julio", "Sept. 5"
      if (c.value <= 31 && c.scale == 1 && !hasUnit) {
        if (pt != null && isMonthToken(pt)) return "date";
        if (pt != null && pt.is(".") && numIdx >= 2 && isMonthToken(t.get(numIdx - 2))) {
          return "date";
        }
        if (afterNum != null && isMonthToken(afterNum)) return "date";
        if (afterNum != null && (afterNum.is("de") || afterNum.is("of")) && numIdx + 2 < n
            && isMonthToken(t.get(numIdx + 2))) {
          return "date";
        }
      }
      // years: "in 2021", "the 2010 memorandum", "July 2023"
      // news writes counts with a separator ("2,000"): a bare 1800-2100 is a year unless a
      // qualifier says otherwise ("some 2000 people")
      if (c.yearLike && !money && !hasUnit) {
        String before = numIdx - 1 >= 0 ? t.get(numIdx - 1).lower() : "";
        boolean yearContext = YEAR_CONTEXT.contains(before) || (numIdx - 1 >= 0
            && isMonthToken(t.get(numIdx - 1))) || before.equals(",");
        if (!countedPlural || yearContext || qualifierBefore(numIdx - 1, floor, new int[1]) == null) {
          return "year";
        }
      }
      // list markers at a line start: "1. Apprehensions", "2) Costs"
      if (first == numIdx && atLineStart(num.start()) && afterNum != null
          && (afterNum.is(".") || afterNum.is(")")) && afterNum.start() == num.end()) {
        return "list";
      }
      // ranked lists: "14 Sebastien Grosjean (France)" on its own line
      if (first == numIdx && atLineStart(num.start()) && !hasUnit && !countedPlural) {
        return "list";
      }
      // names and indexes: "Article 51", "page 3", "No. 5", "Cadena 3"
      if (first == numIdx || first == c.first) {
        if (pt != null && pt.isWord() && ID_NOUNS.contains(pt.lower())) return "id";
        if (pt != null && pt.is(".") && numIdx >= 2
            && ID_NOUNS.contains(t.get(numIdx - 2).lower())) {
          return "id";
        }
        if (pt != null && pt.capitalised() && !money && numIdx - 1 >= floor
            && (!countedPlural || pt.end() + 1 == num.start() && !atLineStart(pt.start())
                && afterNum != null && afterNum.capitalised() == false && isTitleWord(pt))
            && !isStopAnyLang(pt.lower()) && !isMonthToken(pt) && !isNumberWord(pt.lower())
            && qualifierBefore(numIdx - 1, floor, new int[1]) == null) {
          return "id";
        }
      }
      return null;
    }

    /** Word numbers that are pronouns or idioms: "one of", "the one", "no one". */
    private boolean wordExclusion(Core c, Tok pt, boolean hasUnit, String counted) {
      if (pt != null && pt.isWord() && ID_NOUNS.contains(pt.lower()) && !hasUnit) return true;
      // "League Two", "Formula One", "Channel Four": a capitalised number inside a name
      if (pt != null && pt.capitalised() && t.get(c.first).capitalised() && !isStopAnyLang(
          pt.lower()) && !hasUnit && (counted == null || pt.end() + 1 == t.get(c.first).start())
          && qualifierBefore(c.first - 1, 0, new int[1]) == null) {
        return true;
      }
      if (c.first != c.last || hasUnit) return false;
      String w = t.get(c.first).lower();
      if (!w.equals("one")) return false;
      Tok nt = c.last + 1 < n ? t.get(c.last + 1) : null;
      if (nt != null && EN_ONE_IDIOMS.contains(nt.lower())) return true;
      if (nt != null && nt.is("-")) return false;
      if (pt != null && EN_ONE_DETERMINERS.contains(pt.lower())) return true;
      return counted == null;
    }

    /** A capitalised word that is not the first of its sentence: part of a name ("Halo 2"). */
    private boolean isTitleWord(Tok x) {
      int i = x.start() - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
      return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
    }

    private boolean isMonthToken(Tok x) {
      if (!x.isWord()) return false;
      if (en && x.capitalised() && EN_MONTHS.contains(x.lower())) return true;
      return esDigits && ES_MONTHS.contains(x.lower());
    }

    private boolean atLineStart(int offset) {
      for (int i = offset - 1; i >= 0; i--) {
        char ch = text.charAt(i);
        if (ch == '\n' || ch == '\r') return true;
        if (!Character.isWhitespace(ch)) return false;
      }
      return true;
    }

    private boolean isNumberWord(String w) {
      return EN_SMALL.containsKey(w) || EN_MULT.containsKey(w) || EN_SCALE.containsKey(w)
          || (esWords && (ES_SMALL.containsKey(w) || ES_SCALE.containsKey(w)));
    }

    private static boolean isStopAnyLang(String w) {
      return EN_STOP.contains(w) || ES_STOP.contains(w);
    }
  }

  // ---- small helpers -----------------------------------------------------------------------------

  private static int count(String s, char c) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) k++;
    return k;
  }

  private static boolean groupsOfThree(String s, char sep) {
    String[] parts = s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
    if (parts[0].isEmpty() || parts[0].length() > 3) return false;
    for (int i = 1; i < parts.length; i++) if (parts[i].length() != 3) return false;
    return true;
  }

  private static boolean sameKind(String a, String b) {
    if (isCurrency(a) && isCurrency(b)) return true;
    Dimension da = DIMENSIONS.get(a);
    Dimension db = DIMENSIONS.get(b);
    return da != null && db != null && da.name().equals(db.name());
  }

  static boolean looksPluralEn(String w) {
    if (w.length() < 3 || !w.endsWith("s")) return false;
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")
        || w.endsWith("’s")) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
    return true;
  }

  private static boolean looksAdjectiveEs(String w) {
    for (String end : new String[] {"ados", "idos", "adas", "idas", "ales", "anos", "anas",
        "icos", "icas", "ivos", "ivas", "eses", "antes", "entes", "ares", "iles", "osos", "osas"}) {
      if (w.endsWith(end)) return true;
    }
    return false;
  }

  /** English plural of a hyphenated modifier noun: "passenger" -> "passengers". */
  static String plural(String w) {
    switch (w) {
      case "person":
        return "people";
      case "man":
        return "men";
      case "woman":
        return "women";
      case "child":
        return "children";
      case "foot":
        return "feet";
      default:
        break;
    }
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
      return w + "es";
    }
    if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }
}
