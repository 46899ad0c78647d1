package crosscheck.conflicts;

import crosscheck.facts.Claim;
import crosscheck.facts.FactRow;

/**
 * A claim with the evidence an editor needs: its sentence's text and the document's outlet.
 *
 * @param sentenceText the text of the claim's sentence ({@code text[sentenceStart, sentenceEnd)})
 * @param outlet the publishing outlet when known, else null (sources then count per document)
 * @param contextStart where {@code contextText} starts in the document, or -1
 * @param contextText the sentences from a value stated before the claim's sentence through it, or
 *     null
 */
public record ClaimWithEvidence(
    Claim claim, String sentenceText, String outlet, int contextStart, String contextText) {

  public ClaimWithEvidence(Claim claim, String sentenceText, String outlet) {
    this(claim, sentenceText, outlet, -1, null);
  }

  /** The same evidence as the facts stage writes it. */
  public static ClaimWithEvidence of(FactRow row) {
    return new ClaimWithEvidence(
        row.claim(), row.sentence(), row.outlet(), row.contextStart(), row.context());
  }

  /**
   * The text an editor reads a value in: the claim's sentence, or the wider context when the value
   * stands outside it (see {@link FactRow#context()}).
   */
  public String evidenceFor(int start, int end) {
    boolean inSentence = start >= claim.sentenceStart() && end <= claim.sentenceEnd();
    if (inSentence || contextText == null) return sentenceText;
    return start >= contextStart && end <= contextStart + contextText.length()
        ? contextText
        : sentenceText;
  }
}
