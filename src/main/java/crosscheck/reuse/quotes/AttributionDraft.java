package crosscheck.reuse.quotes;

/**
 * An attribution under construction: the attributed words, where they stand, and the pattern that
 * matched them ({@link QuotationSieves}, {@link ReportedSpeech}); {@link SpeakerResolution} then
 * fills in the speaker and the cue.
 */
final class AttributionDraft {
  final int start;
  final int end;
  final int paragraph;
  final int sentence;
  final boolean quoted;

  /** A quotation with no word before it in its sentence. */
  final boolean opensSentence;

  /** The pattern's speaker; null when no pattern matched. */
  final SpeakerMatch match;

  /** Parts of one quotation continued over paragraphs share a chain number; -1 for none. */
  int chain = -1;

  /** "For X, …": reported speech only when X is a speaker elsewhere in the document. */
  boolean forCandidate;

  String speaker;
  String cue;

  AttributionDraft(
      int start,
      int end,
      int paragraph,
      int sentence,
      boolean quoted,
      boolean opensSentence,
      SpeakerMatch match) {
    this.start = start;
    this.end = end;
    this.paragraph = paragraph;
    this.sentence = sentence;
    this.quoted = quoted;
    this.opensSentence = opensSentence;
    this.match = match;
  }
}
