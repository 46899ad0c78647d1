package crosscheck.reuse.quotes;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Speakers through pronouns and neighbouring quotations ({@link SpeakerResolution}). */
class SpeakerResolutionTest extends AttributionAssertions {

  @Test
  void personalPronounSkipsOrganisations() {
    attribute(
        "“Sales fell,” said Odile Marsh, head of the guild.\n\n“Fees will rise,” the VTG said."
            + " “We have no choice,” she added.",
        "en");
    assertSpeaker("Odile Marsh", "pronoun", "We have no choice");
  }

  @Test
  void pronounAfterTheQuoteIsTheMostRecentNamedSpeaker() {
    attribute(
        INTRO
            + "“We will rebuild,” Tomas Brenwick said on Monday.\n\n"
            + "The council met later that week.\n\n“It will take years,” he added.",
        "en");
    assertSpeaker("Tomas Brenwick", "pronoun", "It will take years");
  }

  @Test
  void spanishVerbFollowedByATimeIsAPronoun() {
    attribute(
        "Rosa Ibarra habló con los vecinos.\n\n“No hay dinero”, dijo Rosa Ibarra.\n\n"
            + "“Tampoco hay planes”, dijo el martes.",
        "es");
    assertSpeaker("Rosa Ibarra", "pronoun", "Tampoco hay planes");
  }

  @Test
  void nextQuoteOfTheParagraphKeepsTheSpeaker() {
    attribute(INTRO + "“Costs will double,” Varga said. “Nobody planned for it.”", "en");
    assertSpeaker("Ilse Varga", "said", "Nobody planned for it.");
  }

  @Test
  void quoteWithoutAttributionNearbyHasNoSpeaker() {
    attribute(
        INTRO
            + "“Costs will double,” Varga said.\n\nThe harbour closed at noon.\n\n"
            + "“Nobody came.”\n\nSome called the plan “ambitious” in private.",
        "en");
    assertNull(of("Nobody came.").speaker());
    assertNull(of("ambitious").speaker());
  }
}
