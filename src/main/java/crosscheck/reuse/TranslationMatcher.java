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
   * Score at and above which a pair on its own is taken for a translation. Chosen on the English
   * article with its appended Spanish translation and on written pairs with hard negatives (same
   * names and numbers, different statement): see TranslationMatcherTest. Inside a run of translated
   * sentences a lower score is enough ({@link TranslationRuns}).
   */
  public static final double DEFAULT_THRESHOLD = 0.95;

  /** The length fit under which the longer side's clauses are tried on their own. */
  private static final double CLAUSE_FIT = 0.7;

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

  /**
   * The score with the paired words and the factors it is made of. When one side is much longer,
   * the shorter is also compared with each leading or trailing clause of the longer ({@link
   * Clauses}) and the best score stands: a translation that dropped a clause.
   */
  static TranslationScore scoreWithFactors(SentenceText a, SentenceText b) {
    SentenceProfile pa = SentenceProfile.of(a);
    SentenceProfile pb = SentenceProfile.of(b);
    TranslationScore best = TranslationScore.of(pa, pb);
    if (best.pairing() == null || best.lengthFit() >= CLAUSE_FIT) {
      return best;
    }
    boolean aLonger = a.text().length() >= b.text().length();
    for (SentenceText clause : Clauses.of(aLonger ? a : b)) {
      SentenceProfile part = SentenceProfile.of(clause, (aLonger ? pa : pb).spanish());
      TranslationScore s = aLonger ? TranslationScore.of(part, pb) : TranslationScore.of(pa, part);
      if (s.value() > best.value()) {
        best = s;
      }
    }
    return best;
  }
}
