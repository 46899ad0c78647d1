package crosscheck.reuse;

import crosscheck.text.WordLists;
import java.util.Set;

/**
 * English and Spanish function words (folded), read from {@code reuse/function-words-index-en.txt}
 * and {@code -es.txt}: never evidence that two sentences say the same, so never content terms of
 * the paraphrase index.
 */
final class FunctionWords {
  private FunctionWords() {}

  private static final Set<String> ENGLISH = WordLists.set("reuse/function-words-index-en.txt");
  private static final Set<String> SPANISH = WordLists.set("reuse/function-words-index-es.txt");

  static boolean contains(String folded) {
    return ENGLISH.contains(folded) || SPANISH.contains(folded);
  }
}
