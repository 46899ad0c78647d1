package crosscheck.conflicts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.facts.Measurement;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Measured nouns that name one thing in other words, or two things the stemmer joins. */
class MeasuredSensesTest {
  private static Set<String> measured(String lang, String sentence, String value) {
    Measurement m =
        MeasurementConflictsTest.extracted("d", sentence, "outlet").stream()
            .filter(x -> x.text().contains(value))
            .findFirst()
            .orElseThrow();
    return MeasurementProfile.measuredOf(m);
  }

  private static boolean oneThing(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  @Test
  void oneThingInOtherWords() {
    assertTrue(
        oneThing(
            measured("en", "The swap freed 24 prisoners in Norvale.", "24"),
            measured("es", "El canje liberó a 26 presos en Norvale.", "26")));
    assertTrue(
        oneThing(
            measured("es", "Solo el 25,33% de las acciones aceptó la oferta.", "25,33"),
            measured("es", "La oferta logró el 25,47% del capital de Norvale.", "25,47")));
    assertTrue(
        oneThing(
            measured("en", "The clashes left nine dead in Norvale.", "nine"),
            measured("en", "The clashes caused 11 deaths in Norvale.", "11")));
  }

  @Test
  void shareholdersAreNoShares() {
    assertFalse(
        oneThing(
            measured("es", "Solo el 25,47% de los accionistas aceptó la oferta.", "25,47"),
            measured("es", "Solo el 25,33% de las acciones aceptó la oferta.", "25,33")));
  }
}
