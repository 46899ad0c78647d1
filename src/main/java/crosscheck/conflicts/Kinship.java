package crosscheck.conflicts;

import crosscheck.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word naming a relative stands beside a name ("his son", "su esposa":
 * conflicts/kinship-words-*.txt): two people of one surname, not one name written two ways.
 */
final class Kinship {
  /** How many words either side of a name are searched for a word naming a relative. */
  static final int REACH = 3;

  private static final Set<String> WORDS = words();
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private Kinship() {}

  /**
   * Whether a kinship word is among the {@link #REACH} words either side of {@code start..end} in a
   * folded lower-case sentence.
   */
  static boolean besideRelative(String folded, int start, int end) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    Matcher w = WORD.matcher(folded);
    while (w.find()) {
      if (w.end() <= start) before.add(w.group());
      else if (w.start() >= end && after.size() < REACH) after.add(w.group());
    }
    List<String> near = new ArrayList<>(after);
    near.addAll(before.subList(Math.max(0, before.size() - REACH), before.size()));
    return near.stream().anyMatch(WORDS::contains);
  }

  private static Set<String> words() {
    Set<String> words = new HashSet<>(WordLists.set("conflicts/kinship-words-en.txt"));
    words.addAll(WordLists.set("conflicts/kinship-words-es.txt"));
    return Set.copyOf(words);
  }
}
