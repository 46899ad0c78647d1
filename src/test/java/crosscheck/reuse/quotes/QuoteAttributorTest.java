package crosscheck.reuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Sentence;
import crosscheck.reuse.quotes.QuoteAttributor.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {

  private static final String INTRO =
      "Ilse Varga, director of the Varnholt Port Authority, met fishermen on Monday.\n\n";

  private String text;
  private List<Attribution> attributions;

  private void attribute(String document, String language) {
    text = document;
    attributions = QuoteAttributor.attribute(text, AttributionFixtures.sentences(text, language));
  }

  /** The attribution whose words are exactly {@code words}. */
  private Attribution of(String words) {
    for (Attribution a : attributions) {
      if (text.substring(a.start(), a.end()).equals(words)) {
        return a;
      }
    }
    throw new AssertionError("no attribution of «" + words + "» in " + describe());
  }

  private String describe() {
    StringBuilder out = new StringBuilder();
    for (Attribution a : attributions) {
      out.append("\n  ").append(text, a.start(), a.end()).append(" -> ").append(a.speaker())
          .append(" (").append(a.cue()).append(")");
    }
    return out.toString();
  }

  private void assertSpeaker(String speaker, String cue, String words) {
    Attribution a = of(words);
    assertEquals(speaker, a.speaker(), "speaker of «" + words + "»");
    assertEquals(cue, a.cue(), "cue of «" + words + "»");
  }

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

  @Test
  void quoteThenShortNameAddedWithoutComma() {
    attribute(INTRO + "“It is over.” Varga added.", "en");
    assertSpeaker("Ilse Varga", "added", "It is over.");
  }

  @Test
  void otherSpeechVerbsAfterTheQuote() {
    for (String verb :
        List.of("concluded", "noted", "warned", "explained", "wrote", "stated", "indicated")) {
      attribute(INTRO + "“Costs will double,” Varga " + verb + ".", "en");
      assertSpeaker("Ilse Varga", verb, "Costs will double");
    }
  }

  @Test
  void nameWithRoleAppositionBeforeTheVerb() {
    attribute(
        INTRO + "Tomas Brenwick, head of the Dunmore fishermen’s union, said: “We will appeal.”"
            + "\n\n“Nobody asked us,” Brenwick, a trawler captain for 30 years, told reporters.",
        "en");
    assertSpeaker("Tomas Brenwick", "said", "We will appeal.");
    assertSpeaker("Tomas Brenwick", "told", "Nobody asked us");
  }

  @Test
  void accordingToIsReportedSpeech() {
    attribute(
        INTRO + "According to Varga, the port will close in May. Repairs will cost more, according"
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
        INTRO + "“The pier will reopen,” Varga said.\n\n"
            + "For Varga, the closure is a political decision. For Dunmore, the season was poor.",
        "en");
    Attribution a = of("the closure is a political decision.");
    assertEquals("Ilse Varga", a.speaker());
    assertEquals("for", a.cue());
    assertFalse(a.quoted());
    assertTrue(attributions.stream().noneMatch(x -> text.substring(x.start(), x.end()).contains("season")),
        "a place is not a speaker: " + describe());
  }

  @Test
  void nameWithAffiliationAfterTheVerb() {
    attribute("“Prices will fall,” said Odile Marsh of the Varnholt Traders Guild.", "en");
    assertSpeaker("Odile Marsh", "said", "Prices will fall");
  }

  @Test
  void personalPronounSkipsOrganisations() {
    attribute(
        "“Sales fell,” said Odile Marsh, head of the guild.\n\n“Fees will rise,” the VTG said."
            + " “We have no choice,” she added.",
        "en");
    assertSpeaker("Odile Marsh", "pronoun", "We have no choice");
  }

  @Test
  void organisationsAreKeptAsWritten() {
    attribute("“Fees will rise in June,” the ministry said. The port stayed open.", "en");
    assertSpeaker("the ministry", "said", "Fees will rise in June");
  }

  @Test
  void pronounAfterTheQuoteIsTheMostRecentNamedSpeaker() {
    attribute(
        INTRO + "“We will rebuild,” Tomas Brenwick said on Monday.\n\n"
            + "The council met later that week.\n\n“It will take years,” he added.",
        "en");
    assertSpeaker("Tomas Brenwick", "pronoun", "It will take years");
  }

  @Test
  void spanishPatterns() {
    attribute(
        "El alcalde de Varnholt, Juan Pérez Gómez, visitó el puerto el lunes.\n\n"
            + "“El puerto no cerrará”, dijo Juan Pérez Gómez, alcalde de Varnholt.\n\n"
            + "Pérez dijo: “Habrá ayudas para todos”.\n\n"
            + "Según Pérez, las obras terminarán en mayo.\n\n"
            + "Para Pérez, el cierre es una decisión política.\n\n"
            + "«Es el fin», afirmó la concejala Rosa Ibarra a la prensa.\n\n"
            + "“Seguiremos luchando”, dijo.",
        "es");
    assertSpeaker("Juan Pérez Gómez", "dijo", "El puerto no cerrará");
    assertSpeaker("Juan Pérez Gómez", "dijo", "Habrá ayudas para todos");
    assertSpeaker("Juan Pérez Gómez", "según", "las obras terminarán en mayo.");
    assertSpeaker("Juan Pérez Gómez", "para", "el cierre es una decisión política.");
    assertSpeaker("Rosa Ibarra", "afirmó", "Es el fin");
    assertSpeaker("Rosa Ibarra", "pronoun", "Seguiremos luchando");
    assertFalse(of("las obras terminarán en mayo.").quoted());
  }

  @Test
  void spanishVerbFollowedByATimeIsAPronoun() {
    attribute("Rosa Ibarra habló con los vecinos.\n\n“No hay dinero”, dijo Rosa Ibarra.\n\n"
        + "“Tampoco hay planes”, dijo el martes.", "es");
    assertSpeaker("Rosa Ibarra", "pronoun", "Tampoco hay planes");
  }

  @Test
  void apostrophesStayInsideTheQuote() {
    attribute(
        INTRO + "“Dunmore’s harbour isn’t safe, and the ‘temporary’ closure won't end,” Varga said."
            + "\n\n‘The boats’ engines are fine,’ said Tomas Brenwick.",
        "en");
    assertSpeaker("Ilse Varga", "said",
        "Dunmore’s harbour isn’t safe, and the ‘temporary’ closure won't end");
    assertSpeaker("Tomas Brenwick", "said", "The boats’ engines are fine");
    assertEquals(2, attributions.size(), describe());
  }

  @Test
  void quoteSpanningSeveralSentences() {
    attribute(INTRO + "\"The port is closed. The boats are idle. Nobody knows when,\" Varga said.", "en");
    assertSpeaker("Ilse Varga", "said", "The port is closed. The boats are idle. Nobody knows when");
  }

  @Test
  void quoteContinuedInTheNextParagraph() {
    attribute(
        INTRO + "“The wind came first. The water followed.\n\n"
            + "“By morning the pier was gone,” Tomas Brenwick said.\n\n"
            + "Varga said: “We had no warning.\n\n“Nobody did.”",
        "en");
    assertSpeaker("Tomas Brenwick", "said", "The wind came first. The water followed.");
    assertSpeaker("Tomas Brenwick", "said", "By morning the pier was gone");
    assertSpeaker("Ilse Varga", "said", "We had no warning.");
    assertSpeaker("Ilse Varga", "said", "Nobody did.");
  }

  @Test
  void twoQuotesByTwoSpeakersInOneSentence() {
    attribute(
        INTRO + "“We will win,” said Varga, but Tomas Brenwick replied: “We will see.”", "en");
    assertSpeaker("Ilse Varga", "said", "We will win");
    assertSpeaker("Tomas Brenwick", "replied", "We will see.");
  }

  @Test
  void nextQuoteOfTheParagraphKeepsTheSpeaker() {
    attribute(INTRO + "“Costs will double,” Varga said. “Nobody planned for it.”", "en");
    assertSpeaker("Ilse Varga", "said", "Nobody planned for it.");
  }

  @Test
  void quoteWithoutAttributionNearbyHasNoSpeaker() {
    attribute(
        INTRO + "“Costs will double,” Varga said.\n\nThe harbour closed at noon.\n\n"
            + "“Nobody came.”\n\nSome called the plan “ambitious” in private.",
        "en");
    assertNull(of("Nobody came.").speaker());
    assertNull(of("ambitious").speaker());
  }

  @Test
  void sourceReportYieldsToTheSpeakerNamedBefore() {
    attribute(
        "The union warned that the plan was “a betrayal of the town,” the Dunmore Courier reported.",
        "en");
    assertSpeaker("The union", "warned", "a betrayal of the town");
  }

  @Test
  void reportedSentenceWithTrailingAttribution() {
    attribute(
        INTRO + "The harbour will close for two years, said Tomas Brenwick, a fisherman.\n\n"
            + "On Monday, officials said the pier was safe.",
        "en");
    Attribution a = of("The harbour will close for two years");
    assertEquals("Tomas Brenwick", a.speaker());
    assertFalse(a.quoted());
    assertTrue(attributions.stream().noneMatch(x -> text.substring(x.start(), x.end()).equals("On Monday")));
  }

  @Test
  void speakerOfASpanInsideAQuote() {
    attribute(INTRO + "“The pier will reopen in spring, once the storms end,” Ilse Varga said.", "en");
    int start = text.indexOf("reopen in spring");
    assertEquals("Ilse Varga",
        QuoteAttributor.speakerOf(attributions, start, start + "reopen in spring".length()));
    int narrative = text.indexOf("met fishermen");
    assertNull(QuoteAttributor.speakerOf(attributions, narrative, narrative + 13));
  }

  @Test
  void sentencesNotKeptAreIgnored() {
    String document = INTRO + "“Costs will double,” Varga said.";
    List<Sentence> dropped = AttributionFixtures.sentences(document, "en").stream()
        .map(s -> new Sentence(s.index(), s.paragraph(), s.start(), s.end(), s.language(), false, s.tokens()))
        .toList();
    assertTrue(QuoteAttributor.attribute(document, dropped).isEmpty());
  }
}
