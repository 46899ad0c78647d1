package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A count that leaves its noun out counts what the count before did; more ways to give an age. */
class ElidedNounsAndAgesTest {
  @Test
  void aBareCountOfANamedOwnerCountsWhatTheCountBeforeCounted() {
    String en =
        "The Coastal Democrats won 212 seats in the assembly, while Tomas Verhoeven's party won"
            + " 148.\n";
    assertEquals("seats", at(measure("en", en), "148").measured());
    String es = "Tomás Verhoeven obtuvo 212 escaños, mientras que Marta Lindqvist consiguió 148.\n";
    assertEquals("escaños", at(measure("es", es), "148").measured());
  }

  @Test
  void aBareCountOfAPlaceIsAPartAndKeepsNoNoun() {
    String es =
        "Se registraron 41 detenciones en Madrid, seguidas por 23 en Barcelona y 12 en Sevilla.\n";
    Measurement part = at(measure("es", es), "12");
    assertNull(part.measured(), part.toString());
  }

  @Test
  void aPersonHavingYearsOrALegislatorOfYearsIsAnAge() {
    assertEquals(
        MeasurementAges.AGE,
        at(measure("es", "Por su edad (tenía 81 años) se le redujo la pena.\n"), "81").measured());
    assertEquals(
        MeasurementAges.AGE,
        at(measure("es", "El parlamentario de 44 años juró el cargo.\n"), "44").measured());
    assertNotEquals(
        MeasurementAges.AGE,
        at(measure("es", "Ruiz tiene dos años para recurrir la condena.\n"), "dos").measured());
  }

  @Test
  void anAgeWrittenBeforeANameIsThatPersons() {
    String en =
        "The visitors added two goals through Tomas Verhoeven and 21-year-old Marta Lindqvist.\n";
    assertEquals("person:marta lindqvist", at(measure("en", en), "21").subject());
    String far = "The 21-year-old Danish winger Marta Lindqvist scored.\n";
    assertEquals("person:marta lindqvist", at(measure("en", far), "21").subject());
  }

  @Test
  void extendingTheLeadOrNettingAtAMinuteIsAGoal() {
    assertEquals(
        "goal",
        at(measure("es", "Marta Lindqvist amplió la ventaja al minuto 73.\n"), "73").measured());
    assertEquals(
        "goal", at(measure("en", "Marta Lindqvist netted in the 73rd minute.\n"), "73").measured());
  }
}
