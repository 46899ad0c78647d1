package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shares that say how far a count had gone ("with 96% of ballots counted", "after 71% of the votes
 * were counted", "tras el conteo del 71% de los votos"), not a fact of the story: outlets that
 * wrote at different hours give different ones, and none is wrong.
 */
public final class ProgressShares {
  private static final Set<String> PARTICIPLES = WordLists.set("facts/progress-participles.txt");
  private static final Set<String> NOUNS = WordLists.set("facts/progress-nouns.txt");
  private static final Set<String> AUXILIARIES = WordLists.set("facts/progress-auxiliaries.txt");

  /** Words before a share that may stand between a progress noun and it ("count of the"). */
  private static final Set<String> LINKS = WordLists.set("facts/progress-links.txt");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++");
  private static final int MAX_LINKS = 3;

  private ProgressShares() {}

  /**
   * Whether a measured thing ("votes counted", "mesas escrutadas", or "votos conteo" for "el conteo
   * del 71% de los votos") is a count's progress.
   */
  public static boolean isProgress(String measured) {
    if (measured == null) return false;
    String[] words = measured.split(" ");
    String last = Folding.fold(words[words.length - 1]);
    return PARTICIPLES.contains(last) || NOUNS.contains(last);
  }

  /** Whether a word is a participle of progress ("counted", "escrutadas"). */
  static boolean isProgressParticiple(String word) {
    return PARTICIPLES.contains(Folding.fold(word).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a word may stand between a noun and its participle ("were", "han sido"). */
  static boolean isAuxiliary(String word) {
    return AUXILIARIES.contains(Folding.fold(word).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The progress noun or participle right before the share at {@code start}, but for linking words
   * ("the count of 71%", "el escrutinio del 90%", "escrutado el 99%", "after processing 92%"), or
   * null.
   */
  static String nounBefore(String text, int sentenceStart, int start) {
    String before = text.substring(Math.max(sentenceStart, start - 60), start);
    String[] words =
        WORD.matcher(before)
            .results()
            .map(java.util.regex.MatchResult::group)
            .toArray(String[]::new);
    for (int i = words.length - 1, links = 0; i >= 0 && links <= MAX_LINKS; i--, links++) {
      String w = Folding.fold(words[i]).toLowerCase(java.util.Locale.ROOT);
      if (NOUNS.contains(w)) return w;
      // "escrutado el 99% de las actas"; not "the court reported 55%", with no article between
      if (PARTICIPLES.contains(w) && links > 0) return w;
      if (!LINKS.contains(w)) return null;
    }
    return null;
  }

  /**
   * Whether the share {@code q} of a sentence is a count's progress: its noun is followed by a
   * participle of progress, or a progress noun comes right before it.
   */
  public static boolean isProgress(
      String text, QuantityValue q, int sentenceStart, int sentenceEnd, String language) {
    if (!"percent".equals(q.unit())) return false;
    int end = Math.min(text.length(), Math.max(sentenceEnd, q.end()));
    return isProgress(MeasuredNouns.shareOf(text, q, end, language))
        || nounBefore(text, sentenceStart, q.start()) != null;
  }
}
