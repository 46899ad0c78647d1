package crosscheck.reuse.quotes;

import org.junit.jupiter.api.Test;

/** The order of the sieves for one quotation ({@link QuotationSieves}). */
class QuotationSievesTest extends AttributionAssertions {

  @Test
  void quoteThenShortNameAddedWithoutComma() {
    attribute(INTRO + "“It is over.” Varga added.", "en");
    assertSpeaker("Ilse Varga", "added", "It is over.");
  }

  @Test
  void sourceReportYieldsToTheSpeakerNamedBefore() {
    attribute(
        "The union warned that the plan was “a betrayal of the town,” the Dunmore Courier reported.",
        "en");
    assertSpeaker("The union", "warned", "a betrayal of the town");
  }
}
