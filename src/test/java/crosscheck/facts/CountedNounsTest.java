package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedNounsTest {

  @ParameterizedTest
  @CsvSource({
    "passenger, passengers",
    "person,    people",
    "child,     children",
    "foot,      feet",
    "bus,       buses",
    "box,       boxes",
    "church,    churches",
    "city,      cities",
    "day,       days",
  })
  void pluralOfAHyphenatedModifierNoun(String singular, String plural) {
    assertEquals(plural, CountedNouns.plural(singular));
  }
}
