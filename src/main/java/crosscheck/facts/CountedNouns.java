package crosscheck.facts;

import static crosscheck.facts.QuantityLexicon.EN_IRREGULAR_PLURALS;
import static crosscheck.facts.QuantityLexicon.EN_MONTHS;
import static crosscheck.facts.QuantityLexicon.EN_PLURAL_HEADS;
import static crosscheck.facts.QuantityLexicon.ES_ADJECTIVE_ENDINGS;
import static crosscheck.facts.QuantityLexicon.ES_MONTHS;
import static crosscheck.facts.QuantityLexicon.OF_WORDS;

import crosscheck.facts.QuantityLexer.Tok;
import crosscheck.text.StopWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the noun a count counts and the words that modify it: "55 identified bodies", "300
 * personas", "thousands of people", "55 cuerpos identificados" (Spanish nouns come first). A count
 * has no unit; its counted noun says what it is, so two counts of different things never conflict.
 */
final class CountedNouns {
  /** A counted noun as written and its modifier words, or null for none. */
  record Head(String noun, String modifier) {}

  private final QuantityTokens t;
  private final int n;

  CountedNouns(QuantityTokens tokens) {
    this.t = tokens;
    this.n = tokens.n;
  }

  /**
   * The counted noun of a quantity without a unit ("thousands of people" skips the "of"); after a
   * hyphenated modifier ("a 160-foot mast") the noun it modifies, without its modifier.
   */
  void read(QuantityDraft d) {
    NumberCore c = d.core;
    if (d.unit == null && d.counted == null) {
      int ck = d.last + 1;
      if (ck < n && OF_WORDS.contains(t.get(ck).lower()) && (c.ofFollows() || c.scale() > 1)) {
        ck++;
      }
      Head head = headAt(ck, d.value);
      if (head != null) {
        d.counted = head.noun();
        d.modifier = head.modifier();
        d.countedPlural = d.value != 1 || d.upper != null;
      }
    } else if (d.hyphenModifier && d.counted == null) {
      Head head = headAt(d.last + 1, 1);
      if (head != null) d.counted = head.noun();
    }
  }

  /** Whether a plural counted noun starts at {@code k} ("5m people"). */
  boolean countedAhead(int k) {
    return headAt(k, 2) != null;
  }

  private Head headAt(int k, double value) {
    return t.spanish ? spanish(k, value) : english(k, value);
  }

  /**
   * The counted noun of an English number: the first plural among up to four following words; words
   * before it are its modifier. For one thing, the first word that is not a participle.
   */
  private Head english(int k, double value) {
    List<String> words = new ArrayList<>();
    int idx = k;
    while (words.size() < 4 && idx < n) {
      Tok x = t.get(idx);
      if (!x.isWord()) break;
      if (idx > k && !t.spaceOnlyBetween(t.get(idx - 1), x)) break;
      String lw = x.lower();
      if (StopWords.english(lw) || t.isNumberWord(lw) || EN_MONTHS.contains(lw)) break;
      String surface = x.text();
      if (idx + 2 < n
          && t.get(idx + 1).is("-")
          && t.get(idx + 1).start() == x.end()
          && t.get(idx + 2).isWord()
          && t.get(idx + 2).start() == t.get(idx + 1).end()) {
        surface = t.text.substring(x.start(), t.get(idx + 2).end()); // "Iran-made"
        lw = t.get(idx + 2).lower();
        idx += 2;
      }
      words.add(surface);
      if (value != 1 && (EN_PLURAL_HEADS.contains(lw) || looksPluralEn(lw))) {
        return head(words);
      }
      idx++;
    }
    if (value <= 1 && value > 0) { // "one hour", "half an hour"
      for (int i = 0; i < words.size(); i++) {
        String lw = words.get(i).toLowerCase(Locale.ROOT);
        if (!(lw.endsWith("ed") || lw.endsWith("ing") || lw.endsWith("ly"))) {
          return head(words.subList(0, i + 1));
        }
      }
    }
    return null;
  }

  private static Head head(List<String> words) {
    String h = words.get(words.size() - 1);
    String mod = words.size() > 1 ? String.join(" ", words.subList(0, words.size() - 1)) : null;
    return new Head(h, mod);
  }

  /** Spanish nouns come first: "55 cuerpos identificados" is bodies, modified by identified. */
  private Head spanish(int k, double value) {
    if (k >= n || !t.get(k).isWord()) return null;
    Tok x = t.get(k);
    String lw = x.lower();
    if (StopWords.spanish(lw) || ES_MONTHS.contains(lw) || t.isNumberWord(lw)) return null;
    if (value > 1 && !lw.endsWith("s")) return null; // "media hora" is singular
    List<String> mods = new ArrayList<>();
    int idx = k + 1;
    while (mods.size() < 2
        && idx < n
        && t.get(idx).isWord()
        && t.spaceOnlyBetween(t.get(idx - 1), t.get(idx))) {
      String m = t.get(idx).lower();
      if (StopWords.spanish(m) || !looksAdjectiveEs(m)) break;
      mods.add(t.get(idx).text());
      idx++;
    }
    return new Head(x.text(), mods.isEmpty() ? null : String.join(" ", mods));
  }

  static boolean looksPluralEn(String w) {
    if (w.length() < 3 || !w.endsWith("s")) return false;
    if (w.endsWith("ss")
        || w.endsWith("us")
        || w.endsWith("is")
        || w.endsWith("'s")
        || w.endsWith("’s")) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
    return true;
  }

  private static boolean looksAdjectiveEs(String w) {
    for (String end : ES_ADJECTIVE_ENDINGS) {
      if (w.endsWith(end)) return true;
    }
    return false;
  }

  /** English plural of a hyphenated modifier noun: "passenger" -> "passengers". */
  static String plural(String w) {
    String irregular = EN_IRREGULAR_PLURALS.get(w);
    if (irregular != null) return irregular;
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
      return w + "es";
    }
    if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }

  /**
   * What the nearest count before counted, for a count that names nothing ("won 208 seats, while
   * the Coastal Party won 91", "obtuvo 31 escaños y el Partido Rural 17"): the noun is left out,
   * not changed. Null when the nearest count named nothing either.
   *
   * @param kinds each value's sort in the sentence, in order
   * @param measuredOf what each value before {@code i} measures
   */
  static String elided(List<String> kinds, String[] measuredOf, int i) {
    for (int j = i - 1; j >= 0; j--) if ("count".equals(kinds.get(j))) return measuredOf[j];
    return null;
  }
}
