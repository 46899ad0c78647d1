package crosscheck.facts;

/**
 * A claim with the evidence an editor needs: its sentence and the document's outlet.
 *
 * @param contextStart where {@code context} starts in the document, or -1
 * @param context when a value of the claim stands in an earlier sentence ("On July 16 the ministers
 *     met. During the meeting they signed..."), the text from that sentence through the claim's
 *     own, so the editor reads the value in the words that state it; else null
 */
public record FactRow(
    Claim claim, String sentence, String outlet, int contextStart, String context) {

  public FactRow(Claim claim, String sentence, String outlet) {
    this(claim, sentence, outlet, -1, null);
  }
}
