package crosscheck.reuse;

import static crosscheck.reuse.TranslationPairs.CHANGED_NUMBERS;
import static crosscheck.reuse.TranslationPairs.HARD_NEGATIVES;
import static crosscheck.reuse.TranslationPairs.TRANSLATIONS;
import static crosscheck.reuse.TranslationPairs.en;
import static crosscheck.reuse.TranslationPairs.es;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TranslationMatcherTest {

  private final TranslationMatcher matcher = new TranslationMatcher();

  static Stream<Arguments> translations() {
    return TranslationPairs.arguments(TRANSLATIONS);
  }

  static Stream<Arguments> hardNegatives() {
    return TranslationPairs.arguments(HARD_NEGATIVES);
  }

  static Stream<Arguments> changedNumbers() {
    return TranslationPairs.arguments(CHANGED_NUMBERS);
  }

  static IntStream translationIndexes() {
    return IntStream.range(0, TRANSLATIONS.length);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("translations")
  void everyWrittenTranslationScoresAtTheThreshold(String english, String spanish) {
    double score = matcher.score(en(english), es(spanish));
    assertTrue(
        score >= TranslationMatcher.DEFAULT_THRESHOLD,
        () ->
            "translation missed ("
                + score
                + "): "
                + english
                + "\n"
                + TranslationMatcher.scoreWithFactors(en(english), es(spanish)));
  }

  @Test
  void scoreIsSymmetricInLanguageOrder() {
    String[] pair = TRANSLATIONS[0];
    assertEquals(
        matcher.score(en(pair[0]), es(pair[1])), matcher.score(es(pair[1]), en(pair[0])), 1e-12);
  }

  @ParameterizedTest(name = "{index}: {1}")
  @MethodSource("hardNegatives")
  void sameNamesAndNumbersWithAnotherStatementAreNotTranslations(String english, String spanish) {
    double score = matcher.score(en(english), es(spanish));
    assertTrue(
        score < TranslationMatcher.DEFAULT_THRESHOLD,
        () ->
            "hard negative accepted ("
                + score
                + "): "
                + spanish
                + "\n"
                + TranslationMatcher.scoreWithFactors(en(english), es(spanish)));
  }

  @ParameterizedTest(name = "{index}: {1}")
  @MethodSource("changedNumbers")
  void aNumberPresentOnOneSideOnlyOrChangedRejectsTheTranslation(String english, String spanish) {
    double score = matcher.score(en(english), es(spanish));
    assertTrue(
        score < TranslationMatcher.DEFAULT_THRESHOLD,
        () -> "changed number accepted (" + score + "): " + spanish);
  }

  @Test
  void oneFigureChangedForALikeOneKeepsTheTranslationForTheConflictsStage() {
    String english = "The two governments signed the agreement on July 16 in Quito.";
    double faithful =
        matcher.score(
            en(english), es("Los dos gobiernos firmaron el acuerdo el 16 de julio en Quito."));
    double changed =
        matcher.score(
            en(english), es("Los dos gobiernos firmaron el acuerdo el 20 de julio en Quito."));
    double added =
        matcher.score(
            en(english), es("Los dos gobiernos firmaron 20 acuerdos el 16 de julio en Quito."));
    double farApart =
        matcher.score(
            en(english),
            es("Los dos gobiernos firmaron el acuerdo el 16 de julio en Quito con 160 delegados."));
    double runThreshold = crosscheck.config.ReuseConfig.DEFAULTS.translationRunThreshold();
    // a changed figure is still this translation (the conflicts stage reports the change) ...
    assertTrue(changed >= runThreshold && changed < faithful, changed + " vs " + faithful);
    // ... while a figure on one side only is another statement
    assertTrue(added < changed, added + " vs " + changed);
    assertTrue(farApart < changed, farApart + " vs " + changed);
    double muchLarger =
        matcher.score(
                en(english), es("Los dos gobiernos firmaron el acuerdo el 16 de julio en Quito."))
            - matcher.score(
                en("The two governments signed 4 agreements on July 16 in Quito."),
                es("Los dos gobiernos firmaron 40 acuerdos el 16 de julio en Quito."));
    assertTrue(muchLarger > 0.3, "figures ten times apart are two statements: " + muchLarger);
  }

  @ParameterizedTest(name = "English sentence of pair {0}")
  @MethodSource("translationIndexes")
  void sentencesOfOtherPairsAreNeverTakenForTranslations(int i) {
    List<Integer> falsePositives = new ArrayList<>();
    for (int j = 0; j < TRANSLATIONS.length; j++) {
      if (i != j
          && matcher.score(en(TRANSLATIONS[i][0]), es(TRANSLATIONS[j][1]))
              >= TranslationMatcher.DEFAULT_THRESHOLD) {
        falsePositives.add(j);
      }
    }
    assertEquals(List.of(), falsePositives, "Spanish sentences of other pairs accepted");
  }

  @Test
  void twoSentencesOfTheSameLanguageAreNoTranslation() {
    String english = TRANSLATIONS[1][0];
    assertEquals(0.0, matcher.score(en(english), en(english)));
  }

  @Test
  void languageIsGuessedWhenNotGiven() {
    String[] pair = TRANSLATIONS[6];
    SentenceText english = TranslationPairs.sentence(pair[0], "und");
    SentenceText spanish = TranslationPairs.sentence(pair[1], "und");
    assertTrue(matcher.score(english, spanish) >= TranslationMatcher.DEFAULT_THRESHOLD);
  }
}
