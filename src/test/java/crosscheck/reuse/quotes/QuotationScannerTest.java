package crosscheck.reuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Quotation marks and spans ({@link QuotationScanner}), through the attributions they give. */
class QuotationScannerTest extends AttributionAssertions {

  @Test
  void apostrophesStayInsideTheQuote() {
    attribute(
        INTRO
            + "“Dunmore’s harbour isn’t safe, and the ‘temporary’ closure won't end,” Varga said."
            + "\n\n‘The boats’ engines are fine,’ said Tomas Brenwick.",
        "en");
    assertSpeaker(
        "Ilse Varga",
        "said",
        "Dunmore’s harbour isn’t safe, and the ‘temporary’ closure won't end");
    assertSpeaker("Tomas Brenwick", "said", "The boats’ engines are fine");
    assertEquals(2, attributions.size(), describe());
  }

  @Test
  void quoteSpanningSeveralSentences() {
    attribute(
        INTRO + "\"The port is closed. The boats are idle. Nobody knows when,\" Varga said.", "en");
    assertSpeaker(
        "Ilse Varga", "said", "The port is closed. The boats are idle. Nobody knows when");
  }

  @Test
  void quoteContinuedInTheNextParagraph() {
    attribute(
        INTRO
            + "“The wind came first. The water followed.\n\n"
            + "“By morning the pier was gone,” Tomas Brenwick said.\n\n"
            + "Varga said: “We had no warning.\n\n“Nobody did.”",
        "en");
    assertSpeaker("Tomas Brenwick", "said", "The wind came first. The water followed.");
    assertSpeaker("Tomas Brenwick", "said", "By morning the pier was gone");
    assertSpeaker("Ilse Varga", "said", "We had no warning.");
    assertSpeaker("Ilse Varga", "said", "Nobody did.");
  }
}
