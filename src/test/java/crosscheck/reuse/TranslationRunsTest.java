package crosscheck.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationRunsTest {

  private static final double STRICT = 0.95;

  private static PassagePair pair(String kind, int aStart, int bStart, double score) {
    return pair("en1", "es1", kind, aStart, bStart, score);
  }

  private static PassagePair pair(
      String aDoc, String bDoc, String kind, int aStart, int bStart, double score) {
    return new PassagePair(
        aDoc, aStart, aStart + 50, "a", bDoc, bStart, bStart + 60, "b", kind, score, List.of());
  }

  @Test
  void aLoneLooseTranslationIsDropped() {
    assertEquals(List.of(), TranslationRuns.keep(List.of(pair("translation", 0, 0, 0.6)), STRICT));
  }

  @Test
  void aStrictTranslationStandsAlone() {
    PassagePair strict = pair("translation", 0, 0, 0.97);
    assertEquals(List.of(strict), TranslationRuns.keep(List.of(strict), STRICT));
  }

  @Test
  void twoLooseTranslationsInTheSameOrderOnBothSidesConfirmEachOther() {
    PassagePair first = pair("translation", 0, 10, 0.5);
    PassagePair second = pair("translation", 200, 300, 0.6);
    assertEquals(List.of(first, second), TranslationRuns.keep(List.of(second, first), STRICT));
  }

  @Test
  void looseTranslationsInOppositeOrderOrOnOverlappingTextAreDropped() {
    PassagePair first = pair("translation", 0, 300, 0.5);
    PassagePair crossed = pair("translation", 200, 10, 0.6);
    assertEquals(List.of(), TranslationRuns.keep(List.of(first, crossed), STRICT));
    PassagePair overlapping = pair("translation", 20, 400, 0.6);
    assertEquals(List.of(), TranslationRuns.keep(List.of(first, overlapping), STRICT));
  }

  @Test
  void aPartnerMustComeFromTheSameTwoDocuments() {
    PassagePair first = pair("en1", "es1", "translation", 0, 10, 0.5);
    PassagePair other = pair("en1", "es2", "translation", 200, 300, 0.6);
    assertEquals(List.of(), TranslationRuns.keep(List.of(first, other), STRICT));
  }

  @Test
  void pairsOfOneLanguageAreNeverTouched() {
    PassagePair paraphrase = pair("paraphrase", 0, 0, 0.1);
    PassagePair verbatim = pair("verbatim", 100, 100, 1.0);
    assertEquals(
        List.of(paraphrase, verbatim), TranslationRuns.keep(List.of(paraphrase, verbatim), STRICT));
  }
}
