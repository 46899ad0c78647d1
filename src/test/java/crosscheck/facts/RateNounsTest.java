package crosscheck.facts;

import static crosscheck.facts.MeasurementExtractorTest.at;
import static crosscheck.facts.MeasurementExtractorTest.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The rate a bare share gives, named before it; both languages. */
class RateNounsTest {
  @Test
  void aBareShareIsOfTheRateNamedBeforeIt() {
    assertEquals(
        "turnout",
        at(
                measure("en", "Voter turnout was estimated between 64% and 68%, officials said.\n"),
                "64")
            .measured());
    assertEquals(
        "turnout",
        at(measure("es", "La participación ciudadana rondó el 66%, según el tribunal.\n"), "66")
            .measured());
    assertEquals(
        "inflation",
        at(measure("es", "La inflación interanual bajó al 31,5% en enero.\n"), "31,5").measured());
  }

  @Test
  void aShareOfANamedThingOrInAnotherClauseKeepsItsOwn() {
    assertEquals(
        "vote",
        at(measure("en", "Despite high turnout, Ana Ruiz won 52% of the vote.\n"), "52")
            .measured());
    assertNull(
        at(measure("en", "Turnout rose sharply; Ana Ruiz won 52%, officials said.\n"), "52")
            .measured());
  }
}
