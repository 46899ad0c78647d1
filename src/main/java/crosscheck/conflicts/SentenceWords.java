package crosscheck.conflicts;

import crosscheck.reuse.CrossLanguageStems;
import crosscheck.text.Folding;
import crosscheck.text.StopWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words two sentences share across English and Spanish: stems of common words (and their
 * translations), names as spelt, numbers as written; function words and the words of a name left
 * out.
 */
final class SentenceWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private SentenceWords() {}

  /**
   * The content words of a sentence, each as the set of English stems it may stand for, but for
   * {@code leaveOut} (folded, lower case).
   */
  static List<Set<String>> of(String sentence, String language, List<String> leaveOut) {
    List<Set<String>> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      String w = m.group();
      String folded = Folding.fold(w).toLowerCase(Locale.ROOT);
      if (leaveOut.contains(folded) || StopWords.any(folded) || !seen.add(folded)) continue;
      // "81st" and "81": the number as written
      if (Character.isDigit(w.charAt(0))) out.add(Set.of(folded.replaceAll("\\D.*", "")));
      else if (folded.length() < 3) continue;
      else if (Character.isUpperCase(w.charAt(0)) && m.start() > 0) out.add(Set.of(folded));
      else {
        // a capitalised first word may be a name ("Norvale empató") or a common word
        Set<String> stems = new HashSet<>(CrossLanguageStems.alternatives(w, language));
        if (Character.isUpperCase(w.charAt(0))) stems.add(folded);
        if (!stems.isEmpty()) out.add(stems);
      }
    }
    return out;
  }

  /** How many words of {@code a} stand for a word of {@code b}. */
  static int shared(List<Set<String>> a, List<Set<String>> b) {
    Set<String> all = new HashSet<>();
    for (Set<String> w : b) all.addAll(w);
    int n = 0;
    for (Set<String> w : a) if (w.stream().anyMatch(all::contains)) n++;
    return n;
  }
}
