package crosscheck.reuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.reuse.quotes.QuoteAttributor.Attribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quote–verb–name and name–verb–quote patterns ({@link AttributionPatterns}) and their speaker
 * phrases ({@link SpeakerPhrases}).
 */
class AttributionPatternsTest extends AttributionAssertions {

  @Test
  void quoteCommaNameSaid() {
    attribute(INTRO + "“The pier will reopen in spring,” Ilse Varga said.", "en");
    Attribution a = of("The pier will reopen in spring");
    assertEquals("Ilse Varga", a.speaker());
    assertEquals("said", a.cue());
    assertTrue(a.quoted());
  }

  @Test
  void saidNameWithAppositionAfterTheQuote() {
    attribute("“We lost 40 boats,” said Tomas Brenwick, a fisherman from Dunmore.", "en");
    assertSpeaker("Tomas Brenwick", "said", "We lost 40 boats");
  }

  @Test
  void nameSaidColonBeforeTheQuote() {
    attribute(INTRO + "Varga said: “The budget is gone.”", "en");
    assertSpeaker("Ilse Varga", "said", "The budget is gone.");
  }

  @Test
  void shortNameToldAnOutletBeforeTheQuote() {
    attribute(INTRO + "Varga told the Dunmore Courier “nothing was signed” before the vote.", "en");
    assertSpeaker("Ilse Varga", "told", "nothing was signed");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"concluded", "noted", "warned", "explained", "wrote", "stated", "indicated"})
  void otherSpeechVerbsAfterTheQuote(String verb) {
    attribute(INTRO + "“Costs will double,” Varga " + verb + ".", "en");
    assertSpeaker("Ilse Varga", verb, "Costs will double");
  }

  @Test
  void nameWithRoleAppositionBeforeTheVerb() {
    attribute(
        INTRO
            + "Tomas Brenwick, head of the Dunmore fishermen’s union, said: “We will appeal.”"
            + "\n\n“Nobody asked us,” Brenwick, a trawler captain for 30 years, told reporters.",
        "en");
    assertSpeaker("Tomas Brenwick", "said", "We will appeal.");
    assertSpeaker("Tomas Brenwick", "told", "Nobody asked us");
  }

  @Test
  void nameWithAffiliationAfterTheVerb() {
    attribute("“Prices will fall,” said Odile Marsh of the Varnholt Traders Guild.", "en");
    assertSpeaker("Odile Marsh", "said", "Prices will fall");
  }

  @Test
  void organisationsAreKeptAsWritten() {
    attribute("“Fees will rise in June,” the ministry said. The port stayed open.", "en");
    assertSpeaker("the ministry", "said", "Fees will rise in June");
  }

  @Test
  void twoQuotesByTwoSpeakersInOneSentence() {
    attribute(
        INTRO + "“We will win,” said Varga, but Tomas Brenwick replied: “We will see.”", "en");
    assertSpeaker("Ilse Varga", "said", "We will win");
    assertSpeaker("Tomas Brenwick", "replied", "We will see.");
  }
}
