package crosscheck.text;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

/**
 * The one stop-word source per language: Lucene's bundled lists (English {@link
 * EnglishAnalyzer#ENGLISH_STOP_WORDS_SET}, Spanish {@link SpanishAnalyzer#getDefaultStopSet},
 * Snowball's) plus the news words they lack ({@code text/stopwords-en.txt}, {@code
 * text/stopwords-es.txt}), all folded. Stop words never show that two sentences say the same thing,
 * never start a name on their own and are never what a number counts. Closed word classes with a
 * grammatical role (determiners, clause openers, prepositions before a date) are lists of their
 * own, named by that role.
 */
public final class StopWords {
  private static final Set<String> ENGLISH = load(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "en");
  private static final Set<String> SPANISH = load(SpanishAnalyzer.getDefaultStopSet(), "es");

  private StopWords() {}

  /** Whether a word (any case, with or without accents) is an English stop word. */
  public static boolean english(String word) {
    return ENGLISH.contains(Folding.fold(word));
  }

  /** Whether a word (any case, with or without accents) is a Spanish stop word. */
  public static boolean spanish(String word) {
    return SPANISH.contains(Folding.fold(word));
  }

  /** Whether a word is a stop word of either language. */
  public static boolean any(String word) {
    String folded = Folding.fold(word);
    return ENGLISH.contains(folded) || SPANISH.contains(folded);
  }

  /** The stop words of a language ("en", "es"), folded. */
  public static Set<String> of(String language) {
    return switch (language) {
      case "en" -> ENGLISH;
      case "es" -> SPANISH;
      default -> Set.of();
    };
  }

  private static Set<String> load(CharArraySet lucene, String language) {
    Set<String> words = new HashSet<>();
    for (Object w : lucene) words.add(Folding.fold(new String((char[]) w)));
    for (String w : WordLists.list("text/stopwords-" + language + ".txt"))
      words.add(Folding.fold(w));
    return Set.copyOf(words);
  }
}
