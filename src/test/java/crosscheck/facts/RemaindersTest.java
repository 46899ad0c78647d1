package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemaindersTest {
  private static Measurement at(String lang, String text, String value) {
    List<Measurement> found = MeasurementExtractorTest.measure(lang, text + "\n");
    return found.stream()
        .filter(m -> m.text().contains(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError(value + " not in " + found));
  }

  @Test
  void theRestOfAGroupOrAnAdditionIsARemainder() {
    assertTrue(
        Remainders.isRemainder(at("es", "Otros siete candidatos no llegaron al 1%.", "siete")));
    assertTrue(
        Remainders.isRemainder(at("es", "Los otros cinco jueces votaron en contra.", "cinco")));
    assertTrue(
        Remainders.isRemainder(at("en", "Seven other candidates trailed far behind.", "Seven")));
    assertTrue(Remainders.isRemainder(at("en", "Two died and 12 others were injured.", "12")));
    assertTrue(Remainders.isRemainder(at("en", "The army sent an additional 200 troops.", "200")));
    assertTrue(
        Remainders.isRemainder(
            at("es", "Resultaron heridas 40 personas más y otras 12 murieron.", "12")));
  }

  @Test
  void aCountOfTheWholeIsNoRemainder() {
    assertFalse(Remainders.isRemainder(at("en", "Nine candidates ran for president.", "Nine")));
    assertFalse(Remainders.isRemainder(at("es", "Los dos candidatos debatieron el lunes.", "dos")));
    assertFalse(Remainders.isRemainder(at("en", "The other day, 12 people were arrested.", "12")));
  }
}
