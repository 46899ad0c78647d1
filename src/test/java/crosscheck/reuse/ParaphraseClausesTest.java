package crosscheck.reuse;

import static crosscheck.reuse.TranslationPairs.en;
import static crosscheck.reuse.TranslationPairs.es;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.reuse.ParaphraseScorer.ParaphraseParams;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ParaphraseClausesTest {

  private final ParaphraseScorer scorer = new ParaphraseScorer(ParaphraseParams.DEFAULTS);

  /** One vector for every text: the test is about the words, not the model. */
  private static final Function<String, float[]> SAME_VECTOR =
      text -> {
        float[] v = new float[SentenceEmbedder.DIMENSION];
        v[0] = 1;
        return v;
      };

  private ParaphraseClauses.Best best(SentenceText a, SentenceText b, double whole) {
    return ParaphraseClauses.best(
        scorer, a, SAME_VECTOR.apply(""), b, SAME_VECTOR.apply(""), whole, SAME_VECTOR);
  }

  @Test
  void theClauseARewriteKeptIsComparedOnItsOwn() {
    SentenceText longer =
        en(
            "The mayor, aged 58, conceded defeat even before the official count was published and"
                + " later said she would leave politics, her spokesman said.");
    SentenceText shorter = en("Mayor Ines Varela conceded defeat even before the official count.");
    ParaphraseClauses.Best best = best(longer, shorter, 0.3);
    assertTrue(best.score() > 0.3, () -> "score " + best.score());
    assertTrue(best.a().text().length() < longer.text().length(), best.a().text());
    assertSame(shorter, best.b());
  }

  @Test
  void spanishClausesToo() {
    SentenceText longer =
        es(
            "La alcaldesa, de 58 años, reconoció su derrota incluso antes del recuento oficial y"
                + " luego dijo que dejaría la política, según su portavoz.");
    SentenceText shorter =
        es("Ines Varela reconoció la derrota incluso antes del recuento oficial.");
    ParaphraseClauses.Best best = best(shorter, longer, 0.3);
    assertTrue(best.score() > 0.3, () -> "score " + best.score());
    assertTrue(best.b().text().length() < longer.text().length(), best.b().text());
  }

  @Test
  void pairsOfSimilarLengthOrFarFromTheThresholdAreLeftAsTheyScored() {
    SentenceText a = en("The council approved the budget on Monday, officials said.");
    SentenceText b = en("Officials said the council passed the budget on Monday, as planned.");
    assertEquals(0.3, best(a, b, 0.3).score());
    SentenceText longer =
        en(
            "The council approved the budget on Monday, after a debate of nine hours, officials said.");
    assertEquals(0.1, best(longer, en("The council approved the budget."), 0.1).score());
  }
}
