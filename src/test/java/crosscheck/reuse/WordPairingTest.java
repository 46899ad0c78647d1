package crosscheck.reuse;

import static crosscheck.reuse.TranslationPairs.en;
import static crosscheck.reuse.TranslationPairs.es;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordPairingTest {

  private static double qualityOf(String englishWord, String english, String spanish) {
    SentenceProfile e = SentenceProfile.of(en(english));
    SentenceProfile s = SentenceProfile.of(es(spanish));
    List<SentenceProfile.Item> items = e.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).norm().equals(englishWord)) {
        return WordPairing.of(e, s).quality(false, i);
      }
    }
    throw new AssertionError(englishWord + " is no content word of: " + english);
  }

  @Test
  void aWordOnlyTheWordnetsKnowIsPairedAtALowerQuality() {
    // "hallazgo" is in no hand-written list and is no cognate of "discovery"; the wordnets pair
    // them.
    assertEquals(
        0.85,
        qualityOf(
            "discovery",
            "The judges confirmed the discovery.",
            "Los jueces confirmaron el hallazgo."),
        1e-9);
  }

  @Test
  void theHandWrittenLexiconPairsAtFullQuality() {
    assertEquals(
        1.0,
        qualityOf("strike", "The union called a strike.", "El sindicato convocó una huelga."),
        1e-9);
  }

  @Test
  void aWordWithNoTranslationOnTheOtherSideStaysUnpaired() {
    assertEquals(
        0.0,
        qualityOf(
            "discovery", "The judges confirmed the discovery.", "Los jueces confirmaron la multa."),
        1e-9);
  }
}
