package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.COUNT_CUES;
import static crosscheck.facts.QuantityLexicon.EN_ARTICLES;
import static crosscheck.facts.QuantityLexicon.EN_FEW;
import static crosscheck.facts.QuantityLexicon.EN_MULT;
import static crosscheck.facts.QuantityLexicon.EN_SCALE;
import static crosscheck.facts.QuantityLexicon.EN_SMALL;
import static crosscheck.facts.QuantityLexicon.EN_VAGUE;
import static crosscheck.facts.QuantityLexicon.ES_ARTICLES;
import static crosscheck.facts.QuantityLexicon.ES_COLLECTIVE;
import static crosscheck.facts.QuantityLexicon.ES_SCALE;
import static crosscheck.facts.QuantityLexicon.ES_SMALL;
import static crosscheck.facts.QuantityLexicon.ES_VAGUE;
import static crosscheck.facts.QuantityLexicon.HALF;
import static crosscheck.facts.QuantityLexicon.OF_WORDS;
import static crosscheck.facts.QuantityLexicon.ONE_UNIT;

import crosscheck.facts.QuantityLexer.Tok;
import java.util.Map;

/**
 * Reads numbers written in words, English ("two hundred and fifty", "twenty-two", "a dozen",
 * "several hundred", "tens of thousands of") and Spanish ("treinta y cinco", "dos mil millones",
 * "un centenar", "miles de"). Vague plurals become ranges: "hundreds of" is 100–999. Part of {@link
 * NumberReader}.
 */
final class NumberWordReader {
  private final QuantityTokens t;
  private final int n;

  NumberWordReader(QuantityTokens tokens) {
    this.t = tokens;
    this.n = tokens.n;
  }

  /** The English number words starting at token {@code j}, or null. */
  NumberCore english(int j) {
    String w = t.get(j).lower();
    // "half an hour"
    if (HALF.contains(w)
        && j + 2 < n
        && EN_ARTICLES.contains(t.get(j + 1).lower())
        && ONE_UNIT.contains(t.get(j + 2).lower())) return exact(j, j + 1, 0.5, 1, false);
    // "a dozen", "a hundred", "a million"
    if (EN_ARTICLES.contains(w) && j + 1 < n) {
      String x = t.get(j + 1).lower();
      Double m = EN_MULT.containsKey(x) ? EN_MULT.get(x) : EN_SCALE.get(x);
      if (m != null) return exact(j, j + 1, m, 1, false);
      return oneUnit(j);
    }
    // "several hundred", "a few thousand"
    if (EN_FEW.contains(w) && j + 1 < n) {
      String x = t.get(j + 1).lower();
      Double m = x.equals("hundred") ? Double.valueOf(100) : EN_SCALE.get(x);
      if (m != null) {
        return new NumberCore(
            j, j + 1, 2 * m, 9 * m, 0, 0, 1, false, false, false, false, false, null);
      }
      return null;
    }
    // "hundreds of", "tens of thousands of"
    if (EN_VAGUE.containsKey(w) && j + 1 < n && t.get(j + 1).is("of")) {
      return vague(j, EN_VAGUE.get(w), "of", EN_VAGUE);
    }
    if (!EN_SMALL.containsKey(w)) return null; // "hundred", "dozen" need a number before them
    return englishCompound(j);
  }

  /** "two hundred and fifty", "twenty-two", "three million": small numbers, multipliers, scales. */
  private NumberCore englishCompound(int j) {
    double total = 0;
    double current = 0;
    int last = -1;
    int idx = j;
    String prevKind = "";
    while (idx < n) {
      Tok x = t.get(idx);
      if (!x.isWord()) {
        // "twenty-two": a hyphen between tens and units, both glued to it
        if (x.is("-")
            && prevKind.equals("tens")
            && idx + 1 < n
            && x.start() == t.get(idx - 1).end()
            && t.get(idx + 1).start() == x.end()
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
        boolean ok =
            prevKind.isEmpty()
                || prevKind.equals("mult")
                || prevKind.equals("scale")
                || prevKind.equals("and")
                || (prevKind.equals("hyphen") && small < 10);
        if (!ok) break;
        current += small;
        prevKind = small >= 20 && small % 10 == 0 ? "tens" : "unit";
        last = idx;
      } else if (EN_MULT.containsKey(lw)
          && !prevKind.isEmpty()
          && !prevKind.equals("and")
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
      } else if (lw.equals("and")
          && (prevKind.equals("mult") || prevKind.equals("scale"))
          && idx + 1 < n
          && EN_SMALL.containsKey(t.get(idx + 1).lower())) {
        prevKind = "and";
      } else {
        break;
      }
      idx++;
    }
    if (last < 0) return null;
    return exact(j, last, total + current, 1, false);
  }

  /**
   * An article counting one time unit after a count cue ("almost an hour", "casi una hora", "más de
   * un año"); null otherwise: alone, "an hour" is too often a rate ("60 miles an hour").
   */
  private NumberCore oneUnit(int j) {
    if (j == 0 || j + 1 >= n || !ONE_UNIT.contains(t.get(j + 1).lower())) return null;
    String before = t.get(j - 1).lower();
    boolean cue =
        COUNT_CUES.contains(before)
            || (OF_WORDS.contains(before) && j >= 2 && COUNT_CUES.contains(t.get(j - 2).lower()));
    return cue ? exact(j, j, 1, 1, false) : null;
  }

  /** The Spanish number words starting at token {@code j}, or null. */
  NumberCore spanish(int j) {
    String w = t.get(j).lower();
    // "media hora"
    if (HALF.contains(w) && j + 1 < n && ONE_UNIT.contains(t.get(j + 1).lower()))
      return exact(j, j, 0.5, 1, false);
    if (ES_ARTICLES.contains(w) && j + 1 < n) {
      String x = t.get(j + 1).lower();
      if (ES_COLLECTIVE.containsKey(x)) {
        boolean of = j + 2 < n && t.get(j + 2).is("de");
        // "un centenar" is about 100, "una docena" exactly 12
        return new NumberCore(
            j,
            j + 1,
            ES_COLLECTIVE.get(x),
            null,
            0,
            0,
            1,
            false,
            false,
            false,
            !x.startsWith("doc"),
            of,
            null);
      }
      Double sc = ES_SCALE.get(x);
      if (sc != null && sc >= 1e6) return exact(j, j + 1, sc, sc, false);
      return oneUnit(j);
    }
    if (ES_VAGUE.containsKey(w) && j + 1 < n && t.get(j + 1).is("de")) {
      return vague(j, ES_VAGUE.get(w), "de", ES_VAGUE);
    }
    if (!ES_SMALL.containsKey(w) && !w.equals("mil")) return null;
    if (ES_ARTICLES.contains(w)) return null; // an article or a pronoun
    return spanishCompound(j);
  }

  /** "treinta y cinco", "doscientos mil", "dos mil millones": Spanish hundreds add up. */
  private NumberCore spanishCompound(int j) {
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
        boolean ok =
            prevKind.isEmpty()
                || prevKind.equals("scale")
                || (prevKind.equals("hundreds") && small < 100)
                || (prevKind.equals("y") && small < 10);
        if (!ok) break;
        current += small;
        prevKind = small >= 100 ? "hundreds" : small >= 30 && small % 10 == 0 ? "tens" : "unit";
        last = idx;
      } else if (ES_SCALE.containsKey(lw)
          && (!prevKind.isEmpty() || lw.equals("mil"))
          && !prevKind.equals("y")) {
        double[] tc = applyScale(total, current, ES_SCALE.get(lw));
        total = tc[0];
        current = tc[1];
        prevKind = "scale";
        last = idx;
      } else if (lw.equals("y")
          && prevKind.equals("tens")
          && idx + 1 < n
          && ES_SMALL.getOrDefault(t.get(idx + 1).lower(), 99) < 10) {
        prevKind = "y";
      } else {
        break;
      }
      idx++;
    }
    if (last < 0) return null;
    boolean of = last + 1 < n && t.get(last + 1).is("de") && prevKind.equals("scale");
    return exact(j, last, total + current, 1, of);
  }

  /** A number as the words state it: no range, no rounding. */
  private static NumberCore exact(int first, int last, double value, double scale, boolean of) {
    return new NumberCore(
        first, last, value, null, 0, 0, scale, false, false, false, false, of, null);
  }

  private static double[] applyScale(double total, double current, double scale) {
    double sofar = total + current;
    if (sofar < scale) return new double[] {(sofar == 0 ? 1 : sofar) * scale, 0};
    return new double[] {total + (current == 0 ? 1 : current) * scale, 0};
  }

  /** "hundreds of" is 100–999; "tens of thousands of" 10,000–99,999; "dozens of" 24–143. */
  private NumberCore vague(int j, double magnitude, String of, Map<String, Double> table) {
    double lo = magnitude == 12 ? 24 : magnitude == 20 ? 40 : magnitude;
    double hi = magnitude == 12 ? 143 : magnitude == 20 ? 199 : magnitude * 10 - 1;
    int last = j;
    if (j + 3 < n
        && t.get(j + 1).is(of)
        && table.containsKey(t.get(j + 2).lower())
        && t.get(j + 3).is(of)
        && table.get(t.get(j + 2).lower()) >= 1000) {
      double m = table.get(t.get(j + 2).lower());
      lo *= m;
      hi = (hi + 1) * m - 1;
      last = j + 2;
    }
    return new NumberCore(j, last, lo, hi, 0, 0, 1, false, false, false, false, true, null);
  }
}
