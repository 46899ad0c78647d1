package crosscheck.config;

/**
 * Reuse settings. Candidates come from two inverted indexes with document-frequency limits (never
 * all pairs): word shingles for copied text, content words and anchors for paraphrase and
 * translation. Only candidates pass to the aligner, the embedding model and the translation
 * matcher.
 *
 * @param shingleSize words per shingle in the copy index (numbers stay in, as tokens)
 * @param maxShingleDocuments a shingle in more documents than this is boilerplate, not evidence
 * @param minSharedShingles shingles two documents must share before they are aligned
 * @param seedLength words per seed in the aligner
 * @param maxGap words the aligner bridges between matches (edits, insertions)
 * @param minMatchedWords words a copied passage must match at least
 * @param minSimilarity matched words / longer side, below which an aligned passage is not reported
 * @param maxTermSentences a content word in more sentences than this is not a candidate key
 * @param minSharedTerms content words two sentences must share to be compared as a paraphrase
 * @param paraphraseThreshold score from which two sentences are a paraphrase
 * @param minSharedAnchors keys (numbers, months, names, concepts) two sentences in different
 *     languages must share
 * @param translationThreshold score from which two sentences are a translation on their own
 * @param translationRunThreshold score from which two sentences are a translation when another pair
 *     of the same two documents translates in the same order (a translated article)
 * @param sameOutlet report reuse between two documents of the same outlet
 * @param withinDocument report a passage and its translation inside one document
 * @param maxDocumentQuotes quotations of one document read for their speakers: a document with more
 *     quotation marks than twice this is read for speakers up to the sentence where they run out (a
 *     storm of tens of thousands of marks cost the speaker patterns minutes)
 * @param maxDocumentPairs documents one document is aligned with at most: those sharing the most
 *     shingles with it; a pair beyond the limit of either of its documents is not aligned, so a
 *     document that shares text with half the corpus costs no more than this many alignments
 */
public record ReuseConfig(
    Integer shingleSize,
    Integer maxShingleDocuments,
    Integer minSharedShingles,
    Integer seedLength,
    Integer maxGap,
    Integer minMatchedWords,
    Double minSimilarity,
    Integer maxTermSentences,
    Integer minSharedTerms,
    Double paraphraseThreshold,
    Integer minSharedAnchors,
    Double translationThreshold,
    Double translationRunThreshold,
    Boolean sameOutlet,
    Boolean withinDocument,
    Integer maxDocumentQuotes,
    Integer maxDocumentPairs)
    implements java.io.Serializable {

  public static final ReuseConfig DEFAULTS =
      new ReuseConfig(5, 100, 4, 3, 6, 8, 0.5, 50, 3, 0.5, 2, 0.95, 0.35, true, true, 1000, 500);

  void validate(Validation v) {
    v.require(
        shingleSize != null && shingleSize >= 1 && shingleSize <= 8,
        "reuse.shingle_size",
        "must be 1..8");
    v.require(
        maxShingleDocuments != null && maxShingleDocuments >= 2,
        "reuse.max_shingle_documents",
        "must be ≥ 2");
    v.require(
        minSharedShingles != null && minSharedShingles >= 1,
        "reuse.min_shared_shingles",
        "must be ≥ 1");
    v.require(
        seedLength != null && seedLength >= 1 && seedLength <= 8,
        "reuse.seed_length",
        "must be 1..8");
    v.require(maxGap != null && maxGap >= 0, "reuse.max_gap", "must be ≥ 0");
    v.require(
        minMatchedWords != null && minMatchedWords >= 1, "reuse.min_matched_words", "must be ≥ 1");
    v.require(unit(minSimilarity), "reuse.min_similarity", "must be in [0, 1]");
    v.require(
        maxTermSentences != null && maxTermSentences >= 2,
        "reuse.max_term_sentences",
        "must be ≥ 2");
    v.require(
        minSharedTerms != null && minSharedTerms >= 1, "reuse.min_shared_terms", "must be ≥ 1");
    v.require(unit(paraphraseThreshold), "reuse.paraphrase_threshold", "must be in [0, 1]");
    v.require(
        minSharedAnchors != null && minSharedAnchors >= 1,
        "reuse.min_shared_anchors",
        "must be ≥ 1");
    v.require(unit(translationThreshold), "reuse.translation_threshold", "must be in [0, 1]");
    v.require(
        unit(translationRunThreshold), "reuse.translation_run_threshold", "must be in [0, 1]");
    v.require(sameOutlet != null, "reuse.same_outlet", "must be true or false");
    v.require(withinDocument != null, "reuse.within_document", "must be true or false");
    v.require(
        maxDocumentQuotes != null && maxDocumentQuotes >= 1,
        "reuse.max_document_quotes",
        "must be ≥ 1");
    v.require(
        maxDocumentPairs != null && maxDocumentPairs >= 1,
        "reuse.max_document_pairs",
        "must be ≥ 1");
  }

  private static boolean unit(Double d) {
    return d != null && d >= 0 && d <= 1;
  }
}
