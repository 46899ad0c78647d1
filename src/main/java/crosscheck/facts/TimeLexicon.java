package crosscheck.facts;

import static crosscheck.facts.WordPatterns.accentOptional;
import static crosscheck.facts.WordPatterns.alternation;

import crosscheck.text.Folding;
import crosscheck.text.MonthNames;
import crosscheck.text.Weekdays;
import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words of time in English and Spanish: month and weekday names ({@link MonthNames}, {@link
 * Weekdays}), numbers in words, units, and the words that place a time in its span or approximate
 * it ("early", "about"), read from {@code facts/*.tsv}. Each lexicon also gives the alternation its
 * rules match, so a rule's pattern and its lookup are one list. Named times (yesterday, seasons,
 * holidays) are in {@link TimeNames}. Immutable.
 */
final class TimeLexicon {

  /** The value a vague quantity word ("several", "varios") stands for: TimeML's X. */
  static final int VAGUE = -1;

  private static final Set<String> NEEDS_DOT =
      WordLists.set("facts/month-abbreviations-needing-dot-en.txt");

  // English month names are matched case-sensitively so that "may", "march" and "fall" stay verbs.
  static final String MONTH_EN =
      "(?:"
          + alternation(capitalised(byMonth(MonthNames.fullNames("en"))))
          + "|"
          + abbreviationsWithDot()
          + ")(?![\\p{L}])";
  static final String MONTH_ES =
      "(?iu:" + alternation(byMonth(MonthNames.fullNames("es"))) + ")(?![\\p{L}])";

  // English weekday names too are matched capitalised only; Spanish ones with or without accents.
  static final String WEEKDAY_EN =
      "(?:" + alternation(capitalised(Weekdays.names("en"))) + ")(?![\\p{L}])";
  static final String WEEKDAY_ES = "(?iu:" + accentOptional(Weekdays.names("es")) + ")(?![\\p{L}])";

  // Triggers: cheap patterns over lower-cased text that gate the full rules.
  static final String MONTH_TRIGGER = alternation(byMonth(MonthNames.namesAndAbbreviations("en")));
  static final String MES_TRIGGER = alternation(byMonth(MonthNames.fullNames("es")));
  static final String WEEKDAY_EN_TRIGGER = alternation(Weekdays.names("en"));
  static final String WEEKDAY_ES_TRIGGER = accentOptional(Weekdays.names("es"));

  /** A number word as written, its value, and what it builds with (cardinal, article...). */
  private record NumberWord(String language, String written, int value, String kind) {}

  private static final List<NumberWord> NUMBER_WORDS = numberWords();
  private static final Map<String, Integer> NUMBERS_EN = numbers("en");
  private static final Map<String, Integer> NUMBERS_ES = numbers("es");

  /** Number words of a language as a regex alternative (longest first), plus digits. */
  static final String NUMBER_EN =
      numberRegex(
          "en",
          "(?:" + alternation(tens("en", 20)) + ")-(?:" + alternation(units("en", false)) + ")");

  // Spanish writes 21 to 29 as one word ("veintidós") and the others with "y" ("treinta y un").
  static final String NUMBER_ES =
      numberRegex(
          "es",
          "veinti(?:"
              + accentOptional(veintiEndings())
              + ")|(?:"
              + alternation(tens("es", 30))
              + ") y (?:"
              + alternation(units("es", true))
              + ")");

  /** A unit word as written, its TimeML unit and whether it is singular or plural. */
  private record UnitWord(String language, String written, String unit, String number) {}

  private static final List<UnitWord> UNIT_WORDS = unitWords();
  private static final Map<String, String> UNITS = new HashMap<>();

  static {
    for (UnitWord u : UNIT_WORDS) UNITS.put(key(u.written()), u.unit());
  }

  /** A position or approximation word and its TimeML mod ("none" for no mod). */
  private record Modifier(String language, String role, String phrase, String mod) {}

  private static final List<Modifier> MODIFIERS = modifiers();
  private static final Map<String, String> MODS = mods();

  private TimeLexicon() {}

  /** The lookup form of a time word: folded, dots dropped ("Sept." gives "sept"). */
  static String key(String word) {
    return Folding.fold(word).replace(".", "").trim();
  }

  /** 1..12, or 0 when not a month name. */
  static int month(String word) {
    return MonthNames.number(key(word));
  }

  /** Whether a month abbreviation names the month only with its dot ("Mar."). */
  static boolean needsItsDot(String word) {
    return NEEDS_DOT.contains(key(word));
  }

  /** 1 (Monday) .. 7 (Sunday), or 0. */
  static int weekday(String word) {
    return Weekdays.number(key(word));
  }

  /**
   * Month and weekday names in their lookup form, but abbreviations that need their dot:
   * capitalised, they open no name ("Tuesday", "Sept", not "Mar").
   */
  static Set<String> calendarWords() {
    Set<String> words = new HashSet<>();
    for (String name : MonthNames.namesAndAbbreviations("en")) {
      if (!NEEDS_DOT.contains(name)) words.add(name);
    }
    words.addAll(MonthNames.fullNames("es"));
    for (String language : List.of("en", "es")) {
      for (String day : Weekdays.names(language)) words.add(key(day));
    }
    return Set.copyOf(words);
  }

  /**
   * The value of a number written in digits or words; {@link #VAGUE} for "several"; halves kept as
   * .5 ("2 1/2"); null when not a number.
   */
  static Double number(String raw) {
    String w = key(raw).replaceAll("\\s+", " ");
    if (w.matches("\\d+(\\.\\d+)?( 1/2)?")) {
      boolean half = w.endsWith(" 1/2");
      double v = Double.parseDouble(half ? w.substring(0, w.length() - 4) : w);
      return half ? v + 0.5 : v;
    }
    Integer simple = NUMBERS_EN.get(w);
    if (simple == null) simple = NUMBERS_ES.get(w);
    if (simple != null) return (double) simple;
    if (w.startsWith("veinti")) {
      Integer unit = NUMBERS_ES.get(w.substring(6).replace("un", "uno").replace("unoo", "uno"));
      return unit == null ? null : 20.0 + unit;
    }
    String[] parts = w.split("-| y ");
    if (parts.length == 2) {
      Integer tens = NUMBERS_EN.getOrDefault(parts[0], NUMBERS_ES.get(parts[0]));
      String u = parts[1].equals("un") || parts[1].equals("una") ? "uno" : parts[1];
      Integer unit = NUMBERS_EN.getOrDefault(u, NUMBERS_ES.get(u));
      if (tens != null && unit != null) return (double) tens + unit;
    }
    return null;
  }

  /** The number words ("one", "twelve") of a language whose value is in [from, to], in order. */
  static List<String> cardinals(String language, int from, int to) {
    return NUMBER_WORDS.stream()
        .filter(n -> n.language().equals(language) && n.kind().equals("cardinal"))
        .filter(n -> n.value() >= from && n.value() <= to)
        .map(NumberWord::written)
        .toList();
  }

  /** The tens of a language from {@code from} to 90 ("twenty", "treinta"), in order. */
  static List<String> tens(String language, int from) {
    return NUMBER_WORDS.stream()
        .filter(n -> n.language().equals(language) && n.kind().equals("cardinal"))
        .filter(n -> n.value() >= from && n.value() <= 90 && n.value() % 10 == 0)
        .map(NumberWord::written)
        .toList();
  }

  /**
   * The TimeML unit letter of a unit word: Y, M, W, D, H, MIN, S, DE (decade), CE (century), Q, WE
   * (weekend); null when not a unit.
   */
  static String unit(String raw) {
    return UNITS.get(key(raw));
  }

  /**
   * The unit words of a language counting in one of {@code units}, "singular", "plural" or either
   * ({@code number} null), in file order: {@code unitWords("en", "plural", Set.of("Y"))} gives
   * "years".
   */
  static List<String> unitWords(String language, String number, Set<String> units) {
    return UNIT_WORDS.stream()
        .filter(u -> u.language().equals(language) && units.contains(u.unit()))
        .filter(u -> number == null || u.number().equals(number))
        .map(UnitWord::written)
        .toList();
  }

  /**
   * The unit words a count goes with ("three years", "dos semanas"), in file order; a Spanish
   * weekend ("fin de semana") is only matched after "este", "próximo" and the like.
   */
  static List<String> countedUnits(String language) {
    return UNIT_WORDS.stream()
        .filter(u -> u.language().equals(language))
        .filter(u -> !(language.equals("es") && u.unit().equals("WE")))
        .map(UnitWord::written)
        .toList();
  }

  /** Whether a number word is an article ("a" day, "una" semana). */
  static boolean isArticle(String word) {
    String k = key(word);
    return NUMBER_WORDS.stream()
        .anyMatch(n -> n.kind().equals("article") && Folding.fold(n.written()).equals(k));
  }

  /** The TimeML mod of a position or approximation word, or null. */
  static String mod(String word) {
    if (word == null) return null;
    return MODS.get(modKey(word));
  }

  /** The phrases of one role ("position", "approximation", "clock approximation"), in order. */
  static List<String> modifiers(String language, String role) {
    return MODIFIERS.stream()
        .filter(m -> m.language().equals(language) && m.role().equals(role))
        .map(Modifier::phrase)
        .toList();
  }

  /** A whole-number cell of a table, or a loud failure naming the file. */
  static int integer(String resource, String cell) {
    try {
      return Integer.parseInt(cell);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "word list src/main/resources/crosscheck/" + resource + ": not a number: " + cell);
    }
  }

  private static String modKey(String word) {
    String w = key(word).replaceAll("\\s+", " ");
    return w.startsWith("the ") ? w.substring(4) : w;
  }

  /** Names in month order, a longer name of a month first ("sept" before "sep"). */
  private static List<String> byMonth(Set<String> names) {
    return names.stream()
        .sorted(
            Comparator.comparingInt(MonthNames::number)
                .thenComparing(Comparator.comparingInt(String::length).reversed())
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /** "Jan\.?|Feb\.?|Mar\.|...": English abbreviations, their dot optional unless it is needed. */
  private static String abbreviationsWithDot() {
    Set<String> abbreviations = new HashSet<>(MonthNames.namesAndAbbreviations("en"));
    abbreviations.removeAll(MonthNames.fullNames("en"));
    return byMonth(abbreviations).stream()
        .map(a -> capitalised(List.of(a)).get(0) + (NEEDS_DOT.contains(a) ? "\\." : "\\.?"))
        .collect(Collectors.joining("|"));
  }

  private static List<String> capitalised(List<String> words) {
    return words.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList();
  }

  private static List<NumberWord> numberWords() {
    String resource = "facts/number-words.tsv";
    List<NumberWord> out = new ArrayList<>();
    for (List<String> row : WordLists.table(resource, 4)) {
      int value = row.get(2).equals("X") ? VAGUE : integer(resource, row.get(2));
      out.add(new NumberWord(row.get(0), row.get(1), value, row.get(3)));
    }
    return List.copyOf(out);
  }

  private static Map<String, Integer> numbers(String language) {
    Map<String, Integer> out = new HashMap<>();
    for (NumberWord n : NUMBER_WORDS) {
      if (n.language().equals(language)) out.put(Folding.fold(n.written()), n.value());
    }
    return out;
  }

  /** The words of 1 to 9 that end a compound number ("twenty-one"; Spanish also "y un"). */
  private static List<String> units(String language, boolean withArticles) {
    return NUMBER_WORDS.stream()
        .filter(n -> n.language().equals(language) && n.value() >= 1 && n.value() <= 9)
        .filter(n -> n.kind().equals("cardinal") || (withArticles && n.kind().equals("article")))
        .map(NumberWord::written)
        .toList();
  }

  private static List<String> veintiEndings() {
    return WordLists.list("facts/number-words-veinti-es.txt").stream()
        .map(w -> w.substring("veinti".length()))
        .toList();
  }

  private static String numberRegex(String language, String compounds) {
    Map<String, String> written = new LinkedHashMap<>();
    for (NumberWord n : NUMBER_WORDS) {
      if (n.language().equals(language)) written.put(Folding.fold(n.written()), n.written());
    }
    Map<String, Integer> words = language.equals("en") ? NUMBERS_EN : NUMBERS_ES;
    List<String> sorted =
        words.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(w -> accentOptional(written.get(w)))
            .collect(Collectors.toList());
    return "(?:\\d{1,3}(?:\\.\\d+)?(?:\\s+1/2)?|(?iu:"
        + compounds
        + "|"
        + String.join("|", sorted)
        + "))";
  }

  private static List<UnitWord> unitWords() {
    List<UnitWord> out = new ArrayList<>();
    for (List<String> row : WordLists.table("facts/time-units.tsv", 4)) {
      out.add(new UnitWord(row.get(0), row.get(1), row.get(2), row.get(3)));
    }
    return List.copyOf(out);
  }

  private static List<Modifier> modifiers() {
    List<Modifier> out = new ArrayList<>();
    for (List<String> row : WordLists.table("facts/time-modifiers.tsv", 4)) {
      out.add(new Modifier(row.get(0), row.get(1), row.get(2), row.get(3)));
    }
    return List.copyOf(out);
  }

  private static Map<String, String> mods() {
    Map<String, String> out = new HashMap<>();
    for (Modifier m : MODIFIERS) {
      if (m.mod().equals("none")) continue;
      String prior = out.put(modKey(m.phrase()), m.mod());
      if (prior != null && !prior.equals(m.mod())) {
        throw new IllegalStateException(
            "word list src/main/resources/crosscheck/facts/time-modifiers.tsv: '"
                + m.phrase()
                + "' has two mods");
      }
    }
    return Map.copyOf(out);
  }
}
