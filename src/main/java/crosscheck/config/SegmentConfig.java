package crosscheck.config;

import java.util.List;

/**
 * Segmentation settings.
 *
 * @param languages the languages told apart per paragraph (ISO 639-1); others come out as "und"
 * @param dropBoilerplate mark share lines, credits, navigation and metadata lines as not content
 * @param dropTeasers mark related-article teasers appended after the article as not content
 * @param maxSentenceTokens a sentence longer than this many words (a transcript or a scraped page
 *     without sentence punctuation) is cut into pieces of at most this many, at a comma or
 *     semicolon where one is near: every later step works per sentence, and some of them in time
 *     that grows faster than the sentence
 * @param maxSentenceChars the same in characters, for sentences of few words (an endless run of
 *     punctuation, a number of thousands of digits)
 */
public record SegmentConfig(
    List<String> languages,
    Boolean dropBoilerplate,
    Boolean dropTeasers,
    Integer maxSentenceTokens,
    Integer maxSentenceChars)
    implements java.io.Serializable {

  public static final SegmentConfig DEFAULTS =
      new SegmentConfig(List.of("en", "es"), true, true, 250, 2500);

  static final List<String> SUPPORTED_LANGUAGES = List.of("en", "es", "pt", "fr", "de", "it");

  /**
   * A piece must hold the longest token the tokenizer makes (255 characters) and a clause around
   * it.
   */
  static final int MIN_SENTENCE_CHARS = 500;

  void validate(Validation v) {
    v.require(
        languages != null && !languages.isEmpty(),
        "segment.languages",
        "must name at least one language");
    if (languages != null) {
      languages.forEach(
          l -> v.oneOf(l, "segment.languages", SUPPORTED_LANGUAGES.toArray(String[]::new)));
    }
    v.require(dropBoilerplate != null, "segment.drop_boilerplate", "must be true or false");
    v.require(dropTeasers != null, "segment.drop_teasers", "must be true or false");
    v.require(
        maxSentenceTokens != null && maxSentenceTokens >= 20,
        "segment.max_sentence_tokens",
        "must be ≥ 20");
    v.require(
        maxSentenceChars != null && maxSentenceChars >= MIN_SENTENCE_CHARS,
        "segment.max_sentence_chars",
        "must be ≥ " + MIN_SENTENCE_CHARS);
  }
}
