package crosscheck.facts;

import java.util.List;

/**
 * What one sentence says happened.
 *
 * @param doc the document id
 * @param sentence the sentence's index in the document
 * @param sentenceStart offset of the sentence in the document text
 * @param sentenceEnd offset after the sentence (exclusive)
 * @param trigger canonical lemma of what happened: sign, meet, visit, kill, injure, arrest, carry,
 *     announce, deliver, buy...; report, say or confirm for a sentence that only reports something
 * @param category the kind of document the event is about, normalised: memorandum (also "memorandum
 *     of understanding", "memorando de entendimiento"), treaty, agreement, deal, accord, pact...;
 *     null when none is named
 * @param actors sorted canonical actor keys ({@link Actor#key()})
 * @param eventTime when it happened, or null
 * @param reportTime when it was reported ("On July 20, state media reported ..."), or null
 * @param quantities the numbers said about it
 * @param negated the sentence says it did not happen ("denied signing", "no firmó")
 * @param hedged the sentence does not vouch for it ("reportedly", "allegedly", "may")
 */
public record Claim(
    String doc,
    int sentence,
    int sentenceStart,
    int sentenceEnd,
    String trigger,
    String category,
    List<String> actors,
    TimeValue eventTime,
    TimeValue reportTime,
    List<QuantityValue> quantities,
    boolean negated,
    boolean hedged) {

  public Claim {
    actors = List.copyOf(actors);
    quantities = List.copyOf(quantities);
  }
}
