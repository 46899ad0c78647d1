package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String paragraph, String language) {
    String text = "Heading line\n\n" + paragraph + "\n"; // offsets must be absolute
    Span span = new Span(14, 14 + paragraph.length());
    List<Span> spans = splitter.split(text, span, language);
    for (Span s : spans) {
      assertTrue(s.start() >= span.start() && s.end() <= span.end());
      assertTrue(!Character.isWhitespace(text.charAt(s.start())));
      assertTrue(!Character.isWhitespace(text.charAt(s.end() - 1)));
    }
    return spans.stream().map(s -> s.of(text)).toList();
  }

  @Test
  void englishAbbreviationsDoNotEndSentences() {
    assertEquals(
        List.of(
            "Mr. Halvorsen met Gen. Ostrander at No. 5 Kettle St. on Monday.",
            "The U.S. envoy and John Q. Pembrook arrived Aug. 23 at 5 p.m. on a military flight.",
            "Sales rose 46.1 percent."),
        sentences(
            "Mr. Halvorsen met Gen. Ostrander at No. 5 Kettle St. on Monday. The U.S. envoy and"
                + " John Q. Pembrook arrived Aug. 23 at 5 p.m. on a military flight. Sales rose"
                + " 46.1 percent.",
            "en"));
  }

  @Test
  void quotesStayWithTheirSentence() {
    assertEquals(
        List.of(
            "\"We will rebuild the pier.\"",
            "The mayor spoke briefly.",
            "She added: “It is over.”",
            "\"Why now?\" a reporter asked."),
        sentences(
            "\"We will rebuild the pier.\" The mayor spoke briefly. She added: “It is over.”"
                + " \"Why now?\" a reporter asked.",
            "en"));
  }

  @Test
  void spanishAbbreviations() {
    assertEquals(
        List.of(
            "El Sr. Garrido y la Dra. Valcárcel viajaron a EE.UU. el lunes con el Gral. Ibarra.",
            "Las FF. AA. y EE. UU. firmaron el art. 5 del acuerdo.",
            "Nadie lo sabía."),
        sentences(
            "El Sr. Garrido y la Dra. Valcárcel viajaron a EE.UU. el lunes con el Gral. Ibarra."
                + " Las FF. AA. y EE. UU. firmaron el art. 5 del acuerdo. Nadie lo sabía.",
            "es"));
  }

  @Test
  void spanishQuestionsExclamationsAndGuillemets() {
    assertEquals(
        List.of(
            "Nadie lo sabe.",
            "¿Qué pasará con el puerto?",
            "¡Basta ya! dijo el alcalde.",
            "«Es el fin», afirmó la concejala.",
            "“Vamos a seguir”, añadió."),
        sentences(
            "Nadie lo sabe. ¿Qué pasará con el puerto? ¡Basta ya! dijo el alcalde. «Es el fin»,"
                + " afirmó la concejala. “Vamos a seguir”, añadió.",
            "es"));
  }

  @Test
  void headingWithoutFinalPunctuationIsOneSentence() {
    assertEquals(
        List.of("The Wider Region Watches Closely"),
        sentences("The Wider Region Watches Closely", "en"));
  }

  @Test
  void wrappedParagraphKeepsSentencesWhole() {
    assertEquals(
        List.of(
            "Engineers found cracks in the\nwestern spillway on Thursday.", "Repairs begin\nsoon."),
        sentences(
            "Engineers found cracks in the\nwestern spillway on Thursday. Repairs begin\nsoon.",
            "en"));
  }

  @Test
  void emptyParagraphHasNoSentences() {
    assertEquals(List.of(), splitter.split("abc", new Span(1, 1), "en"));
  }

  @Test
  void endsInsideALongRunWithoutSpacesAreNotOfferedToTheModel() {
    // A megabyte of "12.12.12..." once kept the model reading to the next space from every dot.
    String dotted = "12.".repeat(40);
    assertEquals(
        List.of("Prices rose.", "Then " + dotted + " followed.", "It ended."),
        sentences("Prices rose. Then " + dotted + " followed. It ended.", "en"));
    assertEquals(
        List.of("Los precios subieron.", "Luego " + dotted + " siguió.", "Terminó."),
        sentences("Los precios subieron. Luego " + dotted + " siguió. Terminó.", "es"));
    // Short runs keep their ends: a URL, a sentence glued to the next, initials.
    assertEquals(
        List.of("See example.org/a.html today.", "It works."),
        sentences("See example.org/a.html today. It works.", "en"));
    String masked = SentenceSplitter.withoutEndsInLongRuns("a " + dotted + " b. c");
    assertEquals(("a " + dotted + " b. c").length(), masked.length(), "offsets stay");
    assertEquals("a " + "12x".repeat(40) + " b. c", masked);
  }
}
