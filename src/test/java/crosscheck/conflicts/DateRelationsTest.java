package crosscheck.conflicts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.facts.Measurement;
import org.junit.jupiter.api.Test;

/** What a date dates, read from the relation word beside it; English and Spanish. */
class DateRelationsTest {
  private static MeasurementProfile date(String id, String sentence) {
    Measurement m =
        MeasurementConflictsTest.extracted(id, sentence, "outlet " + id).stream()
            .filter(x -> x.time() != null)
            .findFirst()
            .orElseThrow();
    return MeasurementProfile.of(m);
  }

  @Test
  void anEndAndADayOfATermDateTwoThings() {
    assertFalse(
        MeasurementMatcher.sameDatedWords(
            date("a", "Ruiz will remain president until March 2031, the council said."),
            date("b", "Ruiz will remain president from March 2031, the council said.")));
    assertFalse(
        MeasurementMatcher.sameDatedWords(
            date("a", "Ruiz seguirá como presidenta hasta marzo de 2031, dijo el consejo."),
            date("b", "Ruiz seguirá como presidenta desde marzo de 2031, dijo el consejo.")));
    assertTrue(
        MeasurementMatcher.sameDatedWords(
            date("a", "Ruiz will remain president until March 2031, the council said."),
            date("b", "Ruiz seguirá como presidenta hasta marzo de 2030, dijo el consejo.")));
  }
}
