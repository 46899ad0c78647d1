package crosscheck.facts;

import crosscheck.config.FactsConfig;
import crosscheck.model.StageNotes;
import java.util.List;

/**
 * The facts limits of a run and what they left out of one document. A sentence's triggers, dates,
 * numbers and names are read up to {@code maxSentenceMatches} of each kind (claims are attached
 * among them in time that grows with their product, and each claim carries its sentence), and a
 * document gives at most {@code maxDocumentClaims} claims. Not thread-safe: one per document.
 */
final class ClaimLimits {
  static final String STAGE = FactsStage.NAME;

  final int maxSentenceMatches;
  final int maxDocumentClaims;
  private long matchesLeftOut;
  private long claimsLeftOut;

  ClaimLimits(int maxSentenceMatches, int maxDocumentClaims) {
    this.maxSentenceMatches = maxSentenceMatches;
    this.maxDocumentClaims = maxDocumentClaims;
  }

  static ClaimLimits of(FactsConfig c) {
    return new ClaimLimits(c.maxSentenceMatches(), c.maxDocumentClaims());
  }

  static ClaimLimits none() {
    return new ClaimLimits(Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /** The first {@code maxSentenceMatches} matches of one kind in a sentence, in text order. */
  <T> List<T> first(List<T> matches) {
    if (matches.size() <= maxSentenceMatches) return matches;
    matchesLeftOut += matches.size() - maxSentenceMatches;
    return matches.subList(0, maxSentenceMatches);
  }

  /** The first {@code maxDocumentClaims} claims of a document. */
  <T> List<T> firstClaims(List<T> claims) {
    if (claims.size() <= maxDocumentClaims) return claims;
    claimsLeftOut += claims.size() - maxDocumentClaims;
    return claims.subList(0, maxDocumentClaims);
  }

  StageNotes notes(String doc) {
    return StageNotes.limit(
            doc,
            STAGE,
            "facts.max_sentence_matches",
            maxSentenceMatches,
            matchesLeftOut,
            "triggers, dates, numbers or names beyond the first "
                + maxSentenceMatches
                + " of a sentence left out")
        .plus(
            StageNotes.limit(
                doc,
                STAGE,
                "facts.max_document_claims",
                maxDocumentClaims,
                claimsLeftOut,
                "claims beyond the first " + maxDocumentClaims + " of a document left out"));
  }
}
