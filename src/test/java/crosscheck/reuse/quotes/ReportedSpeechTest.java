package crosscheck.reuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.reuse.quotes.QuoteAttributor.Attribution;
import org.junit.jupiter.api.Test;

/** Reported speech, without quotation marks ({@link ReportedSpeech}). */
class ReportedSpeechTest extends AttributionAssertions {

  @Test
  void accordingToIsReportedSpeech() {
    attribute(
        INTRO
            + "According to Varga, the port will close in May. Repairs will cost more, according"
            + " to the ministry.",
        "en");
    Attribution a = of("the port will close in May.");
    assertEquals("Ilse Varga", a.speaker());
    assertEquals("according to", a.cue());
    assertFalse(a.quoted());
    assertSpeaker("the ministry", "according to", "Repairs will cost more");
  }

  @Test
  void forNameIsReportedSpeechOnlyForASpeaker() {
    attribute(
        INTRO
            + "“The pier will reopen,” Varga said.\n\n"
            + "For Varga, the closure is a political decision. For Dunmore, the season was poor.",
        "en");
    Attribution a = of("the closure is a political decision.");
    assertEquals("Ilse Varga", a.speaker());
    assertEquals("for", a.cue());
    assertFalse(a.quoted());
    assertTrue(
        attributions.stream().noneMatch(x -> text.substring(x.start(), x.end()).contains("season")),
        "a place is not a speaker: " + describe());
  }

  @Test
  void reportedSentenceWithTrailingAttribution() {
    attribute(
        INTRO
            + "The harbour will close for two years, said Tomas Brenwick, a fisherman.\n\n"
            + "On Monday, officials said the pier was safe.",
        "en");
    Attribution a = of("The harbour will close for two years");
    assertEquals("Tomas Brenwick", a.speaker());
    assertFalse(a.quoted());
    assertTrue(
        attributions.stream()
            .noneMatch(x -> text.substring(x.start(), x.end()).equals("On Monday")));
  }
}
