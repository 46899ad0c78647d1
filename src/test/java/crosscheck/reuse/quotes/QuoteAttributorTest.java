package crosscheck.reuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole of {@link QuoteAttributor}: Spanish patterns together, speakers of spans, kept
 * sentences.
 */
class QuoteAttributorTest extends AttributionAssertions {

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
  void speakerOfASpanInsideAQuote() {
    attribute(
        INTRO + "“The pier will reopen in spring, once the storms end,” Ilse Varga said.", "en");
    int start = text.indexOf("reopen in spring");
    assertEquals(
        "Ilse Varga",
        QuoteAttributor.speakerOf(attributions, start, start + "reopen in spring".length()));
    int narrative = text.indexOf("met fishermen");
    assertNull(QuoteAttributor.speakerOf(attributions, narrative, narrative + 13));
  }

  @Test
  void sentencesNotKeptAreIgnored() {
    String document = INTRO + "“Costs will double,” Varga said.";
    List<Sentence> dropped =
        AttributionFixtures.sentences(document, "en").stream()
            .map(
                s ->
                    new Sentence(
                        s.index(),
                        s.paragraph(),
                        s.start(),
                        s.end(),
                        s.language(),
                        false,
                        s.tokens()))
            .toList();
    assertTrue(QuoteAttributor.attribute(document, dropped).isEmpty());
  }

  @Test
  void aDocumentOfMoreQuotationsThanTheLimitIsReadUpToIt() {
    String quotes =
        "“The pier will reopen,” Ilse Varga said.\n\n"
            + "«El muelle abrirá», dijo Juan Pérez.\n\n"
            + "“Costs will double,” Rosa Ibarra said.\n\n";
    String document = INTRO + quotes;
    List<Sentence> sentences = AttributionFixtures.sentences(document, "en");
    QuoteAttributor.Attributed all = QuoteAttributor.attribute(document, sentences, 100);
    assertEquals(0, all.sentencesLeftOut());
    assertEquals(3, all.attributions().stream().filter(a -> a.quoted()).count());
    QuoteAttributor.Attributed two = QuoteAttributor.attribute(document, sentences, 2);
    assertEquals(1, two.sentencesLeftOut(), "the third quotation's sentence is not read");
    assertEquals(
        List.of("Ilse Varga", "Juan Pérez"),
        two.attributions().stream().filter(a -> a.quoted()).map(a -> a.speaker()).toList());
  }

  @Test
  void apostrophesInsideWordsAreNotQuotationMarks() {
    String text = "Iran’s envoy didn't say ‘no’ to O'Neill's plan.";
    assertEquals(2, QuotationScanner.marksIn(text, 0, text.length()));
  }

  @Test
  void aParagraphOfManyStrayApostrophesIsScanned() {
    // Each ' before a word opens a quote that never closes and is scanned again as an apostrophe;
    // the scans read the marks, not the whole paragraph, every time.
    String text = "They said 'x ".repeat(2_000) + "“Done,” Ilse Varga said.";
    List<Quotation> quotes =
        new QuotationScanner(new QuoteDocument(text, AttributionFixtures.sentences(text, "en")))
            .scan()
            .get(0);
    assertEquals(1, quotes.size());
    assertEquals("Done", text.substring(quotes.get(0).contentStart(), quotes.get(0).contentEnd()));
  }
}
