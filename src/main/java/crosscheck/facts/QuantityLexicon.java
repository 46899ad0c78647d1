package crosscheck.facts;

import crosscheck.text.MonthNames;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists for the quantity rules, English and Spanish: number words, scales, units, currencies,
 * qualifiers, and the words that show a number is a date, a time or an identifier. The lists are
 * data files under {@code src/main/resources/crosscheck/facts/} (read once through {@link
 * WordLists}); month names come from {@link MonthNames}. Immutable.
 */
final class QuantityLexicon {

  private QuantityLexicon() {}

  /** A phrase of lower-cased tokens and what it stands for. */
  record Phrase(List<String> tokens, String meaning) {}

  /** Dimension and factor to the base unit of that dimension. */
  record Dimension(String name, double factor) {}

  private static final String NUMBER_WORDS = "facts/quantity-number-words.tsv";
  private static final String SCALES = "facts/quantity-scales.tsv";
  private static final String UNITS = "facts/quantity-units.tsv";
  private static final String DIMENSION_TABLE = "facts/quantity-unit-dimensions.tsv";
  private static final String QUALIFIERS = "facts/quantity-qualifiers.tsv";
  private static final String TRAILING = "facts/quantity-trailing-qualifiers.tsv";
  private static final String CONTEXT_WORDS = "facts/quantity-context-words.tsv";

  // ---- number words ----------------------------------------------------------------------------

  static final Map<String, Integer> EN_SMALL = smallNumbers("en");
  static final Map<String, Integer> ES_SMALL = smallNumbers("es");

  /** Whether a folded, lower-case word is a small number word of either language ("two", "dos"). */
  static boolean isSmallNumber(String folded) {
    return EN_SMALL.containsKey(folded) || ES_SMALL.containsKey(folded);
  }

  /** Whether a folded, lower-case word is a number: digits first, or a small number word. */
  static boolean isNumberWord(String folded) {
    return Character.isDigit(folded.charAt(0)) || isSmallNumber(folded);
  }

  /** Multipliers inside a number: hundred, dozen; ES hundreds are additive (doscientos). */
  static final Map<String, Double> EN_MULT = scales("en", "multiplier");

  /** Scales that close a group: thousand, million... */
  static final Map<String, Double> EN_SCALE = scales("en", "scale");

  static final Map<String, Double> ES_SCALE = scales("es", "scale");

  /** Scale words after digits: "1.2 million", "30 millones", "5bn", "$4m". */
  static final Map<String, Double> EN_DIGIT_SCALE = union(EN_SCALE, scales("en", "digit-scale"));

  static final Map<String, Double> ES_DIGIT_SCALE = union(ES_SCALE, scales("es", "digit-scale"));

  /**
   * Short scales that are also unit symbols or letters: scale only after money or before a count.
   */
  static final Set<String> AMBIGUOUS_SCALE = WordLists.set("facts/quantity-ambiguous-scales.txt");

  /** Vague plurals: "hundreds of" is 100–999. Value: the order of magnitude. */
  static final Map<String, Double> EN_VAGUE = scales("en", "vague");

  static final Map<String, Double> ES_VAGUE = scales("es", "vague");

  /** Spanish collective nouns after "un"/"una": "un centenar" is about 100. */
  static final Map<String, Double> ES_COLLECTIVE = scales("es", "collective");

  // ---- units and currencies --------------------------------------------------------------------

  /** Unit phrases (lower-cased tokens) to canonical symbols; longest match wins. */
  static final List<Phrase> EN_UNITS = phrases(UNITS, "en");

  static final List<Phrase> ES_UNITS = phrases(UNITS, "es");

  /** Singular unit words used as hyphenated modifiers: "160-foot", "50-meter", "10-km". */
  static final Map<String, String> HYPHEN_UNITS = WordLists.map("facts/quantity-hyphen-units.tsv");

  static final Map<String, Dimension> DIMENSIONS = dimensions();

  static final Map<String, String> CURRENCY_SYMBOLS =
      WordLists.map("facts/quantity-currency-symbols.tsv");

  /** Letters written before "$": "US$", "A$", "R$". */
  static final Map<String, String> DOLLAR_PREFIXES =
      WordLists.map("facts/quantity-dollar-prefixes.tsv");

  static final Set<String> CURRENCY_CODES = WordLists.set("facts/quantity-currency-codes.txt");

  /** "pesos" name several currencies, so they are a currency without an ISO code. */
  static boolean isCurrency(String unit) {
    return unit != null && (CURRENCY_CODES.contains(unit) || unit.equals("pesos"));
  }

  // ---- qualifiers ------------------------------------------------------------------------------

  static final List<Phrase> EN_QUALIFIERS = qualifiers("en");
  static final List<Phrase> ES_QUALIFIERS = qualifiers("es");

  /** Two tokens after a number, joined by a space ("or more", "- odd"), to a qualifier. */
  static final Map<String, String> TRAILING_QUALIFIERS = trailingQualifiers();

  // ---- context words ---------------------------------------------------------------------------

  static final Set<String> EN_MONTHS = MonthNames.namesAndAbbreviations("en");
  static final Set<String> ES_MONTHS = MonthNames.namesAndAbbreviations("es");
  static final Set<String> CLOCK_WORDS = WordLists.set("facts/quantity-clock-words.txt");

  /** Words before a number that make it a name or an index, not an amount. */
  static final Set<String> ID_NOUNS = WordLists.set("facts/quantity-id-nouns.txt");

  /** Prepositions before a bare 4-digit number that make it a year. */
  static final Set<String> YEAR_CONTEXT = WordLists.set("facts/quantity-year-context.txt");

  /** Irregular or uncountable English plurals that are counted heads. */
  static final Set<String> EN_PLURAL_HEADS = WordLists.set("facts/quantity-plural-heads-en.txt");

  /** Words after "one"/"a" that make it a pronoun or idiom, not a count. */
  static final Set<String> EN_ONE_IDIOMS = WordLists.set("facts/quantity-one-idioms-en.txt");

  /** Words before "one" that make it a pronoun: "the one", "no one", "every one". */
  static final Set<String> EN_ONE_DETERMINERS =
      WordLists.set("facts/quantity-one-determiners-en.txt");

  /** Hyphenated words after a number that are not a counted noun. */
  static final Set<String> HYPHEN_NON_NOUNS = WordLists.set("facts/quantity-hyphen-non-nouns.txt");

  /** Irregular English plurals of a hyphenated modifier noun: "person" -> "people". */
  static final Map<String, String> EN_IRREGULAR_PLURALS =
      WordLists.map("facts/quantity-irregular-plurals-en.tsv");

  /** Endings of Spanish plural adjectives after a counted noun: "identificados". */
  static final List<String> ES_ADJECTIVE_ENDINGS =
      WordLists.list("facts/quantity-adjective-endings-es.txt");

  // ---- small words by their role (quantity-context-words.tsv) ----------------------------------

  /** "between", "entre": before a range joined by {@link #RANGE_AND}. */
  static final Set<String> RANGE_BETWEEN = role("range-between");

  static final Set<String> RANGE_AND = role("range-and");

  /** "un", "el", "the": before a bound of a range opened by {@link #RANGE_BETWEEN}. */
  static final Set<String> RANGE_ARTICLES = role("range-article");

  /** "from", "de", "desde": a following "to" is then no range. */
  static final Set<String> RANGE_FROM = role("range-from");

  static final Set<String> RANGE_TO = role("range-to");

  /** "ranging", "van", "oscilan": before "from"/"de", make "from 20 to 30" a range again. */
  static final Set<String> RANGE_VERBS = role("range-verb");

  /** "a" joins a range only in a text known to be Spanish. */
  static final Set<String> RANGE_TO_ES = role("range-to-es");

  /** "or", "o": join a range of number words only ("two or three"). */
  static final Set<String> RANGE_OR = role("range-or");

  /** "of", "de" between a scale or vague plural and its unit or counted noun. */
  static final Set<String> OF_WORDS = role("of");

  /** Hyphenated after a number, a fraction: "two-thirds". */
  static final Set<String> FRACTIONS = role("fraction");

  /** "a", "an" before an English multiplier or scale: "a dozen". */
  static final Set<String> EN_ARTICLES = role("article-en");

  /** "several", "few" before "hundred" or an English scale. */
  static final Set<String> EN_FEW = role("few-en");

  /** "un", "una", "uno" before a Spanish collective or a large scale. */
  static final Set<String> ES_ARTICLES = role("article-es");

  /** Time units an article counts once after a count cue ("almost an hour", "casi una hora"). */
  static final Set<String> ONE_UNIT = role("one-unit");

  /** Words before an article that make it a count of one ("about", "casi", "más de"). */
  static final Set<String> COUNT_CUES = role("count-cue");

  /** "half", "media": half of the time unit after it. */
  static final Set<String> HALF = role("half");

  // ---- loading ---------------------------------------------------------------------------------

  private static Map<String, Integer> smallNumbers(String language) {
    Map<String, Integer> out = new HashMap<>();
    for (List<String> row : WordLists.table(NUMBER_WORDS, 3)) {
      if (row.get(0).equals(language)) out.put(row.get(1), integer(NUMBER_WORDS, row, 2));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, Double> scales(String language, String kind) {
    Map<String, Double> out = new HashMap<>();
    for (List<String> row : WordLists.table(SCALES, 4)) {
      if (row.get(0).equals(language) && row.get(1).equals(kind)) {
        out.put(row.get(2), number(SCALES, row, 3));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, Double> union(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> out = new HashMap<>(a);
    out.putAll(b);
    return Collections.unmodifiableMap(out);
  }

  /** The phrases of one language in a (language, meaning, phrase) table, in file order. */
  private static List<Phrase> phrases(String resource, String language) {
    List<Phrase> out = new ArrayList<>();
    for (List<String> row : WordLists.table(resource, 3)) {
      if (row.get(0).equals(language)) {
        out.add(new Phrase(List.of(row.get(2).split(" ")), row.get(1)));
      }
    }
    return List.copyOf(out);
  }

  private static List<Phrase> qualifiers(String language) {
    List<Phrase> out = phrases(QUALIFIERS, language);
    for (Phrase p : out) QuantityQualifier.valueOf(p.meaning()); // fails loudly on a misspelling
    return out;
  }

  private static Map<String, Dimension> dimensions() {
    Map<String, Dimension> out = new HashMap<>();
    for (List<String> row : WordLists.table(DIMENSION_TABLE, 3)) {
      out.put(row.get(0), new Dimension(row.get(1), number(DIMENSION_TABLE, row, 2)));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, String> trailingQualifiers() {
    Map<String, String> out = new HashMap<>();
    for (List<String> row : WordLists.table(TRAILING, 3)) {
      QuantityQualifier.valueOf(row.get(2)); // fails loudly on a misspelt qualifier
      out.put(row.get(0) + " " + row.get(1), row.get(2));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Set<String> role(String role) {
    Set<String> out = new HashSet<>();
    for (List<String> row : WordLists.table(CONTEXT_WORDS, 2)) {
      if (row.get(0).equals(role)) out.add(row.get(1));
    }
    if (out.isEmpty()) throw bad(CONTEXT_WORDS, "no word has the role " + role);
    return Collections.unmodifiableSet(out);
  }

  private static int integer(String resource, List<String> row, int column) {
    try {
      return Integer.parseInt(row.get(column));
    } catch (NumberFormatException e) {
      throw bad(resource, "not a whole number in row " + row);
    }
  }

  private static double number(String resource, List<String> row, int column) {
    try {
      return Double.parseDouble(row.get(column));
    } catch (NumberFormatException e) {
      throw bad(resource, "not a number in row " + row);
    }
  }

  private static IllegalStateException bad(String resource, String problem) {
    return new IllegalStateException(
        "word list src/main/resources/crosscheck/" + resource + ": " + problem);
  }
}
