package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names that say which country, region or international body a phrase stands for: country names in
 * English and Spanish from {@link Locale} and their other names ({@code
 * facts/country-aliases.tsv}), demonyms of the most newsworthy countries ({@code
 * facts/demonyms.tsv}), capitals (metonymy: "Tehran said" means Iran; {@code facts/capitals.tsv}),
 * regions and a few international organisations ({@code facts/regions.tsv}, {@code
 * facts/organisations.tsv}). Immutable after class initialisation, so thread-safe.
 */
final class ActorGazetteer {

  /**
   * What a gazetteer phrase stands for; {@code lowercaseOk} for Spanish adjectives ("boliviano"),
   * {@code demonym} for adjectives that name a country inside an organisation's name.
   */
  record Entry(String key, String type, boolean lowercaseOk, boolean demonym) {}

  private static final Map<String, Entry> PHRASES = new HashMap<>();
  // Every proper prefix of a multiword phrase, so lookups stop as soon as no name can continue.
  private static final Set<String> PREFIXES = new java.util.HashSet<>();
  private static int maxWords = 1;

  static {
    Locale spanish = Locale.forLanguageTag("es");
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (String name :
          List.of(country.getDisplayCountry(Locale.ENGLISH), country.getDisplayCountry(spanish))) {
        for (String variant : localeVariants(name)) {
          put(variant, "country:" + code, "country", false);
        }
      }
    }
    // An earlier name wins over a later one of the same form, but for demonyms (putDemonym).
    for (List<String> row : WordLists.table("facts/country-aliases.tsv", 2)) {
      put(row.get(1), "country:" + row.get(0), "country", false);
    }
    for (List<String> row : WordLists.table("facts/capitals.tsv", 2)) {
      put(row.get(1), "country:" + row.get(0), "country", false);
    }
    for (List<String> row : WordLists.table("facts/demonyms.tsv", 3)) {
      putDemonym(row.get(0), row.get(1), row.get(2));
    }
    for (List<String> row : WordLists.table("facts/regions.tsv", 2)) {
      String name = row.get(1);
      put(name, "place:" + row.get(0), "place", Character.isLowerCase(name.charAt(0)));
    }
    for (List<String> row : WordLists.table("facts/organisations.tsv", 2)) {
      put(row.get(1), "org:" + row.get(0), "org", false);
    }
  }

  private ActorGazetteer() {}

  /** The entry for a phrase already reduced by {@link #phrase}, or null. */
  static Entry lookup(String phrase) {
    return PHRASES.get(phrase);
  }

  static int maxWords() {
    return maxWords;
  }

  /** Whether some multiword phrase starts with these words (already reduced). */
  static boolean isPrefix(String phrase) {
    return PREFIXES.contains(phrase);
  }

  /** The lookup form of words: folded, dots and hyphens dropped, single spaces. */
  static String phrase(String words) {
    String folded = Folding.fold(words).replace(".", " ").replace("’", "'").replaceAll("[-–]", " ");
    return folded.trim().replaceAll("\\s+", " ");
  }

  /**
   * An English demonym, with its plural noun ("Iranians", "Israelis"), or a Spanish adjective in
   * the masculine singular, with its other forms ("boliviana", "bolivianos").
   */
  private static void putDemonym(String code, String language, String demonym) {
    String key = "country:" + code;
    if (language.equals("en")) {
      put(demonym, key, "country", false, true);
      if (demonym.endsWith("n") || demonym.endsWith("i")) put(demonym + "s", key, "country", false);
    } else {
      for (String form : spanishInflections(demonym)) put(form, key, "country", true, true);
    }
  }

  private static void put(String name, String key, String type, boolean lowercaseOk) {
    put(name, key, type, lowercaseOk, false);
  }

  private static void put(
      String name, String key, String type, boolean lowercaseOk, boolean demonym) {
    String phrase = phrase(name);
    // Acronyms written with dots ("U.S.") reduce to letters separated by spaces: join them.
    if (name.matches("(?:\\p{L}{1,2}\\.\\s?)+")) phrase = phrase.replace(" ", "");
    if (phrase.isEmpty()) return;
    Entry entry = new Entry(key, type, lowercaseOk, demonym);
    // Demonyms win over other names of the same form ("U.S." is both).
    if (demonym) PHRASES.put(phrase, entry);
    else PHRASES.putIfAbsent(phrase, entry);
    String[] words = phrase.split(" ");
    maxWords = Math.max(maxWords, words.length);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < words.length - 1; i++) {
      if (i > 0) prefix.append(' ');
      PREFIXES.add(prefix.append(words[i]).toString());
    }
  }

  /** "Congo - Kinshasa" -> "Congo - Kinshasa", "Congo"; "Myanmar (Burma)" -> "Myanmar", "Burma". */
  private static Set<String> localeVariants(String name) {
    Set<String> variants = new java.util.LinkedHashSet<>();
    String plain = name.replace("&", "and").replace("St.", "Saint");
    variants.add(plain);
    variants.add(name.replace(" & ", " y "));
    int paren = plain.indexOf(" (");
    if (paren > 0) {
      variants.add(plain.substring(0, paren));
      variants.add(plain.substring(paren + 2, plain.length() - 1));
    }
    int dash = plain.indexOf(" - ");
    if (dash > 0 && !plain.startsWith("Congo")) variants.add(plain.substring(0, dash));
    if (plain.endsWith(" SAR China")) variants.add(plain.substring(0, plain.length() - 10));
    if (plain.startsWith("RAE de ")) variants.add(plain.substring(7).replaceAll(" \\(.*", ""));
    return variants;
  }

  /** Spanish adjective forms from the masculine singular: "boliviano" -> bolivian[oa]s?. */
  private static Set<String> spanishInflections(String masculine) {
    String f = Folding.fold(masculine);
    if (f.endsWith("o")) {
      String stem = f.substring(0, f.length() - 1);
      return Set.of(f, stem + "a", stem + "os", stem + "as");
    }
    if (f.endsWith("i")) {
      return Set.of(f, f + "es", f + "s");
    }
    if (f.endsWith("e") || f.endsWith("a")) {
      return Set.of(f, f + "s");
    }
    // Consonant endings: "francés" -> frances, francesa, franceses, francesas.
    return Set.of(f, f + "a", f + "es", f + "as");
  }
}
