package crosscheck.reuse;

import java.util.Set;

/**
 * Tells whether an English and a Spanish sentence translate each other, without a multilingual
 * model: numbers, dates and names must agree (they survive translation unchanged after accent
 * folding), and the remaining content words must correspond through a small bilingual lexicon or as
 * cognates ("cooperación" ~ "cooperation").
 *
 * <ol>
 *   <li>Profile: each sentence is reduced to its content words, Snowball-stemmed, numbers read as
 *       values and months as their number ({@link SentenceProfile}).
 *   <li>Pairing: the words of the two sides are paired one to one, by the same spelling, then
 *       through the lexicon ({@link BilingualLexicon}), then as cognates ({@link Cognates}) ({@link
 *       WordPairing}).
 *   <li>Score: the share of words paired on both sides, confirmed by agreeing anchors and lowered
 *       for a number or name on one side only, a negation on one side only, an unlikely length
 *       ratio and words out of order ({@link TranslationScore}).
 * </ol>
 *
 * <p>Candidates are found beforehand through {@link #anchors}, keys two translations share ({@link
 * TranslationAnchors}). Thread-safe: the lexicon is immutable and loaded once per JVM; stemmers are
 * per thread.
 */
public final class TranslationMatcher {

  /**
   * Score at and above which a pair is taken for a translation. Chosen on the English article with
   * its appended Spanish translation and on written pairs with hard negatives (same names and
   * numbers, different statement): see TranslationMatcherTest.
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /**
   * Language-independent keys of a sentence for candidate generation ({@link TranslationAnchors}).
   */
  public static Set<String> anchors(SentenceText s) {
    return TranslationAnchors.of(s);
  }

  /**
   * How likely {@code b} is a translation of {@code a}, in [0, 1]; either may be the Spanish one.
   * Two sentences of the same language score 0.
   */
  public double score(SentenceText a, SentenceText b) {
    return scoreWithFactors(a, b).value();
  }

  /** The score with the paired words and the factors it is made of. */
  static TranslationScore scoreWithFactors(SentenceText a, SentenceText b) {
    return TranslationScore.of(SentenceProfile.of(a), SentenceProfile.of(b));
  }
}
