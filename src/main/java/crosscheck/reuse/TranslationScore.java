package crosscheck.reuse;

import crosscheck.reuse.SentenceProfile.Item;
import crosscheck.reuse.SentenceProfile.Kind;
import java.util.Arrays;
import java.util.List;

/**
 * How likely two profiles translate each other, in [0, 1], with the factors it is made of (its
 * {@code toString} shows why a pair scored what it did).
 *
 * <p>The evidence is the share of ordinary words paired on both sides, confirmed by the anchors
 * (numbers, months, names) that agree. It is lowered for a number or a name on one side only (what
 * a different statement looks like), a negation on one side only, a length ratio far from what
 * translation produces, and paired words out of order; a logistic then spreads the raw value around
 * where translations and hard negatives part.
 *
 * @param value the score
 * @param content the share of ordinary words paired (Dice over both sides)
 * @param pairing the paired words; null when the profiles were not compared
 */
record TranslationScore(
    double value,
    double content,
    int anchorsMatched,
    int anchorsTotal,
    double evidence,
    double penalty,
    double lengthFit,
    double monotone,
    WordPairing pairing) {

  /** Two sentences of one language, or a side without content words. */
  private static final TranslationScore NONE = new TranslationScore(0, 0, 0, 0, 0, 0, 0, 0, null);

  /** What an ordinary word the lexicon knows weighs when left unpaired (others weigh 1). */
  private static final double UNPAIRED_KNOWN_WEIGHT = 1.5;

  /**
   * Raw value at which the logistic gives 0.5: where loose news translations (clauses dropped or
   * added) begin on the real-news dev stories. Hard negatives written for the tests reach 0.5 raw
   * (score 0.92), so a pair on its own needs more ({@link TranslationMatcher#DEFAULT_THRESHOLD}).
   */
  private static final double MIDPOINT = 0.3;

  private static final double STEEPNESS = 12;

  /** What one figure changed for a like one costs: about what an unmatched name costs. */
  static final double CHANGED_NUMBER_PENALTY = 0.8;

  /** Figures further apart than this are two statements, not one figure changed. */
  static final double CHANGED_NUMBER_RATIO = 3;

  private static final BilingualLexicon LEXICON = BilingualLexicon.SPANISH_ENGLISH;

  /** The score of two profiles, either of which may be the Spanish one. */
  static TranslationScore of(SentenceProfile a, SentenceProfile b) {
    if (a.spanish() == b.spanish() || a.items().isEmpty() || b.items().isEmpty()) {
      return NONE;
    }
    SentenceProfile en = a.spanish() ? b : a;
    SentenceProfile es = a.spanish() ? a : b;
    WordPairing pairing = WordPairing.of(en, es);
    Tally tally = Tally.of(en, es, pairing);

    double content = tally.content();
    // Anchors (numbers, months, names) agreeing confirm the content; alone they prove nothing, as
    // sentences about the same event share them whatever they state.
    double anchorAgreement =
        tally.anchorsTotal == 0 ? 1 : (double) tally.anchorsMatched / tally.anchorsTotal;
    double evidence = content * (0.6 + 0.4 * anchorAgreement);
    // Sentences with few words give little evidence: shrink towards zero.
    double size = Math.min(en.items().size(), es.items().size());
    evidence *= size / (size + 1.0);

    // A number on one side only is what a different statement looks like; a name less so; one
    // figure changed for a like one ("July 16", "20 de julio") is what a mistranslated or updated
    // fact looks like, which the conflicts stage must see.
    double penalty =
        Math.pow(0.45, tally.numbersUnmatched)
            * Math.pow(CHANGED_NUMBER_PENALTY, tally.numbersChanged)
            * Math.pow(0.8, tally.namesUnmatched);
    // A negation on one side only reverses the statement.
    if (en.negated() != es.negated()) {
      penalty *= 0.5;
    }
    double lengthFit = lengthFit(es.chars(), en.chars());
    List<Integer> order = pairing.spanishOrder();
    double monotone = order.size() < 2 ? 1 : (double) longestIncreasing(order) / order.size();
    double raw = evidence * penalty * lengthFit * (0.7 + 0.3 * monotone);
    double value = 1 / (1 + Math.exp(-(raw - MIDPOINT) * STEEPNESS));
    return new TranslationScore(
        value,
        content,
        tally.anchorsMatched,
        tally.anchorsTotal,
        evidence,
        penalty,
        lengthFit,
        monotone,
        pairing);
  }

  /** The counts of paired and unpaired items on both sides. */
  private static final class Tally {
    double wordsEn;
    double wordsEs;
    double wordsMatched;
    int anchorsTotal;
    int anchorsMatched;
    int numbersUnmatched;
    int numbersChanged;
    int namesUnmatched;
    final List<String> unmatchedNumbersEn = new java.util.ArrayList<>();
    final List<String> unmatchedNumbersEs = new java.util.ArrayList<>();

    static Tally of(SentenceProfile en, SentenceProfile es, WordPairing pairing) {
      Tally tally = new Tally();
      tally.count(en.items(), false, pairing);
      tally.count(es.items(), true, pairing);
      tally.pairChangedNumber();
      return tally;
    }

    /**
     * One number left on each side, of like size: one figure changed, not two statements (a figure
     * and another several times its size, or two numbers apart, are still two).
     */
    private void pairChangedNumber() {
      if (unmatchedNumbersEn.size() != 1 || unmatchedNumbersEs.size() != 1) return;
      Double en = parse(unmatchedNumbersEn.get(0));
      Double es = parse(unmatchedNumbersEs.get(0));
      if (en == null || es == null || en <= 0 || es <= 0) return;
      if (Math.max(en, es) > CHANGED_NUMBER_RATIO * Math.min(en, es)) return;
      numbersUnmatched -= 2;
      numbersChanged = 1;
    }

    private static Double parse(String norm) {
      try {
        return Double.valueOf(norm);
      } catch (NumberFormatException notAPlainNumber) {
        return null;
      }
    }

    private void count(List<Item> items, boolean spanish, WordPairing pairing) {
      for (int k = 0; k < items.size(); k++) {
        Item item = items.get(k);
        double q = pairing.quality(spanish, k);
        if (item.kind() == Kind.WORD) {
          // A word the lexicon knows left unpaired is a real difference, not a lexicon gap.
          boolean known =
              LEXICON.knows(spanish, item.stem()) || LEXICON.knows(spanish, item.singularStem());
          double weight = q > 0 || !known ? 1 : UNPAIRED_KNOWN_WEIGHT;
          if (spanish) {
            wordsEs += weight;
          } else {
            wordsEn += weight;
          }
          wordsMatched += q;
          continue;
        }
        anchorsTotal++;
        if (q > 0) {
          anchorsMatched++;
        } else if (item.kind() == Kind.NUMBER) {
          numbersUnmatched++;
          (spanish ? unmatchedNumbersEs : unmatchedNumbersEn).add(item.norm());
        } else if (item.kind() == Kind.NAME && !item.initial()) {
          namesUnmatched++;
        }
      }
    }

    /** The share of ordinary words paired on both sides (Dice). */
    double content() {
      return wordsEn + wordsEs == 0 ? 0 : wordsMatched / (wordsEn + wordsEs);
    }
  }

  /** How well the Spanish/English character ratio fits translation (typically 1.05 to 1.3). */
  private static double lengthFit(int esChars, int enChars) {
    if (esChars == 0 || enChars == 0) {
      return 0;
    }
    double logRatio = Math.log((double) esChars / enChars / 1.15);
    // Short sentences vary more in length ratio than long ones.
    double spread = 0.18 + 2.0 / Math.sqrt(Math.min(esChars, enChars));
    double excess = Math.max(0, Math.abs(logRatio) - 0.1);
    return Math.exp(-excess * excess / (2 * spread * spread));
  }

  private static int longestIncreasing(List<Integer> values) {
    int[] tails = new int[values.size()];
    int length = 0;
    for (int v : values) {
      int at = Arrays.binarySearch(tails, 0, length, v);
      if (at < 0) {
        at = -at - 1;
      }
      tails[at] = v;
      if (at == length) {
        length++;
      }
    }
    return length;
  }
}
