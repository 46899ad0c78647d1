package crosscheck.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Span;
import crosscheck.model.Token;
import crosscheck.reuse.ParaphraseScorer.ParaphraseParams;
import crosscheck.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParaphraseScorerTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private final ParaphraseScorer scorer = new ParaphraseScorer(ParaphraseParams.DEFAULTS);

  private static List<Token> tokens(String text) {
    return TOKENIZER.tokenize(text, new Span(0, text.length()));
  }

  private double score(String a, String b) {
    return scorer.score(a, tokens(a), b, tokens(b));
  }

  @Test
  void rewrittenSentenceIsAParaphrase() {
    String a =
        "The harbour authority of Velmora closed the northern pier after a storm damaged it.";
    String b = "After a storm damaged the northern pier, Velmora's harbour authority closed it.";
    assertTrue(scorer.isParaphrase(score(a, b)), "score " + score(a, b));
  }

  @Test
  void sameTopicDifferentClaimIsNot() {
    String a =
        "The harbour authority of Velmora closed the northern pier after a storm damaged it.";
    String b = "Fishermen in Velmora say the harbour authority ignored their complaints for years.";
    assertFalse(scorer.isParaphrase(score(a, b)), "score " + score(a, b));
  }

  @Test
  void disagreeingNumbersKeepAPairBelowThreshold() {
    String a = "The ministry said the army bought 12 drones in 2023.";
    String b = "The ministry said the army bought 40 drones in 2022.";
    String same = "According to the ministry, the army bought 12 drones in 2023.";
    assertTrue(scorer.isParaphrase(score(a, same)), "agreeing numbers " + score(a, same));
    assertFalse(scorer.isParaphrase(score(a, b)), "disagreeing numbers " + score(a, b));
  }

  @Test
  void aNumberWrittenAsAWordAgreesWithItsDigitsInBothLanguages() {
    String[][] pairs = {
      {
        "The inquiry into the port contract lasted 5 years, the auditor said.",
        "The auditor said the inquiry into the port contract took five years."
      },
      {
        "La investigación del contrato del puerto duró 5 años, dijo el auditor.",
        "El auditor dijo que la investigación del contrato del puerto se prolongó cinco años."
      }
    };
    for (String[] p : pairs) {
      ParaphraseScorer.Features f =
          ParaphraseScorer.features(
              p[0],
              tokens(p[0]),
              SentenceEmbedder.embed(p[0]),
              p[1],
              tokens(p[1]),
              SentenceEmbedder.embed(p[1]));
      assertFalse(f.numbersConflict(), p[1]);
      assertEquals(0.0, f.numberMismatch(), p[1]);
    }
    String english = pairs[0][0];
    String changed = "The auditor said the inquiry into the port contract took six years.";
    assertTrue(
        ParaphraseScorer.features(
                english,
                tokens(english),
                SentenceEmbedder.embed(english),
                changed,
                tokens(changed),
                SentenceEmbedder.embed(changed))
            .numbersConflict());
  }

  @Test
  void precomputedEmbeddingsGiveTheSameScore() {
    String a = "Senator Orla Brandt resigned on Monday, her office said.";
    String b = "Her office said Senator Orla Brandt stepped down on Monday.";
    List<float[]> vectors = SentenceEmbedder.embedAll(List.of(a, b));
    double batch = scorer.score(a, tokens(a), vectors.get(0), b, tokens(b), vectors.get(1));
    assertEquals(score(a, b), batch, 1e-6);
    double[] all = scorer.scoreAll(List.of(a), List.of(tokens(a)), List.of(b), List.of(tokens(b)));
    assertEquals(batch, all[0], 1e-6);
  }

  @Test
  void tokenOffsetsIntoALargerDocumentAreAccepted() {
    String document = "Intro line. Senator Orla Brandt resigned on Monday.";
    Span sentence = new Span(12, document.length());
    List<Token> shifted = TOKENIZER.tokenize(document, sentence);
    String text = sentence.of(document);
    assertEquals(
        ParaphraseScorer.features(
            text, tokens(text), new float[] {1}, text, tokens(text), new float[] {1}),
        ParaphraseScorer.features(text, shifted, new float[] {1}, text, shifted, new float[] {1}));
  }

  @Test
  void gateRejectsUnrelatedPairsAndKeepsRelatedOnes() {
    String pier = "The harbour authority of Velmora closed the northern pier after a storm.";
    String election = "Voters in Dunmere chose a new mayor in a close election on Sunday.";
    String rewrite = "After a storm, Velmora's harbour authority shut the northern pier.";
    double overlap = ParaphraseParams.DEFAULTS.minLexicalOverlap();
    assertFalse(ParaphraseScorer.plausible(tokens(pier), tokens(election), overlap));
    assertTrue(ParaphraseScorer.plausible(tokens(pier), tokens(rewrite), overlap));
    assertFalse(ParaphraseScorer.plausible(tokens(pier), tokens(""), overlap));
  }

  @Test
  void paramsOutsideTheUnitIntervalAreRejected() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new ParaphraseParams(1.5, 0.2));
  }

  @Test
  void blankTextEmbedsToZeroWithZeroCosine() {
    float[] blank = SentenceEmbedder.embed("  ");
    assertEquals(SentenceEmbedder.DIMENSION, blank.length);
    assertEquals(0, SentenceEmbedder.cosine(blank, SentenceEmbedder.embed("A storm hit.")));
  }
}
