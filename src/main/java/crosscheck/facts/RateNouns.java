package crosscheck.facts;

import crosscheck.text.WordLists;
import java.util.List;
import java.util.Map;

/**
 * The rate a bare share gives, named a few words before it in its clause: "turnout was estimated
 * between 64% and 68%", "la participación rondó el 66%", "inflation fell to 31.5%". Outlets name
 * such a share by the rate, not by a noun after it, and a share that names nothing is compared only
 * through its sentence's words. Part of {@link MeasurementExtractor}.
 */
final class RateNouns {
  private static final Map<String, String> RATES =
      WordLists.map("facts/measurement-rate-nouns.tsv");

  /** How many words before a share its rate may stand. */
  static final int REACH = 10;

  private RateNouns() {}

  /** The rate named nearest before the share in its clause, as its comparison word, or null. */
  static String before(String text, int sentenceStart, int valueStart) {
    List<String> words = MeasurementCues.clauseWordsBefore(text, sentenceStart, valueStart);
    for (int i = words.size() - 1; i >= Math.max(0, words.size() - REACH); i--) {
      String rate = RATES.get(words.get(i));
      if (rate != null) return rate;
    }
    return null;
  }
}
