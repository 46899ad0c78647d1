package crosscheck.reuse;

import static crosscheck.reuse.TranslationPairs.en;
import static crosscheck.reuse.TranslationPairs.es;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceProfileTest {

  private static List<String> numbers(SentenceText s) {
    return SentenceProfile.of(s).items().stream()
        .filter(i -> i.kind() == SentenceProfile.Kind.NUMBER)
        .map(SentenceProfile.Item::norm)
        .toList();
  }

  @Test
  void countingWordsTakeTheScaleWordsAfterThemInBothLanguages() {
    assertEquals(
        List.of("2000000000", "3000000"),
        numbers(es("Pagará casi dos mil millones de dólares y tres millones de euros.")));
    assertEquals(
        List.of("2000000000", "3000000"),
        numbers(en("It will pay nearly two billion dollars and three million euros.")));
    assertEquals(
        List.of("2000000000", "3000000"),
        numbers(en("It will pay nearly $2 billion and 3 million euros.")));
  }

  @Test
  void aCountingWordAloneIsItsValue() {
    assertEquals(List.of("3"), numbers(es("Los tres jueces votaron.")));
    assertEquals(List.of("3"), numbers(en("The three judges voted.")));
  }

  @Test
  void theNumbersOfAWireDatelineAreNotTheSentences() {
    assertEquals(
        List.of("2000000000"),
        numbers(es("QUITO, 4 de marzo (AP).— El fondo prestará dos mil millones de dólares.")));
  }
}
