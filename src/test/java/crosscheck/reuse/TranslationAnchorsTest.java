package crosscheck.reuse;

import static crosscheck.reuse.TranslationPairs.TRANSLATIONS;
import static crosscheck.reuse.TranslationPairs.en;
import static crosscheck.reuse.TranslationPairs.es;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TranslationAnchorsTest {

  /**
   * The pairs whose English side has two anchors or more: with fewer there is nothing
   * language-independent to share, and the pair is found through its content words only.
   */
  static Stream<Arguments> translationsWithAnchors() {
    return TranslationPairs.arguments(TRANSLATIONS)
        .filter(pair -> TranslationMatcher.anchors(en((String) pair.get()[0])).size() >= 2);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("translationsWithAnchors")
  void translationsWithNamesOrNumbersShareAtLeastTwoAnchors(String english, String spanish) {
    Set<String> shared = new HashSet<>(TranslationMatcher.anchors(en(english)));
    shared.retainAll(TranslationMatcher.anchors(es(spanish)));
    assertTrue(shared.size() >= 2, () -> "anchors shared " + shared + ": " + english);
  }

  @Test
  void anchorsAreNumbersMonthsNamesAndConcepts() {
    Set<String> english =
        TranslationMatcher.anchors(
            en(
                "In June 2024, Lisandro Paz said the deal would “strengthen regional cooperation”."));
    Set<String> spanish =
        TranslationMatcher.anchors(
            es(
                "En junio de 2024, Lisandro Paz dijo que el acuerdo “reforzará la cooperación"
                    + " regional”."));
    assertTrue(english.contains("n:2024"), english::toString);
    assertTrue(english.contains("m:6"), english::toString);
    assertTrue(english.contains("p:lisan"), english::toString);
    assertTrue(english.contains("c:cooper"), english::toString);
    assertTrue(
        spanish.containsAll(List.of("n:2024", "m:6", "p:lisan", "c:cooper")), spanish::toString);
    // A capitalised function word opening the sentence is no name.
    assertTrue(english.stream().noneMatch(key -> key.equals("p:in")), english::toString);
  }

  /** A rate over all unrelated pairs, so one test rather than one per pair. */
  @Test
  void unrelatedSentencesRarelyShareTwoAnchors() {
    int sharing = 0;
    int pairs = 0;
    for (int i = 0; i < TRANSLATIONS.length; i++) {
      for (int j = 0; j < TRANSLATIONS.length; j++) {
        if (i == j) {
          continue;
        }
        Set<String> shared = new HashSet<>(TranslationMatcher.anchors(en(TRANSLATIONS[i][0])));
        shared.retainAll(TranslationMatcher.anchors(es(TRANSLATIONS[j][1])));
        pairs++;
        if (shared.size() >= 2) {
          sharing++;
        }
      }
    }
    assertTrue(
        sharing <= pairs / 50, sharing + " of " + pairs + " unrelated pairs share two anchors");
  }
}
