package crosscheck.config;

/**
 * Facts settings.
 *
 * @param minAnchorConfidence an inferred publication date below this confidence is a guess: the
 *     document's relative dates ("yesterday", "July 20" without a year) are then left unresolved
 *     rather than resolved against it; their year can still come from other sources of the event
 * @param maxSentenceMatches triggers, dates, numbers and names read per sentence, of each kind: the
 *     rest are left out. News sentences hold at most about ten (2,361 seed, real-news and BBC
 *     articles: 8 triggers, 11 dates, 7 numbers); attaching them to one another costs the product
 *     of their numbers, and one claim per trigger carries its sentence, so a page of repeated event
 *     words once ran the heap out
 * @param maxDocumentClaims claims one document gives at most; the rest are left out (the same
 *     articles gave at most 55)
 */
public record FactsConfig(
    Double minAnchorConfidence, Integer maxSentenceMatches, Integer maxDocumentClaims)
    implements java.io.Serializable {

  public static final FactsConfig DEFAULTS = new FactsConfig(0.5, 20, 10_000);

  void validate(Validation v) {
    v.require(
        minAnchorConfidence != null && minAnchorConfidence >= 0 && minAnchorConfidence <= 1,
        "facts.min_anchor_confidence",
        "must be in [0, 1]");
    v.require(
        maxSentenceMatches != null && maxSentenceMatches >= 1,
        "facts.max_sentence_matches",
        "must be ≥ 1");
    v.require(
        maxDocumentClaims != null && maxDocumentClaims >= 1,
        "facts.max_document_claims",
        "must be ≥ 1");
  }
}
