package crosscheck.reuse;

import crosscheck.text.Folding;
import crosscheck.text.StopWords;
import java.util.Locale;
import java.util.Set;

/**
 * Content words of English and Spanish text as English stems, so that words of the two languages
 * can be compared as one vocabulary: a Spanish word becomes the stem of the first English
 * translation the bilingual lexicon lists ("muertes" and "deaths" both give "death"); a word the
 * lexicon does not know keeps its own folded stem (names, cognates). Stop words give null.
 */
public final class CrossLanguageStems {
  private CrossLanguageStems() {}

  /** The English stem of a word of the given language ("es" or anything else as English). */
  public static String of(String word, String language) {
    boolean spanish = "es".equals(language);
    String folded = Folding.fold(word).toLowerCase(Locale.ROOT);
    if (folded.isEmpty() || (spanish ? StopWords.spanish(folded) : StopWords.english(folded)))
      return null;
    if (!spanish) return SnowballStems.stem(false, folded);
    String stem = SnowballStems.stem(true, word);
    String english = BilingualLexicon.SPANISH_ENGLISH.primaryEnglishOf(stem);
    return english != null ? english : stem;
  }

  /**
   * The Spanish words of the hand-made bilingual table, folded, as written (not as stems: the stem
   * of a given name often is a verb's, "Tom" of "tomar").
   */
  private static final Set<String> SPANISH_WORDS = spanishWords();

  /** Whether the bilingual table lists a word as Spanish ("nueva", "paz"), folded. */
  public static boolean isSpanishWord(String word) {
    return SPANISH_WORDS.contains(Folding.fold(word).toLowerCase(Locale.ROOT));
  }

  private static Set<String> spanishWords() {
    Set<String> out = new java.util.HashSet<>();
    for (java.util.List<String> row : crosscheck.text.WordLists.table(BilingualLexicon.RESOURCE, 2))
      out.add(Folding.fold(row.get(0).trim()).toLowerCase(Locale.ROOT));
    return Set.copyOf(out);
  }

  /**
   * Every English stem a word may stand for: for a Spanish word, all the translations the lexicon
   * lists ("obtener": obtain, get); for an English word, its own stem. Empty for stop words.
   */
  public static Set<String> alternatives(String word, String language) {
    String primary = of(word, language);
    if (primary == null) return Set.of();
    if (!"es".equals(language)) return Set.of(primary);
    Set<String> all = BilingualLexicon.SPANISH_ENGLISH.englishOf(SnowballStems.stem(true, word));
    return all.isEmpty() ? Set.of(primary) : all;
  }
}
