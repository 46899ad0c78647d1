package crosscheck.reuse;

import java.util.function.Function;

/**
 * A near miss of the paraphrase check compared again on clauses: a rewrite often keeps half of a
 * long sentence ("the mayor conceded defeat before the count was published and later said she would
 * leave politics" against "the mayor conceded defeat before the count"), and the clause it kept is
 * what an editor wants side by side. Only pairs of very different lengths that scored close to the
 * threshold are tried, so few clauses are embedded.
 */
final class ParaphraseClauses {
  /** Whole-sentence scores from which the clauses are tried. */
  static final double NEAR = 0.25;

  /** Token-count ratio (shorter / longer) under which the longer side's clauses are tried. */
  static final double MAX_LENGTH_RATIO = 0.7;

  private ParaphraseClauses() {}

  /** The pair that scored best: the two sentences, or one of them and a clause of the other. */
  record Best(double score, SentenceText a, SentenceText b) {}

  /**
   * The best of the whole pair ({@code whole}) and the shorter side against each leading or
   * trailing clause of the longer ({@link Clauses}), each clause embedded by {@code embed}.
   */
  static Best best(
      ParaphraseScorer scorer,
      SentenceText a,
      float[] vectorA,
      SentenceText b,
      float[] vectorB,
      double whole,
      Function<String, float[]> embed) {
    Best best = new Best(whole, a, b);
    int na = a.tokens().size();
    int nb = b.tokens().size();
    if (whole < NEAR || Math.min(na, nb) >= MAX_LENGTH_RATIO * Math.max(na, nb)) {
      return best;
    }
    boolean aLonger = na > nb;
    SentenceText shorter = aLonger ? b : a;
    float[] shorterVector = aLonger ? vectorB : vectorA;
    for (SentenceText clause : Clauses.of(aLonger ? a : b)) {
      double score =
          scorer.score(
              clause.text(),
              clause.tokens(),
              embed.apply(clause.text()),
              shorter.text(),
              shorter.tokens(),
              shorterVector);
      if (score > best.score()) {
        best = aLonger ? new Best(score, clause, b) : new Best(score, a, clause);
      }
    }
    return best;
  }
}
