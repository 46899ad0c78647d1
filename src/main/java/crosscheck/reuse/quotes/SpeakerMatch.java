package crosscheck.reuse.quotes;

/**
 * What an attribution pattern found: a speaker and its cue. For a pronoun ({@code pronoun}), {@code
 * speaker} holds the pronoun as written, or null for a Spanish verb without a subject; {@link
 * SpeakerResolution} later puts the speaker it stands for in its place.
 *
 * @param cue the verb or construction as written in lowercase ("said", "according to")
 * @param phraseStart char offset of the speaker phrase, -1 when there is none
 */
record SpeakerMatch(
    String speaker, boolean pronoun, String cue, Strength strength, int phraseStart) {

  /** How much a pattern is trusted when several apply to one quotation. */
  enum Strength {
    SPEAKER_AFTER,
    SPEAKER_BEFORE,
    SOURCE_AFTER,
    NEXT_SENTENCE
  }
}
