package crosscheck.reuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.reuse.quotes.QuoteAttributor.Attribution;
import java.util.List;

/** What the attribution tests share: a document attributed, its attributions looked up by words. */
abstract class AttributionAssertions {

  static final String INTRO =
      "Ilse Varga, director of the Varnholt Port Authority, met fishermen on Monday.\n\n";

  String text;
  List<Attribution> attributions;

  void attribute(String document, String language) {
    text = document;
    attributions = QuoteAttributor.attribute(text, AttributionFixtures.sentences(text, language));
  }

  /** The attribution whose words are exactly {@code words}. */
  Attribution of(String words) {
    for (Attribution a : attributions) {
      if (text.substring(a.start(), a.end()).equals(words)) {
        return a;
      }
    }
    throw new AssertionError("no attribution of «" + words + "» in " + describe());
  }

  String describe() {
    StringBuilder out = new StringBuilder();
    for (Attribution a : attributions) {
      out.append("\n  ")
          .append(text, a.start(), a.end())
          .append(" -> ")
          .append(a.speaker())
          .append(" (")
          .append(a.cue())
          .append(")");
    }
    return out.toString();
  }

  void assertSpeaker(String speaker, String cue, String words) {
    Attribution a = of(words);
    assertEquals(speaker, a.speaker(), "speaker of «" + words + "»");
    assertEquals(cue, a.cue(), "cue of «" + words + "»");
  }
}
