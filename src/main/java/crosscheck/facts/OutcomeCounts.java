package crosscheck.facts;

import crosscheck.text.Folding;
import crosscheck.text.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a count of people says befell them: "over 60 arrested", "12 people were injured", "40 han
 * sido detenidas". Outlets name such counts by the participle, not by a noun, and a count that
 * names nothing is never compared; "people" alone would set the arrested against the injured. Part
 * of {@link MeasurementExtractor}.
 */
final class OutcomeCounts {
  private static final Set<String> OUTCOMES =
      WordLists.set("facts/measurement-people-outcomes.txt");
  private static final Set<String> BETWEEN =
      WordLists.set("facts/measurement-outcome-auxiliaries.txt");
  private static final Set<String> GENERIC = WordLists.set("facts/measurement-generic-people.txt");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Auxiliaries and adverbs read at most between the count and its participle. */
  private static final int MOST_BETWEEN = 4;

  private OutcomeCounts() {}

  /**
   * The participle that says what a count counts, as written, when the count names no noun or only
   * a generic one ("people", "personas"); otherwise {@code counted} unchanged.
   *
   * @param after where the count's words end (its counted noun, when there is one, follows)
   */
  static String measured(String text, int after, int sentenceEnd, String counted) {
    if (counted != null && !GENERIC.contains(fold(counted))) return counted;
    Matcher w = WORD.matcher(text).region(after, sentenceEnd);
    int from = after;
    boolean nounSkipped = counted == null;
    for (int read = 0; read <= MOST_BETWEEN && w.find(); read++) {
      // "12 people, including...": a clause mark ends what the count's own clause says
      if (!text.substring(from, w.start()).isBlank()) return counted;
      from = w.end();
      String word = fold(w.group());
      if (!nounSkipped && word.equals(fold(counted))) {
        nounSkipped = true;
        continue;
      }
      if (isOutcome(word)) return w.group();
      if (!BETWEEN.contains(word)) return counted;
    }
    return counted;
  }

  /** Whether a folded word is one of the outcomes, Spanish gender and number folded. */
  static boolean isOutcome(String word) {
    if (OUTCOMES.contains(word)) return true;
    String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    String masculine =
        singular.endsWith("a") ? singular.substring(0, singular.length() - 1) + "o" : singular;
    return OUTCOMES.contains(masculine);
  }

  private static String fold(String word) {
    return Folding.fold(word).toLowerCase(Locale.ROOT);
  }
}
