package crosscheck.facts;

import crosscheck.text.Folding;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Word lists spelt as regular-expression alternations, so that a rule's pattern is built from the
 * same list file as its lexicon and the two cannot drift apart.
 */
final class WordPatterns {
  private static final String META = "\\.[]{}()*+?^$|";

  private WordPatterns() {}

  /**
   * "week|fin\s+de\s+semana": the words in the given order, a space matching any run of white
   * space, other characters literal.
   */
  static String alternation(Collection<String> words) {
    return words.stream().map(WordPatterns::literal).collect(Collectors.joining("|"));
  }

  /** As {@link #alternation}, each accented letter also matching its plain form: "mi[ée]rcoles". */
  static String accentOptional(Collection<String> words) {
    return words.stream().map(WordPatterns::accentOptional).collect(Collectors.joining("|"));
  }

  /**
   * "miércoles" gives "mi[ée]rcoles" ({@link Folding#accentTolerant}): text written with or without
   * the accent matches; a space matches any run of white space.
   */
  static String accentOptional(String word) {
    return Folding.accentTolerant(word).replace(" ", "\\s+");
  }

  /** The first word of each entry ("fin de semana" gives "fin"), once each, in order. */
  static List<String> firstWords(Collection<String> words) {
    return words.stream().map(w -> w.split(" ")[0]).distinct().toList();
  }

  /** The last word of each entry ("last night" gives "night"), once each, in order. */
  static List<String> lastWords(Collection<String> words) {
    return words.stream().map(w -> w.substring(w.lastIndexOf(' ') + 1)).distinct().toList();
  }

  private static String literal(String word) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == ' ') {
        while (i + 1 < word.length() && word.charAt(i + 1) == ' ') i++;
        b.append("\\s+");
      } else {
        if (META.indexOf(c) >= 0) b.append('\\');
        b.append(c);
      }
    }
    return b.toString();
  }
}
