package crosscheck.reuse;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Spanish-to-English lexicon of frequent news words ({@value #RESOURCE}: a Spanish word, a tab,
 * English words separated by "|"), read through {@link WordLists}. Both sides are kept as Snowball
 * stems ({@link SnowballStems}), so one entry stands for a word's family. A capitalised Spanish
 * entry is a proper name spelt differently in the two languages ("España" / "Spain").
 *
 * <p>Immutable and loaded once per JVM ({@link #SPANISH_ENGLISH}).
 */
final class BilingualLexicon {
  static final String RESOURCE = "reuse/lexicon-es-en.tsv";

  /**
   * Word pairs derived from the Spanish and English wordnets (reuse/wordnet/README.md): broad but
   * looser than the hand-written lexicon, so kept apart from it ({@link #wordnetTranslates}).
   */
  static final String WORDNET_RESOURCE = "reuse/wordnet/lexicon-es-en-wordnet.tsv";

  /** The lexicon of {@value #RESOURCE}. */
  static final BilingualLexicon SPANISH_ENGLISH = load();

  private final Map<String, String> primaryBySpanishStem;
  private final Map<String, Set<String>> englishBySpanishStem;
  private final Set<String> englishStems;
  private final Map<String, String> nameTranslations;
  private final Set<String> nameSpellings;
  private final Map<String, Set<String>> wordnetBySpanishStem;

  private BilingualLexicon(
      Map<String, String> primaryBySpanishStem,
      Map<String, Set<String>> englishBySpanishStem,
      Set<String> englishStems,
      Map<String, String> nameTranslations,
      Map<String, Set<String>> wordnetBySpanishStem) {
    this.wordnetBySpanishStem = wordnetBySpanishStem;
    this.primaryBySpanishStem = primaryBySpanishStem;
    this.englishBySpanishStem = englishBySpanishStem;
    this.englishStems = englishStems;
    this.nameTranslations = nameTranslations;
    Set<String> spellings = new HashSet<>(nameTranslations.keySet());
    spellings.addAll(nameTranslations.values());
    this.nameSpellings = Set.copyOf(spellings);
  }

  private static BilingualLexicon load() {
    Map<String, Set<String>> bySpanish = new HashMap<>();
    Map<String, String> primary = new HashMap<>();
    Set<String> englishStems = new HashSet<>();
    Map<String, String> names = new HashMap<>();
    for (List<String> row : WordLists.table(RESOURCE, 2)) {
      String spanishWord = row.get(0).trim();
      String[] englishWords = row.get(1).split("\\|");
      String spanishStem = SnowballStems.stem(true, spanishWord);
      Set<String> targets = bySpanish.computeIfAbsent(spanishStem, k -> new HashSet<>());
      // The first translation listed is the word's key in anchors (a set has no order).
      primary.putIfAbsent(spanishStem, SnowballStems.stem(false, englishWords[0].trim()));
      for (String english : englishWords) {
        String englishStem = SnowballStems.stem(false, Folding.fold(english.trim()));
        targets.add(englishStem);
        englishStems.add(englishStem);
      }
      if (Character.isUpperCase(spanishWord.charAt(0))) {
        names.put(Folding.fold(spanishWord), Folding.fold(englishWords[0].trim()));
      }
    }
    bySpanish.replaceAll((k, v) -> Set.copyOf(v));
    return new BilingualLexicon(
        Map.copyOf(primary),
        Map.copyOf(bySpanish),
        Set.copyOf(englishStems),
        Map.copyOf(names),
        stemPairs(WORDNET_RESOURCE));
  }

  /** A table of Spanish words and their English words, both sides as stems. */
  private static Map<String, Set<String>> stemPairs(String resource) {
    Map<String, Set<String>> bySpanish = new HashMap<>();
    for (List<String> row : WordLists.table(resource, 2)) {
      Set<String> targets =
          bySpanish.computeIfAbsent(
              SnowballStems.stem(true, Folding.fold(row.get(0).trim())), k -> new HashSet<>());
      for (String english : row.get(1).split("\\|")) {
        targets.add(SnowballStems.stem(false, Folding.fold(english.trim())));
      }
    }
    bySpanish.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(bySpanish);
  }

  /** The stem of the first English translation listed for a Spanish stem, or null. */
  String primaryEnglishOf(String spanishStem) {
    return primaryBySpanishStem.get(spanishStem);
  }

  /**
   * Whether the lexicon lists {@code englishStem} among the translations of {@code spanishStem}.
   */
  boolean translates(String spanishStem, String englishStem) {
    return englishBySpanishStem.getOrDefault(spanishStem, Set.of()).contains(englishStem);
  }

  /**
   * Whether the wordnet pairs list {@code englishStem} for {@code spanishStem}: a looser link than
   * {@link #translates}, since a wordnet lists every sense of a word.
   */
  boolean wordnetTranslates(String spanishStem, String englishStem) {
    return wordnetBySpanishStem.getOrDefault(spanishStem, Set.of()).contains(englishStem);
  }

  /** The stems of every English translation listed for a Spanish stem (empty when unknown). */
  Set<String> englishOf(String spanishStem) {
    return englishBySpanishStem.getOrDefault(spanishStem, Set.of());
  }

  /** Whether a stem of the given side's language appears in the lexicon. */
  boolean knows(boolean spanish, String stem) {
    return spanish ? englishBySpanishStem.containsKey(stem) : englishStems.contains(stem);
  }

  /** True for a proper name listed with its other spelling ("alemania", "germany"). */
  boolean isName(String norm) {
    return nameSpellings.contains(norm);
  }

  /** The English spelling of a Spanish name ("espana" to "spain"); other words as they are. */
  String englishSurface(String spanishNorm) {
    return nameTranslations.getOrDefault(spanishNorm, spanishNorm);
  }
}
