package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts of the rest of a group or of an addition to it ("otros cuatro acusados", "seven other
 * candidates", "12 others", "an additional 200 troops"), and the first figure of a sum ("28 months
 * for bribery, plus another 9"): a part counted apart from what the sentence or the story named
 * before, which another outlet's count of the whole does not contradict. The cue words are {@value
 * #RESOURCE} and facts/measurement-addend-cues.txt.
 */
public final class Remainders {
  static final String RESOURCE = "facts/measurement-remainder-cues.txt";
  private static final Set<String> CUES = WordLists.set(RESOURCE);
  private static final Set<String> ARTICLES =
      Set.of("the", "los", "las", "an", "a", "unos", "unas");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Remainders() {}

  /**
   * Whether a count is a remainder or an addition, by the word right before or after it, or by a
   * word for the rest a few words before it in its clause.
   */
  public static boolean isRemainder(Measurement m) {
    if (m.quantity() == null) return false;
    String sentence = m.sentence();
    int start = m.start() - m.sentenceStart();
    int end = m.end() - m.sentenceStart();
    if (start < 0 || end > sentence.length()) return false;
    String[] before = words(sentence.substring(0, start));
    int last = before.length - 1;
    if (last >= 1 && ARTICLES.contains(before[last])) last--;
    if (last >= 0 && CUES.contains(before[last])) return true;
    if (clauseCue(sentence.substring(0, start))) return true;
    String[] after = words(sentence.substring(end));
    return after.length > 0 && CUES.contains(after[0]) || isFirstAddend(after);
  }

  private static final Set<String> ADDEND_CUES = WordLists.set("facts/measurement-addend-cues.txt");

  /** Words read after a value for a second figure added to it. */
  static final int ADDEND_REACH = 12;

  /**
   * Whether a second figure is added to the value a few words after it ("28 months for bribery,
   * plus another 9", "28 meses por soborno, más otros 9"): "plus"/"más", then a word for another or
   * a number.
   */
  private static boolean isFirstAddend(String[] after) {
    for (int i = 0; i + 1 < Math.min(after.length, ADDEND_REACH); i++) {
      if (!ADDEND_CUES.contains(after[i])) continue;
      String next = after[i + 1];
      if (CUES.contains(next) || QuantityLexicon.isNumberWord(next)) return true;
    }
    return false;
  }

  private static final Set<String> CLAUSE_CUES =
      WordLists.set("facts/measurement-remainder-cues-clause.txt");

  /** Words read back from a value, within its clause, for a word of {@link #CLAUSE_CUES}. */
  static final int CLAUSE_REACH = 5;

  /** Whether "remaining", "restantes" stand a few words before the value in its clause. */
  private static boolean clauseCue(String before) {
    String[] b = words(MeasurementCues.clauseTail(before));
    for (int i = Math.max(0, b.length - CLAUSE_REACH); i < b.length; i++)
      if (CLAUSE_CUES.contains(b[i])) return true;
    return false;
  }

  private static String[] words(String text) {
    var m = WORD.matcher(Folding.fold(text).toLowerCase(Locale.ROOT));
    return m.results().map(java.util.regex.MatchResult::group).toArray(String[]::new);
  }
}
