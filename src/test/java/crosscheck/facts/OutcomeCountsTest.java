package crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeCountsTest {
  private static String measured(String lang, String text, String value) {
    List<Measurement> found = MeasurementExtractorTest.measure(lang, text + "\n");
    return found.stream()
        .filter(m -> m.text().contains(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError(value + " not in " + found))
        .measured();
  }

  @Test
  void whatBefellACountOfPeopleIsWhatItCounts() {
    assertEquals(
        "arrested", measured("en", "Over 60 arrested as the march reached Vallemar.", "60"));
    assertEquals("injured", measured("en", "Police said 12 people were injured on Tuesday.", "12"));
    assertEquals(
        "killed", measured("en", "At least nine have reportedly been killed in Norvale.", "nine"));
    assertEquals(
        "detenidas", measured("es", "Otras 40 han sido detenidas en Vallemar, dijo la ONG.", "40"));
    assertEquals(
        "heridos", measured("es", "Unas 15 personas resultaron heridos en la marcha.", "15"));
  }

  @Test
  void aNamedNounOrAClauseMarkKeepsTheCountAsItWas() {
    assertEquals(
        "workers", measured("en", "The strike left 300 workers arrested or fined.", "300"));
    assertEquals("people", measured("en", "About 200 people, most of them injured, fled.", "200"));
    assertEquals("personas", measured("es", "Unas 80 personas marcharon en Norvale.", "80"));
  }
}
