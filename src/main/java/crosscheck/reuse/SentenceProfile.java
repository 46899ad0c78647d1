package crosscheck.reuse;

import crosscheck.model.Token;
import crosscheck.text.MonthNames;
import crosscheck.text.StopWords;
import crosscheck.text.WireDateline;
import crosscheck.text.WordLists;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence reduced to what translation preserves: its content words in order, each with its
 * {@link Kind} (number, month, name or word), folded form, Snowball stem and cognate form; whether
 * a negation occurs; and its length in characters.
 *
 * <p>Function words are dropped, and so is a wire dateline opening the sentence ({@link
 * WireDateline}). Numbers are read as values, so that "1.2 billion", "1.200 millones" and
 * "1200000000" agree, and counting words ("three", "tres") as digits; months become their number.
 * Capitalised words are names, except words the lexicon knows as ordinary ones in English (which
 * capitalises titles and demonyms) or at the start of a Spanish sentence.
 *
 * @param spanish whether the sentence is the Spanish side (given, else guessed from its words)
 */
record SentenceProfile(boolean spanish, List<Item> items, int chars, boolean negated) {

  /** What kind of word a content token is: it decides how it may be paired and what it weighs. */
  enum Kind {
    NUMBER,
    MONTH,
    NAME,
    WORD
  }

  /**
   * One content token.
   *
   * @param norm folded form; a number's canonical value
   * @param stem Snowball stem; a month's number
   * @param singularStem the stem of a Spanish plural's singular, which Snowball may stem apart
   * @param cognate the form {@link Cognates#close} compares
   * @param initial whether the word opens the sentence or a quote (its capital proves nothing)
   */
  record Item(
      Kind kind, String norm, String stem, String singularStem, String cognate, boolean initial) {

    static Item number(String value) {
      return new Item(Kind.NUMBER, value, value, value, value, false);
    }

    static Item month(String name, String number) {
      return new Item(Kind.MONTH, name, number, number, name, false);
    }
  }

  private static final Set<String> NEGATIONS = WordLists.set("reuse/translation-negations.txt");

  /** Counting words of English and Spanish and their values ("five" 5, "cinco" 5). */
  static final Map<String, String> NUMBER_WORDS =
      WordLists.map("reuse/translation-number-words.tsv");

  private static final Map<String, BigDecimal> SCALES =
      scales(WordLists.map("reuse/translation-number-scales.tsv"));
  private static final Set<String> ENGLISH_MONTHS = MonthNames.fullNames("en");
  private static final Set<String> SPANISH_MONTHS = MonthNames.fullNames("es");

  private static final BilingualLexicon LEXICON = BilingualLexicon.SPANISH_ENGLISH;

  SentenceProfile {
    items = List.copyOf(items);
  }

  /** The profile of a sentence. */
  static SentenceProfile of(SentenceText s) {
    return of(s, isSpanish(s));
  }

  /** The profile of a sentence, or of a part of one, whose language is known. */
  static SentenceProfile of(SentenceText s, boolean spanish) {
    List<Item> items = new ArrayList<>();
    List<Token> tokens = s.tokens();
    boolean sentenceStart = true;
    boolean negated = false;
    int body = s.start() + WireDateline.end(s.text());
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      String norm = token.norm();
      if (norm.isEmpty() || token.start() < body) {
        continue;
      }
      boolean initial = sentenceStart || followsOpeningQuote(s, token);
      sentenceStart = false;
      if (Character.isDigit(norm.charAt(0)) || NUMBER_WORDS.containsKey(norm)) {
        t = addNumber(tokens, t, items);
      } else if (NEGATIONS.contains(norm)) {
        negated = true;
      } else {
        Item item = wordItem(spanish, norm, s.surface(token), initial);
        if (item != null) {
          items.add(item);
        }
      }
    }
    return new SentenceProfile(spanish, items, s.text().length(), negated);
  }

  /**
   * Adds the number at token {@code t}, in digits or a counting word, multiplied by the scale words
   * after it ("1.2 billion", "1.200 millones" and "dos mil millones" are values), and returns the
   * last token it read.
   */
  private static int addNumber(List<Token> tokens, int t, List<Item> items) {
    String norm = tokens.get(t).norm();
    BigDecimal value = parseNumber(NUMBER_WORDS.getOrDefault(norm, norm));
    while (value != null && t + 1 < tokens.size() && SCALES.containsKey(tokens.get(t + 1).norm())) {
      value = value.multiply(SCALES.get(tokens.get(++t).norm()));
    }
    items.add(Item.number(value == null ? norm : value.stripTrailingZeros().toPlainString()));
    return t;
  }

  /** The item of a word that is not a number or a negation; null for a function word. */
  private static Item wordItem(boolean spanish, String norm, String surface, boolean initial) {
    if ((spanish ? SPANISH_MONTHS : ENGLISH_MONTHS).contains(norm)
        && (spanish || isCapitalised(surface))) {
      return Item.month(norm, String.valueOf(MonthNames.number(norm)));
    }
    if (norm.length() < 2 || isFunctionWord(norm) || !Character.isLetter(norm.charAt(0))) {
      return null;
    }
    String stem = SnowballStems.stem(spanish, spanish ? surface : norm);
    // Snowball stems some Spanish plurals apart from their singular ("próximos", "próximo").
    String singularStem = spanish ? SnowballStems.stem(true, singular(surface)) : stem;
    boolean known =
        spanish
            ? LEXICON.knows(true, stem) || LEXICON.knows(true, singularStem)
            : LEXICON.knows(false, stem);
    Kind kind = Kind.WORD;
    if (isCapitalised(surface)) {
      // English capitalises titles, days and demonyms ("President", "Iranian"): a word the
      // lexicon knows is a name only when listed as one. Spanish capitalises little but names
      // inside a sentence ("Irán" although "iraní" is a known stem). At the start of a sentence
      // only words the lexicon does not know are names.
      boolean name = spanish ? !initial || !known : !known || LEXICON.isName(norm);
      kind = name ? Kind.NAME : Kind.WORD;
    }
    return new Item(kind, norm, stem, singularStem, Cognates.form(spanish, norm), initial);
  }

  /** Whether the sentence is Spanish: as given, else by its function words of one language only. */
  static boolean isSpanish(SentenceText s) {
    if ("es".equals(s.language())) {
      return true;
    }
    if ("en".equals(s.language())) {
      return false;
    }
    int spanish = 0;
    int english = 0;
    for (Token t : s.tokens()) {
      if (StopWords.spanish(t.norm()) && !StopWords.english(t.norm())) {
        spanish++;
      } else if (StopWords.english(t.norm()) && !StopWords.spanish(t.norm())) {
        english++;
      }
    }
    return spanish > english;
  }

  /** Whether a folded word is a function word of either language. */
  static boolean isFunctionWord(String norm) {
    return StopWords.spanish(norm) || StopWords.english(norm);
  }

  private static BigDecimal parseNumber(String norm) {
    try {
      return new BigDecimal(norm);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, BigDecimal> scales(Map<String, String> multipliers) {
    Map<String, BigDecimal> scales = new HashMap<>();
    multipliers.forEach((word, multiplier) -> scales.put(word, new BigDecimal(multiplier)));
    return Map.copyOf(scales);
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
    int at = token.start() - s.start() - 1;
    return at >= 0 && at < s.text().length() && "“\"«‘'(¿¡".indexOf(s.text().charAt(at)) >= 0;
  }

  private static boolean isCapitalised(String surface) {
    return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
  }
}
