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
}
