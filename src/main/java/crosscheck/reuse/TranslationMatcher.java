package crosscheck.reuse;

import crosscheck.text.Folding;
import crosscheck.model.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Tells whether an English and a Spanish sentence translate each other, without a multilingual
 * model: numbers, dates and names must agree (they survive translation unchanged after accent
 * folding), and the remaining content words must correspond through a small bilingual lexicon of
 * Spanish stems to English stems or through cognates ("cooperación" ~ "cooperation").
 *
 * <p>Both sides are reduced to content words (function words dropped), Snowball-stemmed, and
 * greedily paired: numbers by value, names by folded spelling or close spelling, other words by
 * lexicon then cognate. The score rises with the share of content words paired on both sides and
 * falls for a number or name left unpaired, a length ratio far from what translation produces and
 * paired words out of order.
 *
 * <p>Thread-safe: the lexicon is immutable and loaded once per JVM; stemmers are per thread.
 */
public final class TranslationMatcher {

  /**
   * Score at and above which a pair is taken for a translation. Chosen on the English article
   * with its appended Spanish translation and on written pairs with hard negatives (same names
   * and numbers, different statement): see TranslationMatcherTest.
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  static final String LEXICON_RESOURCE = "/crosscheck/reuse/lexicon-es-en.tsv";

  /** A sentence as the matcher sees it: its text, offsets, language and tokens. */
  public record SentenceText(
      String text, int start, int end, String language, List<Token> tokens) {

    public SentenceText {
      tokens = List.copyOf(tokens);
    }

    /** The original spelling of a token (offsets are document offsets). */
    String surface(Token token) {
      int from = token.start() - start;
      int to = token.end() - start;
      return from >= 0 && to <= text.length() && from < to ? text.substring(from, to) : token.norm();
    }
  }

  /** What kind of word a content token is: it decides how it may be paired and what it weighs. */
  enum Kind {
    NUMBER,
    MONTH,
    NAME,
    WORD
  }

  /** How two tokens were paired, best first. */
  private enum Link {
    SAME,
    LEXICON,
    COGNATE
  }

  /** One content token: its folded form, stem, cognate form and position among content tokens. */
  private record Item(
      Kind kind,
      String norm,
      String stem,
      String singularStem,
      String cognate,
      int position,
      boolean initial) {

    Item(Kind kind, String norm, String stem, String cognate, int position, boolean initial) {
      this(kind, norm, stem, stem, cognate, position, initial);
    }
  }

  /** A sentence reduced to what translation preserves. */
  private record Profile(boolean spanish, List<Item> items, int chars, boolean negated) {}

  private static final ThreadLocal<SnowballStemmer> SPANISH_STEMMER =
      ThreadLocal.withInitial(SpanishStemmer::new);
  private static final ThreadLocal<SnowballStemmer> ENGLISH_STEMMER =
      ThreadLocal.withInitial(EnglishStemmer::new);

  // After the stemmers: loading stems every entry.
  private static final Lexicon LEXICON = Lexicon.load();

  // ---------------------------------------------------------------------------------------------
  // Anchors (blocking keys)

  /**
   * Language-independent keys for candidate generation: numbers ("n:2023"), months ("m:7"), names
   * folded and shortened ("p:boliv" for "Bolivia", "Bolivian" and "boliviano"), and stems of
   * content words inside quotes, Spanish ones translated ("q:cooper"). Two translations usually
   * share two or more; unrelated sentences rarely do.
   */
  public static Set<String> anchors(SentenceText s) {
    Profile profile = profile(s);
    Set<String> keys = new TreeSet<>();
    for (Item item : profile.items) {
      switch (item.kind) {
        case NUMBER -> keys.add("n:" + item.norm);
        case MONTH -> keys.add("m:" + item.stem);
        case NAME -> keys.add("p:" + nameKey(profile.spanish, item.norm));
        case WORD -> {}
      }
    }
    for (String word : quotedWords(s)) {
      String folded = Folding.fold(word);
      if (folded.length() < 5 || isFunctionWord(folded)) {
        continue;
      }
      keys.add("q:" + conceptKey(isSpanish(s), folded));
    }
    return keys;
  }

  /** A name's key: a Spanish name with a lexicon translation ("España") takes the English one. */
  private static String nameKey(boolean spanish, String norm) {
    String canonical = norm;
    if (spanish && LEXICON.isName(norm)) {
      canonical = LEXICON.englishSurface(norm);
    }
    String light = canonical.replace("h", "").replace("y", "i");
    StringBuilder collapsed = new StringBuilder();
    for (int i = 0; i < light.length(); i++) {
      if (i == 0 || light.charAt(i) != light.charAt(i - 1)) {
        collapsed.append(light.charAt(i));
      }
    }
    return collapsed.length() <= 5 ? collapsed.toString() : collapsed.substring(0, 5);
  }

  /** A word's language-independent key: the English stem of its translation, else a prefix. */
  private static String conceptKey(boolean spanish, String folded) {
    String stem = stem(spanish, folded);
    if (spanish) {
      String english = LEXICON.primaryEnglishOf(stem);
      if (english != null) {
        return english;
      }
      String cognate = cognateForm(true, folded);
      return cognate.length() <= 6 ? cognate : cognate.substring(0, 6);
    }
    String cognate = cognateForm(false, folded);
    if (LEXICON.isEnglishStem(stem)) {
      return stem;
    }
    return cognate.length() <= 6 ? cognate : cognate.substring(0, 6);
  }

  private static List<String> quotedWords(SentenceText s) {
    List<String> words = new ArrayList<>();
    String text = s.text;
    boolean inside = false;
    int wordStart = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (wordStart < 0) {
          wordStart = i;
        }
        continue;
      }
      if (wordStart >= 0 && inside) {
        words.add(text.substring(wordStart, i));
      }
      wordStart = -1;
      if (c == '“' || c == '«' || (c == '"' && !inside)) {
        inside = true;
      } else if (c == '”' || c == '»' || c == '"') {
        inside = false;
      }
    }
    return words;
  }

  // ---------------------------------------------------------------------------------------------
  // Score

  /**
   * How likely {@code b} is a translation of {@code a}, in [0, 1]; either may be the Spanish one.
   * Two sentences of the same language score 0.
   */
  public double score(SentenceText a, SentenceText b) {
    return score(profile(a), profile(b));
  }

  private static double score(Profile a, Profile b) {
    return score(a, b, null);
  }

  /** The score with the paired words and the factors written out, to see why a pair scored. */
  static String explain(SentenceText a, SentenceText b) {
    StringBuilder out = new StringBuilder();
    double s = score(profile(a), profile(b), out);
    return out.append("score=").append(String.format("%.3f", s)).toString();
  }

  private static double score(Profile a, Profile b, StringBuilder explanation) {
    if (a.spanish == b.spanish || a.items.isEmpty() || b.items.isEmpty()) {
      return 0;
    }
    Profile en = a.spanish ? b : a;
    Profile es = a.spanish ? a : b;
    int n = en.items.size();
    int m = es.items.size();
    int[] pairOf = new int[n];
    double[] quality = new double[n];
    Arrays.fill(pairOf, -1);
    boolean[] taken = new boolean[m];
    // Best links first so a cognate never steals a word the lexicon pairs exactly.
    for (Link link : Link.values()) {
      for (int i = 0; i < n; i++) {
        if (pairOf[i] >= 0) {
          continue;
        }
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int j = 0; j < m; j++) {
          if (taken[j] || !links(en.items.get(i), es.items.get(j), link)) {
            continue;
          }
          // Among equal candidates prefer the one at the same relative place in the sentence.
          double distance = Math.abs((double) i / n - (double) j / m);
          if (distance < bestDistance) {
            bestDistance = distance;
            best = j;
          }
        }
        if (best >= 0) {
          pairOf[i] = best;
          taken[best] = true;
          quality[i] = link == Link.COGNATE ? 0.85 : 1.0;
        }
      }
    }

    // Per side: ordinary words paired (Dice over both sides) and anchors paired.
    double wordsEn = 0;
    double wordsEs = 0;
    double wordsMatched = 0;
    int anchorsTotal = 0;
    int anchorsMatched = 0;
    int numbersUnmatched = 0;
    int namesUnmatched = 0;
    List<Integer> order = new ArrayList<>();
    double[] esQuality = new double[m];
    for (int i = 0; i < n; i++) {
      if (pairOf[i] >= 0) {
        order.add(pairOf[i]);
        esQuality[pairOf[i]] = quality[i];
      }
    }
    for (int side = 0; side < 2; side++) {
      List<Item> items = side == 0 ? en.items : es.items;
      for (int k = 0; k < items.size(); k++) {
        Item item = items.get(k);
        double q = side == 0 ? (pairOf[k] >= 0 ? quality[k] : 0) : esQuality[k];
        if (item.kind == Kind.WORD) {
          // A word the lexicon knows left unpaired is a real difference, not a lexicon gap.
          boolean known = isKnown(side == 1, item.stem) || isKnown(side == 1, item.singularStem);
          double weight = q > 0 || !known ? 1 : UNPAIRED_KNOWN_WEIGHT;
          if (side == 0) {
            wordsEn += weight;
          } else {
            wordsEs += weight;
          }
          wordsMatched += q;
          continue;
        }
        anchorsTotal++;
        if (q > 0) {
          anchorsMatched++;
        } else if (item.kind == Kind.NUMBER) {
          numbersUnmatched++;
        } else if (item.kind == Kind.NAME && !item.initial) {
          namesUnmatched++;
        }
      }
    }

    // Content: the share of ordinary words paired on both sides (Dice).
    double content = wordsEn + wordsEs == 0 ? 0 : wordsMatched / (wordsEn + wordsEs);
    // Anchors (numbers, months, names) agreeing confirm the content; alone they prove nothing, as
    // sentences about the same event share them whatever they state.
    double anchorAgreement = anchorsTotal == 0 ? 1 : (double) anchorsMatched / anchorsTotal;
    double evidence = content * (0.6 + 0.4 * anchorAgreement);
    // Sentences with few words give little evidence: shrink towards zero.
    double size = Math.min(n, m);
    evidence *= size / (size + 1.0);

    // A number on one side only is what a different statement looks like; a name less so.
    double penalty = Math.pow(0.45, numbersUnmatched) * Math.pow(0.8, namesUnmatched);
    // A negation on one side only reverses the statement.
    if (en.negated != es.negated) {
      penalty *= 0.5;
    }
    double lengthFit = lengthFit(es.chars, en.chars);
    double monotone = order.size() < 2 ? 1 : (double) longestIncreasing(order) / order.size();
    double raw = evidence * penalty * lengthFit * (0.7 + 0.3 * monotone);
    if (explanation != null) {
      for (int i = 0; i < n; i++) {
        Item item = en.items.get(i);
        explanation.append(item.kind).append(' ').append(item.norm).append(" = ");
        explanation.append(pairOf[i] >= 0 ? es.items.get(pairOf[i]).norm : "-").append('\n');
      }
      for (int j = 0; j < m; j++) {
        if (!taken[j]) {
          explanation.append("  unpaired ").append(es.items.get(j).kind).append(' ');
          explanation.append(es.items.get(j).norm).append('\n');
        }
      }
      explanation.append(String.format(
          "content=%.3f anchors=%d/%d evidence=%.3f penalty=%.3f length=%.3f monotone=%.3f%n",
          content, anchorsMatched, anchorsTotal, evidence, penalty, lengthFit, monotone));
    }
    // Logistic around the raw value where translations and hard negatives part (0.55).
    return 1 / (1 + Math.exp(-(raw - 0.55) * 12));
  }

  /** How well the Spanish/English character ratio fits translation (typically 1.05 to 1.3). */
  private static double lengthFit(int esChars, int enChars) {
    if (esChars == 0 || enChars == 0) {
      return 0;
    }
    double logRatio = Math.log((double) esChars / enChars / 1.15);
    // Short sentences vary more in length ratio than long ones.
    double spread = 0.18 + 2.0 / Math.sqrt(Math.min(esChars, enChars));
    double excess = Math.max(0, Math.abs(logRatio) - 0.1);
    return Math.exp(-excess * excess / (2 * spread * spread));
  }

  private static int longestIncreasing(List<Integer> values) {
    int[] tails = new int[values.size()];
    int length = 0;
    for (int v : values) {
      int at = Arrays.binarySearch(tails, 0, length, v);
      if (at < 0) {
        at = -at - 1;
      }
      tails[at] = v;
      if (at == length) {
        length++;
      }
    }
    return length;
  }

  private static final double UNPAIRED_KNOWN_WEIGHT = 1.5;

  private static boolean isKnown(boolean spanish, String stem) {
    return spanish ? LEXICON.isSpanishStem(stem) : LEXICON.isEnglishStem(stem);
  }

  private static java.math.BigDecimal parseNumber(String norm) {
    try {
      return new java.math.BigDecimal(norm);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean links(Item en, Item es, Link link) {
    boolean numeric = en.kind == Kind.NUMBER || es.kind == Kind.NUMBER;
    if (numeric) {
      return link == Link.SAME && en.kind == es.kind && en.norm.equals(es.norm);
    }
    if (en.kind == Kind.MONTH || es.kind == Kind.MONTH) {
      return link == Link.SAME && en.kind == es.kind && en.stem.equals(es.stem);
    }
    return switch (link) {
      case SAME -> en.norm.equals(es.norm);
      case LEXICON ->
          LEXICON.translates(es.stem, en.stem) || LEXICON.translates(es.singularStem, en.stem);
      case COGNATE -> cognates(en.cognate, es.cognate);
    };
  }

  /** Close spelling after Spanish endings are rewritten to English ones. */
  private static boolean cognates(String en, String es) {
    int shorter = Math.min(en.length(), es.length());
    // Cognates keep their first letter once spellings are aligned; this spares most distances.
    if (shorter < 4 || en.charAt(0) != es.charAt(0)) {
      return false;
    }
    int prefix = 0;
    while (prefix < shorter && en.charAt(prefix) == es.charAt(prefix)) {
      prefix++;
    }
    if (prefix >= 6 || (prefix == shorter && shorter >= 4)) {
      return true;
    }
    if (shorter < 5 || Math.abs(en.length() - es.length()) > 3) {
      return false;
    }
    int distance = levenshtein(en, es);
    return distance <= Math.max(1, Math.max(en.length(), es.length()) / 4);
  }

  private static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  // ---------------------------------------------------------------------------------------------
  // Profiles

  private static Profile profile(SentenceText s) {
    boolean spanish = isSpanish(s);
    List<Item> items = new ArrayList<>();
    List<Token> tokens = s.tokens;
    boolean sentenceStart = true;
    boolean negated = false;
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      String norm = token.norm();
      if (norm.isEmpty()) {
        continue;
      }
      boolean initial = sentenceStart || followsOpeningQuote(s, token);
      String surface = s.surface(token);
      sentenceStart = false;
      if (Character.isDigit(norm.charAt(0))) {
        // "1.2 billion" and "1.200 millones" are one value: scale words multiply the number.
        java.math.BigDecimal value = parseNumber(norm);
        while (value != null && t + 1 < tokens.size() && SCALES.containsKey(tokens.get(t + 1).norm())) {
          value = value.multiply(SCALES.get(tokens.get(++t).norm()));
        }
        String canonical = value == null ? norm : value.stripTrailingZeros().toPlainString();
        items.add(new Item(Kind.NUMBER, canonical, canonical, canonical, items.size(), false));
        continue;
      }
      if (NEGATIONS.contains(norm)) {
        negated = true;
        continue;
      }
      String number = NUMBER_WORDS.get(norm);
      if (number != null) {
        items.add(new Item(Kind.NUMBER, number, number, number, items.size(), false));
        continue;
      }
      String month = (spanish ? SPANISH_MONTHS : ENGLISH_MONTHS).get(norm);
      if (month != null && (spanish || isCapitalised(surface))) {
        items.add(new Item(Kind.MONTH, norm, month, norm, items.size(), false));
        continue;
      }
      if (norm.length() < 2 || isFunctionWord(norm) || !Character.isLetter(norm.charAt(0))) {
        continue;
      }
      String stem = stem(spanish, spanish ? surface : norm);
      // Snowball stems some Spanish plurals apart from their singular ("próximos", "próximo").
      String singularStem = spanish ? stem(true, singular(surface)) : stem;
      boolean known =
          spanish
              ? LEXICON.isSpanishStem(stem) || LEXICON.isSpanishStem(singularStem)
              : LEXICON.isEnglishStem(stem);
      Kind kind = Kind.WORD;
      if (isCapitalised(surface)) {
        // English capitalises titles, days and demonyms ("President", "Iranian"): a word the
        // lexicon knows is a name only when listed as one. Spanish capitalises little but names
        // inside a sentence ("Irán" although "iraní" is a known stem). At the start of a sentence
        // only words the lexicon does not know are names.
        boolean name = spanish ? !initial || !known : !known || LEXICON.isName(norm);
        kind = name ? Kind.NAME : Kind.WORD;
      }
      items.add(
          new Item(
              kind, norm, stem, singularStem, cognateForm(spanish, norm), items.size(), initial));
    }
    return new Profile(spanish, items, s.text.length(), negated);
  }

  /** A Spanish plural's singular, by spelling alone ("próximos" to "próximo"). */
  private static String singular(String word) {
    int n = word.length();
    if (n > 4 && word.endsWith("es") && "lnrd".indexOf(word.charAt(n - 3)) >= 0) {
      return word.substring(0, n - 2);
    }
    if (n > 3 && word.endsWith("s")) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  private static boolean followsOpeningQuote(SentenceText s, Token token) {
    int at = token.start() - s.start - 1;
    return at >= 0 && at < s.text.length() && "“\"«‘'(¿¡".indexOf(s.text.charAt(at)) >= 0;
  }

  private static boolean isCapitalised(String surface) {
    return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
  }

  private static boolean isSpanish(SentenceText s) {
    if ("es".equals(s.language)) {
      return true;
    }
    if ("en".equals(s.language)) {
      return false;
    }
    int spanish = 0;
    int english = 0;
    for (Token t : s.tokens) {
      if (SPANISH_FUNCTION_WORDS.contains(t.norm()) && !ENGLISH_FUNCTION_WORDS.contains(t.norm())) {
        spanish++;
      } else if (ENGLISH_FUNCTION_WORDS.contains(t.norm())
          && !SPANISH_FUNCTION_WORDS.contains(t.norm())) {
        english++;
      }
    }
    return spanish > english;
  }

  private static boolean isFunctionWord(String norm) {
    return SPANISH_FUNCTION_WORDS.contains(norm) || ENGLISH_FUNCTION_WORDS.contains(norm);
  }

  /**
   * Snowball stem, folded. Spanish is stemmed before folding: its stemmer reads the accents that
   * mark verb endings ("subió" and "subir" both give "sub", "subio" would not).
   */
  static String stem(boolean spanish, String word) {
    SnowballStemmer stemmer = (spanish ? SPANISH_STEMMER : ENGLISH_STEMMER).get();
    stemmer.setCurrent(spanish ? word.toLowerCase(java.util.Locale.ROOT) : Folding.fold(word));
    stemmer.stem();
    return Folding.fold(stemmer.getCurrent());
  }

  /** Spanish endings rewritten to their English counterparts, plurals dropped on both sides. */
  static String cognateForm(boolean spanish, String folded) {
    String w = folded;
    if (!spanish) {
      if (w.endsWith("ies") && w.length() > 5) {
        return englishSpelling(w.substring(0, w.length() - 3) + "y");
      }
      if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 4) {
        return englishSpelling(w.substring(0, w.length() - 1));
      }
      return englishSpelling(w);
    }
    if (w.endsWith("ciones")) {
      w = w.substring(0, w.length() - 6) + "tion";
    } else if (w.endsWith("cion")) {
      w = w.substring(0, w.length() - 4) + "tion";
    } else if (w.endsWith("siones")) {
      w = w.substring(0, w.length() - 6) + "sion";
    } else if (w.endsWith("dades") || w.endsWith("dad")) {
      w = w.substring(0, w.lastIndexOf("dad")) + "ty";
    } else if (w.endsWith("mente")) {
      w = w.substring(0, w.length() - 5) + "ly";
    } else if (w.endsWith("es") && w.length() > 5 && "lnr".indexOf(w.charAt(w.length() - 3)) >= 0) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && w.length() > 4) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ico") || w.endsWith("ica")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.endsWith("ivo") || w.endsWith("iva")) {
      w = w.substring(0, w.length() - 1) + "e";
    } else if (w.endsWith("ario") || w.endsWith("aria")) {
      w = w.substring(0, w.length() - 3) + "ry";
    } else if (w.endsWith("oso") || w.endsWith("osa")) {
      w = w.substring(0, w.length() - 3) + "ous";
    } else if (w.endsWith("encia")) {
      w = w.substring(0, w.length() - 5) + "ence";
    } else if (w.endsWith("ancia")) {
      w = w.substring(0, w.length() - 5) + "ance";
    } else if (w.endsWith("ismo")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.endsWith("ista")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.endsWith("ia") && w.length() > 5) {
      w = w.substring(0, w.length() - 2) + "y";
    }
    // "estrategia" ~ "strategy", "especial" ~ "special": Spanish adds an e before s + consonant.
    if (w.length() > 4 && w.startsWith("es") && "aeiou".indexOf(w.charAt(2)) < 0) {
      w = w.substring(1);
    }
    return englishSpelling(w);
  }

  /** Spellings that differ regularly between the two languages: "hydro"/"hidro", "ph"/"f". */
  private static String englishSpelling(String w) {
    return w.replace("ph", "f").replace("th", "t").replace('y', 'i');
  }

  private static final Map<String, String> ENGLISH_MONTHS =
      months(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");
  private static final Map<String, String> SPANISH_MONTHS =
      months(
          "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre");

  private static Map<String, String> months(String... names) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], String.valueOf(i + 1));
    }
    if (names[8].equals("septiembre")) {
      map.put("setiembre", "9");
    }
    return Map.copyOf(map);
  }

  /** Words that multiply the number before them ("1.2 billion", "1.200 millones"). */
  private static final Map<String, java.math.BigDecimal> SCALES =
      Map.of(
          "thousand", java.math.BigDecimal.valueOf(1_000L),
          "million", java.math.BigDecimal.valueOf(1_000_000L),
          "billion", java.math.BigDecimal.valueOf(1_000_000_000L),
          "bn", java.math.BigDecimal.valueOf(1_000_000_000L),
          "trillion", java.math.BigDecimal.valueOf(1_000_000_000_000L),
          "mil", java.math.BigDecimal.valueOf(1_000L),
          "millon", java.math.BigDecimal.valueOf(1_000_000L),
          "millones", java.math.BigDecimal.valueOf(1_000_000L),
          "millardos", java.math.BigDecimal.valueOf(1_000_000_000L),
          "billones", java.math.BigDecimal.valueOf(1_000_000_000_000L));

  /** Words that negate a statement in either language. */
  private static final Set<String> NEGATIONS =
      Set.of(
          "not", "no", "non", "never", "without", "nor", "none", "nobody", "nothing", "neither", "dont",
          "didnt", "doesnt", "wont", "cant", "cannot", "isnt", "wasnt", "arent", "werent",
          "hasnt", "havent", "hadnt", "couldnt", "wouldnt", "shouldnt", "nunca", "sin", "ni",
          "ningun", "ninguna", "ninguno", "nadie", "nada", "jamas", "tampoco");

  /** Counting words from two up, which translations write as digits or words either way. */
  private static final Map<String, String> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
          Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
          Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
          Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("twenty", "20"), Map.entry("twice", "2"),
          Map.entry("dos", "2"), Map.entry("tres", "3"), Map.entry("cuatro", "4"),
          Map.entry("cinco", "5"), Map.entry("seis", "6"), Map.entry("siete", "7"),
          Map.entry("ocho", "8"), Map.entry("nueve", "9"), Map.entry("diez", "10"),
          Map.entry("once", "11"), Map.entry("doce", "12"), Map.entry("veinte", "20"));

  static final Set<String> ENGLISH_FUNCTION_WORDS =
      Set.copyOf(
          List.of(
          "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or",
          "but", "nor", "that", "which", "who", "whom", "whose", "is", "are", "was", "were", "be",
          "been", "being", "has", "have", "had", "do", "does", "did", "it", "its", "they", "them",
          "their", "theirs", "he", "him", "his", "she", "her", "hers", "we", "us", "our", "you",
          "your", "i", "me", "my", "this", "these", "those", "as", "if", "than", "then", "so",
          "not", "no", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
          "there", "here", "what", "when", "where", "why", "how", "all", "any", "some", "such",
          "into", "onto", "about", "over", "also", "very", "just", "up", "out", "one", "s", "t",
          "while", "because", "since", "until", "both", "each", "other", "own", "same", "too",
          "only", "own", "whether", "per", "via", "upon", "whose", "am", "yet", "th", "st",
          "nd", "rd"));

  static final Set<String> SPANISH_FUNCTION_WORDS =
      Set.copyOf(
          List.of(
          "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "al", "a",
          "en", "y", "e", "o", "u", "ni", "que", "por", "para", "con", "sin", "se", "su", "sus",
          "le", "les", "es", "son", "fue", "fueron", "era", "eran", "ser", "sido", "ha", "han",
          "he", "hemos", "habia", "habian", "haber", "este", "esta", "estos", "estas", "ese", "esa",
          "esos", "esas", "aquel", "aquella", "como", "cuando", "donde", "si", "no", "mas", "muy",
          "tambien", "pero", "sino", "ya", "yo", "tu", "el", "ella", "ellos", "ellas", "nos",
          "nosotros", "me", "te", "mi", "mis", "cual", "cuales", "quien", "quienes", "cuyo",
          "cuya", "sobre", "entre", "hasta", "desde", "hacia", "segun", "todo", "toda", "todos",
          "todas", "otro", "otra", "otros", "otras", "mismo", "misma", "uno", "esto", "eso",
          "porque", "pues", "aunque", "mientras", "cada", "tan", "tanto", "asi", "solo", "sea",
          "estan", "esta", "estaba", "estar"));

  // ---------------------------------------------------------------------------------------------
  // Lexicon

  /** Spanish stems to English stems, from a TSV of "spanish<TAB>english|english…" words. */
  private static final class Lexicon {
    private final Map<String, Set<String>> englishBySpanishStem;
    private final Set<String> englishStems;
    private final Map<String, String> nameTranslations;
    private final Set<String> nameSpellings;
    private final Map<String, String> primaryBySpanishStem;

    private Lexicon(
        Map<String, String> primaryBySpanishStem,
        Map<String, Set<String>> englishBySpanishStem,
        Set<String> englishStems,
        Map<String, String> nameTranslations) {
      this.primaryBySpanishStem = primaryBySpanishStem;
      this.englishBySpanishStem = englishBySpanishStem;
      this.englishStems = englishStems;
      this.nameTranslations = nameTranslations;
      Set<String> spellings = new HashSet<>(nameTranslations.keySet());
      spellings.addAll(nameTranslations.values());
      this.nameSpellings = Set.copyOf(spellings);
    }

    static Lexicon load() {
      Map<String, Set<String>> bySpanish = new HashMap<>();
      Map<String, String> primary = new HashMap<>();
      Set<String> englishStems = new HashSet<>();
      Map<String, String> names = new HashMap<>();
      try (InputStream in = TranslationMatcher.class.getResourceAsStream(LEXICON_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("lexicon not on classpath: " + LEXICON_RESOURCE);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] columns = line.split("\t");
          if (columns.length < 2) {
            throw new IllegalStateException("lexicon line without translation: " + line);
          }
          String spanish = Folding.fold(columns[0].trim());
          String spanishStem = stem(true, columns[0].trim());
          Set<String> targets = bySpanish.computeIfAbsent(spanishStem, k -> new HashSet<>());
          // The first translation listed is the word's key in anchors (a set has no order).
          primary.putIfAbsent(spanishStem, stem(false, columns[1].split("\\|")[0].trim()));
          for (String english : columns[1].split("\\|")) {
            String folded = Folding.fold(english.trim());
            String englishStem = stem(false, folded);
            targets.add(englishStem);
            englishStems.add(englishStem);
          }
          // Proper names ("España" / "Spain") are written capitalised in the lexicon.
          if (Character.isUpperCase(columns[0].trim().charAt(0))) {
            names.put(spanish, Folding.fold(columns[1].split("\\|")[0].trim()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read lexicon " + LEXICON_RESOURCE, e);
      }
      bySpanish.replaceAll((k, v) -> Set.copyOf(v));
      return new Lexicon(Map.copyOf(primary), Map.copyOf(bySpanish), Set.copyOf(englishStems), Map.copyOf(names));
    }

    /** The first English translation listed for a Spanish stem, or null. */
    String primaryEnglishOf(String spanishStem) {
      return primaryBySpanishStem.get(spanishStem);
    }

    Set<String> englishOf(String spanishStem) {
      return englishBySpanishStem.getOrDefault(spanishStem, Set.of());
    }

    boolean translates(String spanishStem, String englishStem) {
      return englishOf(spanishStem).contains(englishStem);
    }

    boolean isSpanishStem(String stem) {
      return englishBySpanishStem.containsKey(stem);
    }

    boolean isEnglishStem(String stem) {
      return englishStems.contains(stem);
    }

    /** True for a proper name listed with its other spelling ("alemania", "germany"). */
    boolean isName(String norm) {
      return nameSpellings.contains(norm);
    }

    String englishSurface(String spanishNorm) {
      return nameTranslations.getOrDefault(spanishNorm, spanishNorm);
    }
  }
}
